import type { Insertable, Selectable } from 'kysely';
import type { AppServices } from '../../app-services.ts';
import type { ImportRecordsTable } from '../imports.table.ts';
import { itemToInput, loadItems } from '../../content/service.ts';
import { updateItems } from '../../content/update-items.ts';
import { contentTypeByName } from '../../content/registry.ts';
import type { Item } from '../../content/item.ts';
import { nowIso } from '../../db/database.ts';
import { SiteScope } from '../../db/site-scope.ts';
import { maxMenuDepth } from '../../menus/service.ts';
import { updateMenuEntry } from '../../menus/repo.ts';
import type { MenuEntriesTable } from '../../menus/menus.table.ts';
import { itemPath } from '../../public/page-builder.ts';
import type { Site } from '../../sites/site.ts';
import { type PtkLinkContext, ptkPathOfLink, rewriteLinks } from './html-cleanup.ts';

/**
 * The end of an import, once every object is in: what needs the others in place. Each step reads
 * the import records and makes the site agree with them, so running it again (a re-run, a run
 * after a crash) changes nothing that is already right.
 */

export interface FinishContext {
  services: AppServices;
  site: Site;
  source: string;
  siteUrls: readonly string[];
  warn: (path: string, message: string) => void;
}

type RecordRow = Pick<Selectable<ImportRecordsTable>, 'id' | 'source_path' | 'meta_type' | 'outcome' | 'item_id' | 'media_id' | 'details' | 'parent_path' | 'position' | 'sort_order' | 'links_pending'>;

interface RecordDetails {
  section?: boolean;
  /** Files and embedded images of the object, by old file name → library address. */
  media?: Record<string, string>;
  /** A media record's address. */
  url?: string;
  /** A pointer's target path and titles. */
  pointer?: string;
  titles?: Record<string, string>;
  /** The menu entries made for it, per language. */
  menu?: Record<string, number>;
  /** The links into the PTK site its texts hold as written, not yet rewritten. */
  links?: string[];
}

export async function finishImport(context: FinishContext): Promise<{ menuEntries: number; redirects: number; linksRewritten: number }> {
  const scope = new SiteScope(context.services.db.kysely, context.site.id);
  const rows: RecordRow[] = await scope
    .selectFrom('import_records')
    .select(['id', 'source_path', 'meta_type', 'outcome', 'item_id', 'media_id', 'details', 'parent_path', 'position', 'sort_order', 'links_pending'])
    .where('source', '=', context.source)
    .execute();
  const records = new Map(rows.map((r) => [r.source_path, { row: r, details: JSON.parse(r.details) as RecordDetails }]));
  const addresses = await itemAddresses(scope, context.source);
  const linksRewritten = await rewritePendingLinks(context, scope, records, addresses);
  await syncSectionLinks(context, scope, records, addresses);
  const menuEntries = await syncMenus(context, scope, records, addresses);
  const redirects = await syncRedirects(context, scope, records);
  return { menuEntries, redirects, linksRewritten };
}

/** Each imported item's public path per language (its slug there, else the default language's). */
interface ItemAddress {
  type: string;
  titles: Map<string, string>;
  /** The item's page in `language`, or in its first language when it has none there. */
  pathIn: (language: string) => string;
}

async function itemAddresses(scope: SiteScope, source: string): Promise<Map<number, ItemAddress>> {
  // One read for every imported item's translations, through its record (a list of 20,000 ids
  // would take two dozen statements).
  const translations = await scope
    .selectFrom('item_translations as t')
    .innerJoin('import_records as r', 'r.item_id', 't.item_id')
    .where('r.site_id', '=', scope.siteId)
    .where('r.source', '=', source)
    .select(['t.item_id', 't.type', 't.language', 't.slug', 't.title'])
    // Translations in the order they were written: an item's first is the one shown where it has none.
    .orderBy('t.id')
    .execute();
  const byItem = new Map<number, { type: string; slugs: Map<string, string>; titles: Map<string, string> }>();
  for (const t of translations) {
    const entry = byItem.get(t.item_id) ?? { type: t.type, slugs: new Map<string, string>(), titles: new Map<string, string>() };
    entry.slugs.set(t.language, t.slug);
    entry.titles.set(t.language, t.title);
    byItem.set(t.item_id, entry);
  }
  const out = new Map<number, ItemAddress>();
  for (const [id, { type, slugs, titles }] of byItem) {
    const definition = contentTypeByName(type)!;
    const first = [...slugs.keys()][0]!;
    out.set(id, {
      type,
      titles,
      pathIn: (language) => {
        const shown = slugs.has(language) ? language : first;
        return itemPath(shown, definition, slugs.get(shown)!);
      },
    });
  }
  return out;
}

