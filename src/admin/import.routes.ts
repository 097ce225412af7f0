import { PassThrough, type Readable } from 'node:stream';
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { audit } from '../accounts/audit.ts';
import { can, ForbiddenError } from '../accounts/policy.ts';
import { isTimeZone } from '../content/scheduling.ts';
import { nowIso } from '../db/database.ts';
import { SiteScope } from '../db/site-scope.ts';
import { AppError, NotFoundError } from '../errors.ts';
import type { PtkImportReport } from '../interop/ptk/report.ts';
import { dismissQuarantined, importRunReport, type ImportRunSummary, listImportRuns, listQuarantine, retryQuarantined, startUploadedImport } from '../interop/ptk/service.ts';
import type { Site } from '../sites/site.ts';
import { formatBytes } from '../web/format.ts';
import { buildAdminContext } from './admin-context.ts';
import type { FormBody } from './form.ts';
import { html, pageSize, requireAdminSite, timeZones, verifyCsrf } from './http.ts';
import { type ImportFormValues, type ImportRunRow, ImportReportPage, ImportsPage, type Notice, QuarantinePage } from './views/import-pages.tsx';

/** The largest export the admin takes (2 GB, counted in decimal as the admin shows sizes); larger sites are imported from the command line. */
export const maxImportUploadBytes = 2_000_000_000;
const warningsPerPage = 100;
const maxSiteUrls = 20;
/** What the last start, retry or dismissal did, shown once after the redirect. */
const flashCookie = 'ecotone_import_flash';
const expiredForm = 'This form has expired or did not come from this site. Reload the page and try again.';

type Flash =
  | { started: string; dryRun: boolean }
  | { retried: string; imported: boolean; itemId?: number | null; reason?: string }
  | { notRetryable: string }
  | { dismissed: string };

/** An upload read from the form but not yet visible as a run (the importer reads it once before it opens one). */
interface UnderwayUpload {
  sourceName: string;
  startedBy: string;
  startedAt: string;
  dryRun: boolean;
}

class UploadTooLargeError extends AppError {
  constructor() {
    super('import_upload_too_large', 413, `The file is larger than ${maxImportUploadBytes} bytes`);
  }
}

/**
 * Imports in a site's admin (ADR 0017): the runs with their reports and the quarantine for site
 * managers (`site.quarantine`), and the upload that starts one for network administrators
 * (`site.import`). The upload is streamed multipart (`@fastify/multipart`, registered in this
 * plugin only) with its CSRF token first; the import then runs in the background and the runs
 * page follows it.
 */
