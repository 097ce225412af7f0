import type { Generated } from 'kysely';
import type { MediaKind } from '../config.ts';

export type { MediaKind };

/** `media_files`: one stored file of a site, content-addressed by SHA-256 (ADR 0010). */
export interface MediaFilesTable {
  id: Generated<number>;
  site_id: number;
  /** Lower-case hex SHA-256 of the bytes; unique per site. */
  sha256: string;
  kind: MediaKind;
  /** The type found in the bytes (never the one the browser declared). */
  content_type: string;
  bytes: number;
  /** The uploader's file name, checked and normalised (NFC); for display and downloads only. */
  filename: string;
  /** Where the bytes are in the media store, `sites/<siteId>/<sha256>`. */
  storage_key: string;
  /** Pixels, for images; null otherwise. */
  width: number | null;
  height: number | null;
  licence: string | null;
  /** Focal point for cropping, 0..1 from the left and the top; null is the centre. */
  focal_x: number | null;
  focal_y: number | null;
  /** 0/1: purely decorative images get an empty alt text on purpose. */
  decorative: Generated<number>;
  created_by: number | null;
  created_at: string;
  updated_at: string;
  /** When the variants job found the image unreadable (ISO-8601); null while it has variants or awaits them. */
  variants_failed_at: Generated<string | null>;
}

/** `media_variants`: one resized, re-encoded copy of an image (ADR 0011), written by the variants job. */
export interface MediaVariantsTable {
  id: Generated<number>;
  site_id: number;
  media_id: number;
  format: 'avif' | 'webp' | 'jpeg';
  width: number;
  height: number;
  bytes: number;
  /** Lower-case hex SHA-256 of the variant's bytes (its ETag). */
  sha256: string;
  /** `sites/<siteId>/<original sha256>.<file name>`; the file name (`1024w.<16 hex>.avif`) is its URL name. */
  storage_key: string;
  created_at: string;
}

/** `media_texts`: a file's alternative text, caption and credits in one language. */
export interface MediaTextsTable {
  id: Generated<number>;
  site_id: number;
  media_id: number;
  language: string;
  alt_text: Generated<string>;
  caption: Generated<string>;
  credits: Generated<string>;
  created_at: string;
  updated_at: string;
}

/** `media_usages`: one item's use of one file in one field (ADR 0012), rewritten with each save of the item. */
export interface MediaUsagesTable {
  id: Generated<number>;
  site_id: number;
  media_id: number;
  item_id: number;
  /** The translation that uses the file; null for a field shared by every translation. */
  language: string | null;
  /** A declared field's name, or `body` for the rich text. */
  field: string;
}
