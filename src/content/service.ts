import { nowIso } from '../db/database.ts';
import type { SiteScope } from '../db/site-scope.ts';
import { ConflictError, type FieldProblem, NotFoundError, ReadOnlyItemError, ValidationError } from '../errors.ts';
import { indexItem } from '../search/service.ts';
import type { Site } from '../sites/site.ts';
import { findKeywords, isKeywordIdentifier } from '../vocabularies/keywords.ts';
import type { VocabularyIndex } from '../vocabularies/service.ts';
import type { ContentTypeDefinition } from './content-type.ts';
import type { Item, ItemInput, ItemOrigin, ItemView, TranslationStatus } from './item.ts';
import { mediaReferenceProblems, mediaReferencesOf } from './media-references.ts';
import { replaceItemMediaUsages } from '../media/usage.ts';
import { contentTypeByName } from './registry.ts';
import * as repo from './repo.ts';
import { type NormalisedItem, type NormalisedTranslation, validateItemInput } from './schema.ts';
import { checkSchedule, type StoredSchedule } from './scheduling.ts';

/** What every content operation needs: the site (through its scope) and who is acting. */
export interface ContentContext {
  scope: SiteScope;
  site: Site;
  vocabularies: VocabularyIndex;
  /** The acting user, or null for the system (seeds, scheduled jobs). */
  actorId: number | null;
}

export interface SaveOptions {
  /** Present to update an existing item. */
  itemId?: number;
  /** The version the editor started from; a save against a newer version is refused. */
  expectedVersion?: number;
  /** The current time (ISO-8601), injectable for tests; schedules are checked against it. */
  now?: string;
  /**
   * Set by the system that owns the item (the CBD sync): only it may create items of a type that
   * comes from elsewhere, or change an item it owns (ADR 0016). People's saves leave it unset.
   */
  origin?: ItemOrigin;
}

export function requireContentType(name: string): ContentTypeDefinition {
  const type = contentTypeByName(name);
  if (!type) throw new NotFoundError(`There is no content type "${name}"`, 'unknown_content_type');
  return type;
}

/**
 * Creates or updates an item, keeping a revision of every save. Two editors saving the same item:
 * the second save names an older `expectedVersion` and gets a conflict, not a silent overwrite.
 */
