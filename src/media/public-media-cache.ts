import { SiteCache } from '../db/site-cache.ts';
import type { SiteScope } from '../db/site-scope.ts';
import { loadMediaEntries, type MediaEntry } from './presenter.ts';

/**
 * The library files visitors' pages show (file, variants, texts), kept in memory for a few seconds
 * per site (`SiteCache`): three queries saved on every page with a picture, which on PostgreSQL
 * cost more than the page's own item. A file that is not on the site is remembered as absent too.
 */
const cache = new SiteCache<MediaEntry | null>(5_000);

/** `loadMediaEntries` through the cache; the files not cached are read in one batch. */
export async function cachedMediaEntries(scope: SiteScope, ids: Iterable<number>): Promise<Map<number, MediaEntry>> {
  const found = new Map<number, MediaEntry>();
  const missing: number[] = [];
  for (const id of new Set(ids)) {
    const cached = cache.get(scope, String(id));
    if (cached === undefined) missing.push(id);
    else if (cached) found.set(id, cached);
  }
  if (missing.length === 0) return found;
  const loaded = await loadMediaEntries(scope, missing);
  for (const id of missing) {
    const entry = loaded.get(id) ?? null;
    cache.set(scope, String(id), entry);
    if (entry) found.set(id, entry);
  }
  return found;
}
