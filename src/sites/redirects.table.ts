import type { Generated } from 'kysely';

/** `redirects`: an old address on the site's domain that answers 301 with a new one (migration 014). */
export interface RedirectsTable {
  id: Generated<number>;
  site_id: number;
  /** Decoded, leading slash, no trailing slash: `/news/cop10-report`. */
  from_path: string;
  /** The item whose current address is the target (its slug may change later), or… */
  item_id: number | null;
  /** …a fixed path on the site (a media file's address). */
  to_path: string | null;
  /** Who made it: `ptk` for an import. */
  source: string;
  created_at: string;
}
