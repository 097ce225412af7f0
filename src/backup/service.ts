/**
 * Site backups (ADR 0019): one zip per site with its rows as JSON lines, its media files and a
 * manifest of SHA-256 checksums. `writeSiteBackup` is also what the site-lifecycle module calls
 * before deleting a site; `restoreSiteBackup` (restore.ts) reads the same archives.
 */
import { readFileSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AppServices } from '../app-services.ts';
import { isPostgres, nowIso } from '../db/database.ts';
import { NotFoundError } from '../errors.ts';
import { MediaObjectMissingError } from '../media/storage/media-store.ts';
import { findSiteByCode, listSites } from '../sites/service.ts';
import { ArchiveWriter } from './archive.ts';
import { type BackupManifest, backupFormat, backupFormatVersion } from './manifest.ts';
import { schemaVersion, siteRows, userIdentities } from './repo.ts';
import { backedUpTables } from './tables.ts';

export { restoreSiteBackup, type RestoreResult } from './restore.ts';

export interface BackupResult {
  site: string;
  file: string;
  bytes: number;
  /** Rows per table, `media` files, as in the manifest. */
  counts: Record<string, number>;
  /** Files whose row exists but whose bytes the media store no longer has (kept out, listed in the manifest). */
  missingMedia: string[];
  durationMs: number;
}

const ecotoneVersion: string = (() => {
  try {
    return JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
})();

/**
 * Writes one site's backup to `out` (a file path; written beside it and renamed when whole).
 *
 * @example
 *   const { file, counts } = await writeSiteBackup(services, { site: 'be', out: '/backups/be.zip' });
 */
export async function writeSiteBackup(services: AppServices, options: { site: string | { code: string }; out: string }): Promise<BackupResult> {
  const started = performance.now();
  const db = services.db.kysely;
  const code = typeof options.site === 'string' ? options.site : options.site.code;
  const site = await findSiteByCode(db, code);
  if (!site) throw new NotFoundError(`There is no site "${code}" to back up (ecotone site list shows the codes)`, 'site_not_found');
  const file = path.resolve(options.out);
  await mkdir(path.dirname(file), { recursive: true });
  const writer = new ArchiveWriter(file);
  const counts: Record<string, number> = {};
  const missingMedia: string[] = [];
  try {
    const siteRow = await db.selectFrom('sites').selectAll().where('id', '=', site.id).executeTakeFirstOrThrow();
    const { id: _id, ...siteFields } = siteRow;
    const domains = await db.selectFrom('site_domains').select(['host', 'kind']).where('site_id', '=', site.id).orderBy('id').execute();
    await writer.addJson('site.json', { ...siteFields, domains });
    counts.site_domains = domains.length;

    const userIds = new Set<number>();
    for (const spec of backedUpTables) {
      const userColumns = Object.entries(spec.refs).filter(([, ref]) => ref === 'users').map(([column]) => column);
      const rows = (async function* () {
        for await (const row of siteRows(db, spec.table, site.id, spec.orderBy)) {
          for (const column of userColumns) if (typeof row[column] === 'number') userIds.add(row[column] as number);
          const { site_id: _site, ...rest } = row;
          yield rest;
        }
      })();
      counts[spec.table] = (await writer.addJsonLines(`tables/${spec.table}.ndjson`, rows)).count;
    }
    const users = await userIdentities(db, [...userIds].sort((a, b) => a - b));
    counts.users = (await writer.addJsonLines('users.ndjson', (async function* () {
      yield* users;
    })())).count;

    // The originals only: variants are remade from them by the media-variants job (ADR 0011).
    let media = 0;
    for await (const row of siteRows(db, 'media_files', site.id, ['id'])) {
      const sha256 = row.sha256 as string;
      const stored = await services.media.get(row.storage_key as string).catch((error: unknown) => {
        if (error instanceof MediaObjectMissingError) return null;
        throw error;
      });
      if (!stored) {
        missingMedia.push(sha256);
        continue;
      }
      const entry = await writer.addStream(`media/${sha256}`, stored.body, { compress: false });
      if (entry.sha256 !== sha256) throw new Error(`Media file ${row.id} of ${site.code} (${row.storage_key}) no longer has the SHA-256 its row records: the store holds other bytes`);
      media++;
    }
    counts.media = media;

    const manifestSource = { site: site.code, engine: isPostgres(db) ? 'postgres' : 'sqlite', schemaVersion: await schemaVersion(db), ecotoneVersion };
    await writer.finish(
      (entries): BackupManifest & { missingMedia: string[] } => ({
        format: backupFormat,
        formatVersion: backupFormatVersion,
        createdAt: nowIso(),
        source: manifestSource,
        counts,
        entries: [...entries],
        missingMedia,
      }),
    );
  } catch (error) {
    await writer.abort();
    throw error;
  }
  const { size } = await stat(file);
  return { site: site.code, file, bytes: size, counts, missingMedia, durationMs: Math.round(performance.now() - started) };
}

/** `ecotone backup --all`: one archive per site in `outDir`, named `<code>-<timestamp>.zip`. */
export async function writeAllSiteBackups(services: AppServices, options: { outDir: string; now?: Date }): Promise<BackupResult[]> {
  const stamp = backupStamp(options.now ?? new Date());
  const results: BackupResult[] = [];
  for (const site of await listSites(services.db.kysely)) {
    results.push(await writeSiteBackup(services, { site: site.code, out: path.join(options.outDir, `${site.code}-${stamp}.zip`) }));
  }
  return results;
}

/** `20250314T020000Z`: sorts as time does, and is safe in file names and S3 keys. */
export function backupStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}