export async function saveItem(context: ContentContext, input: ItemInput, options: SaveOptions = {}): Promise<Item> {
  const type = requireContentType(input.type);
  if (options.itemId === undefined && type.origin && options.origin !== type.origin) {
    throw new ReadOnlyItemError(`${type.name} items come from the CBD's central systems through the CBD sync; they cannot be written here`);
  }
  const keywords = await findKeywords(context.scope, input.tags ?? []);
  const now = options.now ?? nowIso();
  const schedules = await checkSchedules(context.scope, input, options.itemId, now);
  const valid = withScheduleProblems(schedules.problems, () =>
    validateItemInput(input, {
      type,
      languages: context.site.languages,
      defaultLanguage: context.site.defaultLanguage,
      isKnownTag: (tag) => context.vocabularies.has(tag) || keywords.has(tag),
    }),
  );
  const media = mediaReferencesOf(type, valid);
  const mediaProblems = await mediaReferenceProblems(context.scope, media);
  if (mediaProblems.length) throw new ValidationError(`The ${type.name} item points at media it cannot use: ${describe(mediaProblems)}`, mediaProblems);
  return context.scope.transaction(async (scope) => {
    const previous = options.itemId !== undefined ? await repo.findItem(scope, options.itemId) : undefined;
    if (options.itemId !== undefined && !previous) throw new NotFoundError(`There is no item ${options.itemId} on this site`, 'item_not_found');
    if (previous && previous.type !== type.name) throw new ConflictError(`Item ${previous.id} is a ${previous.type}, not a ${type.name}`, 'item_type_mismatch');
    if (previous && previous.origin !== (options.origin ?? null)) throw readOnly(previous);
    if (previous && options.expectedVersion !== undefined && options.expectedVersion !== previous.version) {
      throw new ConflictError(
        `Item ${previous.id} was changed by someone else since you opened it (version ${previous.version}, yours ${options.expectedVersion}). Reload it to see their changes.`,
        'edit_conflict',
      );
    }
    const row = itemRow(type, valid, now);
    let id: number;
    let version: number;
    if (previous) {
      id = previous.id;
      version = previous.version + 1;
      const result = await scope.updateTable('items').set({ ...row, version }).where('id', '=', id).where('version', '=', previous.version).executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) throw new ConflictError(`Item ${id} was changed by someone else while you saved`, 'edit_conflict');
    } else {
      version = 1;
      const inserted = await scope
        .insertInto('items', { ...row, author_id: context.actorId, version, created_at: now, origin: options.origin ?? null })
        .returning('id')
        .executeTakeFirstOrThrow();
      id = inserted.id;
    }

    for (const [language, t] of valid.translations) {
      const slug = await uniqueSlug(scope, type.name, language, t.slug, id);
      const existing = previous?.translations.find((p) => p.language === language);
      const publishedAt = t.publishedAt !== undefined ? t.publishedAt : t.status === 'published' ? (existing?.publishedAt ?? now) : (existing?.publishedAt ?? null);
      const values = { ...translationRow(t, slug, publishedAt, now), ...scheduleColumns(schedules.byLanguage.get(language), t.status) };
      if (existing) await scope.updateTable('item_translations').set(values).where('item_id', '=', id).where('language', '=', language).execute();
      else await scope.insertInto('item_translations', { ...values, item_id: id, type: type.name, language, created_at: now }).execute();
    }

    await scope.deleteFrom('item_tags').where('item_id', '=', id).execute();
    if (valid.tags.length) {
      await scope.insertInto('item_tags', valid.tags.map((term) => ({ item_id: id, term, vocabulary: context.vocabularies.get(term)?.vocabulary ?? 'keywords' }))).execute();
    }

    await replaceItemMediaUsages(scope, id, media);

    const saved = (await repo.findItem(scope, id))!;
    await recordVersion(scope, context, { before: previous, after: saved, version, now });
    return saved;
  });
}

/** The item as a save input that changes nothing: the starting point of a status change. */
export function itemToInput(item: Item): ItemInput {
  return {
    type: item.type,
    fields: item.fields,
    promoted: item.promoted,
    sticky: item.sticky,
    sortOrder: item.sortOrder,
    point: item.point,
    tags: item.tags,
    translations: Object.fromEntries(
      item.translations.map((t) => [
        t.language,
        // An unset publication date stays unset, so that a translation published now gets "now".
        { title: t.title, slug: t.slug, summary: t.summary, body: t.body, fields: t.fields, status: t.status, publishedAt: t.publishedAt ?? undefined },
      ]),
    ),
  };
}

/** Every change of an item, whatever made it: a revision (who, what changed, a snapshot) and the search index in step. */
async function recordVersion(scope: SiteScope, context: ContentContext, change: { before: Item | undefined; after: Item; version: number; now: string; note?: string | null }) {
  await scope
    .insertInto('item_revisions', {
      item_id: change.after.id,
      version: change.version,
      user_id: context.actorId,
      created_at: change.now,
      changes: JSON.stringify(changedPaths(change.before, change.after)),
      snapshot: JSON.stringify(snapshotOf(change.after)),
      note: change.note ?? null,
    })
    .execute();
  await indexItem(scope, change.after, context.vocabularies);
}

/**
 * Checks the schedules a save gives, against the stored ones. The stored item is read before the
 * save's transaction: it only decides whether an unchanged past schedule is tolerated, and the
 * save itself is still guarded by the item's version.
 */
async function checkSchedules(scope: SiteScope, input: ItemInput, itemId: number | undefined, now: string) {
  const problems: FieldProblem[] = [];
  const byLanguage = new Map<string, StoredSchedule>();
  const scheduled = Object.entries(input.translations ?? {}).filter(([, t]) => t.schedule !== undefined);
  if (!scheduled.length) return { problems, byLanguage };
  const stored = itemId !== undefined ? await repo.findItem(scope, itemId) : undefined;
  for (const [language, t] of scheduled) {
    const current = stored?.translations.find((x) => x.language === language);
    byLanguage.set(language, checkSchedule(t.schedule!, t.status ?? 'published', current, now, `translations.${language}`, problems));
  }
  return { problems, byLanguage };
}

