/**
 * Restoring a site backup (ADR 0019): every checksum is verified before anything is written, then
 * the whole site goes in inside one transaction with new ids (the target database has its own
 * sequences), media files are copied to the target store, and the search index is rebuilt. A
 * failure at any point rolls the rows back and removes the files already copied.
 */
import type { Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import type { AppServices } from '../app-services.ts';
import { nowIso } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import { siteDataWritten } from '../db/site-changes.ts';
import { SiteScope } from '../db/site-scope.ts';
import { inTransaction } from '../db/transaction.ts';
import { ConflictError } from '../errors.ts';
import { mediaKey } from '../media/storage/media-store.ts';
import { rebuildSiteIndex } from '../search/service.ts';
import { findHostOwner, findSiteByCode } from '../sites/repo.ts';
import { createSite } from '../sites/service.ts';
import type { SiteInput } from '../sites/schema.ts';
import { ArchiveReader, type ManifestEntry, manifestName } from './archive.ts';
import { BackupArchiveError } from './errors.ts';
import { type BackupManifest, parseManifest } from './manifest.ts';
import { type IdMaps, emptyIdMaps, remapMediaAddresses, remapRowText } from './remap.ts';
import { findUserIdsByEmail, insertReturningId, insertRows } from './repo.ts';
import { type BackedUpTable, backedUpTables, resetColumns } from './tables.ts';

type Row = Record<string, unknown>;

export interface RestoreResult {
  /** The code the site was restored as, and its new id. */
  site: string;
  siteId: number;
  /** The code, engine and schema of the site the archive was made from. */
  source: BackupManifest['source'];
  counts: Record<string, number>;
  users: { linked: number; created: number };
  domains: { restored: string[]; dropped: { host: string; usedBy: string }[] };
  media: { files: number; bytes: number };
  search: { indexedItems: number; entries: number };
  durationMs: number;
}

const insertBatch = 200;
const maxLineBytes = 64 * 1024 * 1024;

/**
 * Restores the archive `file` as site `as` (default: the code it was backed up from). Refuses an
 * existing code, and any archive whose entries do not match their manifest.
 *
 * @example
 *   const result = await restoreSiteBackup(services, { file: 'be.zip', as: 'be2' });
 */
export async function restoreSiteBackup(services: AppServices, options: { file: string; as?: string }): Promise<RestoreResult> {
  const started = performance.now();
  const reader = await ArchiveReader.open(options.file);
  try {
    const manifest = parseManifest(await reader.readManifestText(), options.file);
    const entries = checkEntries(reader, manifest, options.file);
    // Every byte checked before anything is written: a damaged archive is refused whole.
    for (const entry of entries.values()) await reader.verify(entry);

    const code = (options.as ?? manifest.source.site).trim().toLowerCase();
    const db = services.db.kysely;
    if (await findSiteByCode(db, code)) {
      throw new ConflictError(`A site with code "${code}" already exists: restore under another code with --as <newcode>`, 'site_exists');
    }
    const siteJson = (await readAll(await jsonLines(reader, entries.get('site.json')!)))[0] as Row & { domains?: { host: string; kind: string }[] };
    const users = await readAll(await jsonLines(reader, entries.get('users.ndjson')!));
    checkCount(manifest, 'users', users.length, options.file);

    const copiedKeys: string[] = [];
    try {
      const result = await inTransaction(db, async (trx) => {
        const domains = await freeDomains(trx, siteJson.domains ?? []);
        checkCount(manifest, 'site_domains', (siteJson.domains ?? []).length, options.file);
        const site = await createSite(trx, siteInput(siteJson, code, domains.restored));
        const maps = emptyIdMaps(site.id);
        const userCounts = await mapUsers(trx, users, maps);
        const counts: Record<string, number> = { users: users.length, site_domains: domains.restored.length };
        const media = { files: 0, bytes: 0 };
        for (const spec of backedUpTables) {
          const name = `tables/${spec.table}.ndjson`;
          const rows = jsonLines(reader, entries.get(name)!);
          let n = 0;
          if (spec.table === 'menu_entries') n = await insertMenuEntries(trx, await readAll(await rows), maps);
          else {
            n = await insertTable(trx, spec, await rows, maps, async (row) => {
              // The bytes go to the target store before their row: a row never names a missing file.
              const sha256 = String(row.sha256);
              const entry = entries.get(`media/${sha256}`);
              const key = mediaKey(site.id, sha256);
              if (entry) {
                await services.media.put(key, await reader.open(entry), { contentType: String(row.content_type) });
                copiedKeys.push(key);
                media.files++;
                media.bytes += entry.bytes;
              }
              row.storage_key = key;
            });
          }
          checkCount(manifest, spec.table, n, options.file);
          counts[spec.table] = n;
        }
        counts.media = media.files;
        await finishSiteRow(trx, site.id, siteJson, maps);
        const index = await rebuildSiteIndex(new SiteScope(trx, site.id), services.vocabularies);
        return { site, counts, userCounts, domains, media, index };
      });
      siteDataWritten(result.site.id);
      await services.sites.refresh();
      return {
        site: result.site.code,
        siteId: result.site.id,
        source: manifest.source,
        counts: result.counts,
        users: result.userCounts,
        domains: result.domains,
        media: result.media,
        search: { indexedItems: result.index.indexedItems, entries: result.index.entries },
        durationMs: Math.round(performance.now() - started),
      };
    } catch (error) {
      // The rows are rolled back; the files copied for them go too (their keys name the new site's id).
      for (const key of copiedKeys) await services.media.delete(key).catch(() => undefined);
      throw error;
    }
  } finally {
    reader.close();
  }
}

/** The manifest's entries by name, after checking that they and the archive's entries are the same set. */
function checkEntries(reader: ArchiveReader, manifest: BackupManifest, file: string): Map<string, ManifestEntry> {
  const listed = new Map(manifest.entries.map((e) => [e.name, e]));
  for (const name of reader.entries.keys()) {
    if (name !== manifestName && !listed.has(name)) throw new BackupArchiveError(`${file}: entry ${name} is not listed in the manifest`, name);
  }
  const required = ['site.json', 'users.ndjson', ...backedUpTables.map((t) => `tables/${t.table}.ndjson`)];
  for (const name of required) if (!listed.has(name)) throw new BackupArchiveError(`${file}: the manifest lists no ${name}, which every backup holds`, name);
  for (const name of listed.keys()) {
    if (name.startsWith('tables/') && !required.includes(name)) throw new BackupArchiveError(`${file}: entry ${name} is not a table this installation restores`, name);
    const entry = reader.entries.get(name);
    if (!entry) throw new BackupArchiveError(`${file}: entry ${name} is listed in the manifest but missing from the archive (a truncated file?)`, name);
    if (entry.uncompressedSize !== listed.get(name)!.bytes) {
      throw new BackupArchiveError(`${file}: entry ${name} holds ${entry.uncompressedSize} bytes, not the ${listed.get(name)!.bytes} its manifest says`, name);
    }
  }
  return listed;
}

function checkCount(manifest: BackupManifest, table: string, found: number, file: string): void {
  const said = manifest.counts[table];
  if (said !== found) throw new BackupArchiveError(`${file}: the manifest counts ${said ?? 'no'} rows of ${table}, the archive holds ${found}`, table === 'users' ? 'users.ndjson' : `tables/${table}.ndjson`);
}

/** The JSON values of an entry of JSON lines, read as a verified stream a chunk at a time. */
async function jsonLines(reader: ArchiveReader, entry: ManifestEntry): Promise<AsyncIterable<Row>> {
  const stream: Readable = await reader.open(entry);
  return (async function* () {
    let pending = '';
    let line = 0;
    const parse = (text: string): Row => {
      line++;
      try {
        const value = JSON.parse(text);
        if (value && typeof value === 'object' && !Array.isArray(value)) return value as Row;
      } catch {
        // reported below
      }
      throw new BackupArchiveError(`${reader.file}: entry ${entry.name}, line ${line}, is not a JSON object`, entry.name);
    };
    for await (const chunk of stream) {
      pending += (chunk as Buffer).toString('utf8');
      if (pending.length > maxLineBytes) throw new BackupArchiveError(`${reader.file}: entry ${entry.name} has a line longer than ${maxLineBytes} bytes`, entry.name);
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const text of lines) if (text) yield parse(text);
    }
    if (pending) yield parse(pending);
  })();
}

