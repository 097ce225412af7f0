import type { ContentTypeDefinition } from '../../content/content-type.ts';
import { siteName } from '../../sites/site.ts';
import { Layout } from '../../web/layout.tsx';
import type { PageContext } from '../../web/page-context.ts';
import { CardGrid, type CardModel, Pagination } from './components.tsx';

export interface ListingPageProps {
  ctx: PageContext;
  type: ContentTypeDefinition;
  cards: CardModel[];
  total: number;
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
  /** For dated types: which half is shown, with links to both. */
  when?: { current: 'upcoming' | 'past'; upcomingHref: string; pastHref: string };
  tagTitle?: string;
}

export function ListingPage(props: ListingPageProps) {
  const { ctx, type } = props;
  const { t, language } = ctx;
  const title = t(`type.${type.name}.plural`);
  return (
    <Layout ctx={ctx} title={title} description={t('listing.description', { items: title, site: siteName(ctx.site, language) })}>
      <nav class="breadcrumbs" aria-label={t('layout.breadcrumbs')}>
        <ol>
          <li>
            <a href={`/${language}/`}>{t('layout.home')}</a>
          </li>
          <li aria-current="page">{title}</li>
        </ol>
      </nav>
      <h1>{title}</h1>
      {props.tagTitle && <p class="lead">{t('listing.taggedWith', { tag: props.tagTitle })}</p>}
      {props.when && (
        <ul class="tabs">
          <li>
            <a href={props.when.upcomingHref} aria-current={props.when.current === 'upcoming' ? 'page' : undefined}>{t('listing.upcoming')}</a>
          </li>
          <li>
            <a href={props.when.pastHref} aria-current={props.when.current === 'past' ? 'page' : undefined}>{t('listing.past')}</a>
          </li>
        </ul>
      )}
      <p class="meta">{t('listing.count', { count: props.total })}</p>
      <CardGrid cards={props.cards} language={language} t={t} />
      <Pagination page={props.page} pages={props.pages} hrefFor={props.hrefFor} t={t} />
    </Layout>
  );
}