/** Runs the item's validation and reports its problems and the schedules' together, as one form. */
function withScheduleProblems<T>(problems: FieldProblem[], validate: () => T): T {
  let valid: T;
  try {
    valid = validate();
  } catch (error) {
    if (error instanceof ValidationError && problems.length) throw new ValidationError(`${error.message}; ${describe(problems)}`, [...error.details, ...problems]);
    throw error;
  }
  if (problems.length) throw new ValidationError(`The schedule is not valid: ${describe(problems)}`, problems);
  return valid;
}

function readOnly(item: Item): ReadOnlyItemError {
  return new ReadOnlyItemError(`Item ${item.id} is a record of the CBD's central systems, kept in step by the CBD sync: change it at the source`);
}

const describe = (problems: FieldProblem[]) => problems.map((p) => `${p.path}: ${p.message}`).join('; ');

/** The schedule columns a save writes: the checked schedule, or none left over once published by hand. */
function scheduleColumns(schedule: StoredSchedule | undefined, status: TranslationStatus) {
  if (schedule) return { publish_at: schedule.publishAt, unpublish_at: schedule.unpublishAt, schedule_zone: schedule.zone };
  return status === 'published' || status === 'archived' ? { publish_at: null } : {};
}

export interface StatusTransition {
  itemId: number;
  language: string;
  to: TranslationStatus;
  /** The statuses the translation may be in; in any other (someone got there first) nothing happens. */
  from: readonly TranslationStatus[];
  /** For the scheduled job: only when this schedule is due at `now`. */
  due?: 'publish' | 'unpublish';
  /** The version the actor saw; a transition on a newer one is refused as a conflict. */
  expectedVersion?: number;
  /** Kept with the revision: an editor's comment when sending a translation back. */
  note?: string | null;
  now?: string;
}

/**
 * Moves one translation to another status without touching its text: a scheduled publication or
 * unpublication, or an editor sending a translation back. Like a save it bumps the item's version,
 * keeps a revision (with the note) and updates the search index. The update is conditional on the
 * status (and, for the job, on the schedule being due), so when two processes race only one
 * transition happens; the other gets `null`. Audit and email follow through
 * `announceWorkflowChange`, as for a save from the form.
 */
export async function transitionTranslation(context: ContentContext, transition: StatusTransition): Promise<{ before: Item; after: Item } | null> {
  const now = transition.now ?? nowIso();
  return context.scope.transaction(async (scope) => {
    const before = await repo.findItem(scope, transition.itemId);
    if (!before) throw new NotFoundError(`There is no item ${transition.itemId} on this site`, 'item_not_found');
    if (before.origin) throw readOnly(before);
    if (transition.expectedVersion !== undefined && transition.expectedVersion !== before.version) {
      throw new ConflictError(`Item ${before.id} was changed by someone else since you opened it`, 'edit_conflict');
    }
    const current = before.translations.find((t) => t.language === transition.language);
    if (!current) throw new NotFoundError(`Item ${before.id} has no ${transition.language} translation`, 'translation_not_found');
    const publishing = transition.to === 'published';
    const result = await scope
      .updateTable('item_translations')
      .set({
        status: transition.to,
        // A scheduled publication is dated when it was meant to happen, not when the job ran.
        published_at: publishing ? (current.publishedAt ?? (transition.due === 'publish' ? current.publishAt : null) ?? now) : current.publishedAt,
        // Whatever happens, a schedule that led here or no longer applies is used up.
        publish_at: null,
        ...(publishing ? {} : { unpublish_at: null }),
        updated_at: now,
      })
      .where('item_id', '=', before.id)
      .where('language', '=', transition.language)
      .where('status', 'in', transition.from)
      .$if(transition.due === 'publish', (qb) => qb.where('publish_at', '<=', now))
      .$if(transition.due === 'unpublish', (qb) => qb.where('unpublish_at', '<=', now))
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return null;
    const version = before.version + 1;
    const bumped = await scope.updateTable('items').set({ version, updated_at: now }).where('id', '=', before.id).where('version', '=', before.version).executeTakeFirst();
    if (Number(bumped.numUpdatedRows) !== 1) throw new ConflictError(`Item ${before.id} was changed by someone else meanwhile`, 'edit_conflict');
    const after = (await repo.findItem(scope, before.id))!;
    await recordVersion(scope, context, { before, after, version, now, note: transition.note });
    return { before, after };
  });
}

