/**
 * The part of Solr's standard query parser that CBD clients use (`reference/cbd-api.md` 1.4),
 * evaluated over plain objects:
 *
 * - `field:value`, `field:"quoted value"`, `field:(a b c)`, `field:*`, `*:*`, `field:[a TO b]`
 *   and `{a TO b}` ranges (`*` open), `*`/`?` wildcards in a value, backslash escapes;
 * - `AND` / `&&`, `OR` / `||`, `NOT` / `!`, `+` / `-`, parentheses, and a space, combined the way
 *   Lucene does (the default operator is OR; `a AND b OR c` is `+a +b c`, not boolean algebra);
 *   a query of only negative clauses matches everything else, as Solr does;
 * - local parameters such as `{!tag=version}` are ignored.
 *
 * `_t` / `_txt` fields match words case-insensitively (a phrase matches consecutive words); other
 * fields match the whole value exactly. Anything else is refused with a `SolrSyntaxError`, which
 * the stand-in answers with a 400 like Solr's.
 */

export class SolrSyntaxError extends Error {}

type Occur = 'must' | 'should' | 'mustNot';
type Query =
  | { kind: 'all' }
  | { kind: 'bool'; clauses: { occur: Occur; query: Query }[] }
  | { kind: 'term'; field: string; value: string; phrase: boolean }
  | { kind: 'exists'; field: string }
  | { kind: 'range'; field: string; from: string | null; to: string | null; fromInclusive: boolean; toInclusive: boolean };

type Doc = Record<string, unknown>;

/** Parses a Solr query string; throws `SolrSyntaxError` naming the problem and where. */
export function parseSolrQuery(input: string): Query {
  const parser = new Parser(input);
  const query = parser.clauses(null, false);
  parser.expectEnd();
  return query;
}

export function matches(query: Query, doc: Doc): boolean {
  switch (query.kind) {
    case 'all':
      return true;
    case 'exists':
      return values(doc, query.field).some((v) => v !== '');
    case 'term':
      return values(doc, query.field).some((v) => termMatches(query.field, v, query.value, query.phrase));
    case 'range':
      return values(doc, query.field).some((v) => inRange(query.field, v, query));
    case 'bool': {
      const must = query.clauses.filter((c) => c.occur === 'must');
      const should = query.clauses.filter((c) => c.occur === 'should');
      if (query.clauses.some((c) => c.occur === 'mustNot' && matches(c.query, doc))) return false;
      if (!must.every((c) => matches(c.query, doc))) return false;
      if (must.length === 0 && should.length > 0) return should.some((c) => matches(c.query, doc));
      return true;
    }
  }
}

const textField = (field: string) => /_(t|txt)$/.test(field) || /_[A-Z]{2}_(t|txt)$/.test(field);
const numericField = (field: string) => /_(i|l|f|d|is|ls|fs|ds)$/.test(field);

function values(doc: Doc, field: string): string[] {
  if (field.includes('*')) {
    const pattern = wildcard(field, false);
    return Object.keys(doc).filter((k) => pattern.test(k)).flatMap((k) => values(doc, k));
  }
  const raw = doc[field];
  if (raw === undefined || raw === null) return [];
  return (Array.isArray(raw) ? raw : [raw]).filter((v) => v !== null && v !== undefined).map(String);
}

const words = (text: string) => text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);

function termMatches(field: string, actual: string, wanted: string, phrase: boolean): boolean {
  const hasWildcard = !phrase && /(?<!\\)[*?]/.test(wanted);
  if (textField(field)) {
    const tokens = words(actual);
    if (hasWildcard) {
      const pattern = wildcard(wanted.toLowerCase(), true);
      return tokens.some((t) => pattern.test(t));
    }
    const wantedTokens = words(wanted);
    if (wantedTokens.length === 0) return false;
    if (wantedTokens.length === 1) return tokens.includes(wantedTokens[0]!);
    const joined = ` ${tokens.join(' ')} `;
    return joined.includes(` ${wantedTokens.join(' ')} `);
  }
  if (hasWildcard) return wildcard(wanted, true).test(actual);
  if (numericField(field) && actual !== '' && wanted !== '' && !Number.isNaN(Number(wanted))) return Number(actual) === Number(wanted);
  return actual === unescape(wanted);
}

