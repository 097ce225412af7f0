import { isLive } from '../content/service.ts';
import { contentTypeByName } from '../content/registry.ts';
import { nowIso } from '../db/database.ts';
import type { SiteScope } from '../db/site-scope.ts';
import { BadRequestError, ConflictError, type FieldProblem, NotFoundError, ValidationError } from '../errors.ts';
import { itemPath } from '../public/page-builder.ts';
import type { Site } from '../sites/site.ts';
import type { MenuName } from './menus.table.ts';
import * as repo from './repo.ts';
import type { MenuEntryRow, TargetTranslationRow } from './repo.ts';
import { type MenuEntryInput, type MoveDirection, parseMenuName } from './schema.ts';

/**
 * Menus: a `main` and a `footer` menu per site and language (ADR 0006). Editors add entries,
 * nest them (at most three levels), reorder them and point them at an item of the site or at a
 * URL. Every change loads the one small menu it touches, works out the new tree in memory and
 * writes the rows whose place changed, in one transaction, so positions stay contiguous.
 */

export const maxMenuDepth = 3;
export const maxLabelLength = 120;
const maxUrlLength = 2000;
const allowedSchemes = ['http:', 'https:', 'mailto:'];

/** What a menu operation works on: the site (for its languages) and a scope on its data. */
export interface MenuContext {
  scope: SiteScope;
  site: Site;
}

// ---------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------

/** Why an item entry is not shown to visitors; the admin shows it with this warning. */
export type TargetWarning = 'unpublished' | 'trashed' | 'missing';

export interface AdminMenuEntry {
  id: number;
  label: string;
  parentId: number | null;
  depth: number;
  target:
    | { kind: 'url'; url: string }
    | { kind: 'item'; itemId: number | null; type: string | null; title: string | null; warning: TargetWarning | null };
  /** Moves the tree allows right now (the admin shows the others disabled). */
  can: { up: boolean; down: boolean; indent: boolean; outdent: boolean };
  children: AdminMenuEntry[];
}

/** A link of a public menu, ready for the layout. */
export interface PublicMenuLink {
  label: string;
  href: string;
  children: PublicMenuLink[];
}

export interface PublicMenus {
  main: PublicMenuLink[];
  footer: PublicMenuLink[];
  /**
   * The content types with published items, when the main menu is empty: the navigation generated
   * in its place lists the types that only some sites have (synced national data) once they have
   * items. Filled by `cachedPublicMenus`.
   */
  sections?: readonly string[];
}

/** The translation visitors see for an entry's item: as the item page chooses it (own language, default, any). */
function liveTranslation(targets: readonly TargetTranslationRow[], site: Site, language: string, now: string): TargetTranslationRow | undefined {
  const live = targets.filter((t) => !t.deleted && isLive(t, now));
  return live.find((t) => t.language === language) ?? live.find((t) => t.language === site.defaultLanguage) ?? live[0];
}

function targetsByEntry(targets: readonly TargetTranslationRow[]): Map<number, TargetTranslationRow[]> {
  const map = new Map<number, TargetTranslationRow[]>();
  for (const t of targets) map.set(t.entryId, [...(map.get(t.entryId) ?? []), t]);
  return map;
}

/**
 * Both menus of a site in one language, as visitors see them, in one query. An entry whose item
 * is in the trash, unpublished or scheduled is left out together with its sub-entries (they
 * hang under it, and showing them elsewhere would change the menu's shape unasked).
 */
export async function publicMenus(scope: SiteScope, site: Site, language: string, now = nowIso()): Promise<PublicMenus> {
  const { entries, targets } = await repo.menuRowsWithTargets(scope, language);
  const byEntry = targetsByEntry(targets);
  const hrefOf = (entry: MenuEntryRow): string | null => {
    if (entry.url !== null) return entry.url;
    const chosen = liveTranslation(byEntry.get(entry.id) ?? [], site, language, now);
    const type = chosen && contentTypeByName(chosen.itemType);
    return chosen && type ? itemPath(language, type, chosen.slug) : null;
  };
  const build = (menu: MenuName, parentId: number | null, depth: number): PublicMenuLink[] =>
    depth > maxMenuDepth
      ? []
      : childrenOf(entries, parentId, menu).flatMap((entry) => {
          const href = hrefOf(entry);
          return href === null ? [] : [{ label: entry.label, href, children: build(menu, entry.id, depth + 1) }];
        });
  return { main: build('main', null, 1), footer: build('footer', null, 1) };
}

