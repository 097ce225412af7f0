/**
 * Reads the CBD's central API (https://api.cbd.int): thesaurus terms, the Clearing-House search
 * index (Solr) and record bodies. Anonymous reads only (`reference/cbd-api.md` 1.1).
 *
 * Every answer is checked before it is returned (TypeBox shapes in `api-shapes.ts`), so a sync
 * never stores half-understood data; every failure is a `CbdApiError` whose message a site
 * manager can act on. Transient failures (network errors, timeouts, 5xx, 429) are retried with
 * exponential backoff and jitter; answers that will not improve on a retry (other 4xx, non-JSON,
 * wrong shape) are not.
 *
 * @example
 * const cbd = new CbdClient({ baseUrl: config.cbdApiUrl, timeoutMs: config.cbdApiTimeoutMs, log });
 * const targets = await cbd.searchIndexAll({ q: 'schema_s:nationalTarget7 AND government_s:be', fq: ['_state_s:public', 'realm_ss:ort', 'NOT version_s:*'] });
 */
import { STATUS_CODES } from 'node:http';
import type { TSchema } from '@sinclair/typebox';
import { AppError } from '../../errors.ts';
import { DocumentWire, firstShapeProblem, IndexResponseWire, type ThesaurusTermWire, ThesaurusTermsWire } from './api-shapes.ts';

export interface CbdClientOptions {
  /** e.g. 'https://api.cbd.int' (config `CBD_API_URL`); a trailing slash is fine. */
  baseUrl: string;
  /** Per attempt (headers and body), default 15 000. */
  timeoutMs?: number;
  /** Extra attempts after the first, default 3. */
  retries?: number;
  /** First delay before a retry, doubled each retry, with jitter; default 500. */
  backoffMs?: number;
  /** Injectable for tests. */
  fetch?: typeof fetch;
  log?: { warn(obj: object, msg: string): void };
}

export interface IndexQuery {
  q: string;
  fq?: string[];
  fl?: string[];
  sort?: string;
  start?: number;
  rows?: number;
}

/** A Solr document: every field is kept as sent. */
export type IndexDoc = Record<string, unknown> & { id: string };

export interface IndexPage {
  numFound: number;
  start: number;
  docs: IndexDoc[];
}

/**
 * One thesaurus term. Language maps hold only the languages the API gave (never `null`s): fall
 * back `title[lang] → title.en → name → identifier`. `description` is a string even when the API
 * sent a language map (its English text, or its first).
 */
export interface ThesaurusTerm {
  termId?: number;
  identifier: string;
  name: string;
  title: Record<string, string>;
  shortTitle?: Record<string, string>;
  description?: string;
  longDescription?: Record<string, string>;
  broaderTerms: string[];
  narrowerTerms: string[];
  relatedTerms?: string[];
}

export interface CbdDocument {
  header: { identifier: string; schema: string; languages: string[] };
  [field: string]: unknown;
}

/**
 * - `unreachable`: no connection, or it was cut before the answer was complete;
 * - `timeout`: no complete answer within `timeoutMs`;
 * - `http`: an error status (with `status`);
 * - `malformed`: the body is not JSON;
 * - `unexpected-shape`: JSON, but not what the endpoint should answer;
 * - `not-found`: 404 (no such record or domain);
 * - `too-many`: a listing larger than the caller's `max`;
 * - `inconsistent`: the index kept changing while `searchIndexAll` paged through it, so the
 *   listing could not be read completely (a sync must not treat it as the full set).
 */
export type CbdApiErrorKind = 'unreachable' | 'timeout' | 'http' | 'malformed' | 'unexpected-shape' | 'not-found' | 'too-many' | 'inconsistent';

export class CbdApiError extends AppError {
  readonly kind: CbdApiErrorKind;
  /** The URL asked (the last one, for listings). */
  readonly url: string;
  /** The HTTP status, when the API answered with one. */
  readonly status?: number;
  /** How many requests were made for this call before giving up. */
  readonly attempts: number;

  constructor(kind: CbdApiErrorKind, message: string, details: { url: string; status?: number; attempts?: number; cause?: unknown }) {
    super(`cbd_api_${kind}`, 502, message, { cause: details.cause });
    this.kind = kind;
    this.url = details.url;
    this.status = details.status;
    this.attempts = details.attempts ?? 1;
  }
}

const retryAfterCapMs = 30_000;
const userAgent = 'Ecotone (national CHM sites)';

/** Network error codes that mean "nobody answered" rather than "the answer was cut". */
const unreachableCodes = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'ENETDOWN', 'UND_ERR_CONNECT_TIMEOUT']);

