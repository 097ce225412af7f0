/**
 * A local stand-in for the CBD API (`reference/cbd-api.md`), for tests and for running Ecotone
 * without the internet: the thesaurus, the search index (a Solr subset) and record bodies, over
 * sample data for be, bj and ma that tests can edit, with faults on demand (timeouts, error
 * statuses, broken JSON, wrong shapes, cut connections). See `docs/cbd-stand-in.md`.
 *
 * @example
 * const cbd = await startCbdStandIn();
 * cbd.fail({ kind: 'status', status: 503, path: /index\/select/, count: 2 });
 * // … CBD_API_URL = cbd.url …
 * await cbd.close();
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { findRecord, indexDocs } from './records.ts';
import { sampleCbdData } from './sample-data.ts';
import { matches, parseSolrQuery, selectFields, SolrSyntaxError, sortDocs } from './solr.ts';
import type { StandInData } from './types.ts';

export { sampleCbdData, otherCountries, reportTypes, sampleCountries } from './sample-data.ts';
export { asOlderVersion, findRecord, guidFrom, indexDocOf, indexDocs, removeRecord, upsertRecord } from './records.ts';
export { degreeOfAlignment, thesaurusDomains } from './thesaurus.ts';
export type { StandInData, StandInDocument, StandInRecord, StandInTerm } from './types.ts';

export interface StandInFault {
  kind: 'timeout' | 'status' | 'malformed' | 'shape' | 'reset';
  /** For `status`: the status to answer (default 500). */
  status?: number;
  /** For `status`: a `Retry-After` header, in seconds. */
  retryAfter?: number;
  /** Only requests whose path and query match; all requests when absent. */
  path?: RegExp;
  /** How many matching requests fail; all of them until `clearFaults()` when absent. */
  count?: number;
}

export interface CbdStandIn {
  /** `http://127.0.0.1:<port>`, to use as `CBD_API_URL`. */
  url: string;
  /** Mutable: tests edit, add and remove records (see `upsertRecord`, `removeRecord`), then sync again. */
  data: StandInData;
  /** Makes the next `count` (default: all, until cleared) matching requests fail. Faults are tried in the order they were added. */
  fail(fault: StandInFault): void;
  clearFaults(): void;
  /** What was asked, in order (method and path with query). */
  requests: { method: string; url: string }[];
  close(): Promise<void>;
}

export interface StandInOptions {
  port?: number;
  host?: string;
  data?: StandInData;
  /** Called after each answer, e.g. to print a request log from the CLI. */
  onResponse?: (line: { method: string; url: string; status: number; ms: number }) => void;
}

/** Kept requests, beyond which the oldest are dropped (a long-running CLI stand-in). */
const maxRecordedRequests = 10_000;

interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** Starts the stand-in on `host` (default 127.0.0.1) and `port` (default: any free port). */
export async function startCbdStandIn(options: StandInOptions = {}): Promise<CbdStandIn> {
  const faults: (StandInFault & { remaining: number })[] = [];
  const held = new Set<http.ServerResponse>();
  const requests: { method: string; url: string }[] = [];
  const standIn = {
    url: '',
    data: options.data ?? sampleCbdData(),
    requests,
    fail(fault: StandInFault) {
      if (fault.count !== undefined && (!Number.isInteger(fault.count) || fault.count < 1)) throw new RangeError(`fault count must be a whole number of at least 1, got ${fault.count}`);
      faults.push({ ...fault, remaining: fault.count ?? Number.POSITIVE_INFINITY });
    },
    clearFaults() {
      faults.length = 0;
    },
    close: async () => undefined,
  } satisfies CbdStandIn;

  const server = http.createServer((req, res) => {
    const started = Date.now();
    const url = req.url ?? '/';
    const method = req.method ?? 'GET';
    requests.push({ method, url });
    if (requests.length > maxRecordedRequests) requests.splice(0, requests.length - maxRecordedRequests);
    res.on('finish', () => options.onResponse?.({ method, url, status: res.statusCode, ms: Date.now() - started }));
    readBody(req)
      .then((rawBody) => {
        const fault = faults.find((f) => f.remaining > 0 && (!f.path || f.path.test(url)));
        if (fault) fault.remaining--;
        if (fault?.kind === 'reset') {
          req.socket.destroy();
          return;
        }
        if (fault?.kind === 'timeout') {
          // Holds the answer until the client gives up (its socket closes) or the stand-in closes.
          held.add(res);
          res.on('close', () => held.delete(res));
          return;
        }
        if (fault?.kind === 'status') {
          const status = fault.status ?? 500;
          const headers: Record<string, string> = fault.retryAfter !== undefined ? { 'Retry-After': String(fault.retryAfter) } : {};
          send(res, { status, headers, body: { statusCode: status, message: `${http.STATUS_CODES[status] ?? 'Error'} (a fault injected into the CBD API stand-in)` } });
          return;
        }
        const answer = route(standIn.data, method, url, rawBody);
        if (fault?.kind === 'shape') {
          send(res, { ...answer, status: 200, body: wrongShape(answer.body) });
          return;
        }
        if (fault?.kind === 'malformed') {
          const text = JSON.stringify(answer.body);
          // Cut in the middle: a prefix of a JSON object or list never parses.
          res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' }).end(text.slice(0, Math.max(1, Math.floor(text.length / 2))));
          return;
        }
        send(res, answer);
      })
      .catch((error: unknown) => {
        if (!res.headersSent) send(res, { status: 500, body: { statusCode: 500, message: error instanceof Error ? error.message : String(error) } });
      });
  });

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  standIn.url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  standIn.close = async () => {
    for (const res of held) res.destroy();
    held.clear();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return standIn;
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > 1_000_000) {
        reject(new Error('request body larger than 1 MB'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: http.ServerResponse, answer: Answer): void {
  const body = JSON.stringify(answer.body);
  res.writeHead(answer.status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body), ...answer.headers }).end(body);
}

const notFound = (message: string): Answer => ({ status: 404, body: { statusCode: 404, code: 'notFound', message } });

function route(data: StandInData, method: string, rawUrl: string, rawBody: string): Answer {
  const url = new URL(rawUrl, 'http://stand-in');
  const path = url.pathname.replace(/\/+$/, '');
  let match: RegExpExecArray | null;
  if (method === 'GET' && (match = /^\/api\/v2013\/thesaurus\/domains\/([^/]+)\/terms$/.exec(path))) {
    const domain = decodeURIComponent(match[1]!);
    const terms = data.thesaurus[domain];
    if (!terms) return notFound(`Thesaurus domain not found: ${domain}`);
    const relations = url.searchParams.get('relations') === 'true';
    // The plain dump has empty relation lists; `relations=true` fills them (reference 1.3).
    return { status: 200, body: terms.map((t) => (relations ? t : { ...t, broaderTerms: [], narrowerTerms: [] })) };
  }
  if (method === 'GET' && (match = /^\/api\/v2013\/thesaurus\/terms\/([^/]+)$/.exec(path))) {
    const identifier = decodeURIComponent(match[1]!);
    const found = Object.values(data.thesaurus).flat().find((t) => t.identifier === identifier);
    return found ? { status: 200, body: found } : notFound(`Term not found: ${identifier}`);
  }
  if (/^\/api\/v2013\/index(\/select)?$/.test(path)) {
    if (method === 'GET') return search(data, solrParamsFromQuery(url.searchParams));
    if (method === 'POST') {
      let body: unknown;
      try {
        body = rawBody.trim() ? JSON.parse(rawBody) : {};
      } catch {
        return solrError('The request body is not JSON');
      }
      return search(data, solrParamsFromBody(body));
    }
    return { status: 405, body: { statusCode: 405, message: 'Method Not Allowed' } };
  }
  if (method === 'GET' && (match = /^\/api\/v2013\/documents\/([^/]+)$/.exec(path))) {
    const uid = decodeURIComponent(match[1]!);
    const record = findRecord(data, uid);
    return record ? { status: 200, body: record.document } : notFound(`Document not found: ${uid}`);
  }
  return notFound(`No such endpoint in the CBD API stand-in: ${method} ${url.pathname}`);
}

interface SolrParams {
  q: string;
  fq: string[];
  fl?: string;
  sort?: string;
  start?: string;
  rows?: string;
}

function solrParamsFromQuery(params: URLSearchParams): SolrParams {
  return {
    q: params.get('q') ?? '*:*',
    fq: [...params.getAll('fq'), ...params.getAll('fq[]')],
    fl: params.getAll('fl').join(',') || undefined,
    sort: params.get('sort') ?? undefined,
    start: params.get('start') ?? undefined,
    rows: params.get('rows') ?? undefined,
  };
}

function solrParamsFromBody(body: unknown): SolrParams {
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v === undefined || v === null ? [] : [String(v)]);
  return {
    q: b.q === undefined ? '*:*' : String(b.q),
    fq: [...list(b.fq), ...list(b['fq[]'])],
    fl: list(b.fl).join(',') || undefined,
    sort: b.sort === undefined ? undefined : String(b.sort),
    start: b.start === undefined ? undefined : String(b.start),
    rows: b.rows === undefined ? undefined : String(b.rows),
  };
}

