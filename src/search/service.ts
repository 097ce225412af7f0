import type { Selectable } from 'kysely';
import { storedRichTextToPlain } from '../content/rich-text.ts';
import type { Item } from '../content/item.ts';
import { loadItems } from '../content/repo.ts';
import { isPostgres, nowIso } from '../db/database.ts';
import type { SiteScope } from '../db/site-scope.ts';
import { findKeywords, type Keyword, keywordLabel } from '../vocabularies/keywords.ts';
import { termTitle, type VocabularyIndex } from '../vocabularies/service.ts';
import { contentTypeByName, contentTypes } from '../content/registry.ts';
import { allowedTypos, analyzerFor, cleanText, editDistance, foldWord, isCjk, type MarkedPart, markedParts, queryTerms, substringSnippet, wordsOf } from './analysis.ts';
import * as repo from './repo.ts';
import type { SearchEntriesTable } from './search.table.ts';

export { queryTerms } from './analysis.ts';

/**
 * One search interface over two engines (ADR 0013): SQLite FTS5 tables kept in step by triggers,
 * and PostgreSQL full-text search over a stored, weighted tsvector. Entries exist only for
 * published translations of searchable types, always carry their site, and are rewritten by
 * `indexItem` on every change of an item (save, workflow transition, scheduled publication or
 * unpublication, restore); trash and purge delete them.
 */

/** The GBF target vocabulary, whose terms are the search page's second facet. */
const targetVocabulary = 'gbf-targets';

/** A row of `search_entries` as this module writes it (the scope adds the site). */
type EntryRow = Omit<Selectable<SearchEntriesTable>, 'id' | 'site_id'>;

/** The rows `indexItem` writes for an item: one per published translation of a searchable type. */
function entryRows(item: Item, vocabularies: VocabularyIndex, keywords: ReadonlyMap<string, Keyword>): EntryRow[] {
  if (!isIndexed(item)) return [];
  const published = item.translations.filter((t) => t.status === 'published' && t.publishedAt);
  const targets = JSON.stringify(item.tags.filter((tag) => vocabularies.get(tag)?.vocabulary === targetVocabulary).sort());
  return published.map((t) => {
    const tagTitles = item.tags.map((tag) => {
      const term = vocabularies.get(tag);
      if (term) return termTitle(term, t.language);
      const keyword = keywords.get(tag);
      return keyword ? keywordLabel(keyword, t.language, t.language) : '';
    });
    const fieldText = Object.values(t.fields).filter((v): v is string => typeof v === 'string');
    return {
      item_id: item.id,
      language: t.language,
      type: item.type,
      analyzer: analyzerFor(t.language),
      title: cleanText(t.title),
      tags: cleanText(tagTitles.filter(Boolean).join('\n')),
      content: cleanText([t.summary, storedRichTextToPlain(t.body), ...fieldText].filter(Boolean).join('\n')),
      targets,
      published_at: t.publishedAt,
    };
  });
}

/** Whether an item has entries: a searchable type with a published translation. */
function isIndexed(item: Item): boolean {
  return Boolean(contentTypeByName(item.type)?.channels.search) && item.translations.some((t) => t.status === 'published' && t.publishedAt);
}

/**
 * Replaces an item's entries with its current published translations, and remembers their words
 * for spelling suggestions. Called on every change of the item, inside its transaction.
 *
 * @example
 *   await indexItem(scope, savedItem, services.vocabularies);
 */
export async function indexItem(scope: SiteScope, item: Item, vocabularies: VocabularyIndex): Promise<void> {
  await indexItems(scope, [item], vocabularies);
}

/**
 * `indexItem` for many items at once, writing the same rows in a few statements (imports, the
 * bench, a rebuild).
 *
 * @example
 *   await scope.transaction((trx) => indexItems(trx, items, services.vocabularies));
 */
export async function indexItems(scope: SiteScope, items: readonly Item[], vocabularies: VocabularyIndex, options: IndexOptions = {}): Promise<void> {
  await writeEntries(scope, items, vocabularies, options);
}

export interface IndexOptions {
  /** The items were just created in this transaction: they have no entries to replace. */
  created?: boolean;
}

