import { createHash } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { type Insertable, sql } from 'kysely';
import { createItems } from '../../content/create-items.ts';
import type { ImportRecordsTable } from '../imports.table.ts';
import { ensurePlaceholderAuthor } from '../../accounts/placeholders.ts';
import type { AppServices } from '../../app-services.ts';
import type { ItemInput, TranslationInput } from '../../content/item.ts';
import { rememberSanitizedInOtherThread, richTextToPlain } from '../../content/rich-text.ts';
import { requireContentType, saveItem } from '../../content/service.ts';
import { findItem } from '../../content/repo.ts';
import { validateItemInput } from '../../content/schema.ts';
import { isPostgres, nowIso } from '../../db/database.ts';
import { SiteScope } from '../../db/site-scope.ts';
import { AppError, ValidationError } from '../../errors.ts';
import { uploadStagingDir } from '../../media/storage/open-store.ts';
import { storeUpload } from '../../media/upload.ts';
import { mediaUrl } from '../../media/urls.ts';
import { listMediaTexts, type MediaFile, saveMediaText } from '../../media/repo.ts';
import { mediaTextLimits } from '../../media/library.ts';
import { updateSite } from '../../sites/service.ts';
import type { Site } from '../../sites/site.ts';
import { finishImport } from './finish.ts';
import { importGlossary } from './glossary-import.ts';
import { ptkLinksIn } from './html-cleanup.ts';
import { type Mapped, type MappedItem, mapObject, type MappingContext } from './mapping.ts';
import { emptyTotals, type PtkImportReport, type PtkOutcome, type PtkWarning } from './report.ts';
import { isReadProblem, type PtkBinary, type PtkFormat, type PtkObject, type PtkReadProblem } from './source.ts';
import { type LanguagePlan, mappingContextOf, type Pending, prepareObject, type ReadObject, type RecordRow } from './prepare.ts';
import type { PreparedEntry } from './prepare-worker.ts';
import { PrepareWorker } from './prepared-in-worker.ts';
import { detectSource, type PtkSource } from './sources/detect.ts';
import { scanNyexp } from './sources/nyexp-scan.ts';
import { type ObjectSourceDescriptor, readSource } from './sources/open.ts';
import { TagResolver } from './tags.ts';
import { normaliseLanguage, parseZopeDate } from './values.ts';

/**
 * The PTK importer (ADR 0017). Reads any of the PTK's export formats into a site:
 * 1. a first read counts the objects (for progress and its ETA) and finds their languages, so
 *    the site's languages can be planned before anything is written;
 * 2. a second read maps each object (`mapping.ts`) and writes it in batches, each batch one
 *    transaction holding its items and the records of what they came from — a run killed at any
 *    moment resumes after its last committed batch, and an object read again unchanged (same
 *    hash) is skipped, so a re-run creates no duplicates;
 * 3. the end (`finish.ts`) makes what needs every object in place: links between imported
 *    items, menu entries for folders and pointers, redirects from old addresses.
 */

export interface PtkImportOptions {
  site: Site;
  /** A file or folder: a nyexp export, a JSON dump, an `export_json` file, a glossary dump, or a zip of one. */
  path: string;
  dryRun?: boolean;
  /** Objects per transaction. */
  batchSize?: number;
  /** Who runs it (audited in the run row); null from the command line. */
  actorId?: number | null;
  /** The IANA zone event times are shown in; UTC by default. */
  zone?: string;
  /** The old site's addresses (`http://www.biodiv.be`), so absolute links to it count as internal. */
  siteUrls?: readonly string[];
  onProgress?: (progress: PtkImportProgress) => void;
}

export interface PtkImportProgress {
  phase: 'reading' | 'importing' | 'finishing';
  done: number;
  total: number;
}

const source = 'ptk';

export class ImportSourceError extends AppError {
  constructor(message: string) {
    super('import_source_invalid', 400, message);
  }
}

export async function importPtk(services: AppServices, options: PtkImportOptions): Promise<PtkImportReport> {
  await fsp.mkdir(services.config.dataDir, { recursive: true });
  const workDir = await fsp.mkdtemp(path.join(services.config.dataDir, 'import-work-'));
  try {
    let detected: PtkSource;
    try {
      detected = await detectSource(options.path, workDir);
    } catch (error) {
      throw new ImportSourceError(error instanceof Error ? error.message : String(error));
    }
    if (detected.kind === 'glossary') return await importGlossary(services, { site: options.site, dir: detected.dir, dryRun: options.dryRun ?? false, actorId: options.actorId ?? null, sourceName: path.basename(options.path) });
    const read = (spillDir: string) => readSource(detected, spillDir);
    return await new PtkImportRun(services, options, { format: detected.kind, name: path.basename(options.path), read, descriptor: detected }, workDir).run();
  } finally {
    await fsp.rm(workDir, { recursive: true, force: true });
  }
}

