import type { FastifyReply, FastifyRequest } from 'fastify';
import { onSiteDataWritten } from '../db/site-changes.ts';
import { ifNoneMatch, PageCache, pageKey, preferredEncoding } from '../web/page-cache.ts';

/**
 * The network portal's pages and feeds kept in memory (ADR 0022), with the page cache's machinery
 * (`web/page-cache.ts`: compressed once, strong ETags, 304s). The portal shows every live site's
 * content, so a write to **any** site forgets all of it; entries also expire after a minute,
 * which bounds what another process's writes, and events passing from upcoming to past, take to
 * show. All portal entries live under one pseudo site id that no real site has.
 */
const portalEntries = 0;

/** The portal's share of memory: its pages are few (a home and a status page per language, a few feeds). */
const portalCacheBytes = (configured: number) => Math.min(configured, 8_000_000);

export class PortalCache {
  private readonly pages: PageCache;
  private readonly unsubscribe: () => void;

  constructor(options: { maxBytes: number; ttlMs?: number }) {
    this.pages = new PageCache({ maxBytes: portalCacheBytes(options.maxBytes), ttlMs: options.ttlMs ?? 60_000 });
    this.unsubscribe = onSiteDataWritten(() => this.pages.forgetSite(portalEntries));
  }

  get stats() {
    return this.pages.stats;
  }

  /**
   * Answers from memory (or `304`), or renders with `render`, keeps the result and sends it.
   * `variant` holds what the page depends on besides the URL (the negotiated language).
   *
   * @example
   *   return cache.send(request, reply, { variant: language, contentType: 'text/html; charset=utf-8', cacheControl }, () => renderHome());
   */
  async send(
    request: FastifyRequest,
    reply: FastifyReply,
    page: { variant: string; contentType: string; cacheControl: string; vary?: string },
    render: () => Promise<string>,
  ): Promise<FastifyReply> {
    const key = `${page.variant} ${pageKey(portalEntries, request.protocol, request.headers.host ?? '', request.url)}`;
    reply.header('cache-control', page.cacheControl).header('vary', page.vary ? `Accept-Encoding, ${page.vary}` : 'Accept-Encoding');
    let entry = this.pages.enabled ? this.pages.lookup(key) : undefined;
    if (entry) {
      this.pages.stats.hits++;
      reply.header('x-cache', 'hit');
    } else {
      if (this.pages.enabled) this.pages.stats.misses++;
      const generation = this.pages.generation(portalEntries);
      const body = Buffer.from(await render());
      entry = (await this.pages.store({ key, siteId: portalEntries, generation, contentType: page.contentType, body })).entry;
      reply.header('x-cache', 'miss');
    }
    reply.header('etag', entry.etag).type(entry.contentType);
    if (ifNoneMatch(request.headers['if-none-match'], entry.etag)) return reply.code(304).send();
    const encoding = preferredEncoding(request.headers['accept-encoding']);
    if (encoding === 'identity') return reply.send(entry.body);
    return reply.header('content-encoding', encoding).send(encoding === 'br' ? entry.br : entry.gzip);
  }

  close(): void {
    this.unsubscribe();
    this.pages.close();
  }
}
