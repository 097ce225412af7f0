/**
 * A library file as the admin shows it in a form and as `/admin/media/choose.json` sends it to the
 * media chooser: enough to recognise the file, never its bytes. Plain data with no imports, so
 * that the browser code (`src/web/islands/media-picker.ts`) shares this type with the server.
 */
export interface MediaSummary {
  id: number;
  kind: 'image' | 'document' | 'audio' | 'video';
  filename: string;
  contentType: string;
  bytes: number;
  width: number | null;
  height: number | null;
  /** The original's address. */
  url: string;
  /** The smallest WebP or JPEG variant, or null while there is none (or for files that are not images). */
  thumbUrl: string | null;
  altText: string;
}
