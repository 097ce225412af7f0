import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip as gzipCallback } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { onSiteDataWritten } from '../db/site-changes.ts';

/**
 * Rendered public pages kept in memory (ADR 0015): each page is rendered once, compressed once
 * (brotli and gzip), and then answered from memory with a strong ETag until its site changes or
 * `ttlMs` passes. The hooks (`installPageCache`) wrap the public routes from outside; the handlers
 * know nothing of it.
 */

const brotli = promisify(brotliCompress);
const gzip = promisify(gzipCallback);

export type Encoding = 'br' | 'gzip' | 'identity';

/** What browsers and CDNs are told about every public page (ADR 0015). */
export const PAGE_CACHE_CONTROL = 'public, max-age=0, stale-while-revalidate=60';

/**
 * How long an entry is served from memory. Other server processes' writes arrive within a second
 * through the change broadcast on PostgreSQL (ADR 0023); this bounds what a lost notice, or a
 * CLI command that does not broadcast, can cost.
 */
export const DEFAULT_PAGE_TTL_MS = 60_000;

export interface CachedPage {
  key: string;
  siteId: number;
  etag: string;
  contentType: string;
  body: Buffer;
  gzip: Buffer;
  br: Buffer;
  expiresAt: number;
  /** What the entry costs in memory, as counted against `maxBytes`. */
  bytes: number;
}

export interface PageCacheOptions {
  /** The memory bound (bytes) over all entries; 0 keeps nothing (ETags, 304s and compression still work). */
  maxBytes: number;
  ttlMs?: number;
  /** For tests: the clock. */
  now?: () => number;
}

/**
 * An LRU map of rendered pages bounded by total bytes, forgetting a site's pages whenever that site's
 * data is written (`onSiteDataWritten`, raised by every `SiteScope` write and by the site directory
 * when a site's settings change).
 *
 * Every site has a generation that each write bumps; a page rendered while its site was written
 * (the request began before the write, the render read the old rows) carries the old generation
 * and is not stored, so a write never leaves a stale page behind in this process.
 *
 * @example
 *   const cache = new PageCache({ maxBytes: 64_000_000 });
 *   const generation = cache.generation(site.id);
 *   // … render html …
 *   await cache.store({ key, siteId: site.id, generation, contentType: 'text/html; charset=utf-8', body: Buffer.from(html) });
 *   cache.lookup(key)?.br; // the brotli form, compressed once
 */
export class PageCache {
  readonly maxBytes: number;
  readonly ttlMs: number;
  private readonly now: () => number;
  /** Insertion order is recency: a hit moves its entry to the end, eviction takes from the start. */
  private readonly entries = new Map<string, CachedPage>();
  private readonly keysBySite = new Map<number, Set<string>>();
  private readonly generations = new Map<number, number>();
  private totalBytes = 0;
  private readonly unsubscribe: () => void;
  readonly stats = { hits: 0, misses: 0, stores: 0, evictions: 0, invalidations: 0 };

  constructor(options: PageCacheOptions) {
    this.maxBytes = Math.max(0, options.maxBytes);
    this.ttlMs = options.ttlMs ?? DEFAULT_PAGE_TTL_MS;
    this.now = options.now ?? Date.now;
    this.unsubscribe = onSiteDataWritten((siteId) => this.forgetSite(siteId));
  }