export async function importAdminRoutes(app: FastifyInstance) {
  const db = app.services.db.kysely;
  await app.register(multipart, {
    limits: { files: 1, fileSize: maxImportUploadBytes, fields: 10, fieldSize: 64 * 1024, parts: 12, headerPairs: 100 },
    // A file over the limit is refused here (`capped`) before the importer sees a truncated file.
    throwFileSizeLimit: false,
  });

  // Per server, not per module: an upload belongs to the process that received it.
  const underway = new Map<number, Set<UnderwayUpload>>();
  const scopeOf = (site: Site) => new SiteScope(db, site.id);
  const contextFor = (request: FastifyRequest) => buildAdminContext(request, request.user, request.user!.csrfToken, 'imports');

  async function renderImports(request: FastifyRequest, reply: FastifyReply, view: { values?: ImportFormValues; errors?: Map<string, string[]>; notice?: Notice; status?: number; refresh?: boolean } = {}) {
    const site = requireAdminSite(request);
    const scope = scopeOf(site);
    const ctx = contextFor(request);
    const runs = await listImportRuns(scope);
    const dry = await dryRunIds(scope, runs);
    const pending = [...(underway.get(site.id) ?? [])].filter((u) => u.dryRun || !runs.some((r) => r.startedAt >= u.startedAt));
    const rows: ImportRunRow[] = [
      ...pending.map((u) => ({ id: null, sourceName: u.sourceName, format: '', startedBy: u.startedBy, startedAt: u.startedAt, status: 'preparing' as const, dryRun: u.dryRun, progress: null, totals: {} })),
      ...runs.map((r) => runRow(r, dry.has(r.id))),
    ];
    const { total: openQuarantine } = await listQuarantine(scope, { status: 'open', limit: 0 });
    return html(
      reply,
      h(ImportsPage, {
        ctx,
        runs: rows,
        openQuarantine,
        canImport: can(request.user!.actor, 'site.import', { siteId: site.id }),
        busy: rows.some((r) => r.status === 'running' || r.status === 'preparing'),
        refresh: view.refresh ?? false,
        form: { values: view.values ?? { dryRun: false, zone: '', siteUrls: '' }, errors: view.errors ?? new Map() },
        timeZones: ['UTC', ...timeZones],
        maxUploadBytes: maxImportUploadBytes,
        notice: view.notice,
      }),
      view.status,
    );
  }

  app.get<{ Querystring: { refresh?: string } }>('/admin/imports', { config: { policy: 'site.quarantine' } }, async (request, reply) => {
    const flash = readFlash(request, reply);
    const { t } = contextFor(request);
    const notice: Notice | undefined = flash && 'started' in flash ? { kind: 'success', text: t(flash.dryRun ? 'admin.imports.startedDry' : 'admin.imports.started', { file: flash.started }) } : undefined;
    return renderImports(request, reply, { notice, refresh: request.query.refresh === 'on' });
  });

  /**
   * Starts an import from an uploaded export. The options come before the file in the form, so
   * they are checked before a byte of it is stored; the file is streamed to the importer's
   * upload folder (never held in memory), and the run goes on after the redirect.
   */
  app.post('/admin/imports', { config: { policy: 'site.import', multipart: true } }, async (request, reply) => {
    const site = requireAdminSite(request);
    const { t, language } = contextFor(request);
    const actor = request.user!.actor;
    const values: ImportFormValues = { dryRun: false, zone: '', siteUrls: '' };
    const errors = new Map<string, string[]>();
    let options: { zone?: string; siteUrls: string[] } | null = null;
    let csrfChecked = request.headers['x-csrf-token'] !== undefined; // checked by the preHandler
    let started: string | null = null;
    let status = 400;
    let busy = false;
    try {
      for await (const part of request.parts()) {
        if (part.type === 'field') {
          const value = typeof part.value === 'string' ? part.value : '';
          if (part.fieldname === '_csrf') {
            verifyCsrf(request, value);
            csrfChecked = true;
          } else if (part.fieldname === 'dryRun') values.dryRun = value === '1';
          else if (part.fieldname === 'zone') values.zone = value.trim();
          else if (part.fieldname === 'siteUrls') values.siteUrls = part.valueTruncated ? `${value}…` : value;
          continue;
        }
        if (!csrfChecked) {
          part.file.destroy();
          throw new ForbiddenError(expiredForm);
        }
        // A form sent with no file chosen has one empty, nameless file part.
        if (started || !part.filename) {
          part.file.resume();
          continue;
        }
        options = checkOptions(values, errors, t);
        busy = (underway.get(site.id)?.size ?? 0) > 0;
        if (errors.size || busy) {
          if (busy) status = 409;
          part.file.destroy();
          stopReading(request, reply);
          break;
        }
        const entry: UnderwayUpload = { sourceName: part.filename, startedBy: request.user!.displayName, startedAt: nowIso(), dryRun: values.dryRun };
        try {
          const { done } = await startUploadedImport(app.services, site, { stream: capped(part.file), filename: part.filename }, { actorId: actor.userId, dryRun: values.dryRun, zone: options.zone, siteUrls: options.siteUrls, log: request.log });
          started = part.filename;
          follow(site, entry, done, actor.userId, request);
        } catch (error) {
          if (error instanceof UploadTooLargeError) {
            errors.set('file', [t('admin.imports.error.tooLarge', { file: part.filename, limit: formatBytes(maxImportUploadBytes, language) })]);
            status = 413;
            stopReading(request, reply);
            break;
          }
          if (error instanceof AppError && error.code === 'import_upload_empty') {
            errors.set('file', [t('admin.imports.error.empty', { file: part.filename })]);
            continue;
          }
          throw error;
        }
      }
    } catch (error) {
      if (error instanceof ForbiddenError) {
        stopReading(request, reply);
        throw error;
      }
      if (!started) throw error;
      // The file is in and its import running: a stray part after it changes nothing.
      request.log.warn({ err: error }, 'an import upload went on after its file');
    }
    if (!csrfChecked) {
      stopReading(request, reply);
      throw new ForbiddenError(expiredForm);
    }
    if (started) {
      await audit(db, {
        siteId: site.id,
        userId: actor.userId,
        action: 'import.start',
        subject: `site:${site.code}`,
        details: { file: started, dryRun: values.dryRun, zone: options?.zone ?? null, siteUrls: options?.siteUrls ?? [] },
      });
      writeFlash(request, reply, shortFlash({ started, dryRun: values.dryRun }));
      return reply.redirect('/admin/imports', 303);
    }
    if (busy) return renderImports(request, reply, { values, notice: { kind: 'error', text: t('admin.imports.error.busy') }, status });
    if (!options) checkOptions(values, errors, t);
    if (!errors.has('file')) errors.set('file', [t('admin.imports.error.noFile')]);
    return renderImports(request, reply, { values, errors, status });
  });

  /** Shows the upload as under way until the importer has opened its run, and keeps a dry run's report. */
  function follow(site: Site, entry: UnderwayUpload, done: Promise<PtkImportReport | null>, actorId: number, request: FastifyRequest) {
    const uploads = underway.get(site.id) ?? underway.set(site.id, new Set()).get(site.id)!;
    uploads.add(entry);
    void done
      .then(async (report) => {
        // The importer writes no run for a dry run; the admin keeps its report like any other.
        if (report && report.dryRun) await recordDryRun(scopeOf(site), report, actorId);
      })
      .catch((error: unknown) => request.log.error({ err: error, site: site.code }, 'keeping a dry run’s report failed'))
      .finally(() => uploads.delete(entry));
  }

  app.get<{ Params: { id: string }; Querystring: { page?: string; refresh?: string } }>('/admin/imports/:id', { config: { policy: 'site.quarantine' } }, async (request, reply) => {
    const site = requireAdminSite(request);
    const id = parseId(request.params.id, 'import_run_not_found');
    const { run, report, fatal } = await importRunReport(scopeOf(site), id);
    const hidePaths = serverPathsRemover(app.services.config.dataDir);
    const warnings = (report?.warnings ?? []).map((w) => ({ path: hidePaths(w.path), message: hidePaths(w.message) }));
    const pages = Math.max(1, Math.ceil(warnings.length / warningsPerPage));
    const page = Math.min(parsePage(request.query.page), pages);
    return html(
      reply,
      h(ImportReportPage, {
        ctx: contextFor(request),
        run: runRow(run, report?.dryRun ?? false),
        report,
        fatal: fatal === null ? null : hidePaths(fatal),
        warnings: warnings.slice((page - 1) * warningsPerPage, page * warningsPerPage),
        warningsPage: page,
        warningsPages: pages,
        refresh: request.query.refresh === 'on',
      }),
    );
  });

  app.get<{ Querystring: { status?: string; page?: string } }>('/admin/imports/quarantine', { config: { policy: 'site.quarantine' } }, async (request, reply) => {
    const site = requireAdminSite(request);
    const ctx = contextFor(request);
    const status = request.query.status === 'dismissed' ? 'dismissed' : 'open';
    const page = parsePage(request.query.page);
    const { entries, total } = await listQuarantine(scopeOf(site), { status, limit: pageSize, offset: (page - 1) * pageSize });
    const hrefFor = (p: number) => `/admin/imports/quarantine?status=${status}${p > 1 ? `&page=${p}` : ''}`;
    return html(
      reply,
      h(QuarantinePage, {
        ctx,
        entries: entries.map((e) => ({ id: e.id, sourcePath: e.sourcePath, metaType: e.metaType, reason: e.reason, raw: prettyJson(e.raw), status: e.status, updatedAt: e.updatedAt })),
        total,
        status,
        page,
        pages: Math.max(1, Math.ceil(total / pageSize)),
        hrefFor,
        back: hrefFor(page),
        notice: quarantineNotice(readFlash(request, reply), ctx.t),
      }),
    );
  });

  /** Runs the object again with today's mapping and the site as it is now, and says what became of it. */
  app.post<{ Params: { id: string }; Body: FormBody }>('/admin/imports/quarantine/:id/retry', { config: { policy: 'site.quarantine' } }, async (request, reply) => {
    const site = requireAdminSite(request);
    const scope = scopeOf(site);
    const entry = await quarantineEntry(scope, parseId(request.params.id, 'quarantine_not_found'));
    const userId = request.user!.actor.userId;
    let flash: Flash;
    try {
      const report = await retryQuarantined(app.services, site, entry.id, userId);
      // The row tells more surely than the counts: an object read again unchanged is not mapped again.
      const still = await scope.selectFrom('quarantine').select('reason').where('id', '=', entry.id).executeTakeFirst();
      const record = still ? undefined : await scope.selectFrom('import_records').select('item_id').where('source', '=', entry.source).where('source_path', '=', entry.source_path).executeTakeFirst();
      flash = still ? { retried: entry.source_path, imported: false, reason: still.reason } : { retried: entry.source_path, imported: true, itemId: record?.item_id ?? null };
      await audit(db, { siteId: site.id, userId, action: 'import.retry', subject: `quarantine:${entry.id}`, details: { path: entry.source_path, imported: !still, runId: report.runId } });
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'quarantine_not_retryable')) throw error;
      flash = { notRetryable: entry.source_path };
    }
    writeFlash(request, reply, shortFlash(flash));
    return reply.redirect(backTo(request.body?.back), 303);
  });

  app.post<{ Params: { id: string }; Body: FormBody }>('/admin/imports/quarantine/:id/dismiss', { config: { policy: 'site.quarantine' } }, async (request, reply) => {
    const site = requireAdminSite(request);
    const scope = scopeOf(site);
    const entry = await quarantineEntry(scope, parseId(request.params.id, 'quarantine_not_found'));
    const userId = request.user!.actor.userId;
    await dismissQuarantined(scope, entry.id, userId);
    await audit(db, { siteId: site.id, userId, action: 'import.dismiss', subject: `quarantine:${entry.id}`, details: { path: entry.source_path } });
    writeFlash(request, reply, shortFlash({ dismissed: entry.source_path }));
    return reply.redirect(backTo(request.body?.back), 303);
  });
}

