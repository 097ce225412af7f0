/** The data a CBD API stand-in serves: thesaurus domains and national records. */

/** A thesaurus term with every field the real API sends (`reference/cbd-api.md` 1.3). */
export interface StandInTerm {
  termId: number;
  identifier: string;
  name: string;
  title: Record<string, string>;
  shortTitle: Record<string, string>;
  description: string;
  longDescription: Record<string, string>;
  source: string;
  /** Served only with `relations=true`; the plain dump has empty lists, as the API's does. */
  broaderTerms: string[];
  narrowerTerms: string[];
  relatedTerms: string[];
  nonPreferedTerms: string[];
}

/** A record body as `/api/v2013/documents/{uid}` returns it. */
export interface StandInDocument {
  header: { identifier: string; schema: string; languages: string[] };
  government: { identifier: string };
  [field: string]: unknown;
}

/**
 * One published record. Its search-index doc is derived from it on every query (see
 * `indexDocOf`), so editing `document` changes what both the index and the documents endpoint
 * answer; `index` adds or overrides index fields for what cannot be derived.
 */
export interface StandInRecord {
  realm: 'ort' | 'chm';
  /** `_documentId_i`: the record's number, also accepted by `/api/v2013/documents/{uid}`. */
  documentId: number;
  /** `_revision_i`. */
  revision: number;
  /** ISO timestamps (`createdDate_dt`, `updatedDate_dt`). */
  createdDate: string;
  updatedDate: string;
  document: StandInDocument;
  /** Extra or overriding index fields. */
  index?: Record<string, unknown>;
  /** Index docs of earlier revisions, kept with `version_s` set as the real index does; a query with `NOT version_s:*` excludes them. */
  olderVersions?: Record<string, unknown>[];
}

export interface StandInData {
  /** Domain name (`GBF-TARGETS`, `countries`…) → its terms, in order. */
  thesaurus: Record<string, StandInTerm[]>;
  records: StandInRecord[];
}