  get enabled(): boolean {
    return this.maxBytes > 0;
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.totalBytes };
  }

  /** The site's current generation; pass it back to `store` to refuse a page rendered across a write. */
  generation(siteId: number): number {
    return this.generations.get(siteId) ?? 0;
  }

  /** A fresh entry (moved to most recently used), or undefined; an expired one is dropped. */
  lookup(key: string): CachedPage | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.remove(entry);
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /**
   * Compresses `body` once (brotli at its best, gzip at 9: a page is stored at most once a minute,
   * and the compression runs on libuv's threads) and keeps it, unless its site was written since
   * `generation` was read, the cache is off, or the page is larger than a sixteenth of the cache.
   * Returns the entry (also when not kept, so the caller can send its compressed forms).
   */
  async store(page: { key: string; siteId: number; generation: number; contentType: string; body: Buffer; etag?: string }): Promise<{ entry: CachedPage; stored: boolean }> {
    const [br, gz] = await Promise.all([
      brotli(page.body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: page.body.length, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT } }),
      gzip(page.body, { level: 9 }),
    ]);
    const entry: CachedPage = {
      key: page.key,
      siteId: page.siteId,
      etag: page.etag ?? etagOf(page.body),
      contentType: page.contentType,
      body: page.body,
      gzip: gz,
      br,
      expiresAt: this.now() + this.ttlMs,
      // The key is held twice (entries and the site's key set); 256 bytes for the objects around.
      bytes: page.body.length + gz.length + br.length + page.key.length * 4 + 256,
    };
    const stored = this.enabled && entry.bytes <= this.maxBytes / 16 && this.generation(page.siteId) === page.generation;
    if (!stored) return { entry, stored };
    const previous = this.entries.get(page.key);
    if (previous) this.remove(previous);
    this.entries.set(page.key, entry);
    let keys = this.keysBySite.get(page.siteId);
    if (!keys) this.keysBySite.set(page.siteId, (keys = new Set()));
    keys.add(page.key);
    this.totalBytes += entry.bytes;
    this.stats.stores++;
    for (const oldest of this.entries.values()) {
      if (this.totalBytes <= this.maxBytes) break;
      this.remove(oldest);
      this.stats.evictions++;
    }
    return { entry, stored };
  }

  /** Drops every page of the site and bumps its generation (pages being rendered will not be kept). */
  forgetSite(siteId: number): void {
    this.generations.set(siteId, this.generation(siteId) + 1);
    const keys = this.keysBySite.get(siteId);
    if (!keys) return;
    for (const key of keys) {
      const entry = this.entries.get(key);
      if (entry) this.remove(entry);
    }
    this.keysBySite.delete(siteId);
    this.stats.invalidations++;
  }

  /** Stops listening to site writes (the server closes). */
  close(): void {
    this.unsubscribe();
    this.entries.clear();
    this.keysBySite.clear();
    this.totalBytes = 0;
  }

  private remove(entry: CachedPage): void {
    if (this.entries.get(entry.key) !== entry) return;
    this.entries.delete(entry.key);
    this.keysBySite.get(entry.siteId)?.delete(entry.key);
    this.totalBytes -= entry.bytes;
  }
}

