import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { type Kysely, sql } from 'kysely';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { BackupArchiveError } from '../src/backup/errors.ts';
import { runScheduledBackups } from '../src/backup/schedule.ts';
import { restoreSiteBackup, writeAllSiteBackups, writeSiteBackup } from '../src/backup/service.ts';
import { backedUpTables, excludedTables } from '../src/backup/tables.ts';
import { createUser } from '../src/accounts/service.ts';
import { contentTypeByName } from '../src/content/registry.ts';
import { isPostgres } from '../src/db/database.ts';
import type { Database } from '../src/db/schema.ts';
import { SiteScope } from '../src/db/site-scope.ts';
import type { MediaStore } from '../src/media/storage/media-store.ts';
import { createDemoNetwork } from '../src/sites/seeds/demo-network.ts';
import { findSiteByCode, updateSite } from '../src/sites/service.ts';
import { buildTestApp, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';
import { startLocalS3 } from './support/s3rver.ts';

const run = promisify(execFile);
const postgresSkip = (await dialectsToTest()).find((d) => d.dialect === 'postgres')!.skip;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ecotone-backup-'));
type Row = Record<string, unknown>;

/** What a site holds besides the demo content: members, a domain, a redirect, a comment, CBD and import data, a moved menu entry. */
async function addEverythingElse(t: TestApp): Promise<void> {
  const db = t.services.db.kysely;
  const site = (await findSiteByCode(db, 'be'))!;
  await createUser(db, { email: 'editor@example.be', displayName: 'Els Editor', password: 'a long enough password' });
  const editor = (await db.selectFrom('users').select('id').where('email', '=', 'editor@example.be').executeTakeFirstOrThrow()).id;
  await db.insertInto('site_memberships').values({ site_id: site.id, user_id: editor, role: 'editor', created_at: '2024-01-01T00:00:00.000Z' }).onConflict((oc) => oc.doNothing()).execute();
  await updateSite(db, 'be', { domains: [{ host: 'www.biodiv.be', kind: 'primary' }] });
  const scope = new SiteScope(db, site.id);
  const item = (await scope.selectFrom('items').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
  await scope.updateTable('items').set({ author_id: editor }).where('id', '=', item).execute();
  await scope.insertInto('redirects', { from_path: '/old/news', item_id: item, to_path: null, source: 'ptk', created_at: '2024-01-02T00:00:00.000Z' }).execute();
  await scope.insertInto('redirects', { from_path: '/old/about', item_id: null, to_path: '/en/about', source: 'ptk', created_at: '2024-01-02T00:00:00.000Z' }).execute();
  await scope.insertInto('item_comments', { item_id: item, source_key: 'ptk:1', author_name: 'Jan', title: 'Merci', body: 'Très utile.', posted_at: null, status: 'published', created_at: '2024-01-03T00:00:00.000Z' }).execute();
  await scope.insertInto('site_keywords', { identifier: 'kw-wetlands', labels: JSON.stringify({ en: 'Wetlands', fr: 'Zones humides' }) }).execute();
  await scope.insertInto('site_vocabularies', { code: 'glossary', names: '{"en":"Glossary"}', descriptions: '{}', source: 'ptk', updated_at: '2024-01-01T00:00:00.000Z' }).execute();
  await scope.insertInto('site_vocabulary_terms', { vocabulary: 'glossary', term_id: 't1', parent_term_id: null, position: 0, names: '{"en":"Bog"}', definitions: '{}', keyword: 'kw-wetlands' }).execute();
  await scope.insertInto('cbd_records', { item_id: item, identifier: 'ABC-123', schema: 'nationalReport', document_id: 7, revision: 2, source_updated_at: null, url: null, synced_at: '2024-01-04T00:00:00.000Z' }).execute();
  await scope.insertInto('cbd_site_syncs', { last_attempt_at: '2024-01-04T00:00:00.000Z', last_success_at: '2024-01-04T00:00:00.000Z', last_error: null, last_counts: '{"added":1}', running_since: null, sample_data: 1 }).execute();
  const media = await scope.selectFrom('media_files').select(['id', 'sha256']).orderBy('id').executeTakeFirstOrThrow();
  const runId = Number((await scope.insertInto('import_runs', { source: 'ptk', format: 'nyexp', source_name: 'old.xml', started_by: editor, started_at: '2024-01-05T00:00:00.000Z', finished_at: null, status: 'completed', counts: '{}', report: '{}' }).returning('id').executeTakeFirstOrThrow()).id);
  const menus = await scope.selectFrom('menu_entries').select(['id', 'parent_id']).orderBy('id').execute();
  await scope.insertInto('import_records', { source: 'ptk', source_path: '/a', meta_type: 'Naaya File', outcome: 'media', item_id: item, media_id: media.id, details: JSON.stringify({ url: `/media/${media.id}/${media.sha256}.jpg`, menu: { en: menus[0]!.id } }), parent_path: '/', position: 0, sort_order: 0, source_hash: 'x', links_pending: 0, run_id: runId, updated_at: '2024-01-05T00:00:00.000Z' }).execute();
  await scope.insertInto('quarantine', { source: 'ptk', source_path: '/b', meta_type: 'Naaya Foo', reason: 'unknown type', raw: '{}', status: 'open', run_id: runId, created_at: '2024-01-05T00:00:00.000Z', updated_at: '2024-01-05T00:00:00.000Z', dismissed_by: null }).execute();
  // A top-level entry moved under an entry created after it: its parent has the larger id.
  const newest = Number((await scope.insertInto('menu_entries', { menu: 'main', language: 'en', parent_id: null, position: 99, label: 'Later parent', item_id: null, url: '/en/', created_at: '2024-01-06T00:00:00.000Z', updated_at: '2024-01-06T00:00:00.000Z' }).returning('id').executeTakeFirstOrThrow()).id);
  const topLevel = menus.find((m) => m.parent_id === null)!;
  await scope.updateTable('menu_entries').set({ parent_id: newest, position: 0 }).where('id', '=', topLevel.id).execute();
}

/**
 * A site's content with every id replaced by a stable key (items and import runs by rank, media
 * by SHA-256, menu entries by their path, users by email), so that two databases compare equal
 * exactly when they hold the same site.
 */
async function siteContent(db: Kysely<Database>, store: MediaStore, code: string): Promise<Row> {
  const any = db as unknown as Kysely<any>;
  const site = (await findSiteByCode(db, code))!;
  const rows = async (table: string, orderBy: readonly string[]): Promise<Row[]> => {
    let q = any.selectFrom(table).selectAll().where('site_id', '=', site.id);
    for (const c of orderBy) q = q.orderBy(c);
    return q.execute();
  };
  const items = new Map((await rows('items', ['id'])).map((r, i) => [r.id as number, `item#${i}`]));
  const runs = new Map((await rows('import_runs', ['id'])).map((r, i) => [r.id as number, `run#${i}`]));
  const media = new Map((await rows('media_files', ['id'])).map((r) => [r.id as number, `media:${r.sha256}`]));
  const users = new Map((await any.selectFrom('users').select(['id', 'email']).execute()).map((u: Row) => [u.id as number, `user:${u.email}`]));
  const menuRows = await rows('menu_entries', ['id']);
  const menuKey = (id: number): string => {
    const m = menuRows.find((r) => r.id === id)!;
    return `${m.parent_id === null ? `${m.menu}/${m.language}` : menuKey(m.parent_id as number)}/${m.position}`;
  };
  const keys: Record<string, Map<number, string>> = { items, import_runs: runs, media_files: media, users, menu_entries: new Map(menuRows.map((r) => [r.id as number, menuKey(r.id as number)])) };
  const addresses = (text: string) => text.replace(/\/media\/(\d+)\//g, (_w, id) => `/media/${media.get(Number(id)) ?? `unknown-${id}`}/`);
  const fieldIds = (type: string, fields: Row, localized: boolean): Row => {
    const out = { ...fields };
    for (const f of contentTypeByName(type)?.fields ?? []) {
      if (Boolean(f.localized) !== localized || out[f.name] == null) continue;
      if (f.kind === 'image') out[f.name] = media.get(out[f.name] as number);
      if (f.kind === 'files') out[f.name] = (out[f.name] as number[]).map((id) => media.get(id));
    }
    return out;
  };
  const content: Row = {};
  for (const spec of backedUpTables) {
    const own = spec.remapsOwnId ? keys[spec.remapsOwnId]! : null;
    content[spec.table] = (await rows(spec.table, spec.orderBy)).map((row) => {
      const out: Row = { ...row, key: own?.get(row.id as number) };
      delete out.id;
      delete out.site_id;
      for (const [column, ref] of Object.entries(spec.refs)) if (out[column] != null) out[column] = keys[ref]!.get(out[column] as number) ?? `dangling ${out[column]}`;
      if (typeof out.storage_key === 'string') out.storage_key = out.storage_key.replace(/^sites\/\d+\//, 'sites/*/');
      if (spec.table === 'items') out.data = fieldIds(String(row.type), JSON.parse(addresses(String(row.data))), false);
      if (spec.table === 'item_translations') Object.assign(out, { body: addresses(String(row.body)), data: fieldIds(String(row.type), JSON.parse(addresses(String(row.data))), true) });
      if (spec.table === 'item_revisions') {
        const s = JSON.parse(addresses(String(row.snapshot)));
        out.snapshot = { ...s, id: items.get(s.id), siteId: undefined, authorId: s.authorId == null ? null : users.get(s.authorId), fields: fieldIds(s.type, s.fields, false), translations: s.translations.map((tr: Row) => ({ ...tr, fields: fieldIds(s.type, tr.fields as Row, true) })) };
      }
      if (spec.table === 'import_records') {
        const d = JSON.parse(addresses(String(row.details)));
        out.details = { ...d, menu: Object.fromEntries(Object.entries(d.menu ?? {}).map(([l, id]) => [l, keys.menu_entries!.get(id as number)])) };
      }
      return out;
    });
    if (spec.table === 'menu_entries') (content[spec.table] as Row[]).sort((a, b) => String(a.key).localeCompare(String(b.key)));
  }
  const { id: _i, code: _c, theme, ...siteRow } = (await any.selectFrom('sites').selectAll().where('id', '=', site.id).executeTakeFirstOrThrow()) as Row;
  const parsedTheme = JSON.parse(String(theme));
  content.site = { ...siteRow, theme: { ...parsedTheme, heroImageId: media.get(parsedTheme.heroImageId) } };
  // The bytes themselves, read back from the store and hashed.
  content.files = await Promise.all(
    (await rows('media_files', ['sha256'])).map(async (r) => {
      const hash = createHash('sha256');
      for await (const chunk of (await store.get(String(r.storage_key))).body) hash.update(chunk as Buffer);
      return hash.digest('hex');
    }),
  );
  return content;
}

async function siteTablesInCatalogue(db: Kysely<Database>): Promise<string[]> {
  if (isPostgres(db)) {
    const r = await sql<{ table_name: string }>`select table_name from information_schema.columns where table_schema = 'public' and column_name = 'site_id'`.execute(db);
    return r.rows.map((x) => x.table_name).sort();
  }
  const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(db);
  const found: string[] = [];
  for (const { name } of tables.rows) {
    const columns = await sql<{ name: string }>`select name from pragma_table_info(${name})`.execute(db);
    if (columns.rows.some((c) => c.name === 'site_id')) found.push(name);
  }
  return found.sort();
}

/** The byte offset of an entry's data in a zip (after its local header). */
async function entryDataOffset(file: string, name: string): Promise<number> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => yauzl.open(file, { lazyEntries: true }, (e, z) => (e ? reject(e) : resolve(z))));
  const entry = await new Promise<yauzl.Entry>((resolve, reject) => {
    zip.on('entry', (e: yauzl.Entry) => (e.fileName === name ? resolve(e) : zip.readEntry()));
    zip.on('end', () => reject(new Error(`no ${name}`)));
    zip.readEntry();
  });
  zip.close();
  const header = Buffer.alloc(30);
  const fd = fs.openSync(file, 'r');
  fs.readSync(fd, header, 0, 30, entry.relativeOffsetOfLocalHeader);
  fs.closeSync(fd);
  return entry.relativeOffsetOfLocalHeader + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
}

async function writeZip(file: string, entries: Record<string, string | Buffer>): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const [name, body] of Object.entries(entries)) zip.addBuffer(Buffer.from(body), name);
  zip.end();
  await new Promise<void>((resolve, reject) => zip.outputStream.pipe(fs.createWriteStream(file)).on('close', () => resolve()).on('error', reject));
}