type ImportRecord = { row: RecordRow; details: RecordDetails };
type Records = Map<string, ImportRecord>;
type Addresses = Awaited<ReturnType<typeof itemAddresses>>;

/** The new address of what an old path named: an imported item (in `language`), a file, or a pointer's target. */
function newAddress(records: Records, addresses: Addresses, oldPath: string, language: string, depth = 0): string | null {
  const record = records.get(oldPath);
  if (!record) {
    // A link to a file of an object (`doc/report.pdf`, `news/x/bigpicture`) names the object's file.
    const slash = oldPath.lastIndexOf('/');
    if (slash > 0) {
      const owner = records.get(oldPath.slice(0, slash));
      const file = owner?.details.media?.[oldPath.slice(slash + 1)];
      if (file) return file;
    }
    return null;
  }
  if (record.row.item_id !== null) return addresses.get(record.row.item_id)?.pathIn(language) ?? null;
  if (record.details.url) return record.details.url;
  if (record.details.pointer && depth < 5) return newAddress(records, addresses, record.details.pointer, language, depth + 1);
  return null;
}

/**
 * Links between imported objects, written with their old addresses, get the new ones. Each record
 * lists the links into the PTK site its texts were written with (`links`): only an item with one
 * that now leads somewhere is read and saved again, and its record then lists those still left.
 * Links to objects not (yet) imported stay pending, with a warning: a later run that brings them
 * rewrites them.
 */
async function rewritePendingLinks(context: FinishContext, scope: SiteScope, records: Records, addresses: Addresses): Promise<number> {
  const pending = [...records.values()].filter((r) => r.row.links_pending === 1 && r.row.item_id !== null);
  let rewritten = 0;
  const warnLeft = (record: ImportRecord, urls: Iterable<string>) => {
    for (const url of urls) context.warn(record.row.source_path, `a link to ${url} points at nothing that was imported; it is left as written`);
  };
  // Whether a link now leads somewhere does not depend on the language (an item without the
  // language is shown in its first one).
  const placeable = (url: string, link: PtkLinkContext) => {
    const target = ptkPathOfLink(url, link);
    return target !== null && newAddress(records, addresses, target.path, context.site.defaultLanguage) !== null;
  };
  const movable: ImportRecord[] = [];
  for (const record of pending) {
    const links = record.details.links ?? [];
    const link = linkContext(context, record);
    if (links.some((url) => placeable(url, link))) movable.push(record);
    else warnLeft(record, links);
  }
  for (let i = 0; i < movable.length; i += 200) {
    const chunk = movable.slice(i, i + 200);
    const items = new Map((await loadItems(scope, chunk.map((r) => r.row.item_id!))).map((item) => [item.id, item]));
    const changes: LinkRewrite[] = [];
    for (const record of chunk) {
      // An item gone since (to the trash) keeps its links pending.
      const item = items.get(record.row.item_id!);
      if (!item) continue;
      const links = new Set(record.details.links ?? []);
      const link = linkContext(context, record);
      const left = new Set<string>();
      let rewrittenHere = 0;
      const translations = item.translations.map((t) => {
        const result = rewriteLinks(
          t.body,
          (url) => {
            const target = links.has(url) ? ptkPathOfLink(url, link) : null;
            const address = target ? newAddress(records, addresses, target.path, t.language) : null;
            return address && target ? `${address}${target.fragment}` : null;
          },
          link,
        );
        rewrittenHere += result.rewritten;
        for (const url of result.unresolved) if (links.has(url)) left.add(url);
        return result.rewritten ? { ...t, body: result.html } : t;
      });
      warnLeft(record, left);
      changes.push({ path: record.row.source_path, item, translations, record, left: [...left], rewritten: rewrittenHere });
    }
    await scope.transaction(async (trx) => {
      const saved = await resave(context, trx, changes.filter((c) => c.rewritten > 0), 'its links could not be rewritten');
      for (const change of [...saved, ...changes.filter((c) => c.rewritten === 0)]) {
        rewritten += change.rewritten;
        const record = change.record;
        record.details.links = change.left;
        await trx.updateTable('import_records').set({ links_pending: record.details.links.length ? 1 : 0, details: JSON.stringify(record.details) }).where('id', '=', record.row.id).execute();
      }
    });
  }
  return rewritten;
}