export const maxReviewComment = 2000;

/**
 * An editor sends a translation in review back to draft, with a comment for its author (kept as the
 * revision's note). The comment is required: the author must learn what to change.
 */
export async function sendBackTranslation(
  context: ContentContext,
  request: { itemId: number; language: string; comment: string; expectedVersion?: number },
): Promise<{ before: Item; after: Item } | null> {
  const comment = request.comment.trim();
  if (!comment) throw new ValidationError('A comment for the author is required', [{ path: 'comment', message: 'This field is required', code: 'required' }]);
  if (comment.length > maxReviewComment) {
    throw new ValidationError('The comment is too long', [{ path: 'comment', message: `At most ${maxReviewComment} characters`, code: 'tooLong', params: { max: maxReviewComment } }]);
  }
  return transitionTranslation(context, { itemId: request.itemId, language: request.language, to: 'draft', from: ['review'], expectedVersion: request.expectedVersion, note: comment });
}

/**
 * The comment an editor gave when sending this translation back, while it still stands: only when
 * no later revision changed the translation's status.
 */
export async function standingReviewNote(scope: SiteScope, itemId: number, language: string): Promise<{ note: string; userId: number | null; createdAt: string } | undefined> {
  const rows = await scope.selectFrom('item_revisions').select(['changes', 'note', 'user_id', 'created_at']).where('item_id', '=', itemId).orderBy('version', 'desc').limit(50).execute();
  const lastStatusChange = rows.find((r) => (JSON.parse(r.changes) as string[]).includes(`translations.${language}.status`));
  return lastStatusChange?.note ? { note: lastStatusChange.note, userId: lastStatusChange.user_id, createdAt: lastStatusChange.created_at } : undefined;
}

/** The columns of `item_translations` a save writes for a validated translation (schedules apart). */
export function translationRow(t: NormalisedTranslation, slug: string, publishedAt: string | null, now: string) {
  return { title: t.title, slug, summary: t.summary, body: t.body, data: JSON.stringify(t.fields), status: t.status, published_at: publishedAt, updated_at: now };
}

/** The columns of `items` a save writes, from the validated item. */
export function itemRow(type: ContentTypeDefinition, valid: NormalisedItem, now: string) {
  const range = dateRange(type, valid);
  return {
    type: type.name,
    data: JSON.stringify(valid.fields),
    promoted: valid.promoted ? 1 : 0,
    sticky: valid.sticky ? 1 : 0,
    sort_order: valid.sortOrder,
    geo_lat: valid.point?.lat ?? null,
    geo_lng: valid.point?.lng ?? null,
    starts_at: range.start,
    ends_at: range.end,
    updated_at: now,
  };
}

/** The item's date range (events, projects) as instants, for sorting and filters. */
function dateRange(type: ContentTypeDefinition, item: NormalisedItem): { start: string | null; end: string | null } {
  if (!type.dateRange) return { start: null, end: null };
  const toInstant = (value: unknown, endOfDay: boolean): string | null => {
    if (!value) return null;
    if (typeof value === 'string') return `${value}T${endOfDay ? '23:59:59.999' : '00:00:00.000'}Z`;
    return (value as { at: string }).at;
  };
  const start = toInstant(item.fields[type.dateRange.start], false);
  return { start, end: toInstant(item.fields[type.dateRange.end], true) ?? start };
}

/** `wanted`, or `wanted-2`, `wanted-3`… when another item of the type already has it in `language`. */
export async function uniqueSlug(scope: SiteScope, type: string, language: string, wanted: string, itemId: number): Promise<string> {
  let candidate = wanted;
  for (let n = 2; await repo.slugTaken(scope, type, language, candidate, itemId); n++) candidate = `${wanted}-${n}`;
  return candidate;
}

