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

/** A tag identifier's shape (`GBF-TARGET-03`, `be`, `keyword:wetlands`); whether it exists is checked after. */
export function parseTag(raw: unknown): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string' || raw.length > 120 || !/^[\p{L}\p{M}\p{Nd}:._-]+$/u.test(raw)) throw new BadRequestError('"tag" is not a known topic', 'invalid_tag');
  return raw;
}
