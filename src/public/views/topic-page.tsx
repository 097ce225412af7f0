import { Layout } from '../../web/layout.tsx';
import type { PageContext } from '../../web/page-context.ts';
import type { Topic } from '../service.ts';
import { CardGrid, type CardModel, Pagination, Breadcrumbs } from './components.tsx';

/** Everything on the site tagged with one topic (a GBF target, a country, a keyword), all types together. */
export function TopicPage(props: { ctx: PageContext; topic: Topic; cards: CardModel[]; total: number; page: number; pages: number; hrefFor: (page: number) => string }) {
  const { ctx, topic } = props;
  const { t, language } = ctx;
  return (
    <Layout ctx={ctx} title={topic.title} description={topic.description}>
      <Breadcrumbs language={language} t={t} trail={[{ label: t('item.tags') }]} />
      <h1>{topic.title}</h1>
      {topic.description && <p class="lead">{topic.description}</p>}
      <p class="meta">{t('listing.count', { count: props.total })}</p>
      <CardGrid cards={props.cards} language={language} t={t} showType />
      <Pagination page={props.page} pages={props.pages} hrefFor={props.hrefFor} t={t} />
    </Layout>
  );
}
