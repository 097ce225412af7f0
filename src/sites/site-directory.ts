import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { type ChangeOrigin, registryChanged, siteDataWritten } from '../db/site-changes.ts';
import { listSites, registryVersion } from './repo.ts';
import type { Site } from './site.ts';

export type HostMatch =
  | { kind: 'portal' }
  | { kind: 'site'; site: Site }
  | { kind: 'redirect'; site: Site; to: string }
  | { kind: 'unknown' };

/**
 * Resolves a request's host to a site from an in-memory map, so that resolution costs no query.
 * The map is rebuilt when this process changes the registry (`refresh()`) and when another
 * process did (a cheap version check every few seconds), so a site created by the CLI appears
 * on a running server without a restart. A site whose settings or domains changed (or that went
 * away) is announced like a write of its data (`siteDataWritten`), so that its cached pages,
 * rendered with the old name, theme or languages, are forgotten (ADR 0015). On PostgreSQL the
 * change broadcast (ADR 0023) tells other processes at once; the version check stays as the
 * fallback for a lost notification and for SQLite.
 */
export class SiteDirectory {
  private byHost = new Map<string, HostMatch>();
  private byCode = new Map<string, Site>();
  private version = -1;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly options: { portalHosts: readonly string[]; localSiteSuffix: string },
  ) {}

  /**
   * Reloads the registry. `origin` says who changed it: `local` (this process wrote, the default)
   * also tells other processes (`registryChanged`); `remote` (another process did) only forgets
   * the changed sites' cached pages here.
   */
  async refresh(origin: ChangeOrigin = 'local'): Promise<void> {
    const version = await registryVersion(this.db);
    const sites = await listSites(this.db);
    const byHost = new Map<string, HostMatch>();
    for (const host of this.options.portalHosts) byHost.set(host, { kind: 'portal' });
    for (const site of sites) {
      byHost.set(`${site.code}.${this.options.localSiteSuffix}`, { kind: 'site', site });
      const primary = site.domains.find((d) => d.kind === 'primary')?.host;
      for (const domain of site.domains) {
        byHost.set(
          domain.host,
          domain.kind === 'redirect' && primary ? { kind: 'redirect', site, to: primary } : { kind: 'site', site },
        );
      }
    }
    const previous = this.byCode;
    const previousVersion = this.version;
    this.byHost = byHost;
    this.byCode = new Map(sites.map((s) => [s.code, s]));
    this.version = version;
    announceChangedSites(previous, this.byCode, origin);
    if (previousVersion !== -1 && previousVersion !== version) registryChanged(origin);
  }

  /** Reloads only when the registry's version moved (one small query otherwise). */
  async refreshIfChanged(origin: ChangeOrigin): Promise<boolean> {
    const version = await registryVersion(this.db);
    if (version === this.version) return false;
    await this.refresh(origin);
    return true;
  }

  /** Starts the cross-process version check. `unref` keeps it from holding the process open. */
  watch(intervalMs: number): void {
    if (this.timer || intervalMs <= 0) return;
    this.timer = setInterval(() => {
      // Another process changed the registry: it already told the others, if it could.
      this.refreshIfChanged('remote').catch(() => undefined); // a passing database hiccup must not stop serving; the next tick retries
    }, intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  resolve(host: string | null): HostMatch {
    if (!host) return { kind: 'unknown' };
    return this.byHost.get(host) ?? { kind: 'unknown' };
  }

  byCodeOrUndefined(code: string): Site | undefined {
    return this.byCode.get(code);
  }

  all(): Site[] {
    return [...this.byCode.values()];
  }
}

/**
 * Signals every site whose registry row differs between two loads, or that is gone. Compared whole
 * (a few hundred small objects, only when the registry version moved) rather than by `updatedAt`,
 * which two saves in the same millisecond would share.
 */
function announceChangedSites(before: ReadonlyMap<string, Site>, after: ReadonlyMap<string, Site>, origin: ChangeOrigin): void {
  if (before.size === 0) return; // the first load: nothing was cached from an older one
  const afterById = new Map([...after.values()].map((site) => [site.id, site]));
  for (const old of before.values()) {
    const current = afterById.get(old.id);
    if (!current || JSON.stringify(current) !== JSON.stringify(old)) siteDataWritten(old.id, origin);
  }
}
