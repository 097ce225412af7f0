import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, test } from 'node:test';
import { loadConfig } from '../src/config.ts';
import { CbdApiError, CbdClient, type CbdClientOptions } from '../src/interop/cbd/client.ts';
import { type CbdStandIn, removeRecord, sampleCbdData, sampleCountries, startCbdStandIn, upsertRecord } from './cbd-stand-in/server.ts';

const currentFilters = ['_state_s:public', '{!tag=version}(*:* NOT version_s:*)'];

/** Runs `call`, which must fail with a CbdApiError, and returns that error. */
async function cbdError(call: Promise<unknown>): Promise<CbdApiError> {
  try {
    await call;
  } catch (error) {
    assert.ok(error instanceof CbdApiError, `expected a CbdApiError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the call to fail');
}

describe('CBD API client, against the local stand-in', () => {
  let standIn: CbdStandIn;
  let warnings: string[];
  const client = (options: Partial<CbdClientOptions> = {}) =>
    new CbdClient({ baseUrl: standIn.url, backoffMs: 5, timeoutMs: 2_000, log: { warn: (_obj, msg) => warnings.push(msg) }, ...options });
  const asked = (path: RegExp) => standIn.requests.filter((r) => path.test(r.url)).length;

  before(async () => {
    standIn = await startCbdStandIn();
  });
  after(() => standIn.close());
  beforeEach(() => {
    standIn.clearFaults();
    standIn.requests.length = 0;
    standIn.data = sampleCbdData();
    warnings = [];
  });

  test('reads the terms of a thesaurus domain with their prefixed titles and translations', async () => {
    const targets = await client().thesaurusTerms('GBF-TARGETS');
    assert.equal(targets.length, 23);
    const first = targets[0]!;
    assert.equal(first.identifier, 'GBF-TARGET-01');
    assert.equal(first.termId, 7398);
    assert.equal(first.shortTitle?.en, 'GBF-T01. Plan and Manage all Areas To Reduce Biodiversity Loss');
    assert.match(first.shortTitle?.ar ?? '', /^GBF-T01\. /, 'a language the shipped data lacks');
    assert.match(first.name, /^GBF-T01\. All areas are planned or managed/);

    const countries = await client().thesaurusTerms('countries');
    const benin = countries.find((c) => c.identifier === 'bj');
    assert.equal(benin?.title.fr, 'Bénin');
    assert.equal(Object.keys(benin?.title ?? {}).length, 6, 'the six UN languages');
    assert.ok(countries.every((c) => c.identifier === c.identifier.toLowerCase()), 'country identifiers are lower case');
  });

  test('gives broader and narrower terms only when relations are asked for', async () => {
    const plain = await client().thesaurusTerms('regions');
    assert.deepEqual(plain.find((t) => t.identifier === 'M49-150')?.narrowerTerms, []);
    const related = await client().thesaurusTerms('regions', { relations: true });
    assert.ok(related.find((t) => t.identifier === 'M49-150')?.narrowerTerms.includes('M49-155'), 'Europe contains Western Europe');
    assert.match(standIn.requests.at(-1)!.url, /relations=true/);
  });

  test('pages through every doc of a query, in a stable order, without duplicates or gaps', async () => {
    const docs = await client().searchIndexAll(
      { q: 'schema_s:(nationalTarget7 focalPoint)', fq: [...currentFilters, `government_s:(${sampleCountries.join(' ')})`], fl: ['identifier_s', 'government_s', 'schema_s'] },
      { pageSize: 4 },
    );
    const expected = standIn.data.records
      .filter((r) => (sampleCountries as readonly string[]).includes(r.document.government.identifier) && ['nationalTarget7', 'focalPoint'].includes(r.document.header.schema))
      .map((r) => r.document.header.identifier)
      .sort();
    assert.ok(expected.length > 20, 'more docs than several pages');
    assert.deepEqual(docs.map((d) => d.identifier_s).sort(), expected);
    assert.equal(new Set(docs.map((d) => d.id)).size, docs.length, 'no doc twice');
    assert.deepEqual(docs.map((d) => d.id), [...docs.map((d) => d.id)].sort(), 'sorted by id by default');
    assert.equal(asked(/index\/select/), Math.ceil(expected.length / 4), 'one request per page');
    assert.deepEqual(Object.keys(docs[0]!).sort(), ['government_s', 'id', 'identifier_s', 'schema_s'], 'only the fields asked, with id');
  });

  test('leaves out other countries and earlier revisions when the query filters them', async () => {
    const everything = await client().searchIndexAll({ q: 'schema_s:(nationalTarget7 nbsap focalPoint)' });
    assert.ok(everything.some((d) => d.government_s === 'fr' || d.government_s === 'nl'), 'the sample has other countries');
    assert.ok(everything.some((d) => d.version_s !== undefined), 'the sample has earlier revisions');

    for (const country of sampleCountries) {
      const docs = await client().searchIndexAll({ q: `schema_s:(nationalTarget7 nbsap focalPoint) AND government_s:${country}`, fq: currentFilters });
      assert.ok(docs.length > 0);
      assert.ok(docs.every((d) => d.government_s === country), `only ${country}`);
      assert.ok(docs.every((d) => d.version_s === undefined), 'only current revisions');
      assert.equal(new Set(docs.map((d) => d.identifier_s)).size, docs.length, 'one doc per record');
    }
    const reports = await client().searchIndexAll({ q: 'realm_ss:chm AND schema_s:(nationalReport6 nationalReport) AND hostGovernments_ss:bj', fq: ['NOT version_s:*'] });
    assert.ok(reports.length >= 3 && reports.every((d) => (d.hostGovernments_ss as string[]).includes('bj')));
  });

  test('reads a record body by its identifier', async () => {
    const [doc] = (await client().searchIndex({ q: 'schema_s:nationalTarget7 AND government_s:ma', fq: currentFilters, rows: 1 })).docs;
    const record = await client().document(doc!.identifier_s as string);
    assert.equal(record.header.identifier, doc!.identifier_s);
    assert.equal(record.header.schema, 'nationalTarget7');
    assert.deepEqual(record.header.languages, ['ar', 'fr', 'en']);
    assert.deepEqual(record.government, { identifier: 'ma' });
    assert.match((record.globalTargetAlignment as { identifier: string }[])[0]!.identifier, /^GBF-TARGET-\d\d$/);
  });

  test('a record edited in the stand-in shows its new revision in the index and the documents endpoint', async () => {
    const record = structuredClone(standIn.data.records.find((r) => r.document.government.identifier === 'be' && r.document.header.schema === 'nbsap')!);
    record.document.title = { en: 'Revised strategy', fr: 'Stratégie révisée' };
    upsertRecord(standIn.data, record);
    const docs = await client().searchIndexAll({ q: `identifier_s:${record.document.header.identifier}` });
    assert.equal(docs.length, 2, 'the new revision and the previous one');
    const current = docs.find((d) => d.version_s === undefined)!;
    assert.equal(current.title_FR_s, 'Stratégie révisée');
    assert.equal(current._revision_i, 2);
    assert.deepEqual((await client().document(record.document.header.identifier)).title, { en: 'Revised strategy', fr: 'Stratégie révisée' });

    removeRecord(standIn.data, record.document.header.identifier);
    assert.equal((await cbdError(client().document(record.document.header.identifier))).kind, 'not-found');
  });

  test('a missing record is not-found at once, without retrying', async () => {
    const error = await cbdError(client().document('00000000-0000-0000-0000-000000000000'));
    assert.equal(error.kind, 'not-found');
    assert.equal(error.code, 'cbd_api_not-found');
    assert.equal(error.statusCode, 502);
    assert.equal(error.status, 404);
    assert.equal(asked(/documents/), 1);
    assert.equal((await cbdError(client().thesaurusTerms('NO-SUCH-DOMAIN'))).kind, 'not-found');
  });

  test('an API that does not answer in time is retried, then reported as a timeout', async () => {
    standIn.fail({ kind: 'timeout', path: /\/documents\// });
    const started = Date.now();
    const error = await cbdError(client({ timeoutMs: 150, retries: 2 }).document(standIn.data.records[0]!.document.header.identifier));
    assert.equal(error.kind, 'timeout');
    assert.equal(error.attempts, 3);
    assert.equal(asked(/\/documents\//), 3, 'the first attempt and two retries');
    assert.match(error.message, new RegExp(`^The CBD API \\(${standIn.url.replace(/\./g, '\\.')}\\) did not answer within 0\\.15 s: GET /api/v2013/documents/`));
    assert.equal(warnings.length, 2, 'each retry is logged');
    assert.ok(Date.now() - started < 2_000, 'gives up after the retries');
  });

  test('a server error that goes away is retried until the answer comes', async () => {
    standIn.fail({ kind: 'status', status: 500, path: /index\/select/, count: 2 });
    const page = await client().searchIndex({ q: 'schema_s:nbsap', rows: 2 });
    assert.equal(page.docs.length, 2);
    assert.equal(asked(/index\/select/), 3);
    assert.equal(warnings.length, 2);
    assert.match(warnings[0]!, /answered 500 Internal Server Error for GET \/api\/v2013\/index\/select\?q=schema_s:nbsap/);
  });

  test('a server error that stays is reported with its status after the retries', async () => {
    standIn.fail({ kind: 'status', status: 503 });
    const error = await cbdError(client({ retries: 1 }).thesaurusTerms('GBF-GOALS'));
    assert.equal(error.kind, 'http');
    assert.equal(error.status, 503);
    assert.equal(error.code, 'cbd_api_http');
    assert.equal(asked(/thesaurus/), 2);
    assert.match(error.message, /^The CBD API answered 503 Service Unavailable for GET \/api\/v2013\/thesaurus\/domains\/GBF-GOALS\/terms.*\(tried 2 times\)$/);
  });

  test('a refused query (400) is not retried and says what Solr said', async () => {
    const error = await cbdError(client().searchIndex({ q: 'schema_s:(nbsap' }));
    assert.equal(error.kind, 'http');
    assert.equal(error.status, 400);
    assert.equal(asked(/index\/select/), 1);
    assert.match(error.message, /missing "\)"/);
  });

  test('too many requests (429) waits as long as Retry-After says', async () => {
    standIn.fail({ kind: 'status', status: 429, retryAfter: 1, count: 1 });
    const started = Date.now();
    await client().thesaurusTerms('GBF-DEGREE-OF-ALIGNMENT');
    assert.ok(Date.now() - started >= 950, 'waited about a second, not the 5 ms backoff');
    assert.equal(asked(/thesaurus/), 2);
  });

  test('an answer that is not JSON is reported as malformed, with its start, and not retried', async () => {
    standIn.fail({ kind: 'malformed', path: /index\/select/ });
    const error = await cbdError(client().searchIndex({ q: 'schema_s:nbsap' }));
    assert.equal(error.kind, 'malformed');
    assert.equal(asked(/index\/select/), 1);
    assert.match(error.message, /^The CBD API answered GET \/api\/v2013\/index\/select\?q=schema_s:nbsap&wt=json with something that is not JSON, starting "\{"responseHeader"/);
  });

  test('JSON of the wrong shape is refused, naming where it differs', async () => {
    standIn.fail({ kind: 'shape' });
    const index = await cbdError(client().searchIndex({ q: 'schema_s:nbsap', rows: 3 }));
    assert.equal(index.kind, 'unexpected-shape');
    assert.match(index.message, /data Ecotone does not understand: response\.docs\[2\]\.id should be a non-empty string, not the number/);
    const terms = await cbdError(client().thesaurusTerms('GBF-GOALS'));
    assert.match(terms.message, /: terms should be a list, not an object$/);
    const document = await cbdError(client().document(standIn.data.records[0]!.document.header.identifier));
    assert.match(document.message, /: header\.identifier is missing/);
    assert.equal(standIn.requests.length, 3, 'none retried');
  });

  test('a connection cut before the answer is retried', async () => {
    standIn.fail({ kind: 'reset', count: 1 });
    const terms = await client().thesaurusTerms('GBF-GOALS');
    assert.equal(terms.length, 4);
    assert.equal(asked(/thesaurus/), 2);
    assert.match(warnings[0]!, /connection to the CBD API .* broke before the answer was complete/);
  });

  test('an API nobody listens to is unreachable', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const error = await cbdError(client({ baseUrl: `http://127.0.0.1:${port}`, retries: 1 }).thesaurusTerms('GBF-GOALS'));
    assert.equal(error.kind, 'unreachable');
    assert.equal(error.attempts, 2);
    assert.match(error.message, new RegExp(`^The CBD API cannot be reached at http://127\\.0\\.0\\.1:${port} \\(ECONNREFUSED\\): GET /api/v2013/thesaurus/domains/GBF-GOALS/terms`));
  });

  test('refuses a listing larger than the maximum after one request', async () => {
    const error = await cbdError(client().searchIndexAll({ q: '*:*' }, { pageSize: 10, max: 5 }));
    assert.equal(error.kind, 'too-many');
    assert.equal(asked(/index\/select/), 1);
  });

  test('a listing that changes between pages is read again, so nothing is missed', async () => {
    const fetchOnce = withHook(() => {
      const victim = standIn.data.records.find((r) => r.document.government.identifier === 'be' && r.document.header.schema === 'focalPoint')!;
      removeRecord(standIn.data, victim.document.header.identifier);
    });
    const docs = await client({ fetch: fetchOnce }).searchIndexAll({ q: 'schema_s:focalPoint', fq: currentFilters }, { pageSize: 3 });
    const expected = standIn.data.records.filter((r) => r.document.header.schema === 'focalPoint').map((r) => r.document.header.identifier).sort();
    assert.deepEqual(docs.map((d) => d.identifier_s).sort(), expected);
    assert.equal(warnings.length, 1, 'the second reading is logged');
  });

  test('a listing that keeps changing is refused rather than returned incomplete', async () => {
    let added = 0;
    const template = standIn.data.records.find((r) => r.document.header.schema === 'focalPoint')!;
    const fetchAdding = withHook(() => {
      const copy = structuredClone(template);
      copy.document.header.identifier = `00000000-0000-4000-A000-${String(++added).padStart(12, '0')}`;
      copy.documentId = 900_000 + added;
      upsertRecord(standIn.data, copy);
    }, Number.POSITIVE_INFINITY);
    const error = await cbdError(client({ fetch: fetchAdding }).searchIndexAll({ q: 'schema_s:focalPoint' }, { pageSize: 5 }));
    assert.equal(error.kind, 'inconsistent');
  });

  test('asks for JSON and names itself', async () => {
    const seen: Headers[] = [];
    const spy: typeof fetch = (input, init) => {
      seen.push(new Headers(init?.headers));
      return fetch(input, init);
    };
    await client({ fetch: spy }).thesaurusTerms('GBF-GOALS');
    assert.equal(seen[0]!.get('accept'), 'application/json');
    assert.equal(seen[0]!.get('user-agent'), 'Ecotone (national CHM sites)');
  });

  /** A fetch that runs `hook` after each of the first `times` index pages has been answered. */
  function withHook(hook: () => void, times = 1): typeof fetch {
    let left = times;
    return async (input, init) => {
      const response = await fetch(input, init);
      if (left > 0 && String(input).includes('/index/select')) {
        left--;
        hook();
      }
      return response;
    };
  }
});