/** A strong ETag: a hash of the uncompressed body, so every encoding of the same page shares it. */
export function etagOf(body: Buffer | string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/**
 * Whether `If-None-Match` names this ETag. Weak comparison (RFC 9110 §13.1.2): a `W/` prefix, which
 * a proxy that recompressed the page may have added, still matches.
 *
 * @example ifNoneMatch('W/"abc", "def"', '"abc"') // true
 */
export function ifNoneMatch(header: string | string[] | undefined, etag: string): boolean {
  if (!header) return false;
  const value = Array.isArray(header) ? header.join(',') : header;
  if (value.trim() === '*') return true;
  return value.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * The encoding to send for an `Accept-Encoding` header: brotli, else gzip, else none. A coding with
 * `q=0` is refused; `*` stands for any coding not named.
 *
 * @example preferredEncoding('gzip, deflate, br;q=0') // 'gzip'
 */
export function preferredEncoding(header: string | string[] | undefined): Encoding {
  const value = (Array.isArray(header) ? header.join(',') : (header ?? '')).toLowerCase();
  const quality = new Map<string, number>();
  for (const part of value.split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/.exec(p)?.[1]).find((x) => x !== undefined);
    quality.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const accepts = (coding: string) => (quality.get(coding) ?? quality.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return 'identity';
}

/**
 * The cache key of a request: the site, the scheme and `Host` exactly as sent (pages write their
 * canonical links from them when the site has no primary domain), the path as sent and the query's
 * parameters in a stable order (`?b=1&a=2` and `?a=2&b=1` are one page; repeated names keep their
 * order). The method is not in it: HEAD is answered from GET's entry. The database is not in it
 * either: one cache belongs to one server, and a server to one database.
 *
 * @example pageKey(3, 'https', 'be.example.org', '/en/news?page=2&tag=x') // '3 https://be.example.org/en/news?page=2&tag=x'
 */
export function pageKey(siteId: number, protocol: string, host: string, url: string): string {
  const queryAt = url.indexOf('?');
  const path = queryAt < 0 ? url : url.slice(0, queryAt);
  const query = queryAt < 0 ? '' : url.slice(queryAt + 1);
  const pairs = query === '' ? [] : query.split('&').map((pair, index) => ({ pair, name: pair.split('=')[0]!, index }));
  pairs.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.index - b.index));
  return `${siteId} ${protocol}://${host}${path}${pairs.length ? `?${pairs.map((p) => p.pair).join('&')}` : ''}`;
}

interface RequestState {
  key: string;
  siteId: number;
  generation: number;
  hit: boolean;
}

export interface InstallPageCacheOptions {
  /** Route patterns (as declared, e.g. `/:lang/search`) never cached: still compressed and ETagged. */
  exclude?: readonly string[];
}

/**
 * Adds the page cache's hooks to an encapsulated Fastify context: `onRequest` answers GET and HEAD
 * from memory (or 304), `onSend` gives every 200 HTML response of the context its ETag,
 * `Cache-Control`, `Vary` and compression, and stores it. Register the routes to cache inside the
 * same context, after this call.
 *
 * @example
 *   await app.register(async (cached) => {
 *     installPageCache(cached, cache, { exclude: ['/:lang/search'] });
 *     await cached.register(publicRoutes);
 *   });
 */
export function installPageCache(app: FastifyInstance, cache: PageCache, options: InstallPageCacheOptions = {}): void {
  const excluded = new Set(options.exclude ?? []);
  const states = new WeakMap<FastifyRequest, RequestState>();

  app.addHook('onRequest', async (request, reply) => {
    if (reply.sent || !request.site || (request.method !== 'GET' && request.method !== 'HEAD')) return;
    if (excluded.has(request.routeOptions.url ?? '')) return;
    const key = pageKey(request.site.id, request.protocol, request.headers.host ?? '', request.url);
    const entry = cache.enabled ? cache.lookup(key) : undefined;
    states.set(request, { key, siteId: request.site.id, generation: cache.generation(request.site.id), hit: Boolean(entry) });
    if (!entry) {
      if (cache.enabled) cache.stats.misses++;
      return;
    }
    cache.stats.hits++;
    reply.header('x-cache', 'hit');
    pageHeaders(reply, entry.etag);
    if (ifNoneMatch(request.headers['if-none-match'], entry.etag)) return reply.code(304).send();
    return sendEncoded(reply.type(entry.contentType), entry, preferredEncoding(request.headers['accept-encoding']));
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const state = states.get(request);
    if (state?.hit) return payload;
    const contentType = String(reply.getHeader('content-type') ?? '');
    if (reply.statusCode !== 200 || !contentType.startsWith('text/html') || (typeof payload !== 'string' && !Buffer.isBuffer(payload))) return payload;
    const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
    const etag = etagOf(body);
    pageHeaders(reply, etag);
    reply.header('x-cache', 'miss');
    // A response that sets a cookie or says it is private is somebody's own: never kept, never shared.
    const personal = reply.hasHeader('set-cookie');
    if (personal) reply.header('cache-control', 'private, no-store');
    if (state && cache.enabled && !personal) {
      // Stored even for a conditional request: the next visitor without the page gets it from memory.
      const { entry } = await cache.store({ key: state.key, siteId: state.siteId, generation: state.generation, contentType, body, etag });
      if (ifNoneMatch(request.headers['if-none-match'], etag)) return notModified(reply);
      return encodedPayload(reply, entry, preferredEncoding(request.headers['accept-encoding']));
    }
    if (ifNoneMatch(request.headers['if-none-match'], etag)) return notModified(reply);
    return compressOnce(reply, body, preferredEncoding(request.headers['accept-encoding']));
  });
}

function pageHeaders(reply: FastifyReply, etag: string): void {
  reply.header('etag', etag).header('cache-control', PAGE_CACHE_CONTROL).header('vary', 'Accept-Encoding');
}

function sendEncoded(reply: FastifyReply, entry: CachedPage, encoding: Encoding) {
  return reply.send(encodedPayload(reply, entry, encoding));
}

function encodedPayload(reply: FastifyReply, entry: CachedPage, encoding: Encoding): Buffer {
  if (encoding === 'identity') return entry.body;
  reply.header('content-encoding', encoding);
  return encoding === 'br' ? entry.br : entry.gzip;
}

function notModified(reply: FastifyReply): null {
  reply.code(304).removeHeader('content-type').removeHeader('content-length');
  return null;
}

/**
 * Without the cache (excluded routes, `PAGE_CACHE_MB=0`) a page is compressed for this one
 * response, at the fast levels: on the demo pages brotli 5 is about a sixth larger than 11 but
 * some twenty times quicker (under a millisecond).
 */
async function compressOnce(reply: FastifyReply, body: Buffer, encoding: Encoding): Promise<Buffer> {
  if (encoding === 'identity') return body;
  reply.header('content-encoding', encoding);
  return encoding === 'br'
    ? brotli(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT } })
    : gzip(body, { level: 6 });
}