function runRow(run: ImportRunSummary, dryRun: boolean): ImportRunRow {
  return { id: run.id, sourceName: run.sourceName, format: run.format, startedBy: run.startedBy, startedAt: run.startedAt, status: run.status, dryRun, progress: run.progress, totals: run.totals };
}

/** Which of these runs were dry runs (the admin marks their counts when it keeps their report). */
async function dryRunIds(scope: SiteScope, runs: readonly ImportRunSummary[]): Promise<Set<number>> {
  const finished = runs.filter((r) => r.status !== 'running').map((r) => r.id);
  if (!finished.length) return new Set();
  const rows = await scope.selectFrom('import_runs').select(['id', 'counts']).where('id', 'in', finished).execute();
  return new Set(rows.filter((r) => parseObject(r.counts).dryRun === true).map((r) => r.id));
}

async function recordDryRun(scope: SiteScope, report: PtkImportReport, actorId: number): Promise<void> {
  await scope
    .insertInto('import_runs', {
      source: 'ptk',
      format: report.format,
      source_name: report.sourceName,
      started_by: actorId,
      started_at: report.startedAt,
      finished_at: report.finishedAt,
      status: report.status,
      counts: JSON.stringify({ byType: report.byType, totals: report.totals, dryRun: true }),
      report: JSON.stringify(report),
    })
    .execute();
}