function inRange(field: string, actual: string, range: Extract<Query, { kind: 'range' }>): boolean {
  const numeric = numericField(field);
  const compare = (a: string, b: string) => (numeric ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0);
  if (range.from !== null) {
    const c = compare(actual, range.from);
    if (c < 0 || (c === 0 && !range.fromInclusive)) return false;
  }
  if (range.to !== null) {
    const c = compare(actual, range.to);
    if (c > 0 || (c === 0 && !range.toInclusive)) return false;
  }
  return true;
}

function unescape(value: string): string {
  return value.replace(/\\(.)/g, '$1');
}

/** `*` and `?` wildcards (escaped ones are literal) as an anchored RegExp. */
function wildcard(value: string, honourEscapes: boolean): RegExp {
  let source = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (honourEscapes && ch === '\\' && i + 1 < value.length) source += value[++i]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else if (ch === '*') source += '.*';
    else if (ch === '?') source += '.';
    else source += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 's');
}

const special = new Set([' ', '\t', '\n', '\r', '(', ')', '"', '[', ']', '{', '}', '^', '~']);

class Parser {
  private pos = 0;
  constructor(private readonly input: string) {}

  expectEnd(): void {
    this.skipSpace();
    if (this.pos < this.input.length) this.fail(`unexpected "${this.input[this.pos]}"`);
  }

  private fail(problem: string): never {
    throw new SolrSyntaxError(`Cannot parse '${this.input}': ${problem} at position ${this.pos}`);
  }

  private skipSpace(): void {
    while (this.pos < this.input.length && /\s/.test(this.input[this.pos]!)) this.pos++;
  }

  /** A keyword (AND, OR, NOT) followed by a separator. */
  private keyword(word: string): boolean {
    if (this.input.startsWith(word, this.pos)) {
      const after = this.input[this.pos + word.length];
      if (after === undefined || /[\s(]/.test(after) || (word.length <= 2 && !/[A-Za-z0-9]/.test(word))) {
        this.pos += word.length;
        return true;
      }
    }
    return false;
  }

  /** Clauses up to the end or a closing parenthesis; `field` is the default field inside `field:(…)`. */
  clauses(field: string | null, inGroup: boolean): Query {
    const clauses: { occur: Occur; query: Query }[] = [];
    for (;;) {
      this.skipSpace();
      if (this.pos >= this.input.length) {
        if (inGroup) this.fail('missing ")"');
        break;
      }
      if (this.input[this.pos] === ')') {
        if (!inGroup) this.fail('unbalanced ")"');
        break;
      }
      let conj: 'and' | 'or' | null = null;
      if (this.keyword('AND') || this.keyword('&&')) conj = 'and';
      else if (this.keyword('OR') || this.keyword('||')) conj = 'or';
      if (conj && clauses.length === 0) this.fail(`"${conj.toUpperCase()}" with nothing before it`);
      this.skipSpace();
      let mod: 'req' | 'not' | null = null;
      if (this.input[this.pos] === '+') {
        mod = 'req';
        this.pos++;
      } else if (this.input[this.pos] === '-' || (this.input[this.pos] === '!' && this.input[this.pos + 1] !== '=')) {
        mod = 'not';
        this.pos++;
      } else if (this.keyword('NOT')) {
        mod = 'not';
      }
      this.skipSpace();
      const query = this.clause(field);
      addClause(clauses, conj, mod, query);
    }
    if (clauses.length === 1 && clauses[0]!.occur !== 'mustNot') return clauses[0]!.query;
    return { kind: 'bool', clauses };
  }

  private clause(defaultField: string | null): Query {
    this.skipLocalParams();
    if (this.pos >= this.input.length) this.fail('a clause is missing');
    if (this.input[this.pos] === '(') {
      this.pos++;
      const inner = this.clauses(defaultField, true);
      this.pos++; // ")"
      return inner;
    }
    const fieldMatch = /^(\*|[A-Za-z_][A-Za-z0-9_.*-]*):/.exec(this.input.slice(this.pos));
    let field = defaultField;
    if (fieldMatch) {
      field = fieldMatch[1]!;
      this.pos += fieldMatch[0].length;
    } else if (!field) {
      // Solr without a default field (`df`) answers "undefined field text".
      this.fail('undefined field text (write field:value)');
    }
    return this.value(field!);
  }

  private skipLocalParams(): void {
    while (this.input.startsWith('{!', this.pos)) {
      const end = this.input.indexOf('}', this.pos);
      if (end < 0) this.fail('unterminated local parameters "{!"');
      this.pos = end + 1;
      this.skipSpace();
    }
  }

  private value(field: string): Query {
    const ch = this.input[this.pos];
    if (ch === undefined || /\s/.test(ch)) this.fail(`no value after "${field}:"`);
    if (ch === '(') {
      this.pos++;
      const inner = this.clauses(field, true);
      this.pos++;
      return inner;
    }
    if (ch === '"') {
      let out = '';
      this.pos++;
      while (this.pos < this.input.length && this.input[this.pos] !== '"') {
        if (this.input[this.pos] === '\\' && this.pos + 1 < this.input.length) this.pos++;
        out += this.input[this.pos++];
      }
      if (this.input[this.pos] !== '"') this.fail('unterminated quoted value');
      this.pos++;
      return { kind: 'term', field, value: out.replace(/\\/g, '\\\\'), phrase: true };
    }
    if (ch === '[' || ch === '{') return this.range(field);
    let raw = '';
    while (this.pos < this.input.length) {
      const c = this.input[this.pos]!;
      if (c === '\\' && this.pos + 1 < this.input.length) {
        raw += c + this.input[this.pos + 1];
        this.pos += 2;
        continue;
      }
      if (special.has(c)) break;
      raw += c;
      this.pos++;
    }
    if (!raw) this.fail(`no value after "${field}:"`);
    if (field === '*' && raw === '*') return { kind: 'all' };
    if (field === '*') this.fail('"*:" must be followed by "*"');
    if (raw === '*') return { kind: 'exists', field };
    if (/NOW/.test(raw)) this.fail('date math (NOW) is not supported by the stand-in');
    return { kind: 'term', field, value: raw, phrase: false };
  }

  private range(field: string): Query {
    const fromInclusive = this.input[this.pos] === '[';
    const close = this.input.slice(this.pos).search(/[\]}]/);
    if (close < 0) this.fail('unterminated range');
    const body = this.input.slice(this.pos + 1, this.pos + close);
    const toInclusive = this.input[this.pos + close] === ']';
    const parts = body.trim().split(/\s+TO\s+/);
    if (parts.length !== 2) this.fail('a range must read [from TO to]');
    this.pos += close + 1;
    const bound = (b: string) => (b === '*' ? null : unescape(b.replace(/^"|"$/g, '')));
    return { kind: 'range', field, from: bound(parts[0]!), to: bound(parts[1]!), fromInclusive, toInclusive };
  }
}