/** `indexItems`, returning the rows it wrote. */
async function writeEntries(scope: SiteScope, items: readonly Item[], vocabularies: VocabularyIndex, options: IndexOptions = {}): Promise<EntryRow[]> {
  if (!items.length) return [];
  const ids = items.map((item) => item.id);
  if (!options.created) {
    for (let i = 0; i < ids.length; i += 500) await scope.deleteFrom('search_entries').where('item_id', 'in', ids.slice(i, i + 500)).execute();
  }
  // The keyword tags of every item, read at once: a per-item read was most of an import's queries.
  const indexed = items.filter(isIndexed);
  const keywordIds = [...new Set(indexed.flatMap((item) => item.tags))];
  const keywords = new Map<string, Keyword>();
  for (let i = 0; i < keywordIds.length; i += 500) for (const [id, keyword] of await findKeywords(scope, keywordIds.slice(i, i + 500))) keywords.set(id, keyword);
  const rows = indexed.flatMap((item) => entryRows(item, vocabularies, keywords));
  await scope.insertRows('search_entries', rows);
  const words = new Map<string, Set<string>>();
  for (const row of rows) {
    const set = words.get(row.language) ?? new Set<string>();
    for (const word of wordsOf(`${row.title}\n${row.tags}\n${row.content}`)) set.add(word);
    words.set(row.language, set);
  }
  for (const [language, set] of words) await repo.rememberWords(scope, language, [...set]);
  return rows;
}

export interface RebuildReport {
  /** Live items (not in the trash) of searchable types that were read. */
  items: number;
  /** Of those, the items with a published translation: those a search can now find. */
  indexedItems: number;
  /** Entries written: one per published translation. */
  entries: number;
  /** Entries the index held before; more than `entries` when stale ones were dropped. */
  entriesBefore: number;
  durationMs: number;
}

export interface RebuildOptions {
  /** Items read and indexed per transaction (250 by default). */
  batchSize?: number;
}

/**
 * Rebuilds a site's search index from its items: for rows written before the index existed,
 * after a crash, or after the analysis changed (ADR 0013). Items are read in id order,
 * `batchSize` per transaction; each transaction clears the entries of its range of ids and
 * writes those of the live items in it, so the index is never emptied as a whole and searches go
 * on meanwhile. A last statement drops entries whose item is gone, trashed or no longer
 * searchable. Running it again gives the same index.
 *
 * Concurrent saves keep the index right: on PostgreSQL each batch first locks its items' rows, in
 * id order (a save locks its item's row before it writes the entries, so the two wait for each
 * other rather than deadlock); on SQLite the batch's first statement is a write, so it holds the
 * database's write lock before it reads (a read first could see a state that another process's
 * commit then made stale, and the write would fail with SQLITE_BUSY_SNAPSHOT).
 *
 * @example
 *   const report = await rebuildSiteIndex(new SiteScope(db, site.id), services.vocabularies);
 *   // { items: 480, indexedItems: 452, entries: 901, entriesBefore: 0, durationMs: 2140 }
 */
