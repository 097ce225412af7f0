/**
 * Text analysis shared by both search engines: which analyzer a language gets, how text is cleaned
 * before it is indexed, how a query becomes terms, spelling distance, and highlight markers.
 * Pure functions, no database (ADR 0013).
 */

/** The analyzer of each language that has one: a Snowball stemmer's name, or `cjk` for scripts without word spaces. */
const languageAnalyzers: Record<string, string> = {
  ar: 'arabic', hy: 'armenian', eu: 'basque', ca: 'catalan', da: 'danish', nl: 'dutch', en: 'english', fi: 'finnish', fr: 'french',
  de: 'german', el: 'greek', hi: 'hindi', hu: 'hungarian', id: 'indonesian', ga: 'irish', it: 'italian', lt: 'lithuanian',
  ne: 'nepali', no: 'norwegian', nb: 'norwegian', nn: 'norwegian', pt: 'portuguese', ro: 'romanian', ru: 'russian', sr: 'serbian',
  es: 'spanish', sv: 'swedish', ta: 'tamil', tr: 'turkish', yi: 'yiddish', zh: 'cjk', ja: 'cjk', ko: 'cjk',
};

/**
 * How a language's text is analysed: `english`, `french`… (PostgreSQL stems with that Snowball
 * stemmer; SQLite stems English only), `cjk`, or `simple` (no stemming).
 *
 * @example
 *   analyzerFor('fr-BE') // 'french'
 *   analyzerFor('zh')    // 'cjk'
 *   analyzerFor('dz')    // 'simple'
 */
export function analyzerFor(language: string): string {
  return languageAnalyzers[language.toLowerCase().split('-')[0]!] ?? 'simple';
}

/** Languages whose plural is mostly a final -s/-x, which SQLite, without their stemmer, trims from query words. */
const pluralTrimmed = new Set(['french', 'spanish', 'portuguese', 'italian', 'catalan']);

/** Private-use characters that mark the start and end of a highlighted match; stripped from indexed text so they cannot be forged. */
export const markStart = '\uE000';
export const markEnd = '\uE001';

// Arabic harakat, Quranic marks and tatweel, and Hebrew points: written only sometimes, so text
// with and without them must match. SQLite's tokenizer would split words on them.
const optionalMarks = /[\u0591-\u05C7\u0610-\u061A\u0640\u064B-\u065F\u0670\u06D6-\u06ED\uE000\uE001]/gu;

/**
 * Text as it is stored for search: NFC, without optional Arabic/Hebrew vowel marks and without
 * the highlight markers.
 *
 * @example
 *   cleanText('حِمَايَة') // 'حماية'
 */
export function cleanText(text: string): string {
  // Below U+0300 (Latin, with its accented letters precomposed) text is already NFC and holds none
  // of the marks: it is most text, and normalising it would copy it for nothing.
  if (!beyondLatin.test(text)) return text;
  return text.normalize('NFC').replace(optionalMarks, '');
}

/** A character from U+0300 on: a combining mark, or a script whose text may need cleaning. */
const beyondLatin = /[^\u0000-\u02ff]/;

/**
 * Words of a query, letters and digits of any script, lower case; at most 12, each at most 64
 * characters. Everything else (quotes, operators, punctuation) is dropped, so a term can go into
 * an FTS5 or tsquery expression without escaping.
 *
 * @example
 *   queryTerms('Forêts "tropicales" -AND') // ['forêts', 'tropicales', 'and']
 */
export function queryTerms(query: string): string[] {
  return (cleanText(query).toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).slice(0, 12).map((w) => w.slice(0, 64));
}

