import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { createUser } from '../src/accounts/service.ts';
import { type AppServices, startServices } from '../src/app-services.ts';
import { loadConfig } from '../src/config.ts';
import { startChangeBroadcast, type ChangeBroadcast } from '../src/db/change-broadcast.ts';
import { type ChangeOrigin, onSiteDataWritten, registryChanged, siteDataWritten } from '../src/db/site-changes.ts';
import { sql } from 'kysely';
import { createSite } from '../src/sites/service.ts';
import { createTestDatabase, postgresUnavailableReason, type TestDatabase } from './support/databases.ts';
import { multipartBody, type MultipartPart } from './support/multipart.ts';
import { type CbdStandIn, startCbdStandIn } from './cbd-stand-in/server.ts';
import { type LocalS3, startLocalS3 } from './support/s3rver.ts';
import { type RunningServer, startServerProcess } from './support/server-process.ts';

/**
 * Two `ecotone serve` processes on one PostgreSQL database and one S3 bucket (ADR 0023): what one
 * writes, the other serves fresh within a second; a process killed mid-burst loses no save it
 * confirmed. The site registry's polling is set to an hour, so only the change broadcast can
 * explain a fresh page.
 */

const reason = await postgresUnavailableReason();
if (reason && process.env.REQUIRE_POSTGRES === '1') throw new Error(`${reason}; REQUIRE_POSTGRES=1 makes the PostgreSQL suites mandatory`);

const host = 'scale.localhost';
const password = 'correct horse battery staple';