/**
 * Runs objects that did not come from a file through the same steps (a quarantined object retried
 * by an administrator): mapped with today's mapping and the site as it is now.
 */
export async function importPtkObjects(
  services: AppServices,
  options: Omit<PtkImportOptions, 'path'> & { format: PtkFormat; sourceName: string },
  objects: readonly PtkObject[],
): Promise<PtkImportReport> {
  const workDir = await fsp.mkdtemp(path.join(services.config.dataDir, 'import-work-'));
  try {
    const read = async function* () {
      yield* objects;
    };
    return await new PtkImportRun(services, { ...options, path: options.sourceName }, { format: options.format, name: options.sourceName, read, force: true }, workDir).run();
  } finally {
    await fsp.rm(workDir, { recursive: true, force: true });
  }
}

/**
 * Where a run's objects come from, read as many times as the run needs (a count first, then the
 * import): a file or folder (read in a worker thread during the import), or objects in memory.
 */
interface ObjectSource {
  format: PtkFormat;
  name: string;
  read: (spillDir: string) => AsyncGenerator<PtkObject | PtkReadProblem>;
  descriptor?: ObjectSourceDescriptor;
  /** Map every object again, even one unchanged since the recorded run (a retry from quarantine). */
  force?: boolean;
}

/** A new or changed item, read and mapped, waiting to be written. */
interface ItemToWrite {
  p: Pending;
  input: ItemInput;
  authorId: number | null;
  details: string;
  linksPending: boolean;
}

class PtkImportRun {
  private readonly startedAt = nowIso();
  private readonly started = performance.now();
  private readonly dryRun: boolean;
  private readonly batchSize: number;
  private readonly warnings: PtkWarning[] = [];
  private readonly byType: Record<string, Partial<Record<PtkOutcome, number>>> = {};
  private readonly totals = emptyTotals();
  private readonly made = { media: 0, menuEntries: 0, comments: 0, redirects: 0, linksRewritten: 0, placeholderAuthors: 0 };
  private readonly authors = new Map<string, number>();
  private site: Site;
  private runId: number | null = null;
  private records = new Map<string, RecordRow>();
  private readonly newRecords: Omit<Insertable<ImportRecordsTable>, 'site_id'>[] = [];
  /** Paths with quarantine rows (their own, or their files'), so that the others skip the clean-up. */
  private quarantinedOwners = new Set<string>();
  private languageMap = new Map<string, string>();
  private languagesAdded: string[] = [];
  private tags: TagResolver;
  private objectsRead = 0;
  private fatal: string | null = null;
  private worker: PrepareWorker | null = null;
  private total = 0;

  constructor(
    private readonly services: AppServices,
    private readonly options: PtkImportOptions,
    private readonly source: ObjectSource,
    private readonly workDir: string,
  ) {
    this.site = options.site;
    this.dryRun = options.dryRun ?? false;
    this.batchSize = Math.max(1, options.batchSize ?? 500);
    this.tags = new TagResolver(services.vocabularies);
  }

  private get format(): PtkFormat {
    return this.source.format;
  }

  private get sourceName(): string {
    return this.source.name;
  }

  private scope(): SiteScope {
    return new SiteScope(this.services.db.kysely, this.site.id);
  }

  private read(spillDir: string): AsyncGenerator<PtkObject | PtkReadProblem> {
    return this.source.read(spillDir);
  }

  async run(): Promise<PtkImportReport> {
    // The reading thread loads its code while the languages are planned.
    const spillDir = path.join(this.workDir, 'spill');
    await fsp.mkdir(spillDir, { recursive: true });
    this.worker = this.source.descriptor ? new PrepareWorker({ source: this.source.descriptor, spillDir, batchSize: this.batchSize }, this.workDir) : null;
    try {
      return await this.services.db.bulkWrites(() => this.runWithReader(spillDir));
    } finally {
      await this.worker?.close();
    }
  }

