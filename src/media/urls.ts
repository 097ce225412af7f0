/**
 * Where media files are on a site: the one place that builds their URLs (served by `routes.ts`).
 * Every URL names the bytes' hash, so a URL's content never changes and can be cached for a year.
 */
import type { MediaFile, MediaVariant } from './repo.ts';
import { acceptedTypes } from './schema.ts';
import type { PictureVariant } from './views/picture.tsx';

/** The usual extension of a stored content type (`image/jpeg` → `jpg`), `bin` for anything unknown. */
export function extensionForType(contentType: string): string {
  const found = Object.values(acceptedTypes).find((t) => t.mime === contentType);
  return found?.extensions[0] ?? 'bin';
}

/** The original's name in its URL: `<sha256>.<ext>` (never the uploader's name, which only labels downloads). */
export function originalFileName(file: Pick<MediaFile, 'sha256' | 'contentType'>): string {
  return `${file.sha256}.${extensionForType(file.contentType)}`;
}

/**
 * The path of a file's original on its own site.
 *
 * @example mediaUrl(file) // '/media/42/9f86d0….jpg'
 */
export function mediaUrl(file: Pick<MediaFile, 'id' | 'sha256' | 'contentType'>): string {
  return `/media/${file.id}/${originalFileName(file)}`;
}

/** The path of one variant of an image, e.g. `/media/42/1024w.3f9a1c2b7d4e5f60.avif`. */
export function variantUrl(variant: Pick<MediaVariant, 'mediaId' | 'fileName'>): string {
  return `/media/${variant.mediaId}/${variant.fileName}`;
}

/** A file's stored variants as `<Picture>` takes them. */
export function pictureVariants(variants: readonly MediaVariant[]): PictureVariant[] {
  return variants.map((v) => ({ format: v.format, width: v.width, height: v.height, url: variantUrl(v) }));
}
