import type { SiteScope } from '../db/site-scope.ts';
import { onSiteDataWritten } from '../db/site-changes.ts';
import type { Site } from '../sites/site.ts';
import { type PublicMenus, publicMenus } from './service.ts';

/**
 * The public menus, kept in memory for a few seconds per site and language. Every public page
 * shows both menus; reading them is one query, but on PostgreSQL that query (three tables joined)
 * costs about as much as the page's own item, so under load it halved the pages served.
 *
 * Entries are forgotten as soon as anything of the site is written in this process (a menu, an
 * item published, unpublished or trashed: `site-changes.ts`), and expire after `ttlMs` anyway, so
 * that a change made by another server process, or a scheduled publication falling due, shows
 * within seconds.
 */
const ttlMs = 5_000;

interface Entry {
  expiresAt: number;
  menus: Promise<PublicMenus>;
}

// Per site (so that a write forgets its site in one step), then per database and language: tests,
// and one process serving two databases, reuse site ids.
const databaseIds = new WeakMap<object, number>();
const entriesBySite = new Map<number, Map<string, Entry>>();
let nextDatabaseId = 1;

onSiteDataWritten((siteId) => entriesBySite.delete(siteId));

/** `publicMenus` through the cache; for visitors' pages only (the admin reads the menus fresh). */
export function cachedPublicMenus(scope: SiteScope, site: Site, language: string): Promise<PublicMenus> {
  let databaseId = databaseIds.get(scope.db);
  if (databaseId === undefined) databaseIds.set(scope.db, (databaseId = nextDatabaseId++));
  const key = `${databaseId}:${language}`;
  const now = Date.now();
  const cached = entriesBySite.get(site.id)?.get(key);
  if (cached && cached.expiresAt > now) return cached.menus;
  const menus = publicMenus(scope, site, language);
  const entry = { expiresAt: now + ttlMs, menus };
  let entries = entriesBySite.get(site.id);
  if (!entries) entriesBySite.set(site.id, (entries = new Map()));
  entries.set(key, entry);
  // A failed read is not kept: the next page tries again.
  menus.catch(() => {
    if (entriesBySite.get(site.id)?.get(key) === entry) entriesBySite.get(site.id)!.delete(key);
  });
  return menus;
}
