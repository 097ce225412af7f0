import { type Static, Type } from '@sinclair/typebox';
import { checkParameters, listPage, literals, maybe } from './query-check.ts';
import { bulkActions, type BulkAction } from '../content/bulk.ts';
import { translationStatuses } from '../content/item.ts';
import { BadRequestError } from '../errors.ts';
import type { Site } from '../sites/site.ts';
import { type ContentListFilters, type ContentListSort, contentListSorts } from './service.ts';

/**
 * The query of an admin content list (`/admin/content/:type?status=…&lang=…`) and the form of its
 * bulk actions. Everything is a GET parameter, so a filtered, sorted page has a stable URL that
 * can be bookmarked, shared, and paged through without JavaScript. Bad values get a 400 that
 * names the parameter.
 */

const languageTag = Type.String({ pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$' });

export const ContentListQuerySchema = Type.Object(
  {
    page: maybe(Type.String({ pattern: '^[0-9]{1,5}$' })),
    status: maybe(literals(translationStatuses)),
    lang: maybe(languageTag),
    author: maybe(Type.String({ pattern: '^[0-9]{1,10}$' })),
    // Vocabulary identifiers (GBF-TARGET-03) and keywords (keyword:wetlands); letters of any script.
    tag: maybe(Type.String({ maxLength: 120, pattern: '^[^\\s<>"\'&]+$' })),
    q: Type.Optional(Type.String({ maxLength: 200 })),
    sort: maybe(literals(contentListSorts)),
    dir: maybe(literals(['asc', 'desc'] as const)),
  },
  { additionalProperties: false },
);
type RawContentListQuery = Static<typeof ContentListQuerySchema>;

/** The list's filters, and which page of it. */
export interface ContentListPage extends ContentListFilters {
  page: number;
}

/** Titles read best A to Z; dates newest first. */
const defaultDirection = (sort: ContentListSort): 'asc' | 'desc' => (sort === 'title' ? 'asc' : 'desc');

function assertSiteLanguage(site: Site, lang: string | undefined): void {
  if (lang && !site.languages.includes(lang)) {
    throw new BadRequestError(`"lang" must be one of this site's languages: ${site.languages.join(', ')}`, 'invalid_language', [{ path: 'lang', message: 'Not a language of this site' }]);
  }
}

/** Parses and checks a content list's query; the language must be one of the site's. */
export function parseContentListQuery(raw: unknown, site: Site): ContentListPage {
  const query: RawContentListQuery = checkParameters(ContentListQuerySchema, raw ?? {}, 'invalid_list_query');
  assertSiteLanguage(site, query.lang);
  const page = listPage(query.page);
  const sort = query.sort || 'updated';
  const text = query.q?.trim();
  return {
    page,
    status: query.status || undefined,
    language: query.lang || undefined,
    authorId: query.author ? Number(query.author) : undefined,
    tag: query.tag || undefined,
    text: text || undefined,
    sort,
    direction: query.dir || defaultDirection(sort),
  };
}

/** The query string of a list with these filters (only what differs from the defaults), for links. */
export function contentListSearch(filters: ContentListPage, page = filters.page): string {
  const params = new URLSearchParams();
  if (filters.text) params.set('q', filters.text);
  if (filters.status) params.set('status', filters.status);
  if (filters.language) params.set('lang', filters.language);
  if (filters.authorId !== undefined) params.set('author', String(filters.authorId));
  if (filters.tag) params.set('tag', filters.tag);
  if (filters.sort !== 'updated') params.set('sort', filters.sort);
  if (filters.direction !== defaultDirection(filters.sort)) params.set('dir', filters.direction);
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return search ? `?${search}` : '';
}

const idPattern = '^[0-9]{1,10}$';
const ids = Type.Optional(Type.Union([Type.String({ pattern: idPattern }), Type.Array(Type.String({ pattern: idPattern }), { maxItems: 100 })]));

/**
 * The bulk form: the chosen action, the ticked ids, or every id of the page when "select all on
 * this page" is ticked (`all` with `pageIds`, which works without JavaScript).
 */
export const BulkFormSchema = Type.Object(
  {
    _csrf: Type.Optional(Type.String()),
    action: literals(bulkActions),
    ids,
    all: Type.Optional(Type.Literal('1')),
    pageIds: ids,
    lang: maybe(languageTag),
    // The list the form was sent from (its query string), to go back to it with the same filters.
    back: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);

export interface BulkForm {
  action: BulkAction;
  itemIds: number[];
  language?: string;
  /** The list's query string, checked, to return to it. */
  back: string;
}

const list = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

export function parseBulkForm(raw: unknown, site: Site): BulkForm {
  const form = checkParameters(BulkFormSchema, raw ?? {}, 'invalid_bulk_form');
  assertSiteLanguage(site, form.lang);
  const itemIds = (form.all ? list(form.pageIds) : list(form.ids)).map(Number);
  if (!itemIds.length) throw new BadRequestError('Tick at least one item, or "select all on this page"', 'nothing_selected', [{ path: 'ids', message: 'Nothing selected' }]);
  // Only a query string goes back into the link: no other path, host or scheme.
  const back = form.back && /^\?[^\s#]*$/.test(form.back) ? form.back : '';
  return { action: form.action, itemIds, language: form.lang || undefined, back };
}