/** Relative links resolve against the object's folder; a folder's own text lives at its index. */
function linkContext(context: FinishContext, record: { row: RecordRow; details: RecordDetails }) {
  return { basePath: record.details.section ? `${record.row.source_path}/index_html` : record.row.source_path, siteUrls: context.siteUrls };
}

/**
 * Folders become the site's main menu (in every language the folder has a title in), nested as
 * they were and ordered by their PTK sort order; a folder deeper than the menu's three levels is
 * listed beside its third-level ancestor. Pointers become entries of their folder linking to the target.
 */
async function syncMenus(context: FinishContext, scope: SiteScope, records: Records, addresses: Addresses): Promise<number> {
  const entries = [...records.values()].filter(
    (r) => (r.details.section && r.row.item_id !== null && r.row.outcome === 'item') || (r.row.outcome === 'menu' && r.details.pointer),
  );
  if (!entries.length) return 0;
  const existing = await scope.selectFrom('menu_entries').select(['id', 'language', 'parent_id', 'position', 'label', 'item_id', 'url']).where('menu', '=', 'main').execute();
  const existingById = new Map(existing.map((e) => [e.id, e]));
  // An entry already linking to the same place under the same parent is the one an earlier run made
  // (its record may have been rewritten by an import of another format of the same site).
  const sameEntry = (language: string, parent: number | null, itemId: number | null, url: string | null) =>
    existing.find((e) => e.language === language && e.parent_id === parent && e.item_id === itemId && e.url === url)?.id;
  let made = 0;

  // Parents before children; siblings by sort order, then their place in the export.
  const depthOf = (p: string) => p.split('/').length;
  entries.sort((a, b) => depthOf(a.row.source_path) - depthOf(b.row.source_path) || a.row.sort_order - b.row.sort_order || a.row.position - b.row.position);
  const nextPosition = new Map<string, number>();
  for (const e of existing) {
    const key = `${e.language}:${e.parent_id ?? 0}`;
    nextPosition.set(key, Math.max(nextPosition.get(key) ?? 0, e.position + 1));
  }
  // A level's entries hang under the levels before it: each level's new entries are written
  // together, and their ids are known before the next level is placed.
  const levels = new Map<number, ImportRecord[]>();
  for (const entry of entries) {
    const depth = depthOf(entry.row.source_path);
    (levels.get(depth) ?? levels.set(depth, []).get(depth)!).push(entry);
  }

  const now = nowIso();
  await scope.transaction(async (trx) => {
    for (const level of levels.values()) {
      const menus = new Map<ImportRecord, Record<string, number>>();
      const inserts: { menu: Record<string, number>; language: string; row: Omit<Insertable<MenuEntriesTable>, 'site_id'> }[] = [];
      for (const entry of level) {
        const menu: Record<string, number> = {};
        menus.set(entry, menu);
        const labels = entry.details.pointer ? (entry.details.titles ?? {}) : Object.fromEntries(addresses.get(entry.row.item_id!)?.titles ?? []);
        for (const [language, fullLabel] of Object.entries(labels)) {
          if (!context.site.languages.includes(language) || !fullLabel) continue;
          const parent = menuParent(records, entry.row.parent_path, language);
          const target = entry.details.pointer ? pointerTarget(records, entry.details.pointer) : { itemId: entry.row.item_id, url: null };
          if (!target) {
            context.warn(entry.row.source_path, `the pointer's target ${entry.details.pointer} was not imported; it has no menu entry`);
            break;
          }
          const label = fullLabel.slice(0, 120);
          const url = target.url ?? null;
          const itemId = target.itemId ?? null;
          const recorded = entry.details.menu?.[language];
          const current = recorded !== undefined && existingById.has(recorded) ? recorded : sameEntry(language, parent, itemId, url);
          if (current !== undefined) {
            const stored = existingById.get(current)!;
            if (stored.label !== label || stored.parent_id !== parent || stored.item_id !== itemId || stored.url !== url) {
              await updateMenuEntry(trx, current, { label, parentId: parent, itemId, url });
            }
            menu[language] = current;
          } else {
            const key = `${language}:${parent ?? 0}`;
            const position = nextPosition.get(key) ?? 0;
            nextPosition.set(key, position + 1);
            inserts.push({ menu, language, row: { menu: 'main', language, parent_id: parent, position, label, item_id: itemId, url, created_at: now, updated_at: now } });
          }
        }
      }
      const ids = await trx.insertRowsReturningIds('menu_entries', inserts.map((insert) => insert.row));
      for (const [index, { menu, language }] of inserts.entries()) menu[language] = ids[index]!;
      made += inserts.length;
      for (const [entry, menu] of menus) {
        if (JSON.stringify(entry.details.menu ?? {}) === JSON.stringify(menu)) continue;
        entry.details.menu = menu;
        await trx.updateTable('import_records').set({ details: JSON.stringify(entry.details) }).where('id', '=', entry.row.id).execute();
      }
    }
  });
  return made;
}