describe('scale-out: two serve processes on PostgreSQL and S3', { skip: reason ?? false, timeout: 240_000 }, () => {
  let database: TestDatabase;
  let s3: LocalS3;
  let services: AppServices;
  let a: RunningServer;
  let b: RunningServer;
  const dataDirs: string[] = [];

  before(async () => {
    database = await createTestDatabase('postgres');
    s3 = await startLocalS3();
    const storeEnv = s3.env('scale-out');
    services = await startServices(loadConfig({ ...database.env, ...storeEnv, LOG_LEVEL: 'silent' }), { log: { info: () => undefined, warn: () => undefined } });
    const site = await createSite(services.db.kysely, { code: 'scale', names: { en: 'Scale-out test site' }, languages: ['en'] });
    await createUser(services.db.kysely, { email: 'manager@scale.example', displayName: 'Manager', password, memberships: [{ siteId: site.id, role: 'site-manager' }] });
    const env = (name: string) => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `ecotone-${name}-`));
      dataDirs.push(dataDir);
      // Each process its own data folder: nothing on local disk is shared.
      return { DATABASE_URL: database.env.DATABASE_URL!, DATA_DIR: dataDir, ...storeEnv, SITE_REFRESH_INTERVAL_MS: '3600000', CBD_SYNC_INTERVAL_HOURS: '0' };
    };
    [a, b] = await Promise.all([startServerProcess(env('a'), ['serve']), startServerProcess(env('b'), ['serve'])]);
  });

  after(async () => {
    await Promise.all([a?.kill(), b?.stop()]);
    await services?.close();
    await s3?.close();
    await database?.drop();
    for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('an item published through A is served fresh by B within one second, though B had the old page cached', async (t) => {
    const editor = new HttpSession(a.port);
    assert.equal((await editor.login('manager@scale.example', password)).status, 303);
    await editor.get('/admin/content/news/new?lang=en');
    const created = await editor.post('/admin/content/news', { lang: 'en', title: 'Marsh census first count', summary: 'First count.', status: 'published' });
    assert.equal(created.status, 303, created.body);
    const itemUrl = created.headers.location!.split('?')[0]!;

    // B renders the listing and keeps it.
    await waitFor(async () => (await get(b.port, '/en/news')).body.includes('Marsh census first count'), 'B lists the first item');
    await settle();
    const cached = await cachedOn(b.port, '/en/news');
    const slug = /href="\/en\/news\/([^"]+)"/.exec(cached.body)?.[1];
    assert.ok(slug);
    await cachedOn(b.port, `/en/news/${slug}`);

    // An edit through A…
    await editor.get(itemUrl);
    const saved = await editor.post(itemUrl, { lang: 'en', title: 'Marsh census second count', slug, summary: 'Second count.', status: 'published', version: '1' });
    assert.equal(saved.status, 303, saved.body);
    const editedAt = Date.now();
    // … is on B's item page and listing within a second (polled every 50 ms).
    const itemMs = await waitFor(async () => (await get(b.port, `/en/news/${slug}`)).body.includes('Marsh census second count'), 'B serves the edit', 5_000);
    const listingMs = Date.now() - editedAt;
    assert.ok((await get(b.port, '/en/news')).body.includes('Marsh census second count'));
    assert.ok(itemMs < 1000, `B served the edited item after ${itemMs} ms`);
    assert.ok(listingMs < 1000, `B served the edited listing after ${listingMs} ms`);

    // A new item published through A reaches B's cached listing as fast. (Past the broadcast's
    // second notice of the edit, half a second after the first, so B's listing stays cached.)
    await settle();
    await cachedOn(b.port, '/en/news');
    const second = await editor.post('/admin/content/news', { lang: 'en', title: 'Dune restoration approved', status: 'published' });
    assert.equal(second.status, 303);
    const newItemMs = await waitFor(async () => (await get(b.port, '/en/news')).body.includes('Dune restoration approved'), 'B lists the new item', 5_000);
    assert.ok(newItemMs < 1000, `B listed the new item after ${newItemMs} ms`);
    t.diagnostic(`B fresh after: edited item ${itemMs} ms, listing ${listingMs} ms, new item in listing ${newItemMs} ms`);
  });

  test("a site's new name, saved through A, is on B's pages within one second", async (t) => {
    const manager = new HttpSession(a.port);
    await manager.login('manager@scale.example', password);
    await settle();
    await cachedOn(b.port, '/en/');
    await manager.get('/admin/settings');
    const saved = await manager.post('/admin/settings', { languages: 'en', defaultLanguage: 'en', 'names.en': 'Renamed network node', 'theme.primaryColor': '#1d5e3b', 'theme.accentColor': '#8a6500' });
    assert.equal(saved.status, 303, saved.body.slice(0, 2000));
    const ms = await waitFor(async () => (await get(b.port, '/en/')).body.includes('Renamed network node'), "B shows the site's new name", 5_000);
    assert.ok(ms < 1000, `B showed the new name after ${ms} ms`);
    t.diagnostic(`B showed the new site name after ${ms} ms`);
  });

  test('an image uploaded through A is served by B (sessions and media are shared)', async () => {
    const editor = new HttpSession(a.port);
    await editor.login('manager@scale.example', password);
    await editor.get('/admin/media');
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 20, g: 120, b: 60 } } }).png().toBuffer();
    const uploaded = await editor.postMultipart('/admin/media', [
      { name: '_csrf', value: editor.csrf },
      { name: 'files', filename: 'marsh.png', data: png, contentType: 'image/png' },
    ]);
    assert.equal(uploaded.status, 200, uploaded.body);
    const [result] = JSON.parse(uploaded.body).results as { ok: boolean; id: number }[];
    assert.ok(result?.ok, uploaded.body);
    const sha = createHash('sha256').update(png).digest('hex');
    // The same session cookie on B: sessions live in the database, not in a process.
    const onB = await editor.on(b.port).get(`/media/${result.id}/${sha}.png`);
    assert.equal(onB.status, 200);
    assert.deepEqual(onB.raw, png);
  });

  test('killing A with SIGKILL in a burst of saves loses no confirmed save, and B keeps serving', async (t) => {
    const editor = new HttpSession(a.port);
    await editor.login('manager@scale.example', password);
    await editor.get('/admin/content/news/new?lang=en');
    const confirmed: { id: number; title: string }[] = [];
    let attempted = 0;
    let stop = false;
    const worker = async (n: number) => {
      for (let i = 0; !stop; i++) {
        const title = `Burst ${n}-${i}`;
        attempted++;
        try {
          const response = await editor.post('/admin/content/news', { lang: 'en', title, status: 'published' });
          if (response.status === 303) confirmed.push({ id: Number(/\/admin\/items\/(\d+)/.exec(response.headers.location!)?.[1]), title });
        } catch {
          return; // the connection died with A: not confirmed
        }
      }
    };
    const workers = [1, 2, 3, 4].map(worker);
    await waitFor(async () => confirmed.length >= 12, 'some saves confirmed', 30_000);
    await a.kill();
    stop = true;
    await Promise.all(workers);
    assert.ok(attempted > confirmed.length, 'the kill interrupted saves in flight');
    for (const { id, title } of confirmed) {
      const response = await get(b.port, `/api/v1/items/${id}`);
      assert.equal(response.status, 200, `confirmed save ${title} (item ${id}) is served by B`);
      assert.match(response.body, new RegExp(title));
    }
    t.diagnostic(`${confirmed.length} saves confirmed before the kill, ${attempted - confirmed.length} interrupted; all confirmed ones served by B`);
    assert.equal((await get(b.port, '/readyz')).status, 200);
    assert.equal((await get(b.port, '/en/news')).status, 200);
  });
});

