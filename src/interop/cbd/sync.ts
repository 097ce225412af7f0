/**
 * Keeps a site's national data (GBF national targets, NBSAPs, national reports, focal points) in
 * step with the CBD's central systems (ADR 0016).
 *
 * A sync reads everything first and writes afterwards, in one transaction: the index is listed in
 * full for the site's country (that is how a record removed centrally is noticed), record bodies
 * are fetched only for records that are new or changed since the last sync (by `updatedDate_dt`
 * and revision), and only then are items created, updated and deleted. So a failure at any point
 * (the API unreachable, slow, answering nonsense) leaves the last good data as it was, and the
 * error is recorded for the site manager. Re-running a sync is harmless: records are matched by
 * their central identifier, never duplicated.
 */
import type { Kysely } from 'kysely';
import { nowIso } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';
import { SiteScope } from '../../db/site-scope.ts';
import { purgeSyncedItem } from '../../content/trash.ts';
import { loadItems, saveItem } from '../../content/service.ts';
import { translator } from '../../i18n/translator.ts';
import type { Site } from '../../sites/site.ts';
import type { VocabularyIndex } from '../../vocabularies/service.ts';
import { CbdApiError, type CbdClient, type CbdDocument, type IndexDoc, type ThesaurusTerm } from './client.ts';
import { indexQueryFor, nationalRecordSources, recordToItem, type RecordSummary, summarizeDoc, type TermTitles } from './national-records.ts';
import { noCounts, type SyncCounts } from './status.ts';

export interface SyncLog {
  info(object: object, message: string): void;
  warn(object: object, message: string): void;
  error(object: object, message: string): void;
}

export interface SyncDependencies {
  db: Kysely<Database>;
  client: CbdClient;
  vocabularies: VocabularyIndex;
  log: SyncLog;
}

export interface SyncOptions {
  /** Fetch every record's body again, changed or not (after a mapping change). */
  full?: boolean;
  /**
   * The API is the demo network's stand-in: pages label the records as sample data. Unset keeps
   * what the site's last sync said, so a demo site stays labelled through the daily syncs.
   */
  sampleData?: boolean;
  now?: string;
}

export interface SiteSyncResult {
  site: string;
  ok: boolean;
  counts: SyncCounts;
  /** Records that could not become items, and why (they are reported, not fatal). */
  skipped: { identifier: string; schema: string; reason: string }[];
  /** Why the sync failed or did not run; the last good data is kept. */
  error?: string;
  durationMs: number;
}

/** A sync that started longer ago than this is taken to have died with its process. */
const staleAfterMs = 60 * 60 * 1000;
/** Record bodies fetched at once: enough to hide latency, few enough to be polite to the API. */
const bodyFetchConcurrency = 4;

export async function syncSiteNationalData(deps: SyncDependencies, site: Site, options: SyncOptions = {}): Promise<SiteSyncResult> {
  const started = Date.now();
  const now = options.now ?? nowIso();
  const scope = new SiteScope(deps.db, site.id);
  const result = (fields: Partial<SiteSyncResult>): SiteSyncResult => ({ site: site.code, ok: false, counts: { ...noCounts }, skipped: [], durationMs: Date.now() - started, ...fields });
  if (!site.country) return result({ error: `Site ${site.code} has no country, so it has no national data to sync. Set its country first.` });
  if (!(await claim(scope, now))) return result({ error: `A sync of site ${site.code} is already running.` });
  try {
    const outcome = await fetchAndApply(deps, scope, site, site.country, options, now);
    await scope
      .updateTable('cbd_site_syncs')
      .set({
        last_attempt_at: now,
        last_success_at: now,
        last_error: null,
        last_counts: JSON.stringify(outcome.counts),
        running_since: null,
        ...(options.sampleData === undefined ? {} : { sample_data: options.sampleData ? 1 : 0 }),
      })
      .execute();
    deps.log.info({ site: site.code, ...outcome.counts, skipped: outcome.skipped.length }, 'CBD sync done');
    return result({ ok: true, ...outcome });
  } catch (error) {
    const message = error instanceof CbdApiError ? error.message : `The CBD sync failed: ${error instanceof Error ? error.message : String(error)}`;
    deps.log.error({ site: site.code, err: error instanceof Error ? { message: error.message, stack: error.stack } : error }, 'CBD sync failed; the last good data is kept');
    await scope.updateTable('cbd_site_syncs').set({ last_attempt_at: now, last_error: message, running_since: null }).execute();
    return result({ error: message });
  }
}

/** Syncs every site that has a country, one after the other. */
export async function syncAllSites(deps: SyncDependencies, sites: readonly Site[], options: SyncOptions = {}): Promise<SiteSyncResult[]> {
  const results: SiteSyncResult[] = [];
  for (const site of sites.filter((s) => s.country)) results.push(await syncSiteNationalData(deps, site, options));
  return results;
}

/**
 * Marks the site's sync as running unless another process is running one (conditional update:
 * of two processes, one wins). A mark older than an hour is a sync that died with its process.
 */
async function claim(scope: SiteScope, now: string): Promise<boolean> {
  const existing = await scope.selectFrom('cbd_site_syncs').select('id').executeTakeFirst();
  if (!existing) {
    try {
      await scope.insertInto('cbd_site_syncs', { last_counts: '{}', running_since: now, sample_data: 0 }).execute();
      return true;
    } catch {
      // Another process inserted the row first (unique site_id): claim it the normal way.
    }
  }
  const stale = new Date(Date.parse(now) - staleAfterMs).toISOString();
  const claimed = await scope
    .updateTable('cbd_site_syncs')
    .set({ running_since: now })
    .where((eb) => eb.or([eb('running_since', 'is', null), eb('running_since', '<', stale)]))
    .executeTakeFirst();
  return Number(claimed.numUpdatedRows) === 1;
}

