/** A content item as services and views see it (rows mapped by `content/repo.ts`). */
export type TranslationStatus = 'draft' | 'review' | 'published' | 'archived';
export const translationStatuses: readonly TranslationStatus[] = ['draft', 'review', 'published', 'archived'];

export interface GeoPoint {
  lat: number;
  lng: number;
}

export interface ItemTranslation {
  language: string;
  title: string;
  slug: string;
  summary: string;
  body: string;
  fields: Record<string, unknown>;
  status: TranslationStatus;
  publishedAt: string | null;
  /** Scheduled publication and unpublication (ISO-8601 UTC) and the zone they were entered in; ADR 0007. */
  publishAt: string | null;
  unpublishAt: string | null;
  scheduleZone: string | null;
  updatedAt: string;
}

export interface Item {
  id: number;
  siteId: number;
  type: string;
  authorId: number | null;
  fields: Record<string, unknown>;
  promoted: boolean;
  sticky: boolean;
  sortOrder: number;
  point: GeoPoint | null;
  tags: string[];
  version: number;
  /**
   * Where the item comes from when it is not written on the site: `cbd` for a record of the CBD's
   * central systems, kept in step by the CBD sync and read-only in the admin (ADR 0016).
   */
  origin: ItemOrigin | null;
  createdAt: string;
  updatedAt: string;
  translations: ItemTranslation[];
}

export type ItemOrigin = 'cbd';

/** What a save gives: the whole item as the editor (or a seed or an importer) means it to be. */
export interface ItemInput {
  type: string;
  fields?: Record<string, unknown>;
  promoted?: boolean;
  sticky?: boolean;
  sortOrder?: number;
  point?: GeoPoint | null;
  tags?: string[];
  translations: Record<string, TranslationInput>;
}

export interface TranslationInput {
  title: string;
  slug?: string;
  summary?: string;
  body?: string;
  fields?: Record<string, unknown>;
  status?: TranslationStatus;
  /** ISO-8601; defaults to the moment of first publication. A future date schedules publication. */
  publishedAt?: string | null;
  /** A schedule for the periodic job to apply (ADR 0007); undefined keeps the stored one. */
  schedule?: ScheduleInput;
}

/** Instants as ISO-8601 (any offset), null for none; `zone` is the IANA zone they were entered in. */
export interface ScheduleInput {
  publishAt: string | null;
  unpublishAt: string | null;
  zone: string;
}

/** A published translation ready for a page: the item plus the translation chosen for the language. */
export interface ItemView {
  item: Item;
  translation: ItemTranslation;
  /** True when the requested language has no published translation and the default language is shown. */
  isFallback: boolean;
  requestedLanguage: string;
}
