/**
 * Exports a site's published items as CBD records (`shapes.ts`), through the pure mapping of
 * `mapping.ts`: one item for the read API, or the whole site for `ecotone export cbd`. Every record
 * is checked against its shape before it leaves; an item that cannot be exported is listed with
 * the reasons, never dropped in silence.
 */
import { contentTypeByName } from '../../../content/registry.ts';
import type { Item } from '../../../content/item.ts';
import { findPublishedItemById, listPublishedItems } from '../../../content/service.ts';
import { nowIso } from '../../../db/database.ts';
import type { SiteScope } from '../../../db/site-scope.ts';
import { AppError, type FieldProblem, NotFoundError } from '../../../errors.ts';
import { loadMediaEntries } from '../../../media/presenter.ts';
import { mediaUrl } from '../../../media/urls.ts';
import type { Site } from '../../../sites/site.ts';
import { findKeywords, isKeywordIdentifier } from '../../../vocabularies/keywords.ts';
import type { VocabularyIndex } from '../../../vocabularies/service.ts';
import { type ExportContext, type ExportProblem, mapItem, type MappingResult, organizationDirectory, shapeForType } from './mapping.ts';
import { type CbdRecord, type CbdSchemaName, shapeProblems } from './shapes.ts';

export interface ExportOptions {
  vocabularies: VocabularyIndex;
  /** The site's public origin for absolute links (`siteOrigin(request, site)`, or its primary domain). */
  origin: string;
  /** Translations published after this instant do not count (default: now). */
  now?: string;
}

export interface ExportedRecord {
  itemId: number;
  type: string;
  schema: CbdSchemaName;
  record: CbdRecord;
}

export interface SkippedItem {
  itemId: number;
  type: string;
  /** Every problem in one sentence, for people. */
  reason: string;
  /** The same, field by field (CBD field names). */
  problems: ExportProblem[];
}

export interface SiteExport {
  records: ExportedRecord[];
  skipped: SkippedItem[];
}

/** An item that is published but has no CBD record, or lacks what its record requires (422, with the reasons as details). */
export class RecordNotExportableError extends AppError {
  constructor(message: string, details: readonly FieldProblem[]) {
    super('cbd_record_not_exportable', 422, message, { details });
  }
}

const pageSize = 500;

/**
 * Every item with at least one live translation, by id. Listed once per language: a listing shows
 * an item in its own language or the default one, so an item published only in another language
 * appears in that language's listing.
 */
async function loadPublishedItems(scope: SiteScope, site: Site, now: string, types?: readonly string[]): Promise<Item[]> {
  const items = new Map<number, Item>();
  for (const language of site.languages) {
    for (let offset = 0; ; offset += pageSize) {
      const { views } = await listPublishedItems(scope, site, { language, types, limit: pageSize, offset, sort: 'newest', now, countTotal: false });
      for (const view of views) items.set(view.item.id, view.item);
      if (views.length < pageSize) break;
    }
  }
  return [...items.values()].sort((a, b) => a.id - b.id);
}

/** What the mapping needs besides the items: keywords, the files' addresses, the site's organizations. */
async function exportContext(scope: SiteScope, site: Site, items: readonly Item[], organizations: readonly Item[], options: ExportOptions, now: string): Promise<ExportContext> {
  const mediaIds = items.flatMap((item) => [
    item.fields.leadImage,
    ...item.translations.flatMap((t) => (Array.isArray(t.fields.attachments) ? t.fields.attachments : [])),
  ]).filter((id): id is number => typeof id === 'number');
  const [media, keywords] = await Promise.all([
    loadMediaEntries(scope, mediaIds),
    findKeywords(scope, [...new Set(items.flatMap((item) => item.tags.filter(isKeywordIdentifier)))]),
  ]);
  const base: ExportContext = {
    site,
    vocabularies: options.vocabularies,
    keywords,
    origin: options.origin.replace(/\/+$/, ''),
    media: (id) => {
      const entry = media.get(id);
      return entry ? { url: options.origin.replace(/\/+$/, '') + mediaUrl(entry.file), name: entry.file.filename } : undefined;
    },
    organizations: { find: () => undefined },
    now,
  };
  // Organizations first: the records that name one refer to it only if its own record can go too.
  const mapped = organizations.map((item) => ({ item, result: checked(item, base) }));
  return { ...base, organizations: organizationDirectory(mapped, base) };
}

/** The mapping, then the record against its shape: a value the CBD would refuse (an odd email) is a reason, not a record. */
function checked(item: Item, context: ExportContext): MappingResult {
  const type = contentTypeByName(item.type);
  if (!type) return { ok: false, schema: null, problems: [{ path: '', message: `the content type "${item.type}" is unknown` }] };
  const result = mapItem(item, type, context);
  if (!result.ok) return result;
  const problems = shapeProblems(result.schema, result.record);
  return problems.length ? { ok: false, schema: result.schema, problems: problems.map((p) => ({ path: p.path.slice(1).replace(/\//g, '.'), message: `not accepted: ${p.message}` })) } : result;
}

export const describeProblems = (problems: readonly ExportProblem[]) => problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; ');

/**
 * The CBD record of one published item of the site.
 * Throws `NotFoundError` (404) when the site has no published item with this id, and
 * `RecordNotExportableError` (422, reasons as details) when its type has no record or it lacks what the record requires.
 */
export async function exportItemRecord(scope: SiteScope, site: Site, itemId: number, options: ExportOptions): Promise<ExportedRecord> {
  const now = options.now ?? nowIso();
  const view = await findPublishedItemById(scope, site, itemId, site.defaultLanguage, now);
  if (!view) throw new NotFoundError(`There is no published item ${itemId} on this site`, 'item_not_found');
  const { item } = view;
  const schema = shapeForType(item.type);
  const needsOrganizations = schema === 'resource' || schema === 'contact';
  const organizations = needsOrganizations ? await loadPublishedItems(scope, site, now, ['organization']) : [];
  const context = await exportContext(scope, site, [item], organizations, options, now);
  const result = checked(item, context);
  if (!result.ok) {
    throw new RecordNotExportableError(`Item ${item.id} (${item.type}) cannot be exported as a CBD record: ${describeProblems(result.problems)}`, result.problems);
  }
  return { itemId: item.id, type: item.type, schema: result.schema, record: result.record };
}

/** The CBD records of every published item of the site, and the items that cannot be exported with why. Ordered by item id. */
export async function exportSiteRecords(scope: SiteScope, site: Site, options: ExportOptions): Promise<SiteExport> {
  const now = options.now ?? nowIso();
  const items = await loadPublishedItems(scope, site, now);
  const context = await exportContext(scope, site, items, items.filter((item) => item.type === 'organization'), options, now);
  const result: SiteExport = { records: [], skipped: [] };
  for (const item of items) {
    const mapped = checked(item, context);
    if (mapped.ok) result.records.push({ itemId: item.id, type: item.type, schema: mapped.schema, record: mapped.record });
    else result.skipped.push({ itemId: item.id, type: item.type, reason: describeProblems(mapped.problems), problems: mapped.problems });
  }
  return result;
}
