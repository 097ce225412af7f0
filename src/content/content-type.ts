/**
 * The vocabulary for declaring a content type. A type is data: its fields, its public URL
 * segment, its default sort and the channels it appears in. Validation, storage, public pages,
 * feeds, the API and search all read these declarations, so adding a type is one file in
 * `types/` plus a line in `registry.ts`.
 */

/** The kinds of field a content type can declare. Each kind has one storage shape and one control. */
export type FieldKind =
  | 'text' // one line of plain text
  | 'textarea' // several lines of plain text
  | 'richtext' // sanitised HTML
  | 'integer'
  | 'number'
  | 'boolean'
  | 'date' // calendar date, `YYYY-MM-DD`
  | 'datetime' // an instant with the zone it was entered in: `{ at: ISO-8601 UTC, zone: IANA }`
  | 'url'
  | 'email'
  | 'phone'
  | 'select' // one of `options`
  | 'multiselect' // several of `options`
  | 'textlist' // an ordered list of short texts (authors, partners)
  | 'terms' // identifiers from a shared vocabulary (e.g. countries, IUCN categories)
  | 'money' // `{ amount, currency }`, currency an ISO 4217 code
  | 'point' // `{ lat, lng }`
  | 'links' // `[{ url, title }]` (related links, files kept elsewhere)
  | 'image' // one image of the site's media library, by id
  | 'files' // an ordered list of files of the site's media library, by id (documents, audio, video, images)
  | 'embed'; // the address of a video on YouTube or Vimeo, played only once the visitor asks

export interface FieldDefinition {
  /** Storage key and form name, camelCase, unique within the type. */
  name: string;
  kind: FieldKind;
  /** A localized field is stored once per translation; others once per item. */
  localized?: boolean;
  required?: boolean;
  /** For `select` and `multiselect`: the allowed stored values (labels come from the catalogue). */
  options?: readonly string[];
  /** For `terms`: which vocabulary the identifiers belong to. */
  vocabulary?: string;
  /** Text length limit; defaults per kind. */
  maxLength?: number;
  min?: number;
  max?: number;
}

export type DefaultSort =
  | 'newest' // published date, newest first
  | 'upcoming' // start date ascending (events)
  | 'title' // alphabetical in the page language
  | 'manual'; // sort order, then title

export interface Channels {
  feed: boolean;
  search: boolean;
  sitemap: boolean;
  calendar: boolean;
  map: boolean;
}

export interface ContentTypeDefinition {
  /** Stable identifier stored with each item, e.g. `news`, `protected-area`. */
  name: string;
  /** Public URL segment: `/{lang}/{segment}` lists, `/{lang}/{segment}/{slug}` shows an item. */
  segment: string;
  /** Fields beyond the common ones (title, slug, summary, body, tags, point...). */
  fields: readonly FieldDefinition[];
  defaultSort: DefaultSort;
  channels: Channels;
  /** schema.org type for structured data on item pages. */
  schemaOrgType: string;
  /** Whether an item's date range is given by `start`/`end` fields (events, projects). */
  dateRange?: { start: string; end: string };
  /**
   * Set for types whose items only come from elsewhere: `cbd` for records of the CBD's central
   * systems, written by the CBD sync and read-only in the admin (ADR 0016).
   */
  origin?: 'cbd';
}

/** The picture shown at the top of an item's page and on its card; one image shared by every translation. */
export const leadImageField: FieldDefinition = { name: 'leadImage', kind: 'image' };
/** Files to download with an item (reports, posters, recordings); each translation has its own list. */
export const attachmentsField: FieldDefinition = { name: 'attachments', kind: 'files', localized: true };

const noChannels: Channels = { feed: false, search: true, sitemap: true, calendar: false, map: false };

/** Declares a content type, filling channel defaults (searchable and in the sitemap, nothing else). */
export function defineContentType(
  definition: Omit<ContentTypeDefinition, 'channels'> & { channels?: Partial<Channels> },
): ContentTypeDefinition {
  const names = new Set<string>();
  for (const field of definition.fields) {
    if (names.has(field.name)) throw new Error(`Content type ${definition.name} declares field ${field.name} twice`);
    names.add(field.name);
    if ((field.kind === 'select' || field.kind === 'multiselect') && !field.options?.length) {
      throw new Error(`Field ${definition.name}.${field.name} is a ${field.kind} without options`);
    }
  }
  return { ...definition, channels: { ...noChannels, ...definition.channels } };
}