describe('a job claimed by a process that is killed is run by the other', { skip: reason ?? false, timeout: 240_000 }, () => {
  let database: TestDatabase;
  let standIn: CbdStandIn;
  const servers: RunningServer[] = [];
  const dataDirs: string[] = [];

  before(async () => {
    database = await createTestDatabase('postgres');
    standIn = await startCbdStandIn();
    // The first request to the CBD API is held: the process that claimed the sync waits on it.
    standIn.fail({ kind: 'timeout', count: 1 });
    const env = (name: string) => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `ecotone-jobs-${name}-`));
      dataDirs.push(dataDir);
      return {
        DATABASE_URL: database.env.DATABASE_URL!,
        DATA_DIR: dataDir,
        CBD_API_URL: standIn.url,
        CBD_SYNC_INTERVAL_HOURS: '24',
        CBD_API_TIMEOUT_MS: '120000',
        JOBS_INTERVAL_MS: '200',
        // A dead process's job is taken over after 2 s instead of the CBD sync's 5 minutes.
        JOBS_LEASE_MS: '2000',
      };
    };
    // Each process schedules the CBD sync as it starts; whichever claims it first runs it.
    servers.push(...(await Promise.all([startServerProcess(env('a'), ['serve']), startServerProcess(env('b'), ['serve'])])));
  });

  after(async () => {
    await Promise.all(servers.map((server) => server.kill()));
    await standIn?.close();
    await database?.drop();
    for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('the CBD sync claimed by the killed process is taken over after its lease and completes on the survivor', async (t) => {
    const db = database.db.kysely;
    const syncJob = () => db.selectFrom('jobs').selectAll().where('name', '=', 'cbd-sync').executeTakeFirst();
    const pidOf = (worker: string | null | undefined) => Number(worker?.split(':')[1]);
    await waitFor(async () => (await syncJob())?.status === 'running' && standIn.requests.length > 0, 'a process claimed the sync and is waiting on the CBD API', 60_000);
    const claimed = (await syncJob())!;
    const victim = servers.find((server) => server.pid === pidOf(claimed.locked_by));
    const survivor = servers.find((server) => server !== victim)!;
    assert.ok(victim, `the job is held by one of the two servers (${claimed.locked_by})`);
    await victim.kill();
    const killedAt = Date.now();

    const tookOverAfter = await waitFor(async () => pidOf((await syncJob())?.locked_by) === survivor.pid, 'the survivor took the job over', 30_000);
    assert.ok(tookOverAfter >= 1000, `the lease was honoured before the take-over (${tookOverAfter} ms after the kill)`);
    await waitFor(async () => (await syncJob())?.status === 'done', 'the sync completed on the survivor', 60_000);
    const done = (await syncJob())!;
    assert.equal(done.attempts, 2, 'the killed try and the one that completed');
    assert.equal(done.last_error, null);
    const vocabularies = await db.selectFrom('cbd_vocabulary_syncs').select(['domain', 'last_success_at']).execute();
    assert.ok(vocabularies.length > 0 && vocabularies.every((v) => v.last_success_at !== null), 'the survivor synced the vocabularies');
    assert.equal((await get(survivor.port, '/readyz')).status, 200);
    t.diagnostic(`taken over ${tookOverAfter} ms after the kill; done ${Date.now() - killedAt} ms after it`);
  });
});