export async function rebuildSiteIndex(scope: SiteScope, vocabularies: VocabularyIndex, options: RebuildOptions = {}): Promise<RebuildReport> {
  const batchSize = options.batchSize ?? 250;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`batchSize must be a positive integer, got ${batchSize}`);
  const started = performance.now();
  const searchable = contentTypes.filter((t) => t.channels.search).map((t) => t.name);
  const postgres = isPostgres(scope.db);
  const countEntries = async () => Number((await scope.selectFrom('search_entries').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const report: RebuildReport = { items: 0, indexedItems: 0, entries: 0, entriesBefore: await countEntries(), durationMs: 0 };

  let after = 0;
  for (;;) {
    const batch = await scope.transaction(async (trx) => {
      const nextIds = () =>
        trx.selectFrom('items').select('id').where('deleted_at', 'is', null).where('type', 'in', searchable).where('id', '>', after).orderBy('id').limit(batchSize);
      if (postgres) await nextIds().forUpdate().execute();
      // The range of this batch: past the last one, up to its last item.
      const last = trx.db.selectFrom(nextIds().as('b')).select((eb) => eb.fn.max('b.id').as('last'));
      await trx.deleteFrom('search_entries').where('item_id', '>', after).where('item_id', '<=', last).execute();
      const ids = (await nextIds().execute()).map((r) => r.id);
      const rows = await writeEntries(trx, await loadItems(trx, ids), vocabularies);
      return { ids, rows };
    });
    report.items += batch.ids.length;
    report.entries += batch.rows.length;
    report.indexedItems += new Set(batch.rows.map((r) => r.item_id)).size;
    if (batch.ids.length < batchSize) break;
    after = batch.ids[batch.ids.length - 1]!;
  }

  // Past the last live item, and any item that went while the batches ran.
  const live = scope.selectFrom('items').select('id').where('deleted_at', 'is', null).where('type', 'in', searchable);
  await scope.deleteFrom('search_entries').where('item_id', 'not in', live).execute();
  report.durationMs = Math.round(performance.now() - started);
  return report;
}

export interface SearchOptions {
  language: string;
  query: string;
  limit: number;
  offset: number;
  /** A content type's name (`news`): only that type. */
  type?: string;
  /** A GBF target's identifier (`GBF-TARGET-03`): only items tagged with it. */
  target?: string;
  /** The moment "published" is judged at; now by default. */
  now?: string;
}

export interface SearchHit {
  itemId: number;
  language: string;
  type: string;
  title: string;
  publishedAt: string | null;
  /** A short extract of the text around what matched, with it marked (the text's start when only the title or tags matched). */
  snippet: MarkedPart[];
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  facets: { types: repo.FacetCount[]; targets: repo.FacetCount[] };
  /** Set when nothing matched as typed and a corrected spelling did: the query that was run instead. */
  correctedQuery?: string;
}

/** The result of a search for nothing (the page before any words are typed). */
export const emptySearchResult = (): SearchResult => ({ hits: [], total: 0, facets: { types: [], targets: [] } });

/**
 * Published entries of the site in `language` that contain every word of the query (stemmed,
 * accent-insensitive, see ADR 0013), best first, with facet counts. When nothing matches, words
 * that the site's text does not contain are corrected to a near spelling that it does, and the
 * search runs again (`correctedQuery`).
 *
 * @example
 *   const { hits, total, facets } = await search(scope, { language: 'fr', query: 'forêts', limit: 12, offset: 0, type: 'news' });
 */
export async function search(scope: SiteScope, options: SearchOptions): Promise<SearchResult> {
  const terms = queryTerms(options.query);
  if (!terms.length) return emptySearchResult();
  const spec: repo.MatchSpec = { language: options.language, analyzer: analyzerFor(options.language), terms, type: options.type, target: options.target, now: options.now ?? nowIso() };
  const result = await run(scope, spec, options);
  if (result.total > 0 || spec.analyzer === 'cjk') return result;
  const corrected = await correctTerms(scope, spec.language, terms);
  if (!corrected) return result;
  const retry = await run(scope, { ...spec, terms: corrected }, options);
  return retry.total > 0 ? { ...retry, correctedQuery: corrected.join(' ') } : result;
}

async function run(scope: SiteScope, spec: repo.MatchSpec, options: SearchOptions): Promise<SearchResult> {
  const { groups, ids } = await repo.matchPage(scope, spec, options.limit, options.offset);
  const targetsOf = (group: repo.MatchGroup): string[] => group.targets.match(/GBF-TARGET-\d+/g) ?? [];
  // Each facet applies the other facet's filter but not its own: every link shown leads somewhere.
  const types = new Map<string, number>();
  const targets = new Map<string, number>();
  let total = 0;
  for (const group of groups) {
    const byType = !spec.type || group.type === spec.type;
    const byTarget = !spec.target || targetsOf(group).includes(spec.target);
    if (byTarget) types.set(group.type, (types.get(group.type) ?? 0) + group.count);
    if (byType) for (const target of targetsOf(group)) targets.set(target, (targets.get(target) ?? 0) + group.count);
    if (byType && byTarget) total += group.count;
  }
  const [rows, marked] = await Promise.all([repo.pageRows(scope, ids), repo.highlights(scope, spec, ids)]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const hits = ids.flatMap((id): SearchHit[] => {
    const row = byId.get(id);
    if (!row) return [];
    const h = marked.get(id);
    const snippet = h?.content !== undefined ? substringSnippet(h.content, spec.terms) : (h?.snippet ?? '');
    return [{ itemId: row.item_id, language: row.language, type: row.type, title: row.title, publishedAt: row.published_at, snippet: markedParts(snippet) }];
  });
  const counts = (map: Map<string, number>) => [...map].map(([value, count]) => ({ value, count }));
  return {
    hits,
    total,
    facets: {
      types: counts(types).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
      targets: counts(targets).sort((a, b) => a.value.localeCompare(b.value)),
    },
  };
}

/**
 * The query's terms with each one the site's text lacks replaced by the nearest word it has, if
 * one is within `allowedTypos`; undefined when nothing could be corrected.
 */
async function correctTerms(scope: SiteScope, language: string, terms: readonly string[]): Promise<string[] | undefined> {
  const candidates = terms.filter((t) => allowedTypos(t.length) > 0 && !isCjk(t));
  if (!candidates.length) return undefined;
  const known = await repo.knownWords(scope, language, candidates);
  let changed = false;
  const corrected: string[] = [];
  for (const term of terms) {
    const max = allowedTypos(term.length);
    if (max === 0 || known.has(term) || isCjk(term)) {
      corrected.push(term);
      continue;
    }
    const folded = foldWord(term);
    let best: { word: string; distance: number } | undefined;
    for (const word of await repo.similarWords(scope, language, term, max)) {
      const distance = editDistance(folded, foldWord(word), max);
      if (distance <= max && (!best || distance < best.distance)) best = { word, distance };
    }
    if (best && best.distance > 0) changed = true;
    corrected.push(best?.word ?? term);
  }
  return changed ? corrected : undefined;
}
