import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { AppServices } from '../src/app-services.ts';
import { loadConfig } from '../src/config.ts';
import { SiteScope } from '../src/db/site-scope.ts';
import { DiskStore } from '../src/media/storage/disk-store.ts';
import { S3Store } from '../src/media/storage/s3-store.ts';
import { buildServer } from '../src/server.ts';
import type { Site } from '../src/sites/site.ts';
import { redactUrl, requestIdOf } from '../src/web/logging.ts';
import { addressAllowList } from '../src/web/metrics.ts';
import { buildItem, buildSite, buildTestApp, hostOf, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';
import { startLocalS3 } from './support/s3rver.ts';

describe('observability helpers', () => {
  test('keeps a sane incoming request id and replaces anything else with a UUID', () => {
    assert.equal(requestIdOf('lb-1a2b3c.4:5'), 'lb-1a2b3c.4:5');
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    assert.match(requestIdOf(undefined), uuid);
    assert.match(requestIdOf('has spaces and "quotes"'), uuid);
    assert.match(requestIdOf('x'.repeat(200)), uuid);
    assert.match(requestIdOf('line\nbreak'), uuid);
  });

  test('redacts secret route parameters and query values from logged addresses', () => {
    assert.equal(redactUrl('/admin/password/s3cr3t-token?next=%2Fadmin', { token: 's3cr3t-token' }), '/admin/password/[redacted]?next=%2Fadmin');
    assert.equal(redactUrl('/media/x.jpg?X-Amz-Signature=abc&size=2&token=t'), '/media/x.jpg?X-Amz-Signature=[redacted]&size=2&token=[redacted]');
    assert.equal(redactUrl('/en/news/wetlands', { lang: 'en', slug: 'wetlands' }), '/en/news/wetlands');
  });

  test('allows metrics readers by address and CIDR range, IPv4 and IPv6, and maps IPv4 in IPv6', () => {
    const allow = addressAllowList(['127.0.0.0/8', '::1', '10.20.0.0/16']);
    assert.equal(allow.allows('127.0.0.1'), true);
    assert.equal(allow.allows('::ffff:127.0.0.1'), true);
    assert.equal(allow.allows('::1'), true);
    assert.equal(allow.allows('10.20.3.4'), true);
    assert.equal(allow.allows('10.21.3.4'), false);
    assert.equal(allow.allows('203.0.113.5'), false);
    assert.equal(allow.allows('not an address'), false);
  });

  test('refuses a METRICS_ALLOW entry that is not an address or range, naming it', () => {
    assert.deepEqual(loadConfig({ METRICS_ALLOW: ' 10.0.0.0/8 , ::1 ' }).metricsAllow, ['10.0.0.0/8', '::1']);
    assert.deepEqual(loadConfig({}).metricsAllow, ['127.0.0.0/8', '::1']);
    assert.throws(() => loadConfig({ METRICS_ALLOW: '10.0.0.0/8,prometheus.internal' }), /METRICS_ALLOW .*"prometheus\.internal"/);
    assert.throws(() => loadConfig({ METRICS_ALLOW: '10.0.0.0/33' }), /METRICS_ALLOW .*"10\.0\.0\.0\/33"/);
  });
});

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`observability (${dialect})`, { skip }, () => {
    let t: TestApp;
    let site: Site;
    const lines: Record<string, any>[] = [];
    let logged: TestApp['app'];

    before(async () => {
      t = await buildTestApp(dialect);
      site = await buildSite(t.services, { code: `obs${dialect}` });
      await buildItem(t.services, site, { translations: { en: { title: 'Logged wetlands', status: 'published', publishedAt: new Date(Date.now() - 60_000).toISOString() } } });
      // A second app on the same services whose log lines the tests read.
      logged = await buildServer(t.services, { logger: { level: 'info' }, logStream: { write: (line: string) => void lines.push(JSON.parse(line)) } });
      await logged.ready();
    });
    after(async () => {
      await logged?.close();
      await t?.close();
    });

    const get = (url: string, headers: Record<string, string> = {}, remoteAddress = '127.0.0.1', app = t.app) =>
      app.inject({ method: 'GET', url, headers: { host: hostOf(site), ...headers }, remoteAddress });

    test('echoes a sane X-Request-Id and gives every response one, on site, portal and unknown hosts', async () => {
      const kept = await get('/en/', { 'x-request-id': 'edge-42.abc' });
      assert.equal(kept.headers['x-request-id'], 'edge-42.abc');
      const replaced = await get('/en/', { 'x-request-id': 'bad id <script>' });
      assert.match(String(replaced.headers['x-request-id']), /^[0-9a-f-]{36}$/);
      const portal = await t.app.inject({ method: 'GET', url: '/', headers: { host: 'localhost' } });
      assert.match(String(portal.headers['x-request-id']), /^[0-9a-f-]{36}$/);
      const unknown = await t.app.inject({ method: 'GET', url: '/', headers: { host: 'nowhere.example' } });
      assert.equal(unknown.statusCode, 404);
      assert.ok(unknown.headers['x-request-id']);
    });

    test('writes one JSON access line per request with request id, site, status and duration, and no secrets', async () => {
      lines.length = 0;
      const page = await get('/en/', { 'x-request-id': 'trace-1', cookie: 'ecotone_session=SECRET-SESSION', authorization: 'Bearer SECRET-BEARER' }, '127.0.0.1', logged);
      assert.equal(page.statusCode, 200);
      await get('/admin/password/SECRET-RESET-TOKEN?next=/admin', {}, '127.0.0.1', logged);
      const access = lines.filter((line) => line.msg === 'request');
      assert.equal(access.length, 2, JSON.stringify(lines));
      const [home, reset] = access;
      assert.equal(home!.requestId, 'trace-1');
      assert.equal(home!.site, site.code);
      assert.equal(home!.method, 'GET');
      assert.equal(home!.url, '/en/');
      assert.equal(home!.status, 200);
      assert.equal(typeof home!.ms, 'number');
      assert.equal(typeof home!.time, 'number');
      assert.equal(reset!.url, '/admin/password/[redacted]?next=/admin');
      const everything = JSON.stringify(lines);
      for (const secret of ['SECRET-SESSION', 'SECRET-BEARER', 'SECRET-RESET-TOKEN']) assert.doesNotMatch(everything, new RegExp(secret));
    });

    test('answers liveness on any host without touching the database', async () => {
      const broken = servicesWith(t.services, { db: brokenDatabase() });
      const app = await buildServer(broken, { logger: false });
      try {
        for (const host of [hostOf(site), 'localhost', 'lb-health-check.internal']) {
          const response = await app.inject({ method: 'GET', url: '/healthz', headers: { host } });
          assert.equal(response.statusCode, 200, host);
          assert.equal(response.headers['cache-control'], 'no-store');
          assert.equal(response.json().status, 'ok');
        }
      } finally {
        await app.close();
        await broken.db.kysely.destroy();
      }
    });

    test('is ready when the database and the media store answer, on any host', async () => {
      for (const host of [hostOf(site), 'localhost', '10.0.0.7']) {
        const response = await t.app.inject({ method: 'GET', url: '/readyz', headers: { host } });
        assert.equal(response.statusCode, 200, host);
        assert.equal(response.headers['cache-control'], 'no-store');
        assert.deepEqual(response.json().checks, { database: 'ok', media: 'ok' });
      }
    });

    test('is not ready, with 503 naming the failed dependency, when the database or media store is unreachable', async () => {
      const noDatabase = servicesWith(t.services, { db: brokenDatabase() });
      const noMedia = servicesWith(t.services, { media: new DiskStore('/dev/null/media') });
      for (const [services, failed] of [
        [noDatabase, ['database']],
        [noMedia, ['media']],
      ] as const) {
        const app = await buildServer(services, { logger: false });
        try {
          const response = await app.inject({ method: 'GET', url: '/readyz', headers: { host: hostOf(site) } });
          assert.equal(response.statusCode, 503);
          assert.equal(response.headers['cache-control'], 'no-store');
          assert.deepEqual(response.json().failed, failed);
          // The other dependency is still reported as fine.
          const other = failed[0] === 'database' ? 'media' : 'database';
          assert.equal(response.json().checks[other], 'ok');
        } finally {
          await app.close();
        }
      }
      await noDatabase.db.kysely.destroy();
    });

    test('checks an S3 media store by its bucket: ready when it exists, 503 naming media when it does not', async () => {
      const s3 = await startLocalS3();
      const stores = [s3.store('readiness'), new S3Store({ bucket: 'no-such-bucket', prefix: '', endpoint: s3.endpoint, region: 'us-east-1', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' })];
      try {
        const statuses: number[] = [];
        for (const media of stores) {
          const app = await buildServer(servicesWith(t.services, { media }), { logger: false });
          const response = await app.inject({ method: 'GET', url: '/readyz', headers: { host: 'localhost' } });
          statuses.push(response.statusCode);
          if (response.statusCode === 503) assert.deepEqual(response.json().failed, ['media']);
          await app.close();
        }
        assert.deepEqual(statuses, [200, 503]);
      } finally {
        stores[1]!.close();
        await s3.close();
      }
    });

    test('serves Prometheus metrics to allowed addresses: requests by site and status, latency by kind, cache, jobs, syncs', async () => {
      // A miss, then a hit of the same page, and a 404.
      await get('/en/news');
      await get('/en/news');
      await get('/en/no-such-type-here');
      await new SiteScope(t.services.db.kysely, site.id)
        .insertInto('cbd_site_syncs', { last_attempt_at: '2026-01-02T03:04:05.000Z', last_success_at: '2026-01-01T00:00:00.000Z', last_error: 'The CBD API answered 502', last_counts: '{}', running_since: null, sample_data: 0 })
        .execute();
      const response = await t.app.inject({ method: 'GET', url: '/metrics', headers: { host: 'localhost' }, remoteAddress: '127.0.0.1' });
      assert.equal(response.statusCode, 200);
      assert.match(String(response.headers['content-type']), /^text\/plain/);
      assert.equal(response.headers['cache-control'], 'no-store');
      const text = response.body;
      const value = (series: string) => Number(new RegExp(`^${series.replace(/[{}"+.]/g, (c) => `\\${c}`)} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
      assert.ok(value(`ecotone_http_requests_total{site="${site.code}",status="2xx"}`) >= 2, text);
      assert.ok(value(`ecotone_http_requests_total{site="${site.code}",status="4xx"}`) >= 1);
      assert.ok(value('ecotone_http_request_duration_seconds_count{kind="page"}') >= 1);
      assert.ok(value('ecotone_http_request_duration_seconds_count{kind="cached-page"}') >= 1);
      assert.ok(value('ecotone_page_cache_hits_total') >= 1);
      assert.ok(value('ecotone_page_cache_misses_total') >= 1);
      for (const state of ['queued', 'running', 'done', 'failed']) assert.ok(value(`ecotone_job_queue_depth{state="${state}"}`) >= 0, state);
      assert.equal(value(`ecotone_cbd_sync_ok{site="${site.code}"}`), 0);
      assert.equal(value(`ecotone_cbd_sync_last_success_timestamp_seconds{site="${site.code}"}`), Date.parse('2026-01-01T00:00:00.000Z') / 1000);
      assert.match(text, /^process_resident_memory_bytes \d+/m);
      assert.match(text, /^nodejs_eventloop_lag_seconds /m);
    });

    test('answers 404 for metrics to addresses not allowed, also through a trusted proxy', async () => {
      const outside = await t.app.inject({ method: 'GET', url: '/metrics', headers: { host: 'localhost' }, remoteAddress: '203.0.113.5' });
      assert.equal(outside.statusCode, 404);
      assert.doesNotMatch(outside.body, /ecotone_/);
      // The proxy on this host is trusted (TRUST_PROXY): the client it names is the one checked.
      const proxied = await t.app.inject({ method: 'GET', url: '/metrics', headers: { host: 'localhost', 'x-forwarded-for': '203.0.113.9' }, remoteAddress: '127.0.0.1' });
      assert.equal(proxied.statusCode, 404);
    });

    test('serves metrics to a configured range reached through a proxy on the private network', async () => {
      const services = { ...t.services, config: { ...t.services.config, metricsAllow: ['198.51.100.0/24'] } };
      const app = await buildServer(services, { logger: false });
      try {
        const proxied = await app.inject({ method: 'GET', url: '/metrics', headers: { host: 'localhost', 'x-forwarded-for': '198.51.100.20' }, remoteAddress: '10.1.2.3' });
        assert.equal(proxied.statusCode, 200);
        const loopback = await app.inject({ method: 'GET', url: '/metrics', headers: { host: 'localhost' }, remoteAddress: '127.0.0.1' });
        assert.equal(loopback.statusCode, 404, 'loopback is no longer in the list');
      } finally {
        await app.close();
      }
    });
  });
}

function servicesWith(services: AppServices, overrides: Partial<AppServices>): AppServices {
  return { ...services, ...overrides };
}

/** A database whose every query fails at once (nothing listens on port 1). */
function brokenDatabase(): AppServices['db'] {
  const kysely = new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: 'postgres://nobody@127.0.0.1:1/none', connectionTimeoutMillis: 500 }) }) });
  return { kysely, dialect: 'postgres', describe: 'unreachable', bulkWrites: (work) => work(), close: () => kysely.destroy() };
}
