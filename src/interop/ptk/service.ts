import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { AppServices } from '../../app-services.ts';
import { nowIso } from '../../db/database.ts';
import { SiteScope } from '../../db/site-scope.ts';
import { BadRequestError, NotFoundError } from '../../errors.ts';
import type { Site } from '../../sites/site.ts';
import { importPtk, importPtkObjects } from './import.ts';
import type { PtkImportReport } from './report.ts';
import type { PtkObject } from './source.ts';

/** What the admin shows of imports: runs with their reports, and the quarantine. */

export interface ImportRunSummary {
  id: number;
  format: string;
  sourceName: string;
  startedBy: string | null;
  startedAt: string;
  finishedAt: string | null;
  status: 'running' | 'completed' | 'failed';
  /** While running: objects done of total. */
  progress: { done: number; total: number } | null;
  totals: Record<string, number>;
}

export async function listImportRuns(scope: SiteScope, limit = 50, onlyId?: number): Promise<ImportRunSummary[]> {
  let query = scope.selectFrom('import_runs as r');
  if (onlyId !== undefined) query = query.where('r.id', '=', onlyId);
  const rows = await query
    .leftJoin('users as u', 'u.id', 'r.started_by')
    .select(['r.id', 'r.format', 'r.source_name', 'r.started_at', 'r.finished_at', 'r.status', 'r.counts', 'u.display_name'])
    .orderBy('r.started_at', 'desc')
    .orderBy('r.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => {
    const counts = JSON.parse(r.counts) as { done?: number; total?: number; totals?: Record<string, number> };
    return {
      id: r.id,
      format: r.format,
      sourceName: r.source_name,
      startedBy: r.display_name ?? null,
      startedAt: r.started_at,
      finishedAt: r.finished_at,
      status: r.status,
      progress: r.status === 'running' && counts.total !== undefined ? { done: counts.done ?? 0, total: counts.total } : null,
      totals: counts.totals ?? {},
    };
  });
}

/** A finished run's report (null while it runs). */
export async function importRunReport(scope: SiteScope, id: number): Promise<{ run: ImportRunSummary; report: PtkImportReport | null; fatal: string | null }> {
  const [run] = await listImportRuns(scope, 1, id);
  if (!run) throw new NotFoundError(`There is no import run ${id} on this site`, 'import_run_not_found');
  const row = await scope.selectFrom('import_runs').select('report').where('id', '=', id).executeTakeFirstOrThrow();
  const report = JSON.parse(row.report) as Partial<PtkImportReport>;
  return { run, report: report.totals ? (report as PtkImportReport) : null, fatal: report.fatal ?? null };
}

export interface QuarantineEntry {
  id: number;
  sourcePath: string;
  metaType: string;
  reason: string;
  raw: string;
  status: 'open' | 'dismissed';
  updatedAt: string;
}

export async function listQuarantine(scope: SiteScope, options: { status?: 'open' | 'dismissed'; limit?: number; offset?: number } = {}): Promise<{ entries: QuarantineEntry[]; total: number }> {
  let query = scope.selectFrom('quarantine');
  if (options.status) query = query.where('status', '=', options.status);
  const total = Number((await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const rows = await query
    .select(['id', 'source_path', 'meta_type', 'reason', 'raw', 'status', 'updated_at'])
    .orderBy('source_path')
    .limit(options.limit ?? 50)
    .offset(options.offset ?? 0)
    .execute();
  return { entries: rows.map((r) => ({ id: r.id, sourcePath: r.source_path, metaType: r.meta_type, reason: r.reason, raw: r.raw, status: r.status, updatedAt: r.updated_at })), total };
}

async function quarantineRow(scope: SiteScope, id: number) {
  const row = await scope.selectFrom('quarantine').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new NotFoundError(`There is no quarantined object ${id} on this site`, 'quarantine_not_found');
  return row;
}

/** Dismissed objects stay (raw, with their reason) but leave the list of things to look at. */
export async function dismissQuarantined(scope: SiteScope, id: number, userId: number | null): Promise<void> {
  await quarantineRow(scope, id);
  await scope.updateTable('quarantine').set({ status: 'dismissed', dismissed_by: userId, updated_at: nowIso() }).where('id', '=', id).execute();
}

/**
 * Runs a quarantined object again through today's mapping and the site as it is now (a language
 * added, a mapping improved). Its files are not kept in quarantine: an object whose file was
 * refused is retried without it, so re-import the source to bring a corrected file.
 */
export async function retryQuarantined(services: AppServices, site: Site, id: number, actorId: number | null): Promise<PtkImportReport> {
  const scope = new SiteScope(services.db.kysely, site.id);
  const row = await quarantineRow(scope, id);
  const raw = JSON.parse(row.raw) as { object?: PtkObject & { binaries: unknown[] } };
  if (!raw.object?.path || typeof raw.object.metaType !== 'string') throw new BadRequestError('This quarantined entry holds no object to retry', 'quarantine_not_retryable');
  if (row.source_path !== raw.object.path) throw new BadRequestError('A refused file cannot be retried on its own: import its source again with the file corrected', 'quarantine_not_retryable');
  const object: PtkObject = { ...raw.object, binaries: [] };
  return importPtkObjects(services, { site, actorId, format: object.format, sourceName: `retry of ${row.source_path}` }, [object]);
}

/**
 * An import started from the admin: the upload is kept under DATA_DIR while it runs (in the
 * background: a large site takes minutes), and the run row shows its progress and its report.
 */
export async function startUploadedImport(
  services: AppServices,
  site: Site,
  upload: { stream: Readable; filename: string },
  options: { actorId: number; dryRun: boolean; zone?: string; siteUrls?: readonly string[]; log: { error: (o: object, m: string) => void } },
): Promise<{ done: Promise<PtkImportReport | null> }> {
  const dir = path.join(services.config.dataDir, 'import-uploads', randomBytes(12).toString('hex'));
  await fsp.mkdir(dir, { recursive: true });
  const name = path.basename(upload.filename.replace(/\\/g, '/')).replace(/[\u0000-\u001f\u007f]/g, '') || 'upload';
  const file = path.join(dir, name);
  try {
    await pipeline(upload.stream, fs.createWriteStream(file));
    if ((await fsp.stat(file)).size === 0) throw new BadRequestError(`"${name}" is empty`, 'import_upload_empty');
  } catch (error) {
    await fsp.rm(dir, { recursive: true, force: true });
    throw error;
  }
  const done = importPtk(services, { site, path: file, actorId: options.actorId, dryRun: options.dryRun, zone: options.zone, siteUrls: options.siteUrls })
    .catch(async (error: unknown) => {
      // The admin learns why from the list of runs (an unreadable upload never got a run of its own).
      const message = error instanceof Error ? error.message : String(error);
      options.log.error({ err: error, site: site.code }, 'import from the admin failed');
      const now = nowIso();
      await new SiteScope(services.db.kysely, site.id)
        .insertInto('import_runs', { source: 'ptk', format: 'unknown', source_name: name, started_by: options.actorId, started_at: now, finished_at: now, status: 'failed', counts: '{}', report: JSON.stringify({ fatal: message }) })
        .execute()
        .catch(() => {});
      return null;
    })
    .finally(() => fsp.rm(dir, { recursive: true, force: true }));
  return { done };
}