describe('the CBD API stand-in', () => {
  let standIn: CbdStandIn;
  before(async () => {
    standIn = await startCbdStandIn();
  });
  after(() => standIn.close());

  const select = async (params: Record<string, string | string[]>) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) for (const v of [value].flat()) search.append(key, v);
    const response = await fetch(`${standIn.url}/api/v2013/index/select?${search}`);
    return { status: response.status, body: (await response.json()) as { response: { numFound: number; docs: Record<string, unknown>[] }; error?: { msg: string } } };
  };

  test('combines clauses the way Solr does', async () => {
    const count = async (q: string) => (await select({ q, rows: '0' })).body.response.numFound;
    const be = await count('government_s:be');
    const bj = await count('government_s:bj');
    assert.equal(await count('government_s:be OR government_s:bj'), be + bj);
    assert.equal(await count('government_s:be government_s:bj'), be + bj, 'the default operator is OR');
    assert.equal(await count('government_s:(be bj)'), be + bj);
    assert.equal(await count('government_s:be AND government_s:bj'), 0);
    assert.equal(await count('government_s:be AND NOT schema_s:focalPoint'), be - (await count('government_s:be AND schema_s:focalPoint')));
    assert.equal(await count('NOT version_s:*'), await count('{!tag=version}(*:* NOT version_s:*)'));
    assert.equal(await count('*:*'), standIn.data.records.length + standIn.data.records.reduce((n, r) => n + (r.olderVersions?.length ?? 0), 0));
    assert.equal(await count('title_t:"national report" AND government_s:be'), 5, 'a phrase in a text field, any case');
  });

  test('answers POST queries with a JSON body, as Bioland sends them', async () => {
    const response = await fetch(`${standIn.url}/api/v2013/index/select`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ q: 'schema_s:focalPoint', fq: ['government_s:ma', 'NOT version_s:*'], fl: 'id,email_ss', sort: 'lastName_s asc', rows: 2 }) });
    const body = (await response.json()) as { response: { numFound: number; docs: Record<string, unknown>[] } };
    assert.equal(body.response.numFound, 5);
    assert.deepEqual(Object.keys(body.response.docs[0]!).sort(), ['email_ss', 'id']);
    assert.deepEqual(body.response.docs[0]!.email_ss, ['k.alaoui@eauxetforets.gov.example'], 'Alaoui sorts first');
  });

  test('refuses an unparseable query with a Solr-like 400', async () => {
    const { status, body } = await select({ q: 'schema_s:nbsap AND' });
    assert.equal(status, 400);
    assert.match(body.error?.msg ?? '', /SyntaxError/);
  });

  test('a held (timeout) answer ends when the stand-in closes, so a test never hangs', async () => {
    const other = await startCbdStandIn();
    other.fail({ kind: 'timeout' });
    const pending = fetch(`${other.url}/api/v2013/thesaurus/domains/GBF-GOALS/terms`);
    while (other.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await other.close();
    await assert.rejects(pending);
  });

  test('sample data is the same on every call and cannot be changed through a copy', () => {
    const a = sampleCbdData();
    const b = sampleCbdData();
    assert.deepEqual(a, b);
    a.records[0]!.document.title = { en: 'changed' };
    assert.notDeepEqual(a.records[0]!.document.title, b.records[0]!.document.title);
  });
});

describe('CBD API settings', () => {
  test('default to the production API and a 15 s timeout, and refuse what is not a URL', () => {
    const defaults = loadConfig({});
    assert.equal(defaults.cbdApiUrl, 'https://api.cbd.int');
    assert.equal(defaults.cbdApiTimeoutMs, 15_000);
    const local = loadConfig({ CBD_API_URL: 'http://127.0.0.1:4010/', CBD_API_TIMEOUT_MS: '3000' });
    assert.equal(local.cbdApiUrl, 'http://127.0.0.1:4010');
    assert.equal(local.cbdApiTimeoutMs, 3000);
    assert.throws(() => loadConfig({ CBD_API_URL: 'api.cbd.int' }), /CBD_API_URL must be an http/);
    assert.throws(() => loadConfig({ CBD_API_TIMEOUT_MS: '0' }), /CBD_API_TIMEOUT_MS must be a whole number/);
  });
});
