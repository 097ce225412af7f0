import { BlockList, isIP } from 'node:net';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { AppServices } from '../app-services.ts';
import { queueDepth } from '../jobs/queue.ts';
import { liveSiteSyncs, type SiteSyncRow } from '../network/network-reads.ts';
import { siteLabel } from './logging.ts';
import type { PageCache } from './page-cache.ts';

/**
 * Prometheus metrics of one server process (ADR 0023), served at `/metrics` to the addresses of
 * `METRICS_ALLOW` only. One registry per app (tests build many apps in one process). What is
 * counted per request is counted in an `onResponse` hook; what lives elsewhere (page cache, CBD
 * syncs, job queue) is read when Prometheus scrapes.
 */

/** What a request was, for the latency histogram: few values, so the series stay few. */
export type RouteKind = 'page' | 'cached-page' | 'portal' | 'admin' | 'api' | 'feed' | 'media' | 'asset' | 'seo' | 'ops' | 'unmatched';

export function routeKind(request: FastifyRequest, reply: FastifyReply): RouteKind {
  const route = request.routeOptions.url;
  if (!route) return 'unmatched';
  if (route === '/healthz' || route === '/readyz' || route === '/metrics') return 'ops';
  if (route.startsWith('/assets/') || route === '/favicon.ico') return 'asset';
  if (route.startsWith('/admin')) return 'admin';
  if (route.startsWith('/api/')) return 'api';
  if (route.startsWith('/feeds/') || route.endsWith('.ics')) return 'feed';
  if (route.startsWith('/media/')) return 'media';
  if (route.startsWith('/sitemap') || route === '/robots.txt') return 'seo';
  if (request.isPortal) return 'portal';
  return reply.getHeader('x-cache') === 'hit' ? 'cached-page' : 'page';
}

export interface MetricsSources {
  services: AppServices;
  pageCache?: PageCache;
  /** The job queue's depth by state; by default `queueDepth(db)` of `src/jobs/queue.ts`. */
  queueDepth?: () => Promise<Record<string, number>>;
}

export interface AppMetrics {
  registry: Registry;
  /** Counts a finished request (called from `onResponse`). */
  observe(request: FastifyRequest, reply: FastifyReply): void;
}