describe('change broadcast between two listeners on one PostgreSQL database', { skip: reason ?? false }, () => {
  let database: TestDatabase;
  const quiet = { info: () => undefined, warn: () => undefined };
  // Site ids far from any other suite's: the write signal is process-wide.
  const siteIds = [900_701, 900_702];
  const reloads: ChangeOrigin[] = [];
  const registry = { refreshIfChanged: async (origin: ChangeOrigin) => (reloads.push(origin), false), all: () => siteIds.map((id) => ({ id })) };
  let first: ChangeBroadcast;
  let second: ChangeBroadcast;
  const seen: { id: number; origin: ChangeOrigin }[] = [];
  let stopWatching: () => void;

  before(async () => {
    database = await createTestDatabase('postgres');
    const options = { db: database.db.kysely, databaseUrl: database.env.DATABASE_URL!, sites: registry, log: quiet, reconnectMs: 50 };
    first = await startChangeBroadcast(options);
    second = await startChangeBroadcast(options);
    stopWatching = onSiteDataWritten((id, origin) => void (siteIds.includes(id) && seen.push({ id, origin })));
  });
  after(async () => {
    stopWatching?.();
    await first?.close();
    await second?.close();
    await database?.drop();
  });

  test('a local write reaches the other listener as a remote change, again half a second later, and is never echoed back', async () => {
    seen.length = 0;
    const sentBefore = first.stats.sent + second.stats.sent;
    siteDataWritten(siteIds[0]!);
    // Both listeners live in this process, so each hears the local signal, sends it, and receives the other's.
    await waitFor(async () => seen.filter((s) => s.origin === 'remote').length >= 2, 'the remote changes arrive', 2_000);
    await new Promise((r) => setTimeout(r, 900));
    assert.equal(first.stats.sent + second.stats.sent - sentBefore, 4, 'one notice and its repeat from each, no echo of what they received');
    assert.deepEqual(new Set(seen.map((s) => s.id)), new Set([siteIds[0]]));
    assert.equal(seen.filter((s) => s.origin === 'remote').length, 4);
  });

  test('a registry change makes the other listener reload the registry', async () => {
    reloads.length = 0;
    registryChanged();
    await waitFor(async () => reloads.length >= 1, 'the registry reload', 2_000);
    assert.ok(reloads.every((origin) => origin === 'remote'));
  });

  test('reconnects after its connection is killed, forgets every cached site, and hears notices again', async () => {
    seen.length = 0;
    const terminated = await sql<{ pid: number }>`select pg_terminate_backend(pid) as pid from pg_stat_activity where application_name = 'ecotone change broadcast' and datname = current_database()`.execute(database.db.kysely);
    assert.equal(terminated.rows.length, 2);
    await waitFor(async () => first.stats.reconnects === 1 && second.stats.reconnects === 1 && first.stats.listening && second.stats.listening, 'both reconnect', 5_000);
    // Notices sent while away are lost: every site is forgotten, as a remote change.
    for (const id of siteIds) assert.ok(seen.some((s) => s.id === id && s.origin === 'remote'), `site ${id} forgotten`);
    seen.length = 0;
    siteDataWritten(siteIds[1]!);
    await waitFor(async () => seen.some((s) => s.id === siteIds[1] && s.origin === 'remote'), 'a notice after the reconnection', 2_000);
  });
});

interface Response {
  status: number;
  headers: Record<string, string | undefined>;
  body: string;
  raw: Buffer;
}

function request(port: number, method: string, url: string, headers: Record<string, string>, body?: Buffer | string): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: url, headers: { host, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const flat: Record<string, string | undefined> = {};
        for (const [name, value] of Object.entries(res.headers)) flat[name] = Array.isArray(value) ? value.join('\n') : value;
        resolve({ status: res.statusCode ?? 0, headers: flat, body: raw.toString('utf8'), raw });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

function get(port: number, url: string): Promise<Response> {
  return request(port, 'GET', url, {});
}

/** Waits out the change broadcast's second notice of earlier writes (sent half a second after the first). */
function settle(): Promise<void> {
  return new Promise((r) => setTimeout(r, 700));
}

/** Asks until the page comes from the process's page cache, and returns it. */
async function cachedOn(port: number, url: string): Promise<Response> {
  let response = await get(port, url);
  await waitFor(async () => (response = await get(port, url)).headers['x-cache'] === 'hit', `${url} cached`, 3_000);
  return response;
}

/** Polls every 50 ms until `check` holds; returns how long it took, or fails after `timeoutMs`. */
async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<number> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) assert.fail(`${what}: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return Date.now() - start;
}

/** A browser's session against a server process over HTTP: cookies, CSRF tokens from forms. */
class HttpSession {
  csrf = '';
  constructor(
    private readonly port: number,
    private readonly cookies = new Map<string, string>(),
  ) {}

  /** The same cookies against another process. */
  on(port: number): HttpSession {
    return new HttpSession(port, this.cookies);
  }

  private remember(response: Response): Response {
    for (const line of (response.headers['set-cookie'] ?? '').split('\n').filter(Boolean)) {
      const [pair] = line.split(';');
      const [name, ...value] = pair!.split('=');
      if (value.join('=') === '' || /max-age=0|expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value.join('='));
    }
    const token = /name="_csrf" value="([^"]*)"/.exec(response.body)?.[1];
    if (token) this.csrf = token;
    return response;
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async get(url: string): Promise<Response> {
    return this.remember(await request(this.port, 'GET', url, { cookie: this.cookieHeader() }));
  }

  async post(url: string, form: Record<string, string>): Promise<Response> {
    const body = new URLSearchParams({ _csrf: this.csrf, ...form }).toString();
    return this.remember(await request(this.port, 'POST', url, { cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' }, body));
  }

  async postMultipart(url: string, parts: MultipartPart[]): Promise<Response> {
    const { payload, contentType } = multipartBody(parts);
    return this.remember(await request(this.port, 'POST', url, { cookie: this.cookieHeader(), 'content-type': contentType, accept: 'application/json' }, payload));
  }

  async login(email: string, pass: string): Promise<Response> {
    await this.get('/admin/login');
    const response = await this.post('/admin/login', { email, password: pass });
    if (response.status === 303) await this.get('/admin');
    return response;
  }
}