/** What a revision keeps of an item. */
export function snapshotOf(item: Item): Omit<Item, 'version' | 'createdAt' | 'updatedAt'> {
  // Copied key by key, not by rest and spread: an import takes a snapshot of every item it
  // creates, and on Node 20 a spread with properties after it costs several times as much.
  const snapshot: Record<string, unknown> = {};
  for (const key in item) if (key !== 'version' && key !== 'createdAt' && key !== 'updatedAt') snapshot[key] = item[key as keyof Item];
  snapshot.translations = item.translations.map((t) => {
    const copy: Record<string, unknown> = {};
    for (const key in t) if (key !== 'updatedAt') copy[key] = t[key as keyof typeof t];
    copy.updatedAt = '';
    return copy;
  });
  return snapshot as Omit<Item, 'version' | 'createdAt' | 'updatedAt'>;
}

/** The paths a save changed, for the revision history ("translations.fr.title", "fields.start"). */
export function changedPaths(before: Item | undefined, after: Item): string[] {
  if (!before) return ['created'];
  const changes: string[] = [];
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const key of new Set([...Object.keys(before.fields), ...Object.keys(after.fields)])) {
    if (!same(before.fields[key], after.fields[key])) changes.push(`fields.${key}`);
  }
  for (const key of ['promoted', 'sticky', 'sortOrder', 'point', 'tags'] as const) {
    if (!same(before[key], after[key])) changes.push(key);
  }
  for (const t of after.translations) {
    const old = before.translations.find((p) => p.language === t.language);
    if (!old) {
      changes.push(`translations.${t.language}`);
      continue;
    }
    for (const key of ['title', 'slug', 'summary', 'body', 'fields', 'status', 'publishedAt', 'publishAt', 'unpublishAt'] as const) {
      if (!same(old[key], t[key])) changes.push(`translations.${t.language}.${key}`);
    }
  }
  return changes;
}

/**
 * The published item a public URL names, in the page language, or in the site's default language
 * with `isFallback` when the page language has none. Undefined when there is nothing to show.
 */
export async function findPublishedItem(
  scope: SiteScope,
  site: Site,
  typeName: string,
  slug: string,
  language: string,
  now = nowIso(),
): Promise<ItemView | undefined> {
  const item = await repo.findItemBySlug(scope, typeName, slug, language);
  if (!item) return undefined;
  return chooseTranslation(item, site, language, now);
}

export async function findPublishedItemById(scope: SiteScope, site: Site, id: number, language: string, now = nowIso()): Promise<ItemView | undefined> {
  const item = await repo.findItem(scope, id);
  return item ? chooseTranslation(item, site, language, now) : undefined;
}

/** Published views of several items at once (one batch of queries), in the order of `ids`. */
export async function findPublishedItemsById(scope: SiteScope, site: Site, ids: readonly number[], language: string, now = nowIso()): Promise<ItemView[]> {
  const items = await repo.loadItems(scope, ids);
  return items.map((item) => chooseTranslation(item, site, language, now)).filter((view): view is ItemView => view !== undefined);
}

export function isLive(t: { status: string; publishedAt: string | null }, now: string): boolean {
  return t.status === 'published' && t.publishedAt !== null && t.publishedAt <= now;
}

function chooseTranslation(item: Item, site: Site, language: string, now: string): ItemView | undefined {
  const own = item.translations.find((t) => t.language === language && isLive(t, now));
  if (own) return { item, translation: own, isFallback: false, requestedLanguage: language };
  const fallback =
    item.translations.find((t) => t.language === site.defaultLanguage && isLive(t, now)) ?? item.translations.find((t) => isLive(t, now));
  return fallback ? { item, translation: fallback, isFallback: true, requestedLanguage: language } : undefined;
}

export interface Listing {
  views: ItemView[];
  total: number;
}

