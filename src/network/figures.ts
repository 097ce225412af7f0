import { setImmediate as yieldToRequests } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { onSiteDataWritten } from '../db/site-changes.ts';
import { SiteScope } from '../db/site-scope.ts';
import * as reads from './network-reads.ts';

/**
 * The network's figures (ADR 0022): per live site, its last publication and update, published
 * items per type, CBD sync state and media bytes. Read over the whole network at once they are a
 * scan of every item (a million at 200 sites × 5,000 items), which on SQLite would hold the
 * server's only thread for seconds. So each site's figures are read on their own, through its
 * scope, and kept: a site written in this process (`onSiteDataWritten`) is read again a few
 * seconds later, every site at least every five minutes (writes of other processes), one site at
 * a time and in the background, while pages show the previous reading. Only a site never read
 * yet is waited for.
 */
export interface NetworkFigures {
  sites: Map<number, reads.SiteFigures>;
  syncs: Map<number, reads.SiteSyncRow>;
  storage: Map<number, number>;
}

export interface FiguresCacheOptions {
  /** Each site is read again after this long (5 minutes). */
  maxAgeMs?: number;
  /** A site written is read again once its last reading is this old (5 s): a burst of writes costs one reading. */
  afterWriteMs?: number;
  now?: () => number;
  /** Where a failed background reading is reported; the previous figures stay in use. */
  onError?: (error: unknown) => void;
}

interface Reading<T> {
  value: T;
  readAt: number;
}

/**
 * @example
 *   const figures = new FiguresCache(db);
 *   const { sites } = await figures.get(liveSites);
 */
export class FiguresCache {
  private readonly perSite = new Map<number, Reading<reads.SiteFigures>>();
  private network: Reading<Omit<NetworkFigures, 'sites'>> | undefined;
  private readonly writtenAt = new Map<number, number>();
  private refreshing: Promise<void> | undefined;
  private readonly unsubscribe: () => void;
  private readonly maxAgeMs: number;
  private readonly afterWriteMs: number;
  private readonly now: () => number;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly options: FiguresCacheOptions = {},
  ) {
    this.maxAgeMs = options.maxAgeMs ?? 300_000;
    this.afterWriteMs = options.afterWriteMs ?? 5_000;
    this.now = options.now ?? Date.now;
    this.unsubscribe = onSiteDataWritten((siteId) => {
      this.writtenAt.set(siteId, this.now());
    });
  }

  /** The figures of these sites: read now for sites never read, else the last reading (refreshed behind). */
  async get(sites: readonly { id: number }[]): Promise<NetworkFigures> {
    const unread = sites.filter((s) => !this.perSite.has(s.id));
    if (unread.length || !this.network) await this.readSites(unread.map((s) => s.id));
    if (sites.some((s) => this.isStale(s.id)) || this.networkIsStale()) this.refreshInBackground(sites.map((s) => s.id));
    const figures = new Map<number, reads.SiteFigures>();
    for (const site of sites) {
      const reading = this.perSite.get(site.id);
      if (reading) figures.set(site.id, reading.value);
    }
    return { sites: figures, ...this.network!.value };
  }

  private isStale(siteId: number): boolean {
    const reading = this.perSite.get(siteId);
    if (!reading) return true;
    const age = this.now() - reading.readAt;
    return age > this.maxAgeMs || ((this.writtenAt.get(siteId) ?? -1) >= reading.readAt && age > this.afterWriteMs);
  }

  private networkIsStale(): boolean {
    if (!this.network) return true;
    const age = this.now() - this.network.readAt;
    const lastWrite = Math.max(-1, ...this.writtenAt.values());
    return age > this.maxAgeMs || (lastWrite >= this.network.readAt && age > this.afterWriteMs);
  }

  private refreshInBackground(siteIds: readonly number[]): void {
    if (this.refreshing) return;
    this.refreshing = this.readSites(siteIds.filter((id) => this.isStale(id)))
      .catch((error) => this.options.onError?.(error))
      .finally(() => {
        this.refreshing = undefined;
      });
  }

  /** Reads the given sites one by one, letting requests through between them, then the network-wide figures (two small sums). */
  private async readSites(siteIds: readonly number[]): Promise<void> {
    for (const siteId of siteIds) {
      const readAt = this.now();
      const value = await reads.siteFigures(new SiteScope(this.db, siteId), new Date(readAt).toISOString());
      this.perSite.set(siteId, { value, readAt });
      await yieldToRequests();
    }
    const readAt = this.now();
    const [syncs, storage] = await Promise.all([reads.liveSiteSyncs(this.db), reads.liveSiteStorage(this.db)]);
    this.network = { value: { syncs, storage }, readAt };
  }

  close(): void {
    this.unsubscribe();
  }
}
