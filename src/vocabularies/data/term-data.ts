/** One term of a shipped vocabulary, keyed by its CBD thesaurus identifier (never by label). */
export interface TermData {
  identifier: string;            // e.g. 'GBF-TARGET-03'
  termId?: number;               // CBD thesaurus termId where known
  /** Short display title per language (BCP 47 lower-case keys: en, fr, es, ar, ru, zh). */
  titles: Record<string, string>;
  /** Longer label/official text per language, where available. */
  descriptions?: Record<string, string>;
  /** Identifier of the broader term (a target's goal or section, a region's parent region). */
  broader?: string;
  /** Display order within the vocabulary. */
  position: number;
  /** Extra data: e.g. numeric code, target number. */
  data?: Record<string, string | number>;
}
