import type { SiteScope } from '../db/site-scope.ts';
import { findMediaByIds, listTextsOf, listVariantsOf, type MediaFile, type MediaText, type MediaVariant } from './repo.ts';
import type { MediaSummary } from './summary.ts';
import { mediaUrl, variantUrl } from './urls.ts';

/**
 * What a page needs to show a media file: the file, its variants and its texts, read together for
 * every file of a page in three queries, and the small summary the admin shows of a chosen file.
 */
export interface MediaEntry {
  file: MediaFile;
  /** Narrowest first; empty until the variants job has made them (the original is shown meanwhile). */
  variants: MediaVariant[];
  texts: MediaText[];
}

/** The files among `ids` that belong to the scope's site, with their variants and texts. */
export async function loadMediaEntries(scope: SiteScope, ids: Iterable<number>): Promise<Map<number, MediaEntry>> {
  const unique = [...new Set(ids)];
  const entries = new Map<number, MediaEntry>();
  if (unique.length === 0) return entries;
  const [files, variants, texts] = await Promise.all([findMediaByIds(scope, unique), listVariantsOf(scope, unique), listTextsOf(scope, unique)]);
  for (const file of files) entries.set(file.id, { file, variants: variants.get(file.id) ?? [], texts: texts.get(file.id) ?? [] });
  return entries;
}

/**
 * A file's texts in `language`, else in the site's default language, else empty: an image without a
 * translated alt text still says what it shows in some language rather than nothing.
 */
export function mediaTextIn(entry: Pick<MediaEntry, 'texts'>, language: string, defaultLanguage: string): MediaText & { isFallback: boolean } {
  const own = entry.texts.find((t) => t.language === language);
  if (own && (own.altText || own.caption || own.credits)) return { ...own, isFallback: false };
  const fallback = entry.texts.find((t) => t.language === defaultLanguage);
  if (fallback) return { ...fallback, isFallback: fallback.language !== language };
  return { language, altText: '', caption: '', credits: '', isFallback: false };
}

export type { MediaSummary };

/** The variant a small preview loads: the narrowest WebP, else the narrowest JPEG (every browser shows them). */
export function thumbnailVariant(variants: readonly MediaVariant[]): MediaVariant | null {
  const narrowest = (format: MediaVariant['format']) => variants.filter((v) => v.format === format).sort((a, b) => a.width - b.width)[0];
  return narrowest('webp') ?? narrowest('jpeg') ?? null;
}

/** A file as a form or the media chooser shows it (`MediaSummary`), its alt text in `language` or the default one. */
export function toMediaSummary(entry: MediaEntry, language: string, defaultLanguage: string): MediaSummary {
  const { file } = entry;
  const thumb = thumbnailVariant(entry.variants);
  return {
    id: file.id,
    kind: file.kind,
    filename: file.filename,
    contentType: file.contentType,
    bytes: file.bytes,
    width: file.width,
    height: file.height,
    url: mediaUrl(file),
    thumbUrl: thumb ? variantUrl(thumb) : null,
    altText: mediaTextIn(entry, language, defaultLanguage).altText,
  };
}
