import type { ItemView } from '../content/item.ts';
import { contentTypeByName } from '../content/registry.ts';
import { termTitle, type VocabularyIndex } from '../vocabularies/service.ts';
import type { MarkedPart } from './analysis.ts';
import type { SearchResult } from './service.ts';

/**
 * Maps a search result to what the search page shows: one model per hit (with the item's address
 * and the marked title and snippet), facet links with counts, and addresses that keep the query
 * and filters. The page stays a pure function of this model.
 */

export interface SearchFilters {
  query: string;
  type?: string;
  target?: string;
}

/**
 * The address of a search page: parameters in a fixed order, empty ones left out, page 1 implied.
 *
 * @example
 *   searchHref('fr', { query: 'forêt', type: 'news' }, 2) // '/fr/search?q=for%C3%AAt&type=news&page=2'
 */
export function searchHref(language: string, filters: SearchFilters, page = 1): string {
  const params = new URLSearchParams();
  if (filters.query) params.set('q', filters.query);
  if (filters.type) params.set('type', filters.type);
  if (filters.target) params.set('target', filters.target);
  if (page > 1) params.set('page', String(page));
  const s = params.toString();
  return `/${language}/search${s ? `?${s}` : ''}`;
}

export interface SearchResultModel {
  href: string;
  typeName: string;
  language: string;
  publishedAt: string | null;
  title: string;
  snippet: MarkedPart[];
}

export interface FacetLink {
  value: string;
  /** A GBF target's title; content types are labelled by the view from the catalogue. */
  label?: string;
  count: number;
  href: string;
  current: boolean;
}

export interface SearchPageModel {
  filters: SearchFilters;
  results: SearchResultModel[];
  total: number;
  correctedQuery?: string;
  types: FacetLink[];
  targets: FacetLink[];
  /** The same search without the type filter, or without the target filter; set only when that filter is on. */
  clearTypeHref?: string;
  clearTargetHref?: string;
}

/**
 * Builds the page model. `views` are the published items of the hits (a hit whose item went
 * meanwhile is left out); `itemHref` is the public address of a view.
 *
 * @example
 *   searchPageModel('en', filters, result, views, (v) => itemPath('en', type, v.translation.slug), vocabularies)
 */
export function searchPageModel(
  language: string,
  filters: SearchFilters,
  result: SearchResult,
  views: readonly ItemView[],
  itemHref: (view: ItemView) => string,
  vocabularies: VocabularyIndex,
): SearchPageModel {
  const byId = new Map(views.map((v) => [v.item.id, v]));
  // A corrected query is what the links carry on with: the results shown are its results.
  const carried: SearchFilters = { ...filters, query: result.correctedQuery ?? filters.query };
  const results = result.hits.flatMap((hit): SearchResultModel[] => {
    const view = byId.get(hit.itemId);
    if (!view || !contentTypeByName(hit.type)) return [];
    return [{ href: itemHref(view), typeName: hit.type, language: hit.language, publishedAt: hit.publishedAt, title: hit.title, snippet: hit.snippet }];
  });
  const types = result.facets.types
    .filter((f) => contentTypeByName(f.value))
    .map((f) => ({ value: f.value, count: f.count, current: f.value === filters.type, href: searchHref(language, { ...carried, type: f.value }) }));
  const targets = result.facets.targets.map((f) => {
    const term = vocabularies.get(f.value);
    return { value: f.value, label: term ? termTitle(term, language) : f.value, count: f.count, current: f.value === filters.target, href: searchHref(language, { ...carried, target: f.value }) };
  });
  return {
    filters,
    results,
    total: result.total,
    correctedQuery: result.correctedQuery,
    types,
    targets,
    clearTypeHref: filters.type ? searchHref(language, { ...carried, type: undefined }) : undefined,
    clearTargetHref: filters.target ? searchHref(language, { ...carried, target: undefined }) : undefined,
  };
}