/** One menu as the admin shows it: every entry, with its target's title and any warning. */
export async function readMenuTree(scope: SiteScope, site: Site, menu: MenuName, language: string, now = nowIso()): Promise<AdminMenuEntry[]> {
  const { entries, targets } = await repo.menuRowsWithTargets(scope, language, menu);
  const byEntry = targetsByEntry(targets);
  const targetOf = (entry: MenuEntryRow): AdminMenuEntry['target'] => {
    if (entry.url !== null) return { kind: 'url', url: entry.url };
    const rows = byEntry.get(entry.id) ?? [];
    if (entry.itemId === null || rows.length === 0) return { kind: 'item', itemId: entry.itemId, type: null, title: null, warning: 'missing' };
    const titled = rows.find((t) => t.language === language) ?? rows.find((t) => t.language === site.defaultLanguage) ?? rows[0]!;
    const warning: TargetWarning | null = rows[0]!.deleted ? 'trashed' : liveTranslation(rows, site, language, now) ? null : 'unpublished';
    return { kind: 'item', itemId: entry.itemId, type: titled.itemType, title: titled.title, warning };
  };
  const build = (parentId: number | null, depth: number): AdminMenuEntry[] => {
    const siblings = childrenOf(entries, parentId);
    return siblings.map((entry, index) => ({
      id: entry.id,
      label: entry.label,
      parentId,
      depth,
      target: targetOf(entry),
      can: {
        up: index > 0,
        down: index < siblings.length - 1,
        indent: index > 0 && depth + heightOf(entries, entry.id) <= maxMenuDepth,
        outdent: depth > 1,
      },
      children: build(entry.id, depth + 1),
    }));
  };
  return build(null, 1);
}

/** Items an entry may point to, grouped by type: what the add/edit form offers in a select. */
export async function linkableItemChoices(scope: SiteScope, site: Site, language: string): Promise<{ type: string; items: { id: number; title: string; status: string }[] }[]> {
  const rows = await repo.linkableItems(scope, language, site.defaultLanguage, 3000);
  const groups = new Map<string, { id: number; title: string; status: string }[]>();
  for (const row of rows) groups.set(row.type, [...(groups.get(row.type) ?? []), { id: row.itemId, title: row.title, status: row.status }]);
  return [...groups].map(([type, items]) => ({ type, items }));
}

// ---------------------------------------------------------------------------------------------
// The tree, in memory
// ---------------------------------------------------------------------------------------------

function childrenOf(entries: readonly MenuEntryRow[], parentId: number | null, menu?: MenuName): MenuEntryRow[] {
  return entries.filter((e) => e.parentId === parentId && (menu === undefined || e.menu === menu)).sort((a, b) => a.position - b.position || a.id - b.id);
}

/** 1 for a top-level entry. */
function depthOf(entries: readonly MenuEntryRow[], id: number): number {
  let depth = 0;
  const seen = new Set<number>();
  for (let e = entries.find((x) => x.id === id); e && !seen.has(e.id); e = entries.find((x) => x.id === e!.parentId)) {
    seen.add(e.id);
    depth++;
  }
  return depth;
}

/** 1 for an entry without children. */
function heightOf(entries: readonly MenuEntryRow[], id: number): number {
  return 1 + Math.max(0, ...childrenOf(entries, id).map((c) => heightOf(entries, c.id)));
}

function isInSubtree(entries: readonly MenuEntryRow[], rootId: number, id: number): boolean {
  return id === rootId || childrenOf(entries, rootId).some((c) => isInSubtree(entries, c.id, id));
}

/** The sibling lists of a menu, each in order: the tree as ids, for operations to rearrange. */
type Lists = Map<number | null, number[]>;

function siblingLists(entries: readonly MenuEntryRow[]): Lists {
  const lists: Lists = new Map([[null, []]]);
  for (const entry of [...entries].sort((a, b) => a.position - b.position || a.id - b.id)) {
    lists.set(entry.parentId, [...(lists.get(entry.parentId) ?? []), entry.id]);
  }
  return lists;
}