async function readAll(rows: AsyncIterable<Row>): Promise<Row[]> {
  const all: Row[] = [];
  for await (const row of rows) all.push(row);
  return all;
}

/** The archive's domains that no other site of this installation has taken. */
async function freeDomains(db: Kysely<Database>, domains: readonly { host: string; kind: string }[]) {
  const restored: { host: string; kind: string }[] = [];
  const dropped: { host: string; usedBy: string }[] = [];
  for (const d of domains) {
    const owner = await findHostOwner(db, String(d.host));
    if (owner) dropped.push({ host: d.host, usedBy: owner });
    else restored.push(d);
  }
  return { restored: restored.map((d) => d.host), dropped };
}

function siteInput(row: Row, code: string, hosts: readonly string[]): SiteInput {
  const theme = JSON.parse(String(row.theme ?? '{}')) as Record<string, unknown>;
  // The picture's id is the archive's; it is set once the media files have their new ids.
  delete theme.heroImageId;
  const domains = ((row.domains ?? []) as { host: string; kind: string }[]).filter((d) => hosts.includes(d.host));
  return {
    code,
    country: (row.country as string | null) ?? null,
    names: JSON.parse(String(row.names)),
    languages: JSON.parse(String(row.languages)),
    defaultLanguage: String(row.default_language),
    status: String(row.status),
    contactEmail: (row.contact_email as string | null) ?? null,
    theme: theme as SiteInput['theme'],
    taglines: JSON.parse(String(row.taglines ?? '{}')),
    domains,
  };
}

