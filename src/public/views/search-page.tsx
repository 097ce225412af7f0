import type { MarkedPart } from '../../search/analysis.ts';
import type { FacetLink, SearchPageModel, SearchResultModel } from '../../search/presenter.ts';
import type { Translate } from '../../i18n/translator.ts';
import { formatDate, formatNumber } from '../../web/format.ts';
import { Layout } from '../../web/layout.tsx';
import type { PageContext } from '../../web/page-context.ts';
import { Pagination } from './components.tsx';

/**
 * Text with the parts that matched the search as `<mark>` elements. Each part is rendered as text,
 * so the renderer escapes it: nothing from the index is ever trusted as HTML.
 */
function Marked(props: { parts: MarkedPart[] }) {
  return <>{props.parts.map((part) => (part.mark ? <mark>{part.text}</mark> : part.text))}</>;
}

function Result(props: { result: SearchResultModel; language: string; t: Translate }) {
  const { result, language, t } = props;
  // Results are in the page language today; should another language ever come in, it says so.
  const lang = result.language !== language ? result.language : undefined;
  return (
    <article class="search-result" lang={lang}>
      <h2>
        <a href={result.href} hrefLang={lang}>
          {result.title}
        </a>
      </h2>
      <p class="meta">
        <span class="card__type">{t(`type.${result.typeName}.singular`)}</span>
        {result.publishedAt && (
          <>
            {' '}
            <time dateTime={result.publishedAt}>{formatDate(result.publishedAt, language)}</time>
          </>
        )}
      </p>
      {result.snippet.length > 0 && (
        <p class="search-result__snippet">
          <Marked parts={result.snippet} />
        </p>
      )}
    </article>
  );
}

function Facet(props: { id: string; heading: string; links: FacetLink[]; label: (link: FacetLink) => string; clearHref?: string; clearLabel: string; language: string }) {
  if (!props.links.length && !props.clearHref) return null;
  return (
    <nav class="search-facet" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.heading}</h2>
      <ul>
        {props.clearHref && (
          <li>
            <a href={props.clearHref}>{props.clearLabel}</a>
          </li>
        )}
        {props.links.map((link) => (
          <li>
            <a href={link.href} aria-current={link.current ? 'true' : undefined}>
              {props.label(link)} <span class="search-facet__count">({formatNumber(link.count, props.language)})</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The search page: the form, the count, corrected spelling, facets by type and GBF target, the results, and paging. */
export function SearchPage(props: { ctx: PageContext; model: SearchPageModel; page: number; pages: number; hrefFor: (page: number) => string }) {
  const { ctx, model } = props;
  const { t, language } = ctx;
  const query = model.filters.query;
  const shownQuery = model.correctedQuery ?? query;
  return (
    <Layout ctx={ctx} title={query ? `${t('search.title')}: ${query}` : t('search.title')}>
      <h1 id="search-heading">{t('search.title')}</h1>
      <form role="search" method="get" action={`/${language}/search`} class="search-form search-page__form" aria-labelledby="search-heading">
        <label for="search-page-q">{t('search.label')}</label>
        <input id="search-page-q" type="search" name="q" value={query} maxLength={200} />
        {/* Filters stay on when the words change; the facet links clear them. */}
        {model.filters.type && <input type="hidden" name="type" value={model.filters.type} />}
        {model.filters.target && <input type="hidden" name="target" value={model.filters.target} />}
        <button type="submit">{t('search.submit')}</button>
      </form>
      {!query && <p>{t('search.prompt')}</p>}
      {query && (
        <p role="status">
          {model.correctedQuery ? t('search.corrected', { count: model.total, query, corrected: model.correctedQuery }) : t('search.results', { count: model.total, query })}
        </p>
      )}
      {query && model.total === 0 && <p class="search-page__hint">{t(model.filters.type || model.filters.target ? 'search.hintFilters' : 'search.hint')}</p>}
      {query && (
        <div class="search-page">
          <div class="search-page__facets">
            <Facet
              id="facet-type"
              heading={t('search.facetType')}
              links={model.types}
              label={(link) => t(`type.${link.value}.plural`)}
              clearHref={model.clearTypeHref}
              clearLabel={t('search.anyType')}
              language={language}
            />
            <Facet
              id="facet-target"
              heading={t('search.facetTarget')}
              links={model.targets}
              label={(link) => link.label ?? link.value}
              clearHref={model.clearTargetHref}
              clearLabel={t('search.anyTarget')}
              language={language}
            />
          </div>
          <div class="search-page__results">
            {model.results.length > 0 && (
              <ol class="search-results" aria-label={t('search.resultsLabel', { query: shownQuery })}>
                {model.results.map((result) => (
                  <li>
                    <Result result={result} language={language} t={t} />
                  </li>
                ))}
              </ol>
            )}
            <Pagination page={props.page} pages={props.pages} hrefFor={props.hrefFor} t={t} />
          </div>
        </div>
      )}
    </Layout>
  );
}