/** A page of published items for a public listing, feed or API call. */
export async function listPublishedItems(
  scope: SiteScope,
  site: Site,
  query: Omit<repo.ListingQuery, 'fallbackLanguage' | 'now' | 'sort'> & { sort?: repo.ListingQuery['sort']; now?: string },
): Promise<Listing> {
  const now = query.now ?? nowIso();
  const sort = query.sort ?? (query.type ? requireContentType(query.type).defaultSort : 'newest');
  const { rows, total } = await repo.listPublished(scope, { ...query, sort, now, fallbackLanguage: site.defaultLanguage });
  const items = await repo.loadItems(
    scope,
    rows.map((r) => r.itemId),
  );
  // Matched by id: an item deleted between the two queries drops out without shifting the others.
  const byId = new Map(items.map((item) => [item.id, item]));
  const views = rows.flatMap((row) => {
    const item = byId.get(row.itemId);
    const translation = item?.translations.find((t) => t.language === row.language);
    return item && translation ? [{ item, translation, isFallback: translation.language !== query.language, requestedLanguage: query.language }] : [];
  });
  return { views, total };
}

/** The GBF-target and year counts of a listing (`repo.listingFacets`), over what the listing shows. */
export function listPublishedFacets(
  scope: SiteScope,
  site: Site,
  query: Omit<repo.ListingQuery, 'fallbackLanguage' | 'now' | 'sort' | 'limit' | 'offset'> & { now?: string },
): Promise<repo.ListingFacets> {
  return repo.listingFacets(scope, { ...query, now: query.now ?? nowIso(), fallbackLanguage: site.defaultLanguage });
}

export { countPublishedByType, countItems, loadItems } from './repo.ts';

export interface RevisionSummary {
  version: number;
  userId: number | null;
  createdAt: string;
  changes: string[];
}

export async function listRevisions(scope: SiteScope, itemId: number): Promise<RevisionSummary[]> {
  const rows = await scope.selectFrom('item_revisions').select(['version', 'user_id', 'created_at', 'changes']).where('item_id', '=', itemId).orderBy('version', 'desc').execute();
  return rows.map((r) => ({ version: r.version, userId: r.user_id, createdAt: r.created_at, changes: JSON.parse(r.changes) }));
}

/** The item as it was saved at `version` (its snapshot), or undefined. */
export async function revisionSnapshot(scope: SiteScope, itemId: number, version: number): Promise<Item | undefined> {
  const row = await scope.selectFrom('item_revisions').select(['snapshot', 'created_at']).where('item_id', '=', itemId).where('version', '=', version).executeTakeFirst();
  if (!row) return undefined;
  // Snapshots older than ADR 0016 have no origin: the item was the site's own.
  const snapshot = JSON.parse(row.snapshot) as Omit<Item, 'version' | 'createdAt' | 'updatedAt'>;
  return { ...snapshot, origin: snapshot.origin ?? null, version, createdAt: row.created_at, updatedAt: row.created_at };
}

/**
 * Brings back the content of an earlier revision as a new save (history is never rewritten).
 * Workflow state is not restored: each translation keeps its current status, and a translation
 * that exists only in the old revision comes back as a draft.
 */
export async function restoreRevision(context: ContentContext, itemId: number, version: number, expectedVersion: number): Promise<Item> {
  const current = await repo.findItem(context.scope, itemId);
  if (!current) throw new NotFoundError(`There is no item ${itemId} on this site`, 'item_not_found');
  const old = await revisionSnapshot(context.scope, itemId, version);
  if (!old) throw new NotFoundError(`Item ${itemId} has no revision ${version}`, 'revision_not_found');
  return saveItem(
    context,
    {
      type: current.type,
      fields: old.fields,
      promoted: old.promoted,
      sticky: old.sticky,
      sortOrder: old.sortOrder,
      point: old.point,
      tags: old.tags.filter((tag) => context.vocabularies.has(tag) || isKeywordIdentifier(tag)),
      translations: Object.fromEntries(
        old.translations
          .filter((t) => context.site.languages.includes(t.language))
          .map((t) => {
            const now = current.translations.find((c) => c.language === t.language);
            return [t.language, { title: t.title, slug: t.slug, summary: t.summary, body: t.body, fields: t.fields, status: now?.status ?? 'draft', publishedAt: now?.publishedAt ?? null }];
          }),
      ),
    },
    { itemId, expectedVersion },
  );
}