/** Lucene's `QueryParserBase.addClause` with the default operator OR. */
function addClause(clauses: { occur: Occur; query: Query }[], conj: 'and' | 'or' | null, mod: 'req' | 'not' | null, query: Query): void {
  const previous = clauses[clauses.length - 1];
  if (previous && conj === 'and' && previous.occur !== 'mustNot') previous.occur = 'must';
  const prohibited = mod === 'not';
  const required = mod === 'req' || (conj === 'and' && !prohibited);
  clauses.push({ occur: prohibited ? 'mustNot' : required ? 'must' : 'should', query });
}

/** `fl`: field names or globs separated by commas or spaces; none or `*` keeps every field. */
export function selectFields(doc: Doc, fl: string | undefined): Doc {
  const wanted = (fl ?? '').split(/[\s,]+/).filter((f) => f && f !== 'score');
  if (wanted.length === 0 || wanted.includes('*')) return doc;
  const patterns = wanted.map((f) => wildcard(f, false));
  return Object.fromEntries(Object.entries(doc).filter(([key]) => patterns.some((p) => p.test(key))));
}

/** `sort`: `field asc|desc`, comma-separated; docs without the field come last either way. */
export function sortDocs(docs: Doc[], sort: string | undefined): Doc[] {
  if (!sort?.trim()) return docs;
  const keys = sort.split(',').map((part) => {
    const [field, direction, extra] = part.trim().split(/\s+/);
    if (!field || !direction || extra !== undefined || !/^(asc|desc)$/i.test(direction)) throw new SolrSyntaxError(`Can't determine a Sort Order (asc or desc) in sort spec '${part.trim()}'`);
    return { field, factor: direction.toLowerCase() === 'asc' ? 1 : -1 };
  });
  return [...docs].sort((a, b) => {
    for (const { field, factor } of keys) {
      const x = values(a, field)[0];
      const y = values(b, field)[0];
      if (x === undefined && y === undefined) continue;
      if (x === undefined) return 1;
      if (y === undefined) return -1;
      const c = numericField(field) ? Number(x) - Number(y) : x < y ? -1 : x > y ? 1 : 0;
      if (c !== 0) return c * factor;
    }
    return 0;
  });
}