function solrError(message: string): Answer {
  return { status: 400, body: { responseHeader: { status: 400, QTime: 0 }, error: { metadata: ['error-class', 'org.apache.solr.common.SolrException', 'root-error-class', 'org.apache.solr.search.SyntaxError'], msg: message, code: 400 } } };
}

function search(data: StandInData, params: SolrParams): Answer {
  const started = Date.now();
  const start = params.start === undefined ? 0 : Number(params.start);
  const rows = params.rows === undefined ? 10 : Number(params.rows);
  if (!Number.isInteger(start) || start < 0) return solrError(`'start' parameter cannot be negative or fractional: ${params.start}`);
  if (!Number.isInteger(rows) || rows < 0) return solrError(`'rows' parameter cannot be negative or fractional: ${params.rows}`);
  let docs: Record<string, unknown>[];
  try {
    const queries = [params.q, ...params.fq].map(parseSolrQuery);
    docs = sortDocs(indexDocs(data).filter((doc) => queries.every((q) => matches(q, doc))), params.sort);
  } catch (error) {
    if (error instanceof SolrSyntaxError) return solrError(`org.apache.solr.search.SyntaxError: ${error.message}`);
    throw error;
  }
  return {
    status: 200,
    body: {
      responseHeader: { status: 0, QTime: Date.now() - started, params: { q: params.q, fq: params.fq, ...(params.fl ? { fl: params.fl } : {}), ...(params.sort ? { sort: params.sort } : {}), start: String(start), rows: String(rows), wt: 'json' } },
      response: { numFound: docs.length, start, numFoundExact: true, docs: docs.slice(start, start + rows).map((d) => selectFields(d, params.fl)) },
    },
  };
}

/** Valid JSON of the wrong shape for the endpoint, so that a client must name where it differs. */
function wrongShape(body: unknown): unknown {
  if (Array.isArray(body)) return { terms: body }; // a term list wrapped in an object
  if (body && typeof body === 'object') {
    const b = body as Record<string, unknown>;
    const response = b.response as { docs?: Record<string, unknown>[] } | undefined;
    if (response && Array.isArray(response.docs)) {
      if (response.docs.length === 0) return { ...b, response: { ...response, docs: 'x' } };
      // The last doc's id as a number, as a misbehaving index would send it.
      const docs = response.docs.map((d, i, all) => (i === all.length - 1 ? { ...d, id: Number.parseInt(String(d.id), 16) || 42 } : d));
      return { ...b, response: { ...response, docs } };
    }
    if (b.header && typeof b.header === 'object') {
      const { identifier: _identifier, ...header } = b.header as Record<string, unknown>;
      return { ...b, header };
    }
  }
  return { response: { docs: 'x' } };
}