  private async runWithReader(spillDir: string): Promise<PtkImportReport> {
    await this.planLanguages();
    if (!this.dryRun) await this.openRun();
    await this.loadRecords();

    for await (const entries of this.prepared(spillDir)) {
      const batch: Pending[] = [];
      for (const entry of entries) {
        if ('problem' in entry) {
          const problem = entry.problem;
          if (problem.fatal) this.fatal = `${problem.location}: ${problem.message}`;
          else this.warnings.push({ path: problem.location, message: problem.message });
          if (problem.fatal) break;
          continue;
        }
        this.objectsRead++;
        batch.push(entry.pending);
      }
      // What came before a fatal problem is written.
      if (batch.length) await this.writeBatch(batch);
      if (this.fatal) break;
    }

    if (!this.dryRun) {
      this.options.onProgress?.({ phase: 'finishing', done: this.objectsRead, total: this.total });
      const finished = await finishImport({
        services: this.services,
        site: this.site,
        source,
        siteUrls: this.options.siteUrls ?? [],
        warn: (p, message) => this.warnings.push({ path: p, message }),
      });
      this.made.menuEntries += finished.menuEntries;
      this.made.redirects += finished.redirects;
      this.made.linksRewritten += finished.linksRewritten;
      if (isPostgres(this.services.db.kysely)) await sql`analyze`.execute(this.services.db.kysely);
    }
    return this.closeRun();
  }

  /**
   * Reads the source once to count its objects and find its languages, then decides each code:
   * one the site has is kept (`FR` is `fr`); a regional variant (`fr-BE`) becomes its base
   * language unless an object has both with different texts; any other is added to the site, so
   * that no translation is lost.
   */
  private async planLanguages(): Promise<void> {
    const found = new Map<string, Set<string>>();
    const conflicting = new Set<string>();
    const addFound = (code: string) => {
      const canonical = normaliseLanguage(code);
      if (canonical) (found.get(canonical) ?? found.set(canonical, new Set()).get(canonical)!).add(code);
    };
    const checkTitles = (titles: Iterable<[string, unknown]>) => {
      const perObject = new Map<string, string>();
      for (const [code, value] of titles) {
        const canonical = normaliseLanguage(code);
        if (canonical && typeof value === 'string' && value.trim()) perObject.set(canonical, value.trim());
      }
      for (const [canonical, value] of perObject) {
        const base = canonical.split('-')[0]!;
        if (base !== canonical && perObject.has(base) && perObject.get(base) !== value) conflicting.add(canonical);
      }
    };
    if (this.source.descriptor?.kind === 'nyexp') {
      // A pattern scan is enough to count and find languages, and much faster than a second parse.
      const scan = await scanNyexp(this.source.descriptor.file);
      for (const code of scan.languages) addFound(code);
      for (const titles of scan.titleSets) checkTitles(titles);
      this.total = scan.objects;
      return this.applyLanguagePlan(found, conflicting);
    }
    const spillDir = path.join(this.workDir, 'scan');
    await fsp.mkdir(spillDir, { recursive: true });
    let count = 0;
    for await (const entry of this.read(spillDir)) {
      if (isReadProblem(entry)) {
        if (entry.fatal) break;
        continue;
      }
      count++;
      for (const values of Object.values(entry.localized)) {
        for (const [code, value] of Object.entries(values ?? {})) if (typeof value === 'string' && value.trim()) addFound(code);
      }
      checkTitles(Object.entries(entry.localized.title ?? {}));
      // Binaries can be large: the scan's copies are not needed.
      for (const binary of entry.binaries) if (binary.path.startsWith(spillDir)) await fsp.rm(binary.path, { force: true });
    }
    await fsp.rm(spillDir, { recursive: true, force: true });
    this.total = count;
    await this.applyLanguagePlan(found, conflicting);
  }

  private async applyLanguagePlan(found: Map<string, Set<string>>, conflicting: Set<string>): Promise<void> {
    const languages = [...this.site.languages];
    const target = (canonical: string): string => {
      if (languages.includes(canonical)) return canonical;
      const base = canonical.split('-')[0]!;
      if (base !== canonical && !conflicting.has(canonical)) {
        if (!languages.includes(base)) languages.push(base);
        return base;
      }
      languages.push(canonical);
      return canonical;
    };
    // Plain codes first, so that `fr` is planned before `fr-BE` decides whether to join it.
    for (const canonical of [...found.keys()].sort((a, b) => a.length - b.length || a.localeCompare(b))) {
      const language = target(canonical);
      for (const written of found.get(canonical)!) this.languageMap.set(written, language);
    }
    this.languagesAdded = languages.filter((l) => !this.site.languages.includes(l));
    if (this.languagesAdded.length && !this.dryRun) {
      await updateSite(this.services.db.kysely, this.site.code, { languages });
      await this.services.sites.refresh();
      this.site = this.services.sites.byCodeOrUndefined(this.site.code) ?? { ...this.site, languages };
    } else if (this.languagesAdded.length) {
      this.site = { ...this.site, languages };
    }
  }