interface Listed {
  summary: RecordSummary;
  doc: IndexDoc;
}

async function fetchAndApply(deps: SyncDependencies, scope: SiteScope, site: Site, country: string, options: SyncOptions, now: string) {
  const { client } = deps;
  // 1. Everything the centre lists for the country (all pages of every query).
  const listed = new Map<string, Listed>();
  for (const source of nationalRecordSources) {
    for (const doc of await client.searchIndexAll(indexQueryFor(source, country))) {
      const summary = summarizeDoc(doc);
      listed.set(summary.identifier, { summary, doc });
    }
  }
  const existing = new Map(
    (await scope.selectFrom('cbd_records').select(['identifier', 'item_id', 'source_updated_at', 'revision']).execute()).map((r) => [r.identifier, r]),
  );
  // An item whose record row survives without it (deleted behind the sync's back) is re-created.
  const liveItems = new Set((await scope.selectFrom('items').select('id').where('origin', '=', 'cbd').where('deleted_at', 'is', null).execute()).map((r) => r.id));
  const changed = [...listed.values()].filter(({ summary }) => {
    const known = existing.get(summary.identifier);
    return options.full || !known || !liveItems.has(known.item_id) || known.source_updated_at !== summary.updatedAt || known.revision !== summary.revision;
  });

  // 2. The bodies of new and changed records, and the indicator titles they name.
  const documents = await mapConcurrently(changed, bodyFetchConcurrency, async ({ summary }) => {
    try {
      return await client.document(summary.identifier);
    } catch (error) {
      // A record the index lists but whose body is gone (or private) still shows what the index says.
      if (error instanceof CbdApiError && error.kind === 'not-found') return undefined;
      throw error;
    }
  });
  const indicatorTitles = changed.some(({ summary }) => summary.schema === 'nationalTarget7') ? await termTitles(client, 'GBF-HEADLINE-INDICATORS') : new Map();

  // 3. Items, in one transaction: all of the sync or none of it.
  // Synced records are tagged with shared terms only (GBF targets), never with site keywords.
  const isKnownTag = (tag: string) => deps.vocabularies.has(tag);
  const counts: SyncCounts = { ...noCounts, unchanged: listed.size - changed.length };
  const skipped: SiteSyncResult['skipped'] = [];
  await scope.transaction(async (trx) => {
    const context = { scope: trx, site, vocabularies: deps.vocabularies, actorId: null };
    const stored = new Map((await loadItems(trx, changed.flatMap(({ summary }) => existing.get(summary.identifier)?.item_id ?? []))).map((item) => [item.id, item]));
    for (const [index, { summary, doc }] of changed.entries()) {
      const mapped = recordToItem({
        doc,
        document: documents[index] as CbdDocument | undefined,
        site,
        isKnownTag,
        indicatorTitles,
        reportTitle: (reportType, language) => translator(language)(`option.reportType.${reportType}`),
      });
      if (!mapped.ok) {
        skipped.push({ identifier: summary.identifier, schema: summary.schema, reason: mapped.reason });
        continue;
      }
      const known = existing.get(summary.identifier);
      const current = known && liveItems.has(known.item_id) ? known : undefined;
      // A language the record no longer has is withdrawn from the site (archived, not deleted).
      for (const translation of (current && stored.get(current.item_id)?.translations) || []) {
        if (!mapped.input.translations[translation.language]) mapped.input.translations[translation.language] = { title: translation.title, slug: translation.slug, status: 'archived' };
      }
      const saved = await saveItem(context, mapped.input, current ? { itemId: current.item_id, origin: 'cbd', now } : { origin: 'cbd', now }).catch((error: unknown) => {
        // A record that Ecotone cannot store (a field out of bounds) is reported, not fatal.
        skipped.push({ identifier: summary.identifier, schema: summary.schema, reason: error instanceof Error ? error.message : String(error) });
        return undefined;
      });
      if (!saved) continue;
      const row = { item_id: saved.id, schema: summary.schema, document_id: summary.documentId, revision: summary.revision, source_updated_at: summary.updatedAt, url: summary.url, synced_at: now };
      if (known) await trx.updateTable('cbd_records').set(row).where('identifier', '=', summary.identifier).execute();
      else await trx.insertInto('cbd_records', { ...row, identifier: summary.identifier }).execute();
      if (current) counts.updated++;
      else counts.added++;
    }
    for (const [identifier, known] of existing) {
      if (listed.has(identifier)) continue;
      await trx.deleteFrom('cbd_records').where('identifier', '=', identifier).execute();
      if (await purgeSyncedItem(trx, known.item_id, now)) counts.removed++;
    }
  });
  return { counts, skipped };
}

/** Titles of a thesaurus domain's terms by identifier; an unknown domain gives none. */
async function termTitles(client: CbdClient, domain: string): Promise<TermTitles> {
  try {
    return new Map((await client.thesaurusTerms(domain)).map((term: ThesaurusTerm) => [term.identifier, term]));
  } catch (error) {
    if (error instanceof CbdApiError && error.kind === 'not-found') return new Map();
    throw error;
  }
}

/** `work` over `items` with at most `limit` at once, results in the order of `items`; the first failure fails all. */
async function mapConcurrently<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  });
  await Promise.all(workers);
  return results;
}