/** The menu entry a folder's child hangs under: the folder's, or its nearest ancestor's at the menu's deepest level. */
function menuParent(records: Records, parentPath: string, language: string): number | null {
  if (!parentPath) return null;
  const chain: string[] = [];
  for (let p = parentPath; p; p = p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '') chain.unshift(p);
  const withEntries = chain.filter((p) => records.get(p)?.details.menu?.[language] !== undefined);
  const ancestor = withEntries[Math.min(withEntries.length, maxMenuDepth - 1) - 1];
  return ancestor ? records.get(ancestor)!.details.menu![language]! : null;
}

function pointerTarget(records: Records, target: string): { itemId: number | null; url: string | null } | null {
  const record = records.get(target);
  if (!record) return null;
  if (record.row.item_id !== null) return { itemId: record.row.item_id, url: null };
  if (record.details.url) return { itemId: null, url: record.details.url };
  return null;
}

/** Old addresses answer with a redirect to the new ones: every imported item, file and pointer. */
async function syncRedirects(context: FinishContext, scope: SiteScope, records: Records): Promise<number> {
  const existing = new Map((await scope.selectFrom('redirects').select(['id', 'from_path', 'item_id', 'to_path']).where('source', '=', context.source).execute()).map((r) => [r.from_path, r]));
  const wanted = new Map<string, { item_id: number | null; to_path: string | null }>();
  for (const { row, details } of records.values()) {
    const from = `/${row.source_path}`;
    if (row.item_id !== null && row.outcome === 'item') wanted.set(from, { item_id: row.item_id, to_path: null });
    else if (details.url) wanted.set(from, { item_id: null, to_path: details.url });
    else if (details.pointer) {
      const target = pointerTarget(records, details.pointer);
      if (target) wanted.set(from, { item_id: target.itemId, to_path: target.url });
    }
    for (const [name, url] of Object.entries(details.media ?? {})) if (!wanted.has(`${from}/${name}`)) wanted.set(`${from}/${name}`, { item_id: null, to_path: url });
  }
  let made = 0;
  const now = nowIso();
  const inserts: { from_path: string; item_id: number | null; to_path: string | null; source: string; created_at: string }[] = [];
  for (const [from, target] of wanted) {
    const current = existing.get(from);
    if (!current) inserts.push({ from_path: from, ...target, source: context.source, created_at: now });
    else if (current.item_id !== target.item_id || current.to_path !== target.to_path) await scope.updateTable('redirects').set(target).where('id', '=', current.id).execute();
  }
  await scope.transaction(async (trx) => {
    for (let i = 0; i < inserts.length; i += 500) {
      // Another source's redirect from the same old path stays: the first one made wins.
      const result = await trx
        .insertInto('redirects', inserts.slice(i, i + 500))
        .onConflict((oc) => oc.columns(['site_id', 'from_path']).doNothing())
        .executeTakeFirst();
      made += Number(result.numInsertedOrUpdatedRows ?? 0);
    }
  });
  return made;
}

