import { Layout } from '../../web/layout.tsx';
import type { PageContext } from '../../web/page-context.ts';
import { type CardModel, ItemCard, Pagination } from './components.tsx';

export function SearchPage(props: { ctx: PageContext; query: string; cards: CardModel[]; total: number; page: number; pages: number; hrefFor: (page: number) => string }) {
  const { ctx, query } = props;
  const { t, language } = ctx;
  return (
    <Layout ctx={ctx} title={query ? `${t('search.title')}: ${query}` : t('search.title')}>
      <h1>{t('search.title')}</h1>
      <form role="search" method="get" action={`/${language}/search`} class="search-form">
        <label for="search-page-q">{t('search.label')}</label>
        <input id="search-page-q" type="search" name="q" value={query} maxLength={200} />
        <button type="submit">{t('search.submit')}</button>
      </form>
      {query ? <p role="status">{t('search.results', { count: props.total, query })}</p> : <p>{t('search.prompt')}</p>}
      <ul class="item-list">
        {props.cards.map((card) => (
          <li>
            <ItemCard card={card} language={language} t={t} showType headingLevel={2} />
          </li>
        ))}
      </ul>
      <Pagination page={props.page} pages={props.pages} hrefFor={props.hrefFor} t={t} />
    </Layout>
  );
}