interface Attempt {
  error: CbdApiError;
  retryable: boolean;
  retryAfterMs?: number;
}

export class CbdClient {
  readonly baseUrl: string;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly backoffMs: number;
  private readonly fetch: typeof fetch;
  private readonly log: { warn(obj: object, msg: string): void };

  constructor(options: CbdClientOptions) {
    let base: URL;
    try {
      base = new URL(options.baseUrl);
    } catch {
      throw new Error(`The CBD API address must be a full URL such as https://api.cbd.int, got "${options.baseUrl}"`);
    }
    if (base.protocol !== 'https:' && base.protocol !== 'http:') throw new Error(`The CBD API address must start with https:// or http://, got "${options.baseUrl}"`);
    this.baseUrl = base.href.replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.retries = options.retries ?? 3;
    this.backoffMs = options.backoffMs ?? 500;
    this.fetch = options.fetch ?? globalThis.fetch;
    this.log = options.log ?? { warn: () => undefined };
  }

  /** `GET /api/v2013/thesaurus/domains/{domain}/terms`; `relations: true` asks for broader/narrower terms. */
  async thesaurusTerms(domain: string, options: { relations?: boolean } = {}): Promise<ThesaurusTerm[]> {
    const params = new URLSearchParams();
    if (options.relations) params.set('relations', 'true');
    const body = await this.getJson(`/api/v2013/thesaurus/domains/${encodeURIComponent(domain)}/terms`, params, ThesaurusTermsWire, 'terms');
    return (body as ThesaurusTermWire[]).map(toThesaurusTerm);
  }

  /** One page of the search index: `GET /api/v2013/index/select?q=…&fq=…&fl=…&sort=…&start=…&rows=…&wt=json`. */
  async searchIndex(query: IndexQuery): Promise<IndexPage> {
    const params = new URLSearchParams({ q: query.q });
    for (const fq of query.fq ?? []) params.append('fq', fq);
    // Docs are keyed by `id`: a field list without it would fail the shape check.
    if (query.fl?.length) params.set('fl', [...new Set(['id', ...query.fl])].join(','));
    if (query.sort) params.set('sort', query.sort);
    if (query.start !== undefined) params.set('start', String(query.start));
    if (query.rows !== undefined) params.set('rows', String(query.rows));
    params.set('wt', 'json');
    const body = (await this.getJson('/api/v2013/index/select', params, IndexResponseWire)) as { response: IndexPage };
    return { numFound: body.response.numFound, start: body.response.start, docs: body.response.docs };
  }

