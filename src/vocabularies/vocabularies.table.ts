import type { Generated } from 'kysely';

/**
 * `vocabulary_terms`: terms of the shared vocabularies (GBF, Aichi, SDGs, regions, countries),
 * the same for every site, kept by identifier. Not site data: read through the vocabulary module.
 */
export interface VocabularyTermsTable {
  vocabulary: string;
  identifier: string;
  position: number;
  broader: string | null;
  /** JSON `{ [lang]: title }`. */
  titles: string;
  /** JSON `{ [lang]: text }`. */
  descriptions: string;
  /** JSON of extra data (number, codes). */
  data: string;
  /** `shipped` for the bundled fallback, `synced` once refreshed from the CBD thesaurus. */
  source: string;
  updated_at: string;
}

/** `site_keywords`: a site's own free keywords, with labels per language. */
export interface SiteKeywordsTable {
  id: Generated<number>;
  site_id: number;
  identifier: string;
  /** JSON `{ [lang]: label }`. */
  labels: string;
}

/** `site_vocabularies`: a site's own controlled vocabulary (an imported PTK glossary). */
export interface SiteVocabulariesTable {
  id: Generated<number>;
  site_id: number;
  code: string;
  /** JSON `{ [lang]: name }`. */
  names: string;
  /** JSON `{ [lang]: text }`. */
  descriptions: string;
  /** Where it came from: `ptk-glossary`. */
  source: string;
  updated_at: string;
}

/** `site_vocabulary_terms`: the terms of a site vocabulary, two levels (themes and terms). */
export interface SiteVocabularyTermsTable {
  id: Generated<number>;
  site_id: number;
  vocabulary: string;
  term_id: string;
  parent_term_id: string | null;
  position: number;
  /** JSON `{ [lang]: name }`. */
  names: string;
  /** JSON `{ [lang]: definition }`. */
  definitions: string;
  /** The site keyword (`keyword:…`) items are tagged with for this term. */
  keyword: string;
}
