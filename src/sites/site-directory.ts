import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
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
 * on a running server without a restart.
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

  async refresh(): Promise<void> {
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
    this.byHost = byHost;
    this.byCode = new Map(sites.map((s) => [s.code, s]));
    this.version = version;
  }

  /** Starts the cross-process version check. `unref` keeps it from holding the process open. */
  watch(intervalMs: number): void {
    if (this.timer || intervalMs <= 0) return;
    this.timer = setInterval(() => {
      registryVersion(this.db)
        .then((version) => (version !== this.version ? this.refresh() : undefined))
        .catch(() => undefined); // a passing database hiccup must not stop serving; the next tick retries
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
