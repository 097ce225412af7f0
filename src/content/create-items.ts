import { nowIso } from '../db/database.ts';
import type { SiteScope } from '../db/site-scope.ts';
import { ReadOnlyItemError, ValidationError } from '../errors.ts';
import { findMediaKinds } from '../media/repo.ts';
import type { MediaReference } from '../media/usage.ts';
import { indexItems } from '../search/service.ts';
import { findKeywords } from '../vocabularies/keywords.ts';
import type { Item, ItemInput } from './item.ts';
import { type LocatedMediaReference, mediaReferencesOf } from './media-references.ts';
import { type ContentContext, itemRow, requireContentType, snapshotOf, translationRow, uniqueSlug } from './service.ts';
import { type NormalisedItem, validateItemInput } from './schema.ts';

/**
 * Many new items at once, for importers: the same validation, slugs, tags, media uses, first
 * revision and search entries as `saveItem` gives each, written with a few statements per batch
 * instead of a dozen per item (a 20,000-object PTK site is mostly this). Items are validated one
 * by one: one that fails is returned with its error and the others are written. Schedules are
 * not taken here (`saveItem` checks them against the stored item); nor are updates.
 */
export interface NewItem {
  input: ItemInput;
  /** Who wrote it (the item's author and its first revision's). */
  authorId: number | null;
}

export type CreatedItem = { item: Item } | { error: ValidationError };

export async function createItems(context: ContentContext, entries: readonly NewItem[], options: { now?: string } = {}): Promise<CreatedItem[]> {
  const now = options.now ?? nowIso();
  for (const { input } of entries) {
    const type = requireContentType(input.type);
    if (type.origin) throw new ReadOnlyItemError(`${type.name} items come from the CBD's central systems through the CBD sync; they cannot be written here`);
  }
  const results: CreatedItem[] = new Array(entries.length);
  const { accepted: writable, refused } = await validateBatch(context, entries.map((e) => e.input), 'createItems');
  for (const [index, error] of refused) results[index] = { error };

  await context.scope.transaction(async (scope) => {
    const slugs = await slugPlanner(scope, writable.flatMap(({ index, valid }) => [...valid.translations].map(([language, t]) => ({ type: entries[index]!.input.type, language, slug: t.slug }))));
    const items: Item[] = [];
    const translationRows = [];
    const tagRows = [];
    const usageRows = [];
    const revisionRows = [];
    const ids = await scope.insertRowsReturningIds(
      'items',
      writable.map(({ index, valid }) => Object.assign(itemRow(requireContentType(entries[index]!.input.type), valid, now), { author_id: entries[index]!.authorId, version: 1, created_at: now, origin: null })),
    );
    for (const [position, { index, valid, media }] of writable.entries()) {
      const { input, authorId } = entries[index]!;
      const type = requireContentType(input.type);
      const id = ids[position]!;
      const translations: Item['translations'] = [];
      for (const [language, t] of valid.translations) {
        const slug = await slugs.take(type.name, language, t.slug, id);
        const publishedAt = t.publishedAt !== undefined ? t.publishedAt : t.status === 'published' ? now : null;
        translationRows.push(Object.assign(translationRow(t, slug, publishedAt, now), { item_id: id, type: type.name, language, publish_at: null, unpublish_at: null, schedule_zone: null, created_at: now }));
        translations.push({ language, title: t.title, slug, summary: t.summary, body: t.body, fields: t.fields, status: t.status, publishedAt, publishAt: null, unpublishAt: null, scheduleZone: null, updatedAt: now });
      }
      for (const term of valid.tags) tagRows.push({ item_id: id, term, vocabulary: context.vocabularies.get(term)?.vocabulary ?? 'keywords' });
      const uses = new Map<string, MediaReference>();
      for (const ref of media) uses.set(`${ref.mediaId}|${ref.language ?? ''}|${ref.field}`, ref);
      for (const ref of uses.values()) usageRows.push({ media_id: ref.mediaId, item_id: id, language: ref.language, field: ref.field });
      const item: Item = {
        id,
        siteId: context.site.id,
        type: type.name,
        authorId,
        fields: valid.fields,
        promoted: valid.promoted,
        sticky: valid.sticky,
        sortOrder: valid.sortOrder,
        point: valid.point,
        tags: valid.tags,
        version: 1,
        origin: null,
        createdAt: now,
        updatedAt: now,
        translations,
      };
      revisionRows.push({ item_id: id, version: 1, user_id: authorId, created_at: now, changes: JSON.stringify(['created']), snapshot: JSON.stringify(snapshotOf(item)), note: null });
      items.push(item);
      results[index] = { item };
    }
    await scope.insertRows('item_translations', translationRows);
    await scope.insertRows('item_tags', tagRows);
    await scope.insertRows('media_usages', usageRows);
    await scope.insertRows('item_revisions', revisionRows);
    await indexItems(scope, items, context.vocabularies, { created: true });
  });
  return results;
}