  /**
   * Every doc matching `query`, read page by page (`pageSize`, default 500), in a stable order:
   * `sort` (default `id asc`) with `id asc` added as a tie-break. Refuses (`too-many`) a listing
   * of more than `max` docs (default 20 000). If the index changes between pages, so that docs
   * would be missed or repeated, the listing is read again (twice at most) and then refused
   * (`inconsistent`): callers may treat what this returns as the complete set.
   */
  async searchIndexAll(query: Omit<IndexQuery, 'start' | 'rows'>, options: { pageSize?: number; max?: number } = {}): Promise<IndexDoc[]> {
    const pageSize = options.pageSize ?? 500;
    const max = options.max ?? 20_000;
    if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`pageSize must be a whole number of at least 1, got ${pageSize}`);
    const sort = stableSort(query.sort);
    let lastProblem = '';
    for (let pass = 1; pass <= 3; pass++) {
      const docs = new Map<string, IndexDoc>();
      let start = 0;
      let numFound = Number.POSITIVE_INFINITY;
      let firstNumFound: number | undefined;
      let repeated = 0;
      while (start < numFound) {
        const page = await this.searchIndex({ ...query, sort, start, rows: pageSize });
        if (page.numFound > max) {
          throw new CbdApiError('too-many', `The CBD API finds ${page.numFound.toLocaleString('en')} records for this query, more than the ${max.toLocaleString('en')} Ecotone reads at once: ${describeQuery(query)}`, { url: this.indexUrl(query) });
        }
        numFound = page.numFound;
        firstNumFound ??= numFound;
        for (const doc of page.docs) {
          if (docs.has(doc.id)) repeated++;
          else docs.set(doc.id, doc);
        }
        if (page.docs.length === 0) break;
        start += page.docs.length;
      }
      // A record added or removed between two pages shifts the later pages: one is read twice,
      // or one is skipped. The count, the repeats and a changed total show it.
      if (docs.size === numFound && repeated === 0 && firstNumFound === numFound) return [...docs.values()];
      lastProblem = firstNumFound !== numFound
        ? `the number of results went from ${firstNumFound} to ${numFound}`
        : `read ${docs.size} different records${repeated ? ` and ${repeated} repeated` : ''} where it announced ${numFound}`;
      this.log.warn({ query: describeQuery(query), pass, read: docs.size, repeated, numFound }, `The CBD API's results changed while they were read (${lastProblem}); reading them again`);
    }
    throw new CbdApiError('inconsistent', `The CBD API's results kept changing while Ecotone read them (${lastProblem}); try again later: ${describeQuery(query)}`, { url: this.indexUrl(query) });
  }

  /** `GET /api/v2013/documents/{uid}`: the record body (header + schema fields); 404 → `not-found`. */
  async document(uid: string): Promise<CbdDocument> {
    const body = (await this.getJson(`/api/v2013/documents/${encodeURIComponent(uid)}`, new URLSearchParams(), DocumentWire)) as CbdDocument;
    const languages = (body.header as { languages?: string[] | null }).languages;
    return { ...body, header: { ...body.header, languages: Array.isArray(languages) ? languages : [] } };
  }

  private indexUrl(query: Omit<IndexQuery, 'start' | 'rows'>): string {
    const params = new URLSearchParams({ q: query.q });
    for (const fq of query.fq ?? []) params.append('fq', fq);
    return `${this.baseUrl}/api/v2013/index/select?${params}`;
  }

  /** GET, with retries, then JSON parse and shape check. */
  private async getJson(path: string, params: URLSearchParams, schema: TSchema, root = ''): Promise<unknown> {
    const search = params.toString();
    const url = `${this.baseUrl}${path}${search ? `?${search}` : ''}`;
    const what = `GET ${shorten(`${path}${search ? `?${decodeURIComponent(search.replace(/\+/g, ' '))}` : ''}`)}`;
    const attempts = this.retries + 1;
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.attempt(url, what);
      if ('body' in outcome) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(outcome.body);
        } catch (cause) {
          const start = outcome.body.trim().slice(0, 80);
          throw new CbdApiError('malformed', `The CBD API answered ${what} with something that is not JSON${start ? `, starting "${start}${outcome.body.trim().length > 80 ? '…' : ''}"` : ' (an empty answer)'}`, { url, status: outcome.status, attempts: attempt, cause });
        }
        const problem = firstShapeProblem(schema, parsed, root);
        if (problem) throw new CbdApiError('unexpected-shape', `The CBD API answered ${what} with data Ecotone does not understand: ${problem}`, { url, status: outcome.status, attempts: attempt });
        return parsed;
      }
      const failure = outcome;
      const final = attempt >= attempts || !failure.retryable;
      if (final) {
        if (attempt === 1) throw failure.error;
        throw new CbdApiError(failure.error.kind, `${failure.error.message} (tried ${attempt} times)`, { url, status: failure.error.status, attempts: attempt, cause: failure.error.cause });
      }
      const backoff = this.backoffMs * 2 ** (attempt - 1);
      // Jitter (between half and the whole delay) keeps many sites from retrying in step.
      const jittered = Math.round(backoff / 2 + Math.random() * (backoff / 2));
      const delayMs = failure.retryAfterMs !== undefined ? Math.max(failure.retryAfterMs, jittered) : jittered;
      this.log.warn(
        { url, attempt, attempts, delayMs, kind: failure.error.kind, status: failure.error.status },
        `${failure.error.message}; trying again in ${formatSeconds(delayMs)} (attempt ${attempt + 1} of ${attempts})`,
      );
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }

  /** One request: the body text of a 2xx answer, or a classified failure. */
  private async attempt(url: string, what: string): Promise<{ body: string; status: number } | Attempt> {
    const signal = AbortSignal.timeout(this.timeoutMs);
    let response: Response;
    try {
      response = await this.fetch(url, { method: 'GET', headers: { Accept: 'application/json', 'User-Agent': userAgent }, signal, redirect: 'follow' });
    } catch (error) {
      return this.networkFailure(error, url, what, signal);
    }
    let body: string;
    try {
      body = await response.text();
    } catch (error) {
      return this.networkFailure(error, url, what, signal);
    }
    if (response.ok) return { body, status: response.status };
    const status = response.status;
    const statusLine = `${status} ${response.statusText || STATUS_CODES[status] || ''}`.trim();
    const reason = errorReason(body);
    if (status === 404) {
      return { retryable: false, error: new CbdApiError('not-found', `The CBD API has nothing at ${what} (404 Not Found)`, { url, status }) };
    }
    const retryable = status === 429 || status >= 500;
    return {
      retryable,
      retryAfterMs: retryable ? retryAfter(response.headers.get('retry-after')) : undefined,
      error: new CbdApiError('http', `The CBD API answered ${statusLine} for ${what}${reason ? `: ${reason}` : ''}`, { url, status }),
    };
  }

  private networkFailure(error: unknown, url: string, what: string, signal: AbortSignal): Attempt {
    if (signal.aborted || (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))) {
      return { retryable: true, error: new CbdApiError('timeout', `The CBD API (${this.baseUrl}) did not answer within ${formatSeconds(this.timeoutMs)}: ${what}`, { url, cause: error }) };
    }
    const code = errorCode(error);
    if (code && unreachableCodes.has(code)) {
      return { retryable: true, error: new CbdApiError('unreachable', `The CBD API cannot be reached at ${this.baseUrl} (${code}): ${what}`, { url, cause: error }) };
    }
    return {
      retryable: true,
      error: new CbdApiError('unreachable', `The connection to the CBD API (${this.baseUrl}) broke before the answer was complete (${code ?? (error instanceof Error ? error.message : String(error))}): ${what}`, { url, cause: error }),
    };
  }
}