/** Writes the parent and position of every entry whose place in `lists` differs from its row. */
async function persist(scope: SiteScope, entries: readonly MenuEntryRow[], lists: Lists): Promise<void> {
  for (const [parentId, ids] of lists) {
    for (const [position, id] of ids.entries()) {
      const entry = entries.find((e) => e.id === id);
      if (entry && (entry.parentId !== parentId || entry.position !== position)) await repo.updateMenuEntry(scope, id, { parentId, position });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Changing
// ---------------------------------------------------------------------------------------------

function requireMenuAndLanguage(site: Site, menu: string, language: string): MenuName {
  const name = parseMenuName(menu, null);
  if (!site.languages.includes(language)) throw new BadRequestError(`"lang" must be one of this site's languages: ${site.languages.join(', ')}`, 'invalid_language');
  return name;
}

async function requireEntry(scope: SiteScope, id: number): Promise<MenuEntryRow> {
  const entry = await repo.findMenuEntry(scope, id);
  if (!entry) throw new NotFoundError('There is no such menu entry on this site', 'menu_entry_not_found');
  return entry;
}

/**
 * Checks a link target. Accepted: http and https URLs, mailto: addresses, and paths on this site
 * starting with a single `/`. Everything else (`javascript:`, `data:`, `//other.host`, bare
 * words) is refused: a menu link is on every page, so a script URL there would run for every
 * visitor who clicks it.
 */
export function checkMenuUrl(raw: string): { url: string } | { problem: FieldProblem } {
  const url = raw.trim();
  const problem = (code: string, message: string): { problem: FieldProblem } => ({ problem: { path: 'url', code, message, params: code === 'menu_url_too_long' ? { max: maxUrlLength } : undefined } });
  const schemeMessage = 'Use an address starting with https://, http:// or mailto:, or a path on this site starting with /';
  if (!url) return problem('menu_url_required', 'Give the address the entry links to');
  if (url.length > maxUrlLength) return problem('menu_url_too_long', `An address is at most ${maxUrlLength} characters`);
  // Spaces, control characters and backslashes have no place in a link; browsers "repair" them in surprising ways.
  if (/[\s\u0000-\u001f\u007f\\]/.test(url)) return problem('menu_url_invalid', 'This address contains spaces or characters that are not allowed');
  if (url.startsWith('/')) return url.startsWith('//') ? problem('menu_url_scheme', schemeMessage) : { url };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return problem('menu_url_scheme', schemeMessage);
  }
  if (!allowedSchemes.includes(parsed.protocol)) return problem('menu_url_scheme', schemeMessage);
  if (parsed.protocol !== 'mailto:' && !parsed.hostname) return problem('menu_url_invalid', 'This address names no website');
  return { url: parsed.href };
}

interface CheckedEntry {
  label: string;
  parentId: number | null;
  itemId: number | null;
  url: string | null;
}

/** Every problem with an add or edit, each on its field, so the form can show them all at once. */
async function checkEntry(scope: SiteScope, entries: readonly MenuEntryRow[], input: MenuEntryInput, selfId: number | null): Promise<CheckedEntry> {
  const problems: FieldProblem[] = [];
  const label = input.label.trim();
  if (!label) problems.push({ path: 'label', code: 'menu_label_required', message: 'Give the entry a label' });
  else if (label.length > maxLabelLength) problems.push({ path: 'label', code: 'menu_label_too_long', params: { max: maxLabelLength }, message: `A label is at most ${maxLabelLength} characters` });

  if (input.parentId !== null) {
    const parent = entries.find((e) => e.id === input.parentId);
    const height = selfId === null ? 1 : heightOf(entries, selfId);
    if (!parent) problems.push({ path: 'parentId', code: 'menu_parent_unknown', message: 'The chosen parent is not an entry of this menu' });
    else if (selfId !== null && isInSubtree(entries, selfId, parent.id)) problems.push({ path: 'parentId', code: 'menu_parent_cycle', message: 'An entry cannot be placed under itself or one of its sub-entries' });
    else if (depthOf(entries, parent.id) + height > maxMenuDepth) problems.push({ path: 'parentId', code: 'menu_too_deep', params: { max: maxMenuDepth }, message: `Menus have at most ${maxMenuDepth} levels` });
  }

  let itemId: number | null = null;
  let url: string | null = null;
  if (input.target.kind === 'item') {
    const raw = input.target.itemId;
    if (raw === '') problems.push({ path: 'itemId', code: 'menu_item_required', message: 'Choose the page the entry links to' });
    // An item of another site is not found through this site's scope: it is refused like one that does not exist.
    else if (!/^\d{1,10}$/.test(raw) || !(await repo.itemExists(scope, Number(raw)))) problems.push({ path: 'itemId', code: 'menu_item_unknown', message: 'This is not a page of this site' });
    else itemId = Number(raw);
  } else {
    const checked = checkMenuUrl(input.target.url);
    if ('problem' in checked) problems.push(checked.problem);
    else url = checked.url;
  }
  if (problems.length) throw new ValidationError('The menu entry has problems', problems);
  return { label, parentId: input.parentId, itemId, url };
}

/** Adds an entry at the end of its parent's list (or of the top level). Returns its id. */
export async function addMenuEntry(context: MenuContext, menuName: string, language: string, input: MenuEntryInput): Promise<number> {
  const menu = requireMenuAndLanguage(context.site, menuName, language);
  return context.scope.transaction(async (scope) => {
    const entries = await repo.menuEntries(scope, menu, language);
    const checked = await checkEntry(scope, entries, input, null);
    const position = entries.filter((e) => e.parentId === checked.parentId).length;
    return repo.insertMenuEntry(scope, { menu, language, position, ...checked });
  });
}

/** Changes an entry's label, target or parent; a new parent takes it at the end of its children. */
export async function editMenuEntry(context: MenuContext, id: number, input: MenuEntryInput): Promise<MenuEntryRow> {
  return context.scope.transaction(async (scope) => {
    const entry = await requireEntry(scope, id);
    const entries = await repo.menuEntries(scope, entry.menu, entry.language);
    const checked = await checkEntry(scope, entries, input, id);
    await repo.updateMenuEntry(scope, id, { label: checked.label, itemId: checked.itemId, url: checked.url });
    if (checked.parentId !== entry.parentId) {
      const lists = siblingLists(entries);
      lists.set(entry.parentId, lists.get(entry.parentId)!.filter((x) => x !== id));
      lists.set(checked.parentId, [...(lists.get(checked.parentId) ?? []), id]);
      await persist(scope, entries, lists);
    }
    return { ...entry, ...checked };
  });
}

/**
 * Moves an entry: `up`/`down` among its siblings, `indent` under its previous sibling (as its
 * last child), `outdent` to just after its parent. A move the tree does not allow (no previous
 * sibling, a fourth level) is a conflict: the admin offers only the moves that are possible.
 */
export async function moveMenuEntry(context: MenuContext, id: number, direction: MoveDirection): Promise<MenuEntryRow> {
  return context.scope.transaction(async (scope) => {
    const entry = await requireEntry(scope, id);
    const entries = await repo.menuEntries(scope, entry.menu, entry.language);
    const lists = siblingLists(entries);
    const siblings = lists.get(entry.parentId)!;
    const index = siblings.indexOf(id);
    const refuse = (why: string) => new ConflictError(`This entry cannot be moved ${direction}: ${why}`, 'menu_move_refused');
    switch (direction) {
      case 'up':
      case 'down': {
        const other = direction === 'up' ? index - 1 : index + 1;
        if (other < 0 || other >= siblings.length) throw refuse(`it is already the ${direction === 'up' ? 'first' : 'last'} of its level`);
        [siblings[index], siblings[other]] = [siblings[other]!, siblings[index]!];
        break;
      }
      case 'indent': {
        if (index === 0) throw refuse('there is no entry above it on its level to nest it under');
        if (depthOf(entries, id) + heightOf(entries, id) > maxMenuDepth) throw refuse(`menus have at most ${maxMenuDepth} levels`);
        const newParent = siblings[index - 1]!;
        siblings.splice(index, 1);
        lists.set(newParent, [...(lists.get(newParent) ?? []), id]);
        break;
      }
      case 'outdent': {
        if (entry.parentId === null) throw refuse('it is already at the top level');
        const parent = entries.find((e) => e.id === entry.parentId)!;
        siblings.splice(index, 1);
        const outer = lists.get(parent.parentId)!;
        outer.splice(outer.indexOf(parent.id) + 1, 0, id);
        break;
      }
    }
    await persist(scope, entries, lists);
    return entry;
  });
}

/**
 * Deletes an entry. Its sub-entries are kept: they move up one level and take its place, in
 * order (ADR 0006). A one-click delete therefore never removes more than the entry clicked.
 */
export async function deleteMenuEntry(context: MenuContext, id: number): Promise<MenuEntryRow> {
  return context.scope.transaction(async (scope) => {
    const entry = await requireEntry(scope, id);
    const entries = await repo.menuEntries(scope, entry.menu, entry.language);
    const lists = siblingLists(entries);
    const siblings = lists.get(entry.parentId)!;
    siblings.splice(siblings.indexOf(id), 1, ...(lists.get(id) ?? []));
    lists.delete(id);
    await persist(scope, entries, lists);
    await repo.deleteMenuEntry(scope, id);
    return entry;
  });
}

export interface MenuTreeInput {
  label: string;
  itemId?: number;
  url?: string;
  children?: MenuTreeInput[];
}

/** Adds a whole tree of entries through the same checks an editor's form goes through (seeds, site templates). */
export async function addMenuTree(context: MenuContext, menu: MenuName, language: string, entries: readonly MenuTreeInput[], parentId: number | null = null): Promise<number> {
  let added = 0;
  for (const entry of entries) {
    const target: MenuEntryInput['target'] = entry.itemId !== undefined ? { kind: 'item', itemId: String(entry.itemId) } : { kind: 'url', url: entry.url ?? '' };
    const id = await addMenuEntry(context, menu, language, { label: entry.label, parentId, target });
    added += 1 + (await addMenuTree(context, menu, language, entry.children ?? [], id));
  }
  return added;
}
