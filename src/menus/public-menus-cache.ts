import { countPublishedByType } from '../content/service.ts';
import { nowIso } from '../db/database.ts';
import { SiteCache } from '../db/site-cache.ts';
import type { SiteScope } from '../db/site-scope.ts';
import type { Site } from '../sites/site.ts';
import { type PublicMenus, publicMenus } from './service.ts';

/**
 * The public menus, kept in memory for a few seconds per site and language (`SiteCache`). Every
 * public page shows both menus; reading them is one query, but on PostgreSQL that query (three
 * tables joined) costs about as much as the page's own item, so under load it halved the pages
 * served.
 */
const cache = new SiteCache<Promise<PublicMenus>>(5_000);

/** `publicMenus` through the cache; for visitors' pages only (the admin reads the menus fresh). */
export function cachedPublicMenus(scope: SiteScope, site: Site, language: string): Promise<PublicMenus> {
  const cached = cache.get(scope, language);
  if (cached) return cached;
  const menus = cache.set(scope, language, withSections(scope, publicMenus(scope, site, language)));
  // A failed read is not kept: the next page tries again.
  menus.catch(() => cache.forget(scope, language, menus));
  return menus;
}

/** The menus, and which types have published items when the generated navigation stands in for an empty main menu. */
async function withSections(scope: SiteScope, reading: Promise<PublicMenus>): Promise<PublicMenus> {
  const menus = await reading;
  if (menus.main.length) return menus;
  const counts = await countPublishedByType(scope, nowIso());
  return { ...menus, sections: [...counts.keys()] };
}
