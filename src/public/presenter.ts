import type { ContentTypeDefinition } from '../content/content-type.ts';
import type { ItemView } from '../content/item.ts';
import { type MediaEntry, mediaTextIn } from '../media/presenter.ts';
import { mediaUrl, variantUrl } from '../media/urls.ts';
import { itemPath } from './page-builder.ts';

/** An image field's value in the API: where to get it and what it shows, never a bare id. */
export interface ApiImage {
  id: number;
  url: string;
  width: number | null;
  height: number | null;
  alt: string;
  caption: string;
  credits: string;
  licence: string | null;
  /** The resized copies, once made: `{ format, width, url }`. */
  variants: { format: string; width: number; url: string }[];
}

/** A file of a `files` field in the API. */
export interface ApiFile {
  id: number;
  url: string;
  filename: string;
  contentType: string;
  bytes: number;
  kind: string;
}

/**
 * The one mapping from an item to what the read API shows: published fields only, allowlisted,
 * never internal columns (author ids, versions, drafts of other languages).
 */
export interface ApiItem {
  id: number;
  type: string;
  language: string;
  isFallback: boolean;
  title: string;
  slug: string;
  summary: string;
  body: string;
  url: string;
  publishedAt: string | null;
  updatedAt: string;
  promoted: boolean;
  tags: string[];
  point: { lat: number; lng: number } | null;
  fields: Record<string, unknown>;
  translations: { language: string; url: string }[];
}

/**
 * `media` holds the library files the item's media fields name (`loadMediaEntries`); a file missing
 * from it (deleted since) is left out rather than shown as a dangling id.
 */
export function presentItem(
  view: ItemView,
  type: ContentTypeDefinition,
  origin: string,
  liveTranslations: { language: string; slug: string }[],
  media: ReadonlyMap<number, MediaEntry> = new Map(),
  defaultLanguage = view.translation.language,
): ApiItem {
  const { item, translation } = view;
  const fields: Record<string, unknown> = {};
  const image = (id: unknown): ApiImage | undefined => {
    const entry = typeof id === 'number' ? media.get(id) : undefined;
    if (!entry) return undefined;
    const text = mediaTextIn(entry, translation.language, defaultLanguage);
    return {
      id: entry.file.id,
      url: origin + mediaUrl(entry.file),
      width: entry.file.width,
      height: entry.file.height,
      alt: entry.file.decorative ? '' : text.altText,
      caption: text.caption,
      credits: text.credits,
      licence: entry.file.licence,
      variants: entry.variants.map((v) => ({ format: v.format, width: v.width, url: origin + variantUrl(v) })),
    };
  };
  const file = (id: number): ApiFile | undefined => {
    const entry = media.get(id);
    return entry && { id, url: origin + mediaUrl(entry.file), filename: entry.file.filename, contentType: entry.file.contentType, bytes: entry.file.bytes, kind: entry.file.kind };
  };
  for (const field of type.fields) {
    const value = field.localized ? translation.fields[field.name] : item.fields[field.name];
    if (value === undefined) continue;
    if (field.kind === 'image') {
      const presented = image(value);
      if (presented) fields[field.name] = presented;
    } else if (field.kind === 'files') fields[field.name] = (value as number[]).map(file).filter((f) => f !== undefined);
    else fields[field.name] = value;
  }
  return {
    id: item.id,
    type: item.type,
    language: translation.language,
    isFallback: view.isFallback,
    title: translation.title,
    slug: translation.slug,
    summary: translation.summary,
    body: translation.body,
    url: origin + itemPath(translation.language, type, translation.slug),
    publishedAt: translation.publishedAt,
    updatedAt: translation.updatedAt,
    promoted: item.promoted,
    tags: item.tags,
    point: item.point,
    fields,
    translations: liveTranslations.map((t) => ({ language: t.language, url: origin + itemPath(t.language, type, t.slug) })),
  };
}