/** Types with listings of their own by date: a folder of them (News, Events) does not list them itself. */
const listedElsewhere = new Set(['news', 'event']);
const maxSectionLinks = 100;

/**
 * A folder's page lists what the folder held ("In this section", a links field editors can change):
 * its subfolders and its documents, links, contacts and pointers, in the PTK's order. Recomputed
 * at the end of every run, saved only when it changed.
 */
async function syncSectionLinks(context: FinishContext, scope: SiteScope, records: Records, addresses: Addresses): Promise<void> {
  const children = new Map<string, { row: RecordRow; details: RecordDetails }[]>();
  for (const record of records.values()) {
    const list = children.get(record.row.parent_path) ?? [];
    list.push(record);
    children.set(record.row.parent_path, list);
  }
  const sections = [...records.values()].filter((r) => r.details.section && r.row.item_id !== null && r.row.outcome === 'item');
  for (let i = 0; i < sections.length; i += 200) {
    const chunk = sections.slice(i, i + 200);
    const items = new Map((await loadItems(scope, chunk.map((r) => r.row.item_id!))).map((item) => [item.id, item]));
    const changes: Resave[] = [];
    for (const section of chunk) {
      const item = items.get(section.row.item_id!);
      if (!item) continue;
      const listed = (children.get(section.row.source_path) ?? [])
        .filter((c) => (c.row.item_id !== null && c.row.outcome === 'item' && !listedElsewhere.has(addresses.get(c.row.item_id)?.type ?? '')) || (c.row.outcome === 'menu' && c.details.pointer))
        .sort((a, b) => Number(b.details.section ?? false) - Number(a.details.section ?? false) || a.row.sort_order - b.row.sort_order || a.row.position - b.row.position);
      if (listed.length > maxSectionLinks) context.warn(section.row.source_path, `the folder holds ${listed.length} objects; its page lists the first ${maxSectionLinks} (all are in the site's listings and search)`);
      let changed = false;
      const translations = item.translations.map((t) => {
        const links = listed.slice(0, maxSectionLinks).flatMap((child) => {
          const url = newAddress(records, addresses, child.row.source_path, t.language);
          const address = child.row.item_id !== null ? addresses.get(child.row.item_id) : undefined;
          const title = address ? (address.titles.get(t.language) ?? [...address.titles.values()][0]) : (child.details.titles?.[t.language] ?? Object.values(child.details.titles ?? {})[0]);
          return url && title ? [{ url, title: title.slice(0, 300) }] : [];
        });
        const current = JSON.stringify(t.fields.sectionLinks ?? []);
        if (current === JSON.stringify(links)) return t;
        changed = true;
        const fields = { ...t.fields };
        if (links.length) fields.sectionLinks = links;
        else delete fields.sectionLinks;
        return { ...t, fields };
      });
      if (changed) changes.push({ path: section.row.source_path, item, translations });
    }
    await resave(context, scope, changes, 'its list of what the folder holds could not be saved');
  }
}

/** An imported item to save again with changed translations. */
interface Resave {
  path: string;
  item: Item;
  translations: Item['translations'];
}

/** A link rewrite: its record, how many links it rewrote, and those into the PTK site still left as written. */
interface LinkRewrite extends Resave {
  record: ImportRecord;
  rewritten: number;
  left: string[];
}

/**
 * Saves imported items again with changed translations (new addresses in their links, the list of
 * a folder's contents), as the import, in one batch. One that cannot be saved (someone changed or
 * deleted it meanwhile, or it no longer validates) is left as it is, with a warning.
 */
async function resave<T extends Resave>(context: FinishContext, scope: SiteScope, changes: readonly T[], consequence: string): Promise<T[]> {
  const results = await updateItems(
    { scope, site: context.site, vocabularies: context.services.vocabularies, actorId: null },
    changes.map(({ item, translations }) => ({ itemId: item.id, expectedVersion: item.version, input: itemToInput({ ...item, translations }) })),
  );
  return changes.filter((change, index) => {
    const result = results[index]!;
    if ('error' in result) context.warn(change.path, `${consequence}: ${result.error.message}`);
    return 'item' in result;
  });
}
