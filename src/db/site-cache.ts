import { onSiteDataWritten } from './site-changes.ts';
import type { SiteScope } from './site-scope.ts';

/**
 * A small in-memory cache of what visitors' pages read, per site. Entries are forgotten as soon
 * as anything of their site is written in this process (`site-changes.ts`) and expire after
 * `ttlMs` anyway, so that a change made by another server process, or a publication falling due,
 * shows within seconds. Keys are per database as well as per site: tests, and a process serving
 * two databases, reuse site ids.
 *
 * @example
 *   const cache = new SiteCache<Promise<PublicMenus>>(5_000);
 *   const menus = cache.get(scope, 'fr') ?? cache.set(scope, 'fr', publicMenus(scope, site, 'fr'));
 */
export class SiteCache<V> {
  private readonly bySite = new Map<number, Map<string, { expiresAt: number; value: V }>>();

  constructor(
    private readonly ttlMs: number,
    /** Beyond this many entries a site's cache starts again empty (a crude bound, rarely reached). */
    private readonly maxEntriesPerSite = 10_000,
  ) {
    onSiteDataWritten((siteId) => this.bySite.delete(siteId));
  }

  get(scope: SiteScope, key: string): V | undefined {
    const entry = this.bySite.get(scope.siteId)?.get(this.keyOf(scope, key));
    return entry && entry.expiresAt > Date.now() ? entry.value : undefined;
  }

  /** Stores `value` and returns it. */
  set(scope: SiteScope, key: string, value: V): V {
    let entries = this.bySite.get(scope.siteId);
    if (!entries || entries.size >= this.maxEntriesPerSite) this.bySite.set(scope.siteId, (entries = new Map()));
    entries.set(this.keyOf(scope, key), { expiresAt: Date.now() + this.ttlMs, value });
    return value;
  }

  /** Forgets one entry if it still holds `value` (a failed read must not be kept). */
  forget(scope: SiteScope, key: string, value: V): void {
    const entries = this.bySite.get(scope.siteId);
    const full = this.keyOf(scope, key);
    if (entries?.get(full)?.value === value) entries.delete(full);
  }

  private keyOf(scope: SiteScope, key: string): string {
    return `${databaseId(scope.db)}:${key}`;
  }
}

const databaseIds = new WeakMap<object, number>();
let nextDatabaseId = 1;

function databaseId(db: object): number {
  let id = databaseIds.get(db);
  if (id === undefined) databaseIds.set(db, (id = nextDatabaseId++));
  return id;
}