function toThesaurusTerm(wire: ThesaurusTermWire): ThesaurusTerm {
  const title = cleanMap(wire.title) ?? {};
  const term: ThesaurusTerm = {
    identifier: wire.identifier,
    name: wire.name?.trim() || title.en || Object.values(title)[0] || wire.identifier,
    title,
    broaderTerms: wire.broaderTerms ?? [],
    narrowerTerms: wire.narrowerTerms ?? [],
  };
  if (typeof wire.termId === 'number') term.termId = wire.termId;
  const shortTitle = cleanMap(wire.shortTitle);
  if (shortTitle) term.shortTitle = shortTitle;
  const description = typeof wire.description === 'string' ? wire.description : wire.description ? (cleanMap(wire.description)?.en ?? Object.values(cleanMap(wire.description) ?? {})[0]) : undefined;
  if (description?.trim()) term.description = description;
  const longDescription = cleanMap(wire.longDescription);
  if (longDescription) term.longDescription = longDescription;
  if (wire.relatedTerms) term.relatedTerms = wire.relatedTerms;
  return term;
}

/** Drops null and blank translations; undefined when nothing is left. */
function cleanMap(map: Record<string, string | null> | null | undefined): Record<string, string> | undefined {
  if (!map) return undefined;
  const out: Record<string, string> = {};
  for (const [lang, text] of Object.entries(map)) if (typeof text === 'string' && text.trim()) out[lang] = text;
  return Object.keys(out).length ? out : undefined;
}

/** The requested sort with `id asc` as the last key, so that pages never overlap or skip. */
function stableSort(sort: string | undefined): string {
  const keys = (sort ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (!keys.some((k) => /^id\s/.test(k))) keys.push('id asc');
  return keys.join(', ');
}

function describeQuery(query: Omit<IndexQuery, 'start' | 'rows'>): string {
  return shorten([`q=${query.q}`, ...(query.fq ?? []).map((fq) => `fq=${fq}`)].join(' '));
}

function shorten(text: string, max = 300): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(seconds < 1 ? 2 : 1)} s`;
}

/** `Retry-After` as seconds or an HTTP date, capped at 30 s; undefined when absent or unreadable. */
function retryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header.trim());
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
  if (!Number.isFinite(ms)) return undefined;
  return Math.min(Math.max(0, ms), retryAfterCapMs);
}

/** What an error body says, briefly: Solr's `error.msg`, a JSON `message`, or the start of the text. */
function errorReason(body: string): string {
  const text = body.trim();
  if (!text) return '';
  try {
    const json = JSON.parse(text) as { error?: { msg?: unknown }; message?: unknown };
    const message = json?.error?.msg ?? json?.message;
    if (typeof message === 'string' && message.trim()) return shorten(message.trim(), 200);
  } catch {
    // not JSON: an HTML error page from a proxy, usually
  }
  return /^</.test(text) ? '' : shorten(text.replace(/\s+/g, ' '), 200);
}

/** The system error code of a failed fetch (undici wraps it in `cause`, sometimes in an AggregateError). */
function errorCode(error: unknown, depth = 0): string | undefined {
  if (!error || typeof error !== 'object' || depth > 4) return undefined;
  const e = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === 'string') return e.code;
  if (Array.isArray(e.errors)) for (const inner of e.errors) {
    const code = errorCode(inner, depth + 1);
    if (code) return code;
  }
  return errorCode(e.cause, depth + 1);
}