/** Builds the registry and its collectors for one app. */
export function createMetrics(sources: MetricsSources): AppMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const requests = new Counter({
    name: 'ecotone_http_requests_total',
    help: 'HTTP requests answered, by site (its code, "portal", or "none" for host-less paths and unknown hosts) and status class.',
    labelNames: ['site', 'status'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'ecotone_http_request_duration_seconds',
    help: 'Time from the request to the end of the response, by kind of route.',
    labelNames: ['kind'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });

  const cache = sources.pageCache;
  if (cache) {
    // Counters fed from the cache's own running totals at each scrape.
    const seen = { hits: 0, misses: 0, evictions: 0, invalidations: 0 };
    const counterOf = (name: keyof typeof seen, help: string) =>
      new Counter({
        name: `ecotone_page_cache_${name}_total`,
        help,
        registers: [registry],
        collect() {
          const now = cache.stats[name];
          if (now > seen[name]) this.inc(now - seen[name]);
          seen[name] = now;
        },
      });
    counterOf('hits', 'Public pages answered from the page cache.');
    counterOf('misses', 'Cacheable public pages that had to be rendered.');
    counterOf('evictions', 'Pages dropped from the page cache to stay within PAGE_CACHE_MB.');
    counterOf('invalidations', "Times a site's cached pages were forgotten because its data changed (here or in another process).");
    new Gauge({
      name: 'ecotone_page_cache_bytes',
      help: 'Memory held by the page cache, as counted against PAGE_CACHE_MB.',
      registers: [registry],
      collect() {
        this.set(cache.size.bytes);
      },
    });
    new Gauge({
      name: 'ecotone_page_cache_entries',
      help: 'Pages held by the page cache.',
      registers: [registry],
      collect() {
        this.set(cache.size.entries);
      },
    });
  }

  new Gauge({
    name: 'ecotone_sites',
    help: 'Sites hosted by this installation, by status.',
    labelNames: ['status'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const site of sources.services.sites.all()) this.inc({ status: site.status });
    },
  });

  const { services } = sources;
  // Both sync gauges read the same rows; one query per scrape (the two collects run side by side).
  let syncRead: { at: number; rows: Promise<{ site: string; row: SiteSyncRow }[]> } | undefined;
  const syncRows = () => {
    if (!syncRead || Date.now() - syncRead.at > 1_000) {
      const codes = new Map(services.sites.all().map((s) => [s.id, s.code]));
      const rows = liveSiteSyncs(services.db.kysely)
        .then((bySite) => [...bySite.values()].flatMap((row) => (codes.has(row.site_id) ? [{ site: codes.get(row.site_id)!, row }] : [])))
        // The database down must not take the process metrics with it: the series are left out.
        .catch(() => []);
      syncRead = { at: Date.now(), rows };
    }
    return syncRead.rows;
  };
  new Gauge({
    name: 'ecotone_cbd_sync_ok',
    help: 'Whether the last CBD national-data sync of each live site succeeded (1) or failed (0); a site never synced has no series.',
    labelNames: ['site'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const { site, row } of await syncRows()) if (row.last_attempt_at) this.set({ site }, row.last_error ? 0 : 1);
    },
  });
  new Gauge({
    name: 'ecotone_cbd_sync_last_success_timestamp_seconds',
    help: 'When the CBD national-data sync of each live site last succeeded (Unix time).',
    labelNames: ['site'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const { site, row } of await syncRows()) if (row.last_success_at) this.set({ site }, Date.parse(row.last_success_at) / 1000);
    },
  });

  {
    const depth = sources.queueDepth ?? (() => queueDepth(services.db.kysely));
    new Gauge({
      name: 'ecotone_job_queue_depth',
      help: 'Background jobs in the queue, by state.',
      labelNames: ['state'] as const,
      registers: [registry],
      async collect() {
        this.reset();
        for (const [state, n] of Object.entries(await depth().catch(() => ({})))) this.set({ state }, n);
      },
    });
  }

  return {
    registry,
    observe(request, reply) {
      const status = `${Math.floor(reply.statusCode / 100)}xx`;
      requests.inc({ site: siteLabel(request) ?? 'none', status });
      latency.observe({ kind: routeKind(request, reply) }, reply.elapsedTime / 1000);
    },
  };
}

/** Loopback only: what `METRICS_ALLOW` defaults to. */
export const DEFAULT_METRICS_ALLOW = ['127.0.0.0/8', '::1'];

/**
 * The addresses that may read `/metrics`, from `METRICS_ALLOW`'s entries (addresses and CIDR
 * ranges, IPv4 or IPv6). An IPv4 client seen as `::ffff:a.b.c.d` is checked as `a.b.c.d`.
 *
 * @example addressAllowList(['10.0.0.0/8', '::1']).allows('10.1.2.3') // true
 */
export function addressAllowList(entries: readonly string[]): { allows(address: string): boolean } {
  const list = new BlockList();
  for (const entry of entries) {
    const [address, bits] = entry.split('/');
    const family = isIP(address ?? '') === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address!, family);
    else list.addSubnet(address!, Number(bits), family);
  }
  return {
    allows(raw: string) {
      const address = raw.startsWith('::ffff:') && isIP(raw.slice(7)) === 4 ? raw.slice(7) : raw;
      const family = isIP(address);
      if (family === 0) return false;
      return list.check(address, family === 6 ? 'ipv6' : 'ipv4');
    },
  };
}

/**
 * Counts every request of the app (a root-level hook, so routes of every plugin are seen) and
 * serves `/metrics`: the text format to allowed addresses, a plain 404 to everyone else, so the
 * path does not advertise itself. The client's address is Fastify's `request.ip`, which honours
 * `X-Forwarded-For` only from the proxies named by `TRUST_PROXY`.
 */
export function installMetrics(app: FastifyInstance, sources: MetricsSources, allowed: readonly string[]): AppMetrics {
  const metrics = createMetrics(sources);
  const allow = addressAllowList(allowed);
  app.addHook('onResponse', async (request, reply) => metrics.observe(request, reply));
  app.get('/metrics', async (request, reply) => {
    if (!allow.allows(request.ip)) return reply.callNotFound();
    const text = await metrics.registry.metrics();
    return reply.type(metrics.registry.contentType).header('cache-control', 'no-store').send(text);
  });
  return metrics;
}
