import type { ContentContext } from '../../content/service.ts';
import { saveItem } from '../../content/service.ts';
import { translator } from '../../i18n/translator.ts';
import { addMenuTree, type MenuTreeInput } from '../../menus/service.ts';
import type { SeedItem, SeedMenuEntry, SeedSite } from './seed-types.ts';

const dayMs = 86_400_000;

/**
 * Loads seed items and menus into a site through the services an editor's saves go through
 * (validation, slugs, revisions, search index, menu checks): the demo network, the national-CHM
 * seed and its resets all use this one path. Items are saved in the given order, so that loading
 * the same seed twice gives the same rows in the same order (what a training reset relies on).
 */
export async function loadSeedContent(
  context: ContentContext,
  seed: { code: string; items: readonly SeedItem[]; menus?: SeedSite['menus']; languages: readonly string[] },
  options: { now: Date; mapFields?: (item: SeedItem) => Record<string, unknown> | undefined },
): Promise<{ items: number; menuEntries: number; idsByKey: Map<string, number> }> {
  const idsByKey = new Map<string, number>();
  for (const item of seed.items) {
    const publishedAt = new Date(options.now.getTime() - item.publishedDaysAgo * dayMs).toISOString();
    try {
      const created = await saveItem(context, {
        type: item.type,
        fields: options.mapFields?.(item) ?? item.fields,
        promoted: item.promoted,
        sticky: item.sticky,
        sortOrder: item.sortOrder,
        point: item.point,
        tags: item.tags,
        translations: Object.fromEntries(Object.entries(item.translations).map(([language, t]) => [language, { ...t, status: 'published' as const, publishedAt }])),
      });
      idsByKey.set(item.key, created.id);
    } catch (error) {
      throw new Error(`Seed item ${seed.code}/${item.key} could not be saved: ${(error as Error).message}`, { cause: error });
    }
  }
  let menuEntries = 0;
  for (const language of seed.languages) {
    for (const menu of ['main', 'footer'] as const) {
      menuEntries += await addMenuTree({ scope: context.scope, site: context.site }, menu, language, seedMenuTree(seed.code, seed.menus?.[menu] ?? [], language, idsByKey));
    }
  }
  return { items: idsByKey.size, menuEntries, idsByKey };
}

/** A seed menu in one language, its item keys turned into the ids the items were saved under. */
export function seedMenuTree(code: string, entries: readonly SeedMenuEntry[], language: string, idsByKey: ReadonlyMap<string, number>): MenuTreeInput[] {
  const t = translator(language);
  return entries.map((entry) => {
    const itemId = entry.item === undefined ? undefined : idsByKey.get(entry.item);
    if (entry.item !== undefined && itemId === undefined) throw new Error(`The menu of seed ${code} links to an unknown item "${entry.item}"`);
    return {
      label: 'key' in entry.label ? t(entry.label.key as string) : (entry.label[language] ?? entry.label.en!),
      itemId,
      url: entry.url?.replaceAll('{lang}', language),
      children: seedMenuTree(code, entry.children ?? [], language, idsByKey),
    };
  });
}
