import { nowIso } from '../db/database.ts';
import { AppError, ConflictError, NotFoundError, ReadOnlyItemError } from '../errors.ts';
import type { MediaReference } from '../media/usage.ts';
import { indexItems } from '../search/service.ts';
import { slugPlanner, validateBatch } from './create-items.ts';
import type { Item, ItemInput } from './item.ts';
import type { LocatedMediaReference } from './media-references.ts';
import { loadItems } from './repo.ts';
import { changedPaths, type ContentContext, itemRow, requireContentType, snapshotOf, translationRow } from './service.ts';

/**
 * Many existing items saved at once, for importers that revise what they wrote (the PTK import's
 * section lists and link rewrites): each gets what `saveItem` gives an update (validation, slugs,
 * tags, media uses, a revision with what changed, search entries, the version checked and
 * bumped), written with a few statements per batch instead of about fifteen per item, which on a
 * networked database are as many round trips. An item that cannot be saved (invalid, changed by
 * someone else, gone) is returned with its error and the others are written. Schedules are not
 * taken here: a translation keeps the schedule it has, as a save without one keeps it.
 */
export interface ItemUpdate {
  itemId: number;
  /** The version the change was made from; a newer one stored means someone else saved since. */
  expectedVersion: number;
  input: ItemInput;
}

export type UpdatedItem = { item: Item } | { error: AppError };

export async function updateItems(context: ContentContext, updates: readonly ItemUpdate[], options: { now?: string } = {}): Promise<UpdatedItem[]> {
  const now = options.now ?? nowIso();
  const results: UpdatedItem[] = new Array(updates.length);
  if (!updates.length) return results;
  const { accepted: usable, refused } = await validateBatch(context, updates.map((u) => u.input), 'updateItems');
  for (const [index, error] of refused) results[index] = { error };

  await context.scope.transaction(async (scope) => {
    const stored = new Map((await loadItems(scope, usable.map(({ index }) => updates[index]!.itemId))).map((item) => [item.id, item]));
    const writable = usable.filter(({ index }) => {
      const { itemId, expectedVersion, input } = updates[index]!;
      const previous = stored.get(itemId);
      const error = !previous ? new NotFoundError(`There is no item ${itemId} on this site`, 'item_not_found')
        : previous.type !== input.type ? new ConflictError(`Item ${itemId} is a ${previous.type}, not a ${input.type}`, 'item_type_mismatch')
        : previous.origin !== null ? new ReadOnlyItemError(`Item ${itemId} is a record of the CBD's central systems, kept in step by the CBD sync: change it at the source`)
        : previous.version !== expectedVersion ? new ConflictError(`Item ${itemId} was changed by someone else (version ${previous.version}, expected ${expectedVersion})`, 'edit_conflict')
        : null;
      if (error) results[index] = { error };
      return error === null;
    });
    const slugs = await slugPlanner(scope, writable.flatMap(({ index, valid }) => [...valid.translations].map(([language, t]) => ({ type: updates[index]!.input.type, language, slug: t.slug }))));
    const saved: { index: number; before: Item; after: Item; media: LocatedMediaReference[] }[] = [];
    const newTranslationRows = [];
    for (const { index, valid, media } of writable) {
      const { itemId, input } = updates[index]!;
      const type = requireContentType(input.type);
      const before = stored.get(itemId)!;
      const version = before.version + 1;
      // Conditional on the version read: on PostgreSQL another save may have come in between.
      const result = await scope.updateTable('items').set(Object.assign(itemRow(type, valid, now), { version })).where('id', '=', itemId).where('version', '=', before.version).executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) {
        results[index] = { error: new ConflictError(`Item ${itemId} was changed by someone else while it was saved`, 'edit_conflict') };
        continue;
      }
      const translations = before.translations.map((t) => ({ ...t }));
      for (const [language, t] of valid.translations) {
        const slug = await slugs.take(type.name, language, t.slug, itemId);
        const existing = before.translations.find((p) => p.language === language);
        const publishedAt = t.publishedAt !== undefined ? t.publishedAt : t.status === 'published' ? (existing?.publishedAt ?? now) : (existing?.publishedAt ?? null);
        // As a save without a schedule: publishing by hand clears a pending publication date.
        const publishAt = t.status === 'published' || t.status === 'archived' ? null : (existing?.publishAt ?? null);
        const values = Object.assign(translationRow(t, slug, publishedAt, now), { publish_at: publishAt });
        const written = { language, title: t.title, slug, summary: t.summary, body: t.body, fields: t.fields, status: t.status, publishedAt, publishAt, updatedAt: now };
        if (existing) {
          await scope.updateTable('item_translations').set(values).where('item_id', '=', itemId).where('language', '=', language).execute();
          Object.assign(translations.find((x) => x.language === language)!, written);
        } else {
          newTranslationRows.push(Object.assign(values, { item_id: itemId, type: type.name, language, unpublish_at: null, schedule_zone: null, created_at: now }));
          translations.push({ ...written, unpublishAt: null, scheduleZone: null });
        }
      }
      const after: Item = {
        ...before,
        fields: valid.fields,
        promoted: valid.promoted,
        sticky: valid.sticky,
        sortOrder: valid.sortOrder,
        point: valid.point,
        tags: [...valid.tags].sort(),
        version,
        updatedAt: now,
        translations,
      };
      saved.push({ index, before, after, media });
    }
    await scope.insertRows('item_translations', newTranslationRows);

    const ids = saved.map((s) => s.after.id);
    const tagRows = [];
    const usageRows = [];
    for (const { after, media } of saved) {
      for (const term of after.tags) tagRows.push({ item_id: after.id, term, vocabulary: context.vocabularies.get(term)?.vocabulary ?? 'keywords' });
      const uses = new Map<string, MediaReference>();
      for (const ref of media) uses.set(`${ref.mediaId}|${ref.language ?? ''}|${ref.field}`, ref);
      for (const ref of uses.values()) usageRows.push({ media_id: ref.mediaId, item_id: after.id, language: ref.language, field: ref.field });
    }
    for (let i = 0; i < ids.length; i += 500) {
      await scope.deleteFrom('item_tags').where('item_id', 'in', ids.slice(i, i + 500)).execute();
      await scope.deleteFrom('media_usages').where('item_id', 'in', ids.slice(i, i + 500)).execute();
    }
    await scope.insertRows('item_tags', tagRows);
    await scope.insertRows('media_usages', usageRows);
    await scope.insertRows(
      'item_revisions',
      saved.map(({ before, after }) => ({
        item_id: after.id,
        version: after.version,
        user_id: context.actorId,
        created_at: now,
        changes: JSON.stringify(changedPaths(before, after)),
        snapshot: JSON.stringify(snapshotOf(after)),
        note: null,
      })),
    );
    await indexItems(scope, saved.map((s) => s.after), context.vocabularies);
    for (const { index, after } of saved) results[index] = { item: after };
  });
  return results;
}
