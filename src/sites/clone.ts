import type { Kysely } from 'kysely';
import type { AppServices } from '../app-services.ts';
import { remapMediaAddresses, remapMediaFields } from '../backup/remap.ts';
import { findItem } from '../content/repo.ts';
import { itemToInput, saveItem } from '../content/service.ts';
import type { Database } from '../db/schema.ts';
import { SiteScope } from '../db/site-scope.ts';
import { listMediaTexts, saveMediaText } from '../media/repo.ts';
import { uploadStagingDir } from '../media/storage/open-store.ts';
import { storeUpload } from '../media/upload.ts';
import { addMenuTree, type MenuTreeInput } from '../menus/service.ts';
import { menuEntries, type MenuEntryRow } from '../menus/repo.ts';
import { menuNames } from '../menus/menus.table.ts';
import { updateSite } from './service.ts';
import type { Site } from './site.ts';

export interface TemplateCopyReport {
  media: number;
  items: number;
  menuEntries: number;
}

/**
 * Copies a template site into a new (empty) site: its settings (theme, taglines, contact) and
 * menus, and with `content` its items (every translation, as they stand: published, drafts,
 * archived), its media files with their texts, and its own keywords and vocabularies. Everything
 * goes through the services an editor's work goes through, so the copy gets its own revisions,
 * search index entries and media usages. Not copied: revision history, comments, trash, items the
 * CBD sync owns (the copy's own sync brings its country's records), memberships and domains.
 * Without `content`, menu entries that point at items are left out (the items are not there).
 */
export async function copyTemplate(services: AppServices, db: Kysely<Database>, template: Site, target: Site, options: { content: boolean }): Promise<TemplateCopyReport> {
  const from = new SiteScope(db, template.id);
  const to = new SiteScope(db, target.id);
  const context = { scope: to, site: target, vocabularies: services.vocabularies, actorId: null };
  const mediaIds = new Map<number, number>();
  const itemIds = new Map<number, number>();

  if (options.content) {
    const files = await from.selectFrom('media_files').selectAll().orderBy('id').execute();
    for (const file of files) {
      const stored = await services.media.get(file.storage_key);
      const { media } = await storeUpload({ scope: to, store: services.media, actorId: null, stagingDir: uploadStagingDir(services.config) }, { stream: stored.body, filename: file.filename });
      mediaIds.set(file.id, media.id);
      for (const text of await listMediaTexts(from, file.id)) await saveMediaText(to, media.id, text);
      await to.updateTable('media_files').set({ licence: file.licence, focal_x: file.focal_x, focal_y: file.focal_y, decorative: file.decorative }).where('id', '=', media.id).execute();
    }
    for (const row of await from.selectFrom('site_keywords').select(['identifier', 'labels']).orderBy('id').execute()) await to.insertInto('site_keywords', row).execute();
    for (const row of await from.selectFrom('site_vocabularies').select(['code', 'names', 'descriptions', 'source', 'updated_at']).orderBy('id').execute()) await to.insertInto('site_vocabularies', row).execute();
    for (const row of await from.selectFrom('site_vocabulary_terms').select(['vocabulary', 'term_id', 'parent_term_id', 'position', 'names', 'definitions', 'keyword']).orderBy('id').execute()) {
      await to.insertInto('site_vocabulary_terms', row).execute();
    }
    const ids = await from.selectFrom('items').select('id').where('deleted_at', 'is', null).where('origin', 'is', null).orderBy('id').execute();
    for (const { id } of ids) {
      const item = (await findItem(from, id))!;
      const input = itemToInput(item);
      input.fields = remapMediaFields(item.type, input.fields ?? {}, false, mediaIds);
      for (const translation of Object.values(input.translations)) {
        translation.fields = remapMediaFields(item.type, translation.fields ?? {}, true, mediaIds);
        translation.body = remapMediaAddresses(translation.body ?? '', mediaIds);
      }
      const saved = await saveItem(context, input);
      itemIds.set(id, saved.id);
    }
  }

  const heroImageId = template.theme.heroImageId === undefined ? null : (mediaIds.get(template.theme.heroImageId) ?? null);
  await updateSite(db, target.code, { theme: { ...template.theme, heroImageId }, taglines: template.taglines, contactEmail: template.contactEmail });

  let entries = 0;
  for (const language of target.languages.filter((l) => template.languages.includes(l))) {
    for (const menu of menuNames) {
      const rows = await menuEntries(from, menu, language);
      entries += await addMenuTree({ scope: to, site: target }, menu, language, menuTree(rows, null, itemIds));
    }
  }
  return { media: mediaIds.size, items: itemIds.size, menuEntries: entries };
}

/** The template's menu rows as a tree, item targets moved to the copies' ids; entries whose item was not copied are left out with their sub-entries. */
function menuTree(rows: readonly MenuEntryRow[], parentId: number | null, itemIds: ReadonlyMap<number, number>): MenuTreeInput[] {
  return rows
    .filter((row) => row.parentId === parentId)
    .sort((a, b) => a.position - b.position)
    .flatMap((row): MenuTreeInput[] => {
      if (row.url === null && (row.itemId === null || !itemIds.has(row.itemId))) return [];
      return [{ label: row.label, url: row.url ?? undefined, itemId: row.url === null ? itemIds.get(row.itemId!) : undefined, children: menuTree(rows, row.id, itemIds) }];
    });
}