async function quarantineEntry(scope: SiteScope, id: number) {
  const row = await scope.selectFrom('quarantine').select(['id', 'source', 'source_path']).where('id', '=', id).executeTakeFirst();
  if (!row) throw new NotFoundError(`There is no quarantined object ${id} on this site`, 'quarantine_not_found');
  return row;
}

/** Checks the options the form sent before its file, noting each problem under its field. */
function checkOptions(values: ImportFormValues, errors: Map<string, string[]>, t: (key: string, values?: Record<string, string | number>) => string): { zone?: string; siteUrls: string[] } {
  if (values.zone && !isTimeZone(values.zone)) errors.set('zone', [t('admin.imports.error.zone', { zone: values.zone.slice(0, 100) })]);
  const siteUrls = values.siteUrls
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  if (siteUrls.length > maxSiteUrls) errors.set('siteUrls', [t('admin.imports.error.tooManySiteUrls', { max: maxSiteUrls })]);
  else {
    const wrong = siteUrls.find((url) => !isWebAddress(url));
    if (wrong !== undefined) errors.set('siteUrls', [t('admin.imports.error.siteUrl', { url: wrong.slice(0, 200) })]);
  }
  return { zone: values.zone || undefined, siteUrls };
}

function isWebAddress(raw: string): boolean {
  if (raw.length > 300) return false;
  try {
    const url = new URL(raw);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * The upload as the importer reads it: a file that reaches the size limit fails rather than ending
 * early (the multipart parser would otherwise hand on a silently truncated export), and what is
 * left of it is drained so that the request can end.
 */
function capped(file: Readable & { truncated?: boolean }): Readable {
  const stream = new PassThrough();
  const refuse = () => stream.destroy(new UploadTooLargeError());
  // The parser may have reached the limit before this part was handed on: `truncated` says so at the end.
  file.once('limit', refuse);
  file.once('end', () => (file.truncated ? refuse() : stream.end()));
  file.once('error', (error) => stream.destroy(error));
  file.pipe(stream, { end: false });
  // The refusal may come before the importer reads the stream; its pipeline still sees the stream's error then.
  stream.on('error', () => {});
  stream.once('close', () => {
    file.unpipe(stream);
    file.resume();
  });
  return stream;
}

/** Whatever is left of a refused upload is not read: the connection closes after the answer. */
function stopReading(request: FastifyRequest, reply: FastifyReply) {
  reply.header('connection', 'close');
  request.raw.unpipe();
  request.raw.resume();
}

/**
 * Messages about the source name it by where the server kept it (`/var/lib/ecotone/import-uploads/…/x.zip`):
 * the admin shows the file's own name, and nothing of the server's folders.
 */
function serverPathsRemover(dataDir: string): (text: string) => string {
  const root = dataDir.replace(/\/+$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`${root}/(?:[^\\s/]+/)*`, 'g');
  return (text) => text.replace(pattern, '');
}

function parseId(raw: string, code: string): number {
  if (!/^\d{1,10}$/.test(raw)) throw new NotFoundError('There is no such entry on this site', code);
  return Number(raw);
}

function parsePage(raw: string | undefined): number {
  return raw && /^\d{1,6}$/.test(raw) && Number(raw) > 0 ? Number(raw) : 1;
}

/** Retry and Dismiss come back to the listing they were sent from; anything else goes to its first page. */
function backTo(raw: unknown): string {
  return typeof raw === 'string' && /^\/admin\/imports\/quarantine(\?status=(open|dismissed)(&page=\d{1,6})?)?$/.test(raw) ? raw : '/admin/imports/quarantine';
}

function prettyJson(raw: string): string {
  try {
    return JSON.stringify(JSON.parse(raw), null, 2);
  } catch {
    return raw;
  }
}

function parseObject(raw: string): Record<string, unknown> {
  try {
    const value = JSON.parse(raw) as unknown;
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function quarantineNotice(flash: Flash | null, t: (key: string, values?: Record<string, string | number>) => string): Notice | undefined {
  if (!flash) return undefined;
  if ('dismissed' in flash) return { kind: 'success', text: t('admin.imports.quarantine.dismissed', { path: flash.dismissed }) };
  if ('notRetryable' in flash) return { kind: 'error', text: t('admin.imports.quarantine.notRetryable', { path: flash.notRetryable }) };
  if ('retried' in flash) {
    if (!flash.imported) return { kind: 'error', text: t('admin.imports.quarantine.stillQuarantined', { path: flash.retried, reason: flash.reason ?? '' }) };
    return {
      kind: 'success',
      text: t('admin.imports.quarantine.imported', { path: flash.retried }),
      link: typeof flash.itemId === 'number' ? { href: `/admin/items/${flash.itemId}`, label: t('admin.imports.quarantine.openItem') } : undefined,
    };
  }
  return undefined;
}

/** A cookie holds about 4 kB: long paths and reasons are cut. */
function shortFlash(flash: Flash): Flash {
  const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);
  if ('retried' in flash) return { ...flash, retried: cut(flash.retried, 300), reason: flash.reason === undefined ? undefined : cut(flash.reason, 600) };
  if ('dismissed' in flash) return { dismissed: cut(flash.dismissed, 300) };
  if ('notRetryable' in flash) return { notRetryable: cut(flash.notRetryable, 300) };
  return { started: cut(flash.started, 200), dryRun: flash.dryRun };
}

function readFlash(request: FastifyRequest, reply: FastifyReply): Flash | null {
  const raw = request.cookies[flashCookie];
  if (!raw) return null;
  reply.clearCookie(flashCookie, { path: '/admin/imports' });
  const value = parseObject(Buffer.from(raw, 'base64url').toString('utf8'));
  return Object.keys(value).length ? (value as Flash) : null;
}

function writeFlash(request: FastifyRequest, reply: FastifyReply, flash: Flash) {
  reply.setCookie(flashCookie, Buffer.from(JSON.stringify(flash)).toString('base64url'), { path: '/admin/imports', httpOnly: true, sameSite: 'lax', secure: request.protocol === 'https', maxAge: 300 });
}
