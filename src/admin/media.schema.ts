import { Type } from '@sinclair/typebox';
import { checkParameters, listPage, literals, maybe } from './query-check.ts';
import { NotFoundError } from '../errors.ts';
import type { MediaLibraryFilters, MediaMetadataInput } from '../media/library.ts';
import { mediaKinds } from '../media/library.ts';
import type { Site } from '../sites/site.ts';
import type { FormBody } from './form.ts';

/**
 * The media library's queries and forms (`/admin/media…`). Filters are GET parameters, so a
 * filtered page has a stable URL that works without JavaScript; bad values get a 400 that names
 * the parameter.
 */
const pageNumber = Type.String({ pattern: '^[0-9]{1,5}$' });

/** `/admin/media?kind=image&q=wetland&alt=missing&page=2` (`done` and `deleted` carry the notice after a redirect). */
export const MediaLibraryQuerySchema = Type.Object(
  {
    kind: maybe(literals(mediaKinds)),
    q: Type.Optional(Type.String({ maxLength: 200 })),
    alt: maybe(Type.Literal('missing')),
    page: maybe(pageNumber),
    deleted: maybe(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);

/** `/admin/media/choose.json?kind=image&q=&page=1`, for the media picker of the edit form. */
export const MediaChooseQuerySchema = Type.Object(
  {
    kind: maybe(literals(mediaKinds)),
    q: Type.Optional(Type.String({ maxLength: 200 })),
    page: maybe(pageNumber),
  },
  { additionalProperties: false },
);

/** `/admin/media/:id?saved=1|replaced=1` */
export const MediaDetailQuerySchema = Type.Object(
  {
    saved: maybe(Type.Literal('1')),
    replaced: maybe(Type.Literal('1')),
  },
  { additionalProperties: false },
);

/** The metadata form: fixed fields, plus `alt.<lang>`, `caption.<lang>` and `credits.<lang>` for each site language. */
export const MediaMetadataFormSchema = Type.Object(
  {
    _csrf: Type.Optional(Type.String()),
    licence: Type.Optional(Type.String({ maxLength: 40 })),
    decorative: Type.Optional(Type.String({ maxLength: 10 })),
    focalX: Type.Optional(Type.String({ maxLength: 20 })),
    focalY: Type.Optional(Type.String({ maxLength: 20 })),
    updatedAt: Type.Optional(Type.String({ maxLength: 40 })),
  },
  { additionalProperties: Type.String({ maxLength: 4000 }) },
);

/** The library's filters and page. */
export interface MediaLibraryQuery extends MediaLibraryFilters {
  page: number;
  /** The name of a file just deleted, for the notice. */
  deleted?: string;
}

export function parseMediaLibraryQuery(raw: unknown): MediaLibraryQuery {
  const query = checkParameters(MediaLibraryQuerySchema, raw ?? {}, 'invalid_media_query');
  return { kind: query.kind || undefined, text: query.q?.trim() || undefined, missingAlt: query.alt === 'missing', page: listPage(query.page), deleted: query.deleted || undefined };
}

/** The query string of the library with these filters (only what is set), for links and paging. */
export function mediaLibrarySearch(filters: MediaLibraryFilters, page = 1): string {
  const params = new URLSearchParams();
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.text) params.set('q', filters.text);
  if (filters.missingAlt) params.set('alt', 'missing');
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return search ? `?${search}` : '';
}

export function parseMediaChooseQuery(raw: unknown): MediaLibraryFilters & { page: number } {
  const query = checkParameters(MediaChooseQuerySchema, raw ?? {}, 'invalid_media_query');
  return { kind: query.kind || undefined, text: query.q?.trim() || undefined, page: listPage(query.page) };
}

export function parseMediaDetailQuery(raw: unknown): { saved: boolean; replaced: boolean } {
  const query = checkParameters(MediaDetailQuerySchema, raw ?? {}, 'invalid_media_query');
  return { saved: query.saved === '1', replaced: query.replaced === '1' };
}

/** A media id from the path; anything else is a 404, like an id of another site. */
export function parseMediaId(raw: string): number {
  if (!/^[1-9][0-9]{0,9}$/.test(raw)) throw new NotFoundError('There is no such file in this site’s media library', 'media_not_found');
  return Number(raw);
}

/** A percentage as typed (`37.5`, `37,5`) as 0..1; NaN when it is not a number, so that validation names it. */
function fraction(raw: string): number {
  const text = raw.trim().replace(',', '.');
  return text === '' ? Number.NaN : Number(text) / 100;
}

/**
 * The metadata form as the service's input. The focal point is two percentages; both empty means
 * "the centre" (null). Texts are read for each of the site's languages.
 */
export function parseMediaMetadataForm(raw: FormBody | undefined, site: Site): MediaMetadataInput {
  const form = checkParameters(MediaMetadataFormSchema, raw ?? {}, 'invalid_media_form');
  const text = (name: string) => {
    const value = (form as Record<string, unknown>)[name];
    return typeof value === 'string' ? value : '';
  };
  const focalX = form.focalX?.trim() ?? '';
  const focalY = form.focalY?.trim() ?? '';
  return {
    licence: form.licence ? form.licence : null,
    decorative: form.decorative !== undefined && form.decorative !== '',
    focalPoint: focalX === '' && focalY === '' ? null : { x: fraction(focalX), y: fraction(focalY) },
    texts: site.languages.map((language) => ({ language, altText: text(`alt.${language}`), caption: text(`caption.${language}`), credits: text(`credits.${language}`) })),
    expectedUpdatedAt: form.updatedAt || undefined,
  };
}
