import { languageAutonym } from '../../i18n/languages.ts';
import type { Translate } from '../../i18n/translator.ts';
import { Pagination } from '../../public/views/components.tsx';
import type { MarkedPart } from '../../search/analysis.ts';
import { formatDate } from '../../web/format.ts';
import type { PortalSearchHit } from '../service.ts';
import { type PortalContext, PortalLayout } from './portal-layout.tsx';
import { SiteName } from './portal-page.tsx';

/** Matched words as `<mark>`; every part is text, escaped by the renderer (nothing from the index is HTML). */
function Marked(props: { parts: MarkedPart[] }) {
  return <>{props.parts.map((part) => (part.mark ? <mark>{part.text}</mark> : part.text))}</>;
}

function Hit(props: { hit: PortalSearchHit; t: Translate; language: string }) {
  const { hit, t, language } = props;
  const other = hit.language !== language ? hit.language : undefined;
  return (
    <article class="search-result" lang={other}>
      <h2>
        <a href={hit.href} hrefLang={other}>
          {hit.title}
        </a>
      </h2>
      <p class="meta" lang={language}>
        {hit.site.flag && <span aria-hidden="true">{hit.site.flag} </span>}
        <a href={hit.site.href}>
          <SiteName name={hit.site.name} nameLanguage={hit.site.nameLanguage} language={language} />
        </a>
        {' · '}
        <span class="card__type">{t(`type.${hit.type}.singular`)}</span>
        {hit.publishedAt && (
          <>
            {' '}
            <time dateTime={hit.publishedAt}>{formatDate(hit.publishedAt, language)}</time>
          </>
        )}
        {other && (
          <>
            {' '}
            <span class="badge">{t('listing.inLanguage', { language: languageAutonym(other) })}</span>
          </>
        )}
      </p>
      {hit.snippet.length > 0 && (
        <p class="search-result__snippet">
          <Marked parts={hit.snippet} />
        </p>
      )}
    </article>
  );
}

/** The cross-site search: the form, the count, results labelled with their site, paging. */
export function PortalSearchPage(props: { ctx: PortalContext; query: string; hits: PortalSearchHit[]; total: number; page: number; pages: number; hrefFor: (page: number) => string }) {
  const { ctx, query } = props;
  const { t, language } = ctx;
  return (
    <PortalLayout ctx={ctx} title={query ? `${t('portal.search.title')}: ${query}` : t('portal.search.title')} section="search" query={query}>
      <h1 id="portal-search-heading">{t('portal.search.title')}</h1>
      <form role="search" method="get" action="/search" class="search-form search-page__form" aria-labelledby="portal-search-heading">
        <label for="portal-search-q">{t('search.label')}</label>
        <input id="portal-search-q" type="search" name="q" value={query} maxLength={200} />
        <input type="hidden" name="lang" value={language} />
        <button type="submit">{t('search.submit')}</button>
      </form>
      {query ? (
        <>
          <p role="status">{t('search.results', { count: props.total, query })}</p>
          {props.total === 0 && <p>{t('search.hint')}</p>}
          {props.hits.length > 0 && (
            <section class="search-results" aria-label={t('search.resultsLabel', { query })}>
              {props.hits.map((hit) => (
                <Hit hit={hit} t={t} language={language} />
              ))}
            </section>
          )}
          <Pagination page={props.page} pages={props.pages} hrefFor={props.hrefFor} t={t} />
        </>
      ) : (
        <p>{t('portal.search.prompt')}</p>
      )}
    </PortalLayout>
  );
}