/** Lower case without diacritics: the form two spellings are compared in. */
export function foldWord(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** True for a term in a script written without spaces between words (Han, kana, Hangul). */
export function isCjk(term: string): boolean {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(term);
}

/**
 * An FTS5 query for SQLite: every term must appear; terms of three letters or more also match as
 * prefixes (the unstemmed languages' substitute for stemming; under Porter, English prefixes are
 * stemmed too); for French, Spanish, Portuguese, Italian and Catalan a final -s or -x is trimmed
 * first, so "forêts" finds "forêt".
 *
 * @example
 *   fts5Query(['forêts', 'de'], 'french') // '"forêt"* "de"'
 */
export function fts5Query(terms: readonly string[], analyzer: string): string {
  return terms
    .map((term) => {
      const trimmed = pluralTrimmed.has(analyzer) && term.length > 4 && /[sx]$/.test(term) ? term.slice(0, -1) : term;
      return trimmed.length >= 3 ? `"${trimmed}"*` : `"${trimmed}"`;
    })
    .join(' ');
}

/**
 * A `to_tsquery` source for PostgreSQL: every term must appear (stemmed by the language's
 * configuration); the last one also as a prefix, for a word still being typed.
 *
 * @example
 *   tsQuerySource(['wetland', 'restor']) // 'wetland & restor:*'
 */
export function tsQuerySource(terms: readonly string[]): string {
  return terms.map((term, i) => (i === terms.length - 1 && term.length >= 3 ? `${term}:*` : term)).join(' & ');
}

/**
 * Words worth keeping for spelling suggestions: four to 32 letters, not CJK, lower case, unique.
 *
 * @example
 *   wordsOf('Biodiversity of the wetlands') // ['biodiversity', 'wetlands']
 */
export function wordsOf(text: string): string[] {
  const words = new Set<string>();
  // `match` gives the words alone; `matchAll` would make an array per word (an import reads millions).
  for (const word of cleanText(text).toLowerCase().match(/[\p{L}\p{M}]{4,32}/gu) ?? []) {
    if (!isCjk(word)) words.add(word);
  }
  return [...words];
}

/** How many typos a word of this length may carry and still be corrected: none under five letters. */
export function allowedTypos(length: number): number {
  return length < 5 ? 0 : length < 9 ? 1 : 2;
}

/**
 * Optimal string alignment distance (insertions, deletions, substitutions, swaps of neighbours),
 * or `max + 1` as soon as it is certain to exceed `max`.
 *
 * @example
 *   editDistance('biodiversty', 'biodiversity', 2) // 1
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** A piece of a highlighted text: `mark` pieces matched the query. */
export interface MarkedPart {
  text: string;
  mark: boolean;
}

/**
 * Splits engine output with `markStart`/`markEnd` into pieces, so that a view renders each piece
 * as escaped text and the marks as real `<mark>` elements: the text is never trusted as HTML.
 *
 * @example
 *   markedParts('a \uE000forêt\uE001 <b>') // [{ text: 'a ', mark: false }, { text: 'forêt', mark: true }, { text: ' <b>', mark: false }]
 */
export function markedParts(marked: string): MarkedPart[] {
  const parts: MarkedPart[] = [];
  let mark = false;
  for (const piece of marked.split(/([\uE000\uE001])/u)) {
    if (piece === markStart) mark = true;
    else if (piece === markEnd) mark = false;
    else if (piece) parts.push({ text: piece, mark });
  }
  return parts;
}

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * The same as HTML: everything escaped first, then the marks inserted (for the API or a feed).
 *
 * @example
 *   markedToHtml('\uE000<b>\uE001') // '<mark>&lt;b&gt;</mark>'
 */
export function markedToHtml(marked: string): string {
  return markedParts(marked)
    .map((p) => {
      const text = p.text.replace(/[&<>"']/g, (c) => htmlEscapes[c]!);
      return p.mark ? `<mark>${text}</mark>` : text;
    })
    .join('');
}

/**
 * A snippet cut around the first occurrence of any term, with every occurrence marked; for CJK
 * text, which the engines do not tokenise into words. Case-insensitive.
 *
 * @example
 *   substringSnippet('湿地保护与生物多样性', ['生物'], 4) // '…保护与\uE000生物\uE001多样…'
 */
export function substringSnippet(text: string, terms: readonly string[], radius = 60): string {
  const lower = text.toLowerCase();
  const wanted = terms.filter(Boolean);
  const first = Math.min(...wanted.map((t) => lower.indexOf(t)).filter((i) => i >= 0), Number.POSITIVE_INFINITY);
  const start = Number.isFinite(first) ? Math.max(0, first - radius) : 0;
  const end = Math.min(text.length, (Number.isFinite(first) ? first : 0) + radius * 2);
  const window = text.slice(start, end);
  const pattern = wanted.length ? new RegExp(wanted.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'giu') : null;
  const marked = pattern ? window.replace(pattern, (m) => `${markStart}${m}${markEnd}`) : window;
  return `${start > 0 ? '…' : ''}${marked}${end < text.length ? '…' : ''}`;
}