async function assertNothingRestored(t: TestApp, code: string, usersBefore: number): Promise<void> {
  const db = t.services.db.kysely;
  assert.equal(await findSiteByCode(db, code), undefined, `site ${code} must not exist`);
  assert.equal(Number((await db.selectFrom('users').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n), usersBefore);
  for (const table of ['items', 'item_translations', 'media_files', 'menu_entries'] as const) {
    const orphan = await (db as Kysely<any>).selectFrom(table).select('site_id').where('site_id', 'not in', db.selectFrom('sites').select('id')).execute();
    assert.equal(orphan.length, 0, `${table} has rows of no site`);
  }
  const files: string[] = [];
  for await (const entry of t.services.media.list('sites/')) files.push(entry.key);
  const siteIds = new Set((await db.selectFrom('sites').select('id').execute()).map((s) => s.id));
  assert.deepEqual(files.filter((k) => !siteIds.has(Number(k.split('/')[1]))), [], 'no media file left for a site that does not exist');
}

describe('site backup and restore', () => {
  let source: TestApp;
  let archive: string;
  let expected: Row;
  /** Another site restored first into each fresh database, so that be2's ids differ from be's and a missed remap shows. */
  let otherArchive: string;

  before(async () => {
    source = await buildTestApp('sqlite');
    await createDemoNetwork(source.services);
    await addEverythingElse(source);
    archive = path.join(work, 'be.zip');
    await writeSiteBackup(source.services, { site: 'be', out: archive });
    expected = await siteContent(source.services.db.kysely, source.services.media, 'be');
    otherArchive = path.join(work, 'ma.zip');
    await writeSiteBackup(source.services, { site: 'ma', out: otherArchive });
  });
  after(async () => {
    await source?.close();
    fs.rmSync(work, { recursive: true, force: true });
  });

  test('every table with a site_id column is either backed up or excluded on purpose', async () => {
    const known = new Set([...backedUpTables.map((t) => t.table), ...Object.keys(excludedTables)]);
    const missing = (await siteTablesInCatalogue(source.services.db.kysely)).filter((t) => !known.has(t));
    assert.deepEqual(missing, [], `add these tables to backedUpTables or excludedTables in src/backup/tables.ts: ${missing.join(', ')}`);
  });

  test('the archive holds a manifest with the checksum of every entry, the versions, the engine and the counts', async () => {
    const manifest = JSON.parse(await readEntry(archive, 'manifest.json'));
    assert.equal(manifest.format, 'ecotone-site-backup');
    assert.equal(manifest.formatVersion, 1);
    assert.deepEqual({ site: manifest.source.site, engine: manifest.source.engine }, { site: 'be', engine: 'sqlite' });
    assert.match(manifest.source.schemaVersion, /^\d{3}-/);
    for (const entry of manifest.entries) {
      const bytes = Buffer.from(await readEntry(archive, entry.name, 'latin1'), 'latin1');
      assert.equal(createHash('sha256').update(bytes).digest('hex'), entry.sha256, entry.name);
      assert.equal(bytes.length, entry.bytes, entry.name);
    }
    assert.equal(manifest.counts.items, (expected.items as Row[]).length);
    assert.equal(manifest.counts.media, (expected.files as string[]).length);
    const users = (await readEntry(archive, 'users.ndjson')).trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(users.map((u) => Object.keys(u).sort()), [['display_name', 'email', 'id']], 'identities only, never password hashes');
  });

  test('restores be as be2 into a fresh SQLite database with identical content, revisions, menus and media', async () => {
    const target = await buildTestApp('sqlite');
    try {
      await restoreSiteBackup(target.services, { file: otherArchive });
      const result = await restoreSiteBackup(target.services, { file: archive, as: 'be2' });
      assert.deepEqual({ site: result.site, created: result.users.created, domains: result.domains.restored }, { site: 'be2', created: 1, domains: ['www.biodiv.be'] });
      assert.deepEqual(await siteContent(target.services.db.kysely, target.services.media, 'be2'), expected);
      // The restored site serves its pages and finds its content.
      const home = await target.app.inject({ url: '/en/', headers: { host: 'be2.localhost' } });
      assert.equal(home.statusCode, 200);
      const title = String((expected.item_translations as Row[]).find((r) => r.language === 'en' && r.status === 'published')!.title);
      const search = await target.app.inject({ url: `/en/search?q=${encodeURIComponent(title.split(' ')[0]!)}`, headers: { host: 'be2.localhost' } });
      assert.equal(search.statusCode, 200);
      assert.ok(result.search.entries > 0);
    } finally {
      await target.close();
    }
  });

  test('refuses to restore twice as the same code, and refuses an existing code without --as', async () => {
    const target = await buildTestApp('sqlite');
    try {
      await restoreSiteBackup(target.services, { file: archive, as: 'be2' });
      await assert.rejects(restoreSiteBackup(target.services, { file: archive, as: 'be2' }), (e: Error & { code?: string }) => e.code === 'site_exists');
      await assert.rejects(restoreSiteBackup(source.services, { file: archive }), (e: Error & { code?: string }) => e.code === 'site_exists');
      // Into the same installation under a new code: be keeps its domain, the copy is told it was dropped.
      const copy = await restoreSiteBackup(source.services, { file: archive, as: 'be-copy' });
      assert.deepEqual(copy.domains, { restored: [], dropped: [{ host: 'www.biodiv.be', usedBy: 'be' }] });
      assert.equal(copy.users.linked, 1);
    } finally {
      await target.close();
    }
  });

  for (const name of ['media', 'tables/item_translations.ndjson']) {
    test(`refuses an archive with one byte changed in ${name}, naming the entry, and leaves nothing behind`, async () => {
      const manifest = JSON.parse(await readEntry(archive, 'manifest.json'));
      const entry = manifest.entries.find((e: { name: string; bytes: number }) => e.name.startsWith(name) && e.bytes > 100).name;
      const tampered = path.join(work, `tampered-${name.replace(/\W/g, '-')}.zip`);
      const bytes = fs.readFileSync(archive);
      const at = (await entryDataOffset(archive, entry)) + 50;
      bytes[at] = bytes[at]! ^ 0x01;
      fs.writeFileSync(tampered, bytes);
      const target = await buildTestApp('sqlite');
      try {
        const usersBefore = Number((await target.services.db.kysely.selectFrom('users').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
        await assert.rejects(restoreSiteBackup(target.services, { file: tampered, as: 'be2' }), (e: unknown) => e instanceof BackupArchiveError && e.entry === entry && e.message.includes(entry));
        await assertNothingRestored(target, 'be2', usersBefore);
      } finally {
        await target.close();
      }
    });
  }

  test('refuses hostile and broken archives with a clear error', async () => {
    const manifestText = await readEntry(archive, 'manifest.json');
    const manifest = JSON.parse(manifestText);
    const cases: [string, (file: string) => Promise<void>, RegExp][] = [
      ['truncated', async (f) => fs.writeFileSync(f, fs.readFileSync(archive).subarray(0, 5000)), /not a complete backup archive/],
      ['path traversal', async (f) => {
        // yazl refuses to write such a name, so it is patched into the zip's headers afterwards.
        await writeZip(f, { 'manifest.json': manifestText, 'XX/XX/etc/cron.d/x': 'boom' });
        fs.writeFileSync(f, Buffer.from(fs.readFileSync(f).toString('latin1').replaceAll('XX/XX/etc', '../../etc'), 'latin1'));
      }, /\.\.\/\.\.\/etc\/cron\.d\/x/],
      ['foreign format version', (f) => writeZip(f, { 'manifest.json': JSON.stringify({ ...manifest, formatVersion: 99 }) }), /format version 99/],
      ['unknown schema', (f) => writeZip(f, { 'manifest.json': JSON.stringify({ ...manifest, source: { ...manifest.source, schemaVersion: '999-future' } }) }), /999-future/],
      ['a manifest that lies about an entry', (f) => writeZip(f, { 'manifest.json': manifestText }), /listed in the manifest but missing/],
      ['a zip bomb', (f) => writeZip(f, { 'manifest.json': manifestText, 'site.json': Buffer.alloc(50 * 1024 * 1024) }), /zip bomb/],
    ];
    const target = await buildTestApp('sqlite');
    try {
      for (const [what, make, message] of cases) {
        const file = path.join(work, `hostile-${what.replace(/\W/g, '-')}.zip`);
        await make(file);
        await assert.rejects(restoreSiteBackup(target.services, { file, as: 'be2' }), (e: unknown) => e instanceof BackupArchiveError && message.test(e.message), what);
      }
      await assertNothingRestored(target, 'be2', 0);
    } finally {
      await target.close();
    }
  });

  test('restores into a fresh PostgreSQL database, and from PostgreSQL back into SQLite, identically', { skip: postgresSkip }, async () => {
    const pg = await buildTestApp('postgres');
    const back = await buildTestApp('sqlite');
    try {
      await restoreSiteBackup(pg.services, { file: otherArchive });
      await restoreSiteBackup(pg.services, { file: archive, as: 'be2' });
      assert.deepEqual(await siteContent(pg.services.db.kysely, pg.services.media, 'be2'), expected);
      const fromPg = path.join(work, 'be2-postgres.zip');
      const written = await writeSiteBackup(pg.services, { site: 'be2', out: fromPg });
      assert.equal(JSON.parse(await readEntry(fromPg, 'manifest.json')).source.engine, 'postgres');
      assert.equal(written.counts.items, (expected.items as Row[]).length);
      await restoreSiteBackup(back.services, { file: fromPg, as: 'be3' });
      assert.deepEqual(await siteContent(back.services.db.kysely, back.services.media, 'be3'), expected);
      // A tampered archive is refused on PostgreSQL too, leaving nothing.
      const bytes = fs.readFileSync(fromPg);
      const manifest = JSON.parse(await readEntry(fromPg, 'manifest.json'));
      const media = manifest.entries.find((e: { name: string }) => e.name.startsWith('media/')).name;
      const at = (await entryDataOffset(fromPg, media)) + 10;
      bytes[at] = bytes[at]! ^ 0xff;
      fs.writeFileSync(path.join(work, 'pg-tampered.zip'), bytes);
      const usersBefore = Number((await pg.services.db.kysely.selectFrom('users').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
      await assert.rejects(restoreSiteBackup(pg.services, { file: path.join(work, 'pg-tampered.zip'), as: 'be4' }), (e: unknown) => e instanceof BackupArchiveError && e.entry === media);
      await assertNothingRestored(pg, 'be4', usersBefore);
      const missing = (await siteTablesInCatalogue(pg.services.db.kysely)).filter((t) => !backedUpTables.some((b) => b.table === t) && !(t in excludedTables));
      assert.deepEqual(missing, [], 'PostgreSQL catalogue: every site table is backed up or excluded');
    } finally {
      await back.close();
      await pg.close();
    }
  });

  test('backup --all writes one archive per site; scheduled backups keep the newest BACKUP_KEEP per site, on disk and on S3', async () => {
    const all = await writeAllSiteBackups(source.services, { outDir: path.join(work, 'all'), now: new Date('2025-03-14T02:00:00Z') });
    assert.deepEqual(all.map((r) => path.basename(r.file)).sort(), (await source.services.db.kysely.selectFrom('sites').select('code').execute()).map((s) => `${s.code}-20250314T020000Z.zip`).sort());

    const services = { ...source.services, config: { ...source.services.config, backupTarget: { kind: 'disk' as const, directory: path.join(work, 'scheduled') }, backupKeep: 2 } };
    for (const day of [1, 2, 3]) {
      const report = await runScheduledBackups(services, { now: new Date(`2025-03-0${day}T02:00:00Z`) });
      assert.deepEqual(report.failed, []);
    }
    assert.deepEqual(fs.readdirSync(path.join(work, 'scheduled', 'bj')).sort(), ['bj-20250302T020000Z.zip', 'bj-20250303T020000Z.zip']);

    const s3 = await startLocalS3();
    try {
      const env = s3.env('backups-test');
      const s3Services = { ...source.services, config: { ...source.services.config, backupTarget: { kind: 's3' as const, bucket: s3.bucket, prefix: 'backups', endpoint: s3.endpoint, region: 'us-east-1', accessKeyId: env.S3_ACCESS_KEY_ID ?? null, secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? null }, backupKeep: 1 } };
      await runScheduledBackups(s3Services, { now: new Date('2025-03-01T02:00:00Z') });
      const report = await runScheduledBackups(s3Services, { now: new Date('2025-03-02T02:00:00Z') });
      assert.deepEqual(report.failed, []);
      assert.ok(report.written.some((w) => w.location === `s3://${s3.bucket}/backups/ma/ma-20250302T020000Z.zip`));
      assert.ok(report.deleted.includes(`s3://${s3.bucket}/backups/ma/ma-20250301T020000Z.zip`));
    } finally {
      await s3.close();
    }
  });

  test('the CLI backs up and restores a site through bin/ecotone.js', async () => {
    const file = path.join(work, 'cli-be.zip');
    const env = { ...process.env, ...source.database.env, LOG_LEVEL: 'silent' };
    const backup = await run(process.execPath, ['bin/ecotone.js', 'backup', '--site', 'be', '--out', file, '--json'], { env });
    assert.equal(JSON.parse(backup.stdout).backups[0].counts.items, (expected.items as Row[]).length);
    const target = await buildTestApp('sqlite');
    try {
      await target.services.close();
      const restore = await run(process.execPath, ['bin/ecotone.js', 'restore', '--in', file, '--as', 'be5'], { env: { ...process.env, ...target.database.env, LOG_LEVEL: 'silent' } });
      assert.match(restore.stdout, /Restored be \(backed up from sqlite, schema \d{3}-[^)]*\) as be5/);
      assert.match(restore.stdout, /Search index rebuilt/);
    } finally {
      await target.close();
    }
  });
});

/** One entry's text, read with yauzl independently of the module under test. */
async function readEntry(file: string, name: string, encoding: BufferEncoding = 'utf8'): Promise<string> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => yauzl.open(file, { lazyEntries: true }, (e, z) => (e ? reject(e) : resolve(z))));
  try {
    return await new Promise<string>((resolve, reject) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName !== name) return zip.readEntry();
        zip.openReadStream(entry, (error, stream) => {
          if (error) return reject(error);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks).toString(encoding))).on('error', reject);
        });
      });
      zip.on('end', () => reject(new Error(`${file} has no ${name}`)));
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
}
