import { Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { contentTypeByName } from '../content/registry.ts';
import { BadRequestError } from '../errors.ts';

/** Query parameters of public pages, checked at the edge so bad input gets a 400 page, not a 500. */
export const maxPage = 10_000;
export const maxSearchLength = 200;

export function parsePage(raw: unknown): number {
  if (raw === undefined || raw === '') return 1;
  if (typeof raw !== 'string' || !/^\d{1,5}$/.test(raw)) throw new BadRequestError(`"page" must be a whole number from 1 to ${maxPage}`, 'invalid_page');
  const page = Number(raw);
  if (page < 1 || page > maxPage) throw new BadRequestError(`"page" must be a whole number from 1 to ${maxPage}`, 'invalid_page');
  return page;
}

export function parseSearchQuery(raw: unknown): string {
  if (raw === undefined) return '';
  if (typeof raw !== 'string') throw new BadRequestError('Give the search words once, as "q"', 'invalid_query');
  const query = raw.trim();
  if (query.length > maxSearchLength) throw new BadRequestError(`A search is at most ${maxSearchLength} characters`, 'query_too_long');
  return query;
}

export function parseWhen(raw: unknown): 'upcoming' | 'past' {
  if (raw === undefined || raw === '' || raw === 'upcoming') return 'upcoming';
  if (raw === 'past') return 'past';
  throw new BadRequestError('"when" must be "upcoming" or "past"', 'invalid_when');
}

/** A year filter of a listing (`?year=2025`). */
export function parseYear(raw: unknown): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string' || !/^(19|20|21)\d{2}$/.test(raw)) throw new BadRequestError('"year" must be a year such as 2025', 'invalid_year');
  return Number(raw);
}

/** A tag identifier's shape (`GBF-TARGET-03`, `be`, `keyword:wetlands`); whether it exists is checked after. */
export function parseTag(raw: unknown): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string' || raw.length > 120 || !/^[\p{L}\p{M}\p{Nd}:._-]+$/u.test(raw)) throw new BadRequestError('"tag" is not a known topic', 'invalid_tag');
  return raw;
}

/**
 * The search page's query string (`/{lang}/search?q=…&type=news&target=GBF-TARGET-03&page=2`):
 * words, a content type's name and a GBF target's identifier as facet filters, and the page.
 * Other parameters (a campaign tag, say) are ignored; a bad value of one of these is a 400.
 */
export const SearchQuerySchema = Type.Object({
  q: Type.Optional(Type.String()),
  page: Type.Optional(Type.String()),
  type: Type.Optional(Type.Union([Type.Literal(''), Type.String({ pattern: '^[a-z][a-z-]{0,40}$' })])),
  target: Type.Optional(Type.Union([Type.Literal(''), Type.String({ pattern: '^GBF-TARGET-[0-9]{2}$' })])),
});

export interface SearchParams {
  query: string;
  page: number;
  type?: string;
  target?: string;
}

/**
 * Checks the search page's query string; a type must be a searchable content type.
 *
 * @example
 *   parseSearchParams({ q: 'forêt', type: 'news' }) // { query: 'forêt', page: 1, type: 'news', target: undefined }
 */
export function parseSearchParams(raw: unknown): SearchParams {
  const value = (raw ?? {}) as Record<string, unknown>;
  const query = parseSearchQuery(value.q);
  const page = parsePage(value.page);
  if (!Value.Check(SearchQuerySchema, value)) {
    const name = [...Value.Errors(SearchQuerySchema, value)][0]?.path.replace(/^\//, '').split('/')[0] || 'query';
    throw new BadRequestError(`"${name}" has a value that is not allowed here`, `invalid_search_${name}`, [{ path: name, message: 'Not allowed here' }]);
  }
  const type = value.type ? String(value.type) : undefined;
  if (type && !contentTypeByName(type)?.channels.search) throw new BadRequestError(`"type" must name a searchable content type`, 'invalid_search_type', [{ path: 'type', message: 'Not a searchable content type' }]);
  return { query, page, type, target: value.target ? String(value.target) : undefined };
}