/** The stored theme as it was (with the picture's new id) and the site's original dates. */
async function finishSiteRow(db: Kysely<Database>, siteId: number, row: Row, maps: IdMaps): Promise<void> {
  const theme = JSON.parse(String(row.theme ?? '{}')) as Record<string, unknown>;
  if (typeof theme.heroImageId === 'number') {
    const mapped = maps.media_files.get(theme.heroImageId);
    if (mapped === undefined) delete theme.heroImageId;
    else theme.heroImageId = mapped;
  }
  // A logo from the library is named by its address; the leading quote lets the address pattern see it.
  if (typeof theme.logoUrl === 'string') theme.logoUrl = remapMediaAddresses(`"${theme.logoUrl}`, maps.media_files).slice(1);
  await db
    .updateTable('sites')
    .set({ theme: JSON.stringify(theme), created_at: String(row.created_at ?? nowIso()), updated_at: String(row.updated_at ?? nowIso()) })
    .where('id', '=', siteId)
    .execute();
}

/** Links each archived user to this installation's account with the same email, or creates one that cannot sign in. */
async function mapUsers(db: Kysely<Database>, users: readonly Row[], maps: IdMaps): Promise<{ linked: number; created: number }> {
  const existing = await findUserIdsByEmail(db, users.map((u) => String(u.email)));
  let linked = 0;
  let created = 0;
  for (const user of users) {
    const email = String(user.email ?? '').trim();
    if (!email.includes('@') || typeof user.id !== 'number') throw new BackupArchiveError(`users.ndjson holds a user without an id or email: ${JSON.stringify(user).slice(0, 200)}`, 'users.ndjson');
    let id = existing.get(email.toLowerCase());
    if (id !== undefined) linked++;
    else {
      const now = nowIso();
      // No password: the person sets one through a reset link, as for an invitation.
      id = await insertReturningId(db, 'users', { email: email.toLowerCase(), display_name: String(user.display_name ?? email), password_hash: null, is_network_admin: 0, created_at: now, updated_at: now });
      existing.set(email.toLowerCase(), id);
      created++;
    }
    maps.users.set(user.id, id);
  }
  return { linked, created };
}

/** A row ready for the target: its own id dropped, references and text ids rewritten, the new site set. */
function prepareRow(spec: BackedUpTable, row: Row, maps: IdMaps, entryName: string): Row {
  const { id: _id, site_id: _site, ...rest } = row;
  const out: Row = { ...remapRowText(spec.table, rest, maps), ...resetColumns[spec.table], site_id: maps.siteId };
  for (const [column, ref] of Object.entries(spec.refs)) {
    const value = out[column];
    if (value === null || value === undefined) continue;
    const mapped = maps[ref].get(Number(value));
    if (mapped !== undefined) out[column] = mapped;
    else if (ref === 'users' && column !== 'user_id') out[column] = null;
    else throw new BackupArchiveError(`${entryName}: a row's ${column} names ${ref} ${String(value)}, which the archive does not hold`, entryName);
  }
  return out;
}

async function insertTable(db: Kysely<Database>, spec: BackedUpTable, rows: AsyncIterable<Row>, maps: IdMaps, beforeMedia: (row: Row) => Promise<void>): Promise<number> {
  const entryName = `tables/${spec.table}.ndjson`;
  let count = 0;
  let batch: Row[] = [];
  for await (const row of rows) {
    count++;
    const prepared = prepareRow(spec, row, maps, entryName);
    if (spec.table === 'media_files') await beforeMedia(prepared);
    if (spec.remapsOwnId) {
      if (typeof row.id !== 'number') throw new BackupArchiveError(`${entryName}: row ${count} has no id`, entryName);
      maps[spec.remapsOwnId].set(row.id, await insertReturningId(db, spec.table, prepared));
    } else {
      batch.push(prepared);
      if (batch.length >= insertBatch) {
        await insertRows(db, spec.table, batch);
        batch = [];
      }
    }
  }
  await insertRows(db, spec.table, batch);
  return count;
}

/** Menu entries, parents before children whatever their ids (an entry may have been moved under a newer one). */
async function insertMenuEntries(db: Kysely<Database>, rows: Row[], maps: IdMaps): Promise<number> {
  const spec = backedUpTables.find((t) => t.table === 'menu_entries')!;
  const byId = new Map(rows.map((r) => [r.id as number, r]));
  const depth = (row: Row, seen = 0): number => {
    if (seen > rows.length) throw new BackupArchiveError('tables/menu_entries.ndjson: menu entries are nested in a loop', 'tables/menu_entries.ndjson');
    const parent = row.parent_id === null || row.parent_id === undefined ? undefined : byId.get(row.parent_id as number);
    return parent ? 1 + depth(parent, seen + 1) : 0;
  };
  const ordered = rows.map((row) => ({ row, depth: depth(row) })).sort((a, b) => a.depth - b.depth || (a.row.id as number) - (b.row.id as number));
  for (const { row } of ordered) {
    maps.menu_entries.set(row.id as number, await insertReturningId(db, 'menu_entries', prepareRow(spec, row, maps, 'tables/menu_entries.ndjson')));
  }
  return rows.length;
}