  private async openRun(): Promise<void> {
    // A run of the same site that never finished was interrupted (a crash, a kill): say so. A retry
    // of one quarantined object may run beside an import, and says nothing of others.
    if (!this.source.force) await this.scope()
      .updateTable('import_runs')
      .set({ status: 'failed', finished_at: this.startedAt, report: JSON.stringify({ fatal: 'The run was interrupted before it finished; a later run took over.' }) })
      .where('source', '=', source)
      .where('status', '=', 'running')
      .execute();
    const row = await this.scope()
      .insertInto('import_runs', { source, format: this.format, source_name: this.sourceName, started_by: this.options.actorId ?? null, started_at: this.startedAt, status: 'running', counts: '{}', report: '{}' })
      .returning('id')
      .executeTakeFirstOrThrow();
    this.runId = row.id;
  }

  private async loadRecords(): Promise<void> {
    const rows = await this.scope().selectFrom('import_records').select(['source_path', 'outcome', 'item_id', 'source_hash', 'details']).where('source', '=', source).execute();
    this.records = new Map(rows.map((r) => [r.source_path, r]));
    const quarantined = await this.scope().selectFrom('quarantine').select('source_path').where('source', '=', source).execute();
    this.quarantinedOwners = new Set(quarantined.map((q) => q.source_path.split('/@')[0]!));
  }

