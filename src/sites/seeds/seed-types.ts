/**
 * The shape of seed content: demo sites and site templates are written in this form and loaded
 * through the same content service an editor's save goes through (validation, slugs, revisions).
 *
 * Dates are relative to the moment the seed is loaded, so a demo network created any day has
 * upcoming events and recent news.
 */

/** A date-time field value: an instant (UTC ISO-8601) and the IANA zone it was entered in. */
export interface ZonedDateTime {
  at: string;
  zone: string;
}

export interface SeedHelpers {
  /** `YYYY-MM-DD`, `days` from today (negative for the past). */
  date(days: number): string;
  /** A datetime field value: `days` from today at local `time` (`HH:MM`) in `zone`. */
  at(days: number, time: string, zone: string): ZonedDateTime;
}

export interface SeedTranslation {
  title: string;
  /** Optional; derived from the title when absent (works for every script). */
  slug?: string;
  summary?: string;
  /** Rich HTML: p, h2, h3, ul/ol/li, strong, em, a[href], blockquote, table. Sanitised on load. */
  body?: string;
  /** Values of the type's localized fields (see `src/content/types/*.ts`). */
  fields?: Record<string, unknown>;
}

export interface SeedItem {
  /** Unique within the site; stable across runs. */
  key: string;
  /** Content type name, e.g. `news`, `protected-area` (see `src/content/registry.ts`). */
  type: string;
  /** Days ago it was published (0 = today). */
  publishedDaysAgo: number;
  promoted?: boolean;
  sticky?: boolean;
  sortOrder?: number;
  point?: { lat: number; lng: number };
  /** Shared vocabulary identifiers: `GBF-TARGET-03`, `GBF-GOAL-A`, `AICHI-TARGET-11`, `SUSTAINABLE-DEVELOPMENT-GOAL-15`, country `be` (lower-case ISO). */
  tags?: string[];
  /** Values of the type's non-localized fields. */
  fields?: Record<string, unknown>;
  /** One entry per language; the site's default language must be present. */
  translations: Record<string, SeedTranslation>;
}

export interface SeedSite {
  code: string;
  country: string | null;
  names: Record<string, string>;
  defaultLanguage: string;
  languages: string[];
  contactEmail: string;
  theme: { primaryColor: string; accentColor: string };
  /** Public tagline under the site name, per language. */
  taglines: Record<string, string>;
  items(helpers: SeedHelpers): SeedItem[];
  /** The site's main and footer menus, created in each of its languages through the menus service. */
  menus?: { main: SeedMenuEntry[]; footer: SeedMenuEntry[] };
}

/** An entry of a seed menu, written once for every language of the site. */
export interface SeedMenuEntry {
  /** The label per language, or a key of the UI catalogues (e.g. `type.news.plural`) read in each language. */
  label: Record<string, string> | { key: string };
  /** The target: an item of the same seed, by its `key`… */
  item?: string;
  /** …or a URL, where `{lang}` stands for the menu's language (`/{lang}/news`). */
  url?: string;
  children?: SeedMenuEntry[];
}