/** An input of a batch that passed validation: what it normalised to, and the files it uses. */
export interface AcceptedInput {
  index: number;
  valid: NormalisedItem;
  media: LocatedMediaReference[];
}

/**
 * A batch's inputs checked as `saveItem` checks one: validated (tags against the vocabularies and
 * the site's keywords, read once for the batch), then every file they use read once, so that a
 * missing one, or a document where an image is wanted, refuses that input. `writer` names the
 * caller in the error for a schedule, which batches do not take.
 */
export async function validateBatch(context: ContentContext, inputs: readonly ItemInput[], writer: string): Promise<{ accepted: AcceptedInput[]; refused: Map<number, ValidationError> }> {
  const keywords = await findKeywords(context.scope, [...new Set(inputs.flatMap((input) => input.tags ?? []))]);
  const refused = new Map<number, ValidationError>();
  const valid: AcceptedInput[] = [];
  for (const [index, input] of inputs.entries()) {
    const type = requireContentType(input.type);
    if (Object.values(input.translations).some((t) => t.schedule)) throw new Error(`${writer} takes no schedules: save scheduled items with saveItem`);
    try {
      const normalised = validateItemInput(input, {
        type,
        languages: context.site.languages,
        defaultLanguage: context.site.defaultLanguage,
        isKnownTag: (tag) => context.vocabularies.has(tag) || keywords.has(tag),
      });
      valid.push({ index, valid: normalised, media: mediaReferencesOf(type, normalised) });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      refused.set(index, error);
    }
  }
  const kinds = await findMediaKinds(context.scope, [...new Set(valid.flatMap((a) => a.media.map((m) => m.mediaId)))]);
  const accepted = valid.filter(({ index, media }) => {
    const problems = media.flatMap((ref) => {
      const kind = kinds.get(ref.mediaId);
      if (!kind) return [{ path: ref.path, message: `Media file ${ref.mediaId} is not in this site's library`, code: 'mediaUnknown', params: { id: ref.mediaId } }];
      if (ref.mustBeImage && kind !== 'image') return [{ path: ref.path, message: `Media file ${ref.mediaId} is not an image`, code: 'mediaNotImage', params: { id: ref.mediaId } }];
      return [];
    });
    if (problems.length) refused.set(index, new ValidationError(`The ${inputs[index]!.type} item points at media it cannot use: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`, problems));
    return !problems.length;
  });
  return { accepted, refused };
}

/**
 * Unique slugs for a batch: the slugs it wants are looked up together; one already taken (in the
 * site, by another item, or earlier in the batch) gets the next free suffix, as `uniqueSlug`
 * gives a single save. An item keeps a slug it already has.
 */
export async function slugPlanner(scope: SiteScope, wanted: readonly { type: string; language: string; slug: string }[]) {
  /** Slug → the item holding it. */
  const holders = new Map<string, number>();
  const key = (type: string, language: string, slug: string) => `${type}\u0000${language}\u0000${slug}`;
  const groups = new Map<string, { type: string; language: string; slugs: string[] }>();
  for (const w of wanted) {
    const group = groups.get(`${w.type}\u0000${w.language}`) ?? { type: w.type, language: w.language, slugs: [] };
    group.slugs.push(w.slug);
    groups.set(`${w.type}\u0000${w.language}`, group);
  }
  for (const group of groups.values()) {
    for (let i = 0; i < group.slugs.length; i += 500) {
      const rows = await scope.selectFrom('item_translations').select(['slug', 'item_id']).where('type', '=', group.type).where('language', '=', group.language).where('slug', 'in', group.slugs.slice(i, i + 500)).execute();
      for (const row of rows) holders.set(key(group.type, group.language, row.slug), row.item_id);
    }
  }
  const takenByOther = (type: string, language: string, slug: string, itemId: number) => {
    const holder = holders.get(key(type, language, slug));
    return holder !== undefined && holder !== itemId;
  };
  return {
    async take(type: string, language: string, slug: string, itemId: number): Promise<string> {
      let chosen = slug;
      if (takenByOther(type, language, slug, itemId)) {
        // Rare: the suffixes are read from the database, and the batch's own are skipped.
        chosen = await uniqueSlug(scope, type, language, slug, itemId);
        for (let n = 2; takenByOther(type, language, chosen, itemId); n++) chosen = await uniqueSlug(scope, type, language, `${slug}-${n}`, itemId);
      }
      holders.set(key(type, language, chosen), itemId);
      return chosen;
    },
  };
}