  /**
   * The source's objects, read and mapped, in batches each written in one transaction: from a
   * worker thread for a file (its batches), in process for objects in memory.
   */
  private async *prepared(spillDir: string): AsyncGenerator<PreparedEntry[]> {
    const plan: LanguagePlan = { languages: this.site.languages, defaultLanguage: this.site.defaultLanguage, languageMap: [...this.languageMap], zone: this.options.zone ?? 'UTC' };
    if (this.worker) {
      for await (const entries of this.worker.prepared({ plan, records: [...this.records] })) {
        // The mapping sanitised the texts in the worker (`MappedItem` bodies are the sanitiser's output).
        for (const entry of entries) {
          if ('pending' in entry && entry.pending.mapped.kind === 'item') rememberSanitizedInOtherThread(Object.values(entry.pending.mapped.translations).map((t) => t.body));
        }
        yield entries;
      }
      return;
    }
    const context = mappingContextOf(plan);
    let batch: PreparedEntry[] = [];
    for await (const entry of this.read(spillDir)) {
      batch.push(isReadProblem(entry) ? { problem: entry } : { pending: await prepareObject(entry, this.records.get(entry.path), context, this.source.force) });
      if (batch.length >= this.batchSize) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
  }

  private count(metaType: string, outcome: PtkOutcome): void {
    const type = (this.byType[metaType] ??= {});
    type[outcome] = (type[outcome] ?? 0) + 1;
    this.totals[outcome]++;
  }

  private async writeBatch(batch: Pending[]): Promise<void> {
    const work = batch.filter((p) => {
      if (p.existing?.outcome !== 'unchanged') return true;
      this.count(p.object.metaType, 'unchanged');
      return false;
    });
    if (this.dryRun) {
      for (const p of work) this.preview(p);
    } else if (work.length) {
      // Files go to the store first (outside the transaction: storing is idempotent by SHA-256), so
      // the transaction only holds rows and stays short.
      const media = new Map<PtkBinary, MediaFile | Error>();
      for (const p of work) for (const binary of binariesOf(p.mapped)) media.set(binary, await this.storeBinary(binary));
      await this.scope().transaction(async (scope) => {
        const fresh: ItemToWrite[] = [];
        for (const p of work) {
          const deferred = await this.write(scope, p, media);
          if (deferred) fresh.push(deferred);
        }
        await this.createBatchItems(scope, fresh);
        await this.flushRecords(scope);
      });
      for (const p of work) await cleanSpill(p.object, this.workDir);
    }
    this.options.onProgress?.({ phase: 'importing', done: this.objectsRead, total: this.total });
    // The admin shows a running import's progress from its row.
    if (this.runId !== null) {
      await this.scope().updateTable('import_runs').set({ counts: JSON.stringify({ done: this.objectsRead, total: this.total, totals: this.totals }) }).where('id', '=', this.runId).execute();
    }
  }

  /** A dry run's verdict on one object: its outcome as the real run would see it, validation included. */
  private preview(p: Pending): void {
    const { object, mapped } = p;
    if (mapped.kind === 'quarantine') {
      this.count(object.metaType, 'quarantined');
      this.warnings.push({ path: object.path, message: `would be quarantined: ${mapped.reason}` });
      return;
    }
    if (mapped.kind === 'pointer') return this.count(object.metaType, 'menu');
    if (mapped.kind === 'media') return this.count(object.metaType, 'media');
    for (const w of mapped.warnings) this.warnings.push({ path: object.path, message: w });
    try {
      validateItemInput(this.itemInput(mapped, new Map(), []), {
        type: requireContentType(mapped.type),
        languages: this.site.languages,
        defaultLanguage: this.site.defaultLanguage,
        isKnownTag: () => true,
      });
      this.count(object.metaType, p.existing ? 'updated' : 'created');
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      this.count(object.metaType, 'quarantined');
      this.warnings.push({ path: object.path, message: `would be quarantined: ${error.message}` });
    }
  }

  private async storeBinary(binary: PtkBinary): Promise<MediaFile | Error> {
    try {
      const result = await storeUpload(
        { scope: this.scope(), store: this.services.media, actorId: this.options.actorId ?? null, stagingDir: uploadStagingDir(this.services.config) },
        { stream: fs.createReadStream(binary.path), filename: safeFileName(binary.fileName), declaredType: binary.declaredType, limits: this.services.config.mediaLimits, maxImagePixels: this.services.config.mediaMaxImagePixels },
      );
      if (!result.duplicate) this.made.media++;
      return result.media;
    } catch (error) {
      // A refused file (its type, size, name or bytes) is the object's problem, not the run's.
      if (error instanceof AppError) return error;
      throw error;
    }
  }

  /**
   * Writes one object, except new items without a schedule: those are returned, to be created
   * with the rest of the batch in one go (`createItems`).
   */
  private async write(scope: SiteScope, p: Pending, media: Map<PtkBinary, MediaFile | Error>): Promise<ItemToWrite | null> {
    const { object, mapped } = p;
    const record = this.recordBase(p);
    if (mapped.kind === 'quarantine') {
      await this.quarantine(scope, p, mapped.reason);
      return null;
    }

    // A refused file is quarantined on its own (with the reason), and the object goes on without it.
    if (this.quarantinedOwners.has(object.path)) {
      const filesPrefix = `${object.path}/@`;
      await scope.deleteFrom('quarantine').where('source', '=', source).where(sql<string>`substr(source_path, 1, ${filesPrefix.length})`, '=', filesPrefix).execute();
    }
    const refused = [...binariesOf(mapped)].filter((b) => media.get(b) instanceof Error);
    for (const binary of refused) {
      const reason = (media.get(binary) as Error).message;
      await this.upsertQuarantine(scope, `${object.path}/@${binary.role}${binary.language ? `:${binary.language}` : ''}/${binary.fileName}`, object.metaType, `its file was refused: ${reason}`, { object: quarantinedObject(p), binary: describeBinary(binary) });
      this.warnings.push({ path: object.path, message: `file "${binary.fileName}" refused: ${reason}` });
    }

    if (mapped.kind === 'pointer') {
      this.count(object.metaType, 'menu');
      await this.upsertRecord(scope, object.path, Object.assign(record, { outcome: 'menu' as const, item_id: null, media_id: null, sort_order: mapped.sortOrder, details: JSON.stringify({ pointer: mapped.target, titles: mapped.titles }) }));
      await this.resolveQuarantine(scope, object.path);
      return null;
    }
    if (mapped.kind === 'media') {
      const file = media.get(mapped.binary);
      if (!file || file instanceof Error) {
        await this.quarantine(scope, p, `its image was refused: ${file?.message ?? 'not read'}`);
        return null;
      }
      await this.describeMedia(scope, file.id, mapped.altTexts, mapped.credits);
      this.count(object.metaType, 'media');
      await this.upsertRecord(scope, object.path, Object.assign(record, { outcome: 'media' as const, item_id: null, media_id: file.id, sort_order: 100, details: JSON.stringify({ url: mediaUrl(file) }) }));
      await this.resolveQuarantine(scope, object.path);
      return null;
    }

    for (const w of mapped.warnings) this.warnings.push({ path: object.path, message: w });
    const files = new Map<PtkBinary, MediaFile>();
    for (const binary of binariesOf(mapped)) {
      const file = media.get(binary);
      if (file && !(file instanceof Error)) files.set(binary, file);
    }
    const tags = await this.tags.resolve(scope, mapped.tags);
    const input = this.itemInput(mapped, files, tags);
    const previousDetails = JSON.parse(p.existing?.details ?? '{}') as { media?: Record<string, string>; menu?: unknown };
    // A source without files (export_json) or whose files were refused this time keeps the files
    // an earlier import gave the item, rather than taking them away.
    if (p.existing?.item_id && !files.size) await keepFiles(scope, p.existing.item_id, input);
    const authorId = mapped.contributor ? await this.author(scope, mapped.contributor) : (this.options.actorId ?? null);
    // Embedded images and files by their old names, so that links to them find their new addresses.
    const mediaByName = files.size
      ? Object.fromEntries(mapped.media.filter((m) => files.has(m.binary)).map((m) => [m.binary.fileName, mediaUrl(files.get(m.binary)!)]))
      : (previousDetails.media ?? {});
    // Its links into the PTK site, as written: the finishing step rewrites those it can place.
    const links = ptkLinksIn(
      Object.values(input.translations).map((t) => t.body ?? ''),
      { basePath: mapped.section ? `${object.path}/index_html` : object.path, siteUrls: this.options.siteUrls ?? [] },
      new Set(Object.values(mediaByName)),
    );
    const details = JSON.stringify({ section: mapped.section, media: mediaByName, kept: mapped.kept, menu: previousDetails.menu, links });
    const toWrite: ItemToWrite = { p, input, authorId, details, linksPending: links.length > 0 };
    const itemId = p.existing?.item_id ?? undefined;
    const scheduled = Object.values(input.translations).some((t) => t.schedule);
    if (itemId === undefined && !scheduled) return toWrite;
    try {
      const saved = await saveItem({ scope, site: this.site, vocabularies: this.services.vocabularies, actorId: authorId }, input, { itemId, now: nowIso() });
      await this.itemWritten(scope, toWrite, saved.id, itemId !== undefined);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      await this.quarantine(scope, p, `it fails validation: ${error.message}`);
    }
    return null;
  }

  /** New items of a batch, created together; an item that fails validation is quarantined alone. */
  private async createBatchItems(scope: SiteScope, items: readonly ItemToWrite[]): Promise<void> {
    if (!items.length) return;
    const results = await createItems({ scope, site: this.site, vocabularies: this.services.vocabularies, actorId: null }, items.map((i) => ({ input: i.input, authorId: i.authorId })));
    for (const [index, result] of results.entries()) {
      const toWrite = items[index]!;
      if ('error' in result) await this.quarantine(scope, toWrite.p, `it fails validation: ${result.error.message}`);
      else await this.itemWritten(scope, toWrite, result.item.id, false);
    }
  }

  private async itemWritten(scope: SiteScope, toWrite: ItemToWrite, itemId: number, updated: boolean): Promise<void> {
    const { p, details, linksPending } = toWrite;
    this.count(p.object.metaType, updated ? 'updated' : 'created');
    if (p.object.comments.length) this.made.comments += await this.writeComments(scope, itemId, p.object);
    const mapped = p.mapped as MappedItem;
    await this.upsertRecord(scope, p.object.path, Object.assign(this.recordBase(p), { outcome: 'item' as const, item_id: itemId, media_id: null, sort_order: mapped.sortOrder, links_pending: linksPending ? 1 : 0, details }));
    await this.resolveQuarantine(scope, p.object.path);
  }

  private recordBase(p: Pending) {
    return { meta_type: p.object.metaType, parent_path: p.object.parentPath, position: p.object.position, source_hash: p.hash, run_id: this.runId!, updated_at: nowIso() };
  }

  /** The item as Ecotone takes it: the mapping's values, with files and images by their library ids. */
  private itemInput(mapped: MappedItem, files: Map<PtkBinary, MediaFile>, tags: string[]): ItemInput {
    const idOf = (binary: PtkBinary) => files.get(binary)!.id;
    const fields: Record<string, unknown> = { ...mapped.fields };
    const translations: Record<string, TranslationInput> = {};
    for (const [language, t] of Object.entries(mapped.translations)) {
      const translationFields: Record<string, unknown> = { ...t.fields };
      const attachments = mapped.media.filter((m) => m.use === 'attachment' && (m.language ?? this.site.defaultLanguage) === language && files.has(m.binary)).map((m) => idOf(m.binary));
      if (attachments.length) translationFields.attachments = attachments;
      translations[language] = {
        title: t.title,
        slug: t.slug,
        summary: t.summary,
        body: inlineImages(t.body, mapped, files),
        fields: translationFields,
        status: t.status,
        // No release date: published as of the import (undefined lets the save say "now").
        publishedAt: t.status === 'published' ? (t.publishedAt ?? undefined) : null,
        ...(t.unpublishAt ? { schedule: { publishAt: null, unpublishAt: t.unpublishAt, zone: this.options.zone ?? 'UTC' } } : {}),
      };
    }
    const lead = mapped.media.find((m) => m.use === 'leadImage' && files.has(m.binary));
    if (lead && requireContentType(mapped.type).fields.some((f) => f.name === 'leadImage')) fields.leadImage = idOf(lead.binary);
    const recording = mapped.media.filter((m) => m.use === 'recording' && files.has(m.binary)).map((m) => idOf(m.binary));
    if (recording.length) fields.recording = recording;
    return { type: mapped.type, fields, promoted: mapped.promoted, sortOrder: mapped.sortOrder, point: mapped.point, tags, translations };
  }

  private async author(scope: SiteScope, contributor: string): Promise<number> {
    const known = this.authors.get(contributor);
    if (known) return known;
    const { id, created } = await ensurePlaceholderAuthor(scope.db, this.site.code, source, contributor);
    if (created) this.made.placeholderAuthors++;
    this.authors.set(contributor, id);
    return id;
  }

  private async writeComments(scope: SiteScope, itemId: number, object: ReadObject): Promise<number> {
    let written = 0;
    for (const [index, comment] of object.comments.entries()) {
      const sourceKey = `ptk:${comment.id || index}`;
      const posted = parseZopeDate(comment.date, this.options.zone ?? 'UTC')?.iso ?? null;
      const values = {
        author_name: (comment.author || 'anonymous').slice(0, 200),
        title: comment.title.slice(0, 300),
        // Comments are plain text; some exports kept the HTML of the comment form.
        body: (/<[a-z][^>]*>/i.test(comment.body) ? richTextToPlain(comment.body) : comment.body).slice(0, 20_000),
        posted_at: posted,
        status: comment.spam ? ('spam' as const) : ('published' as const),
      };
      const existing = await scope.selectFrom('item_comments').select('id').where('item_id', '=', itemId).where('source_key', '=', sourceKey).executeTakeFirst();
      if (existing) await scope.updateTable('item_comments').set(values).where('id', '=', existing.id).execute();
      else {
        await scope.insertInto('item_comments', { ...values, item_id: itemId, source_key: sourceKey, created_at: nowIso() }).execute();
        written++;
      }
    }
    return written;
  }

  private async describeMedia(scope: SiteScope, mediaId: number, altTexts: Record<string, string>, credits: Record<string, string>): Promise<void> {
    // A caption an editor wrote since the last import stays.
    const current = new Map((await listMediaTexts(scope, mediaId)).map((t) => [t.language, t]));
    for (const language of new Set([...Object.keys(altTexts), ...Object.keys(credits)])) {
      await saveMediaText(scope, mediaId, {
        language,
        altText: (altTexts[language] ?? '').slice(0, mediaTextLimits.altText),
        caption: current.get(language)?.caption ?? '',
        credits: (credits[language] ?? '').slice(0, mediaTextLimits.credits),
      });
    }
  }

  private async quarantine(scope: SiteScope, p: Pending, reason: string): Promise<void> {
    this.count(p.object.metaType, 'quarantined');
    this.warnings.push({ path: p.object.path, message: `quarantined: ${reason}` });
    await this.upsertQuarantine(scope, p.object.path, p.object.metaType, reason, { object: quarantinedObject(p) });
    await this.upsertRecord(scope, p.object.path, Object.assign(this.recordBase(p), { outcome: 'quarantine' as const, item_id: p.existing?.item_id ?? null, media_id: null, sort_order: 100, details: '{}' }));
  }

  private async upsertQuarantine(scope: SiteScope, sourcePath: string, metaType: string, reason: string, raw: unknown): Promise<void> {
    const now = nowIso();
    const existing = await scope.selectFrom('quarantine').select(['id', 'status', 'raw']).where('source', '=', source).where('source_path', '=', sourcePath).executeTakeFirst();
    const rawText = JSON.stringify(raw);
    if (existing) {
      // A dismissed object stays dismissed while it is read again unchanged.
      const status = existing.status === 'dismissed' && existing.raw === rawText ? 'dismissed' : 'open';
      await scope.updateTable('quarantine').set({ reason, raw: rawText, status, meta_type: metaType, run_id: this.runId!, updated_at: now }).where('id', '=', existing.id).execute();
    } else {
      await scope.insertInto('quarantine', { source, source_path: sourcePath, meta_type: metaType, reason, raw: rawText, status: 'open', run_id: this.runId!, created_at: now, updated_at: now, dismissed_by: null }).execute();
    }
  }

  /** The object became something: its quarantine rows (its own and its files') are done. */
  private async resolveQuarantine(scope: SiteScope, sourcePath: string): Promise<void> {
    if (!this.quarantinedOwners.has(sourcePath)) return;
    await scope.deleteFrom('quarantine').where('source', '=', source).where('source_path', '=', sourcePath).execute();
  }

  private async upsertRecord(
    scope: SiteScope,
    sourcePath: string,
    values: { meta_type: string; parent_path: string; position: number; source_hash: string; run_id: number; updated_at: string; outcome: 'item' | 'media' | 'menu' | 'quarantine'; item_id: number | null; media_id: number | null; sort_order: number; details: string; links_pending?: number },
  ): Promise<void> {
    const row = { links_pending: 0, ...values };
    if (this.records.has(sourcePath)) await scope.updateTable('import_records').set(row).where('source', '=', source).where('source_path', '=', sourcePath).execute();
    else this.newRecords.push(Object.assign({ source, source_path: sourcePath }, row));
    this.records.set(sourcePath, { source_path: sourcePath, outcome: row.outcome, item_id: row.item_id, source_hash: row.source_hash, details: row.details });
  }

  /** The batch's new records, in a few statements, in the batch's transaction. */
  private async flushRecords(scope: SiteScope): Promise<void> {
    await scope.insertRows('import_records', this.newRecords.splice(0));
  }

  private async closeRun(): Promise<PtkImportReport> {
    const finishedAt = nowIso();
    const report: PtkImportReport = {
      runId: this.runId,
      site: this.site.code,
      format: this.format,
      sourceName: this.sourceName,
      dryRun: this.dryRun,
      status: this.fatal ? 'failed' : 'completed',
      startedAt: this.startedAt,
      finishedAt,
      durationMs: Math.round(performance.now() - this.started),
      objectsRead: this.objectsRead,
      byType: this.byType,
      totals: this.totals,
      made: this.made,
      languagesAdded: this.languagesAdded,
      languageMap: Object.fromEntries(this.languageMap),
      warnings: this.warnings,
      fatal: this.fatal,
    };
    if (this.runId !== null) {
      await this.scope()
        .updateTable('import_runs')
        .set({ status: report.status, finished_at: finishedAt, counts: JSON.stringify({ byType: report.byType, totals: report.totals }), report: JSON.stringify(report) })
        .where('id', '=', this.runId)
        .execute();
    }
    return report;
  }
}

/** Copies the files an item already has (lead image, attachments, recording) into a save that brings none. */
async function keepFiles(scope: SiteScope, itemId: number, input: ItemInput): Promise<void> {
  const item = await findItem(scope, itemId);
  if (!item) return;
  const fileFields = requireContentType(item.type).fields.filter((f) => f.kind === 'image' || f.kind === 'files');
  for (const field of fileFields) {
    if (field.localized) {
      for (const t of item.translations) {
        const value = t.fields[field.name];
        const target = input.translations[t.language];
        if (value !== undefined && target && target.fields?.[field.name] === undefined) target.fields = { ...target.fields, [field.name]: value };
      }
    } else if (item.fields[field.name] !== undefined && input.fields?.[field.name] === undefined) {
      input.fields = { ...input.fields, [field.name]: item.fields[field.name] };
    }
  }
}


function binariesOf(mapped: Mapped): Set<PtkBinary> {
  if (mapped.kind === 'item') return new Set(mapped.media.map((m) => m.binary));
  if (mapped.kind === 'media') return new Set([mapped.binary]);
  return new Set();
}

/** Spill files of the reader are only needed until the object is written. */
async function cleanSpill(object: ReadObject, workDir: string): Promise<void> {
  for (const b of object.binaries) if (b.path.startsWith(workDir)) await fsp.rm(b.path, { force: true });
}

/** The object as read, as a quarantine row keeps it (for an administrator to see, and to retry). */
function quarantinedObject(p: Pending): unknown {
  return { ...(JSON.parse(p.raw) as object), location: p.object.location };
}

function describeBinary(b: PtkBinary): unknown {
  return { role: b.role, language: b.language, fileName: b.fileName, declaredType: b.declaredType, size: b.size };
}

/** A file name the media library takes: no path separators, control characters or `..`. */
function safeFileName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f/\\]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[.\s-]+/, '')
    .trim()
    .slice(0, 200);
  return cleaned || 'file';
}


/**
 * Images embedded in the object (Naaya keeps them beside the text, the text names them by id or
 * by address) point at their library files.
 */
function inlineImages(html: string, mapped: MappedItem, files: Map<PtkBinary, MediaFile>): string {
  const inline = mapped.media.filter((m) => m.use === 'inline' && files.has(m.binary));
  if (!inline.length || !html.includes('<img')) return html;
  return html.replace(/(<img\b[^>]*\bsrc=")([^"]*)(")/g, (tag, before: string, src: string, after: string) => {
    const name = decodeURIComponent(src.split(/[?#]/)[0]!.replace(/\/+$/, '').split('/').pop() ?? '');
    const match = inline.find((m) => m.binary.fileName === name);
    return match ? `${before}${mediaUrl(files.get(match.binary)!)}${after}` : tag;
  });
}

