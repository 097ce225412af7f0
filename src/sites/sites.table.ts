import type { Generated } from 'kysely';

/** `sites`: one row per hosted site. JSON columns are stored as text in both databases (ADR 0003). */
export interface SitesTable {
  id: Generated<number>;
  code: string;
  /** ISO 3166-1 alpha-2, lower case (CBD convention), or null for regional/thematic sites. */
  country: string | null;
  /** JSON `{ [lang]: name }`. */
  names: string;
  default_language: string;
  /** JSON array of BCP 47 tags, default language first. */
  languages: string;
  status: 'live' | 'test' | 'training' | 'suspended';
  /** JSON `SiteTheme`. */
  theme: string;
  /** JSON `{ [lang]: tagline }`. */
  taglines: string;
  contact_email: string | null;
  /** What the site was created from (ADR 0021): `national-chm`, `clone:<code>`, `clone-content:<code>`, or null. */
  seed: string | null;
  /** JSON `{ theme, taglines, contactEmail }` as created from the seed; a reset puts them back. */
  seed_settings: string | null;
  /** 1: a training site reset every night to its seed. */
  reset_nightly: Generated<number>;
  /** JSON `{ [lang]: text }` shown on the maintenance page while the site is suspended. */
  maintenance_message: Generated<string>;
  created_at: string;
  updated_at: string;
}

/** `site_domains`: host names a site answers on, besides the always-present `<code>.localhost`. */
export interface SiteDomainsTable {
  id: Generated<number>;
  site_id: number;
  /** Lower-case host name without port. Unique across the installation. */
  host: string;
  /** `primary`: canonical; `alias`: served as is; `redirect`: 301 to the primary. */
  kind: 'primary' | 'alias' | 'redirect';
}

/** `registry_changes`: a counter bumped on every site or domain change, polled by other processes. */
export interface RegistryChangesTable {
  id: number;
  version: number;
}
