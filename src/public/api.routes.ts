import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ContentTypeDefinition } from '../content/content-type.ts';
import type { ItemView } from '../content/item.ts';
import { contentTypeByName, contentTypes } from '../content/registry.ts';
import { findPublishedItem, findPublishedItemById, isLive, listPublishedItems } from '../content/service.ts';
import { isValidSlug } from '../content/slug.ts';
import { nowIso } from '../db/database.ts';
import { SiteScope } from '../db/site-scope.ts';
import { AppError, BadRequestError, NotFoundError } from '../errors.ts';
import { exportItemRecord } from '../interop/cbd/export/service.ts';
import { requireSite } from '../sites/request-site.ts';
import type { Site } from '../sites/site.ts';
import { API_DEFAULT_LIMIT, API_MAX_LIMIT, API_RATE_LIMIT_PER_MINUTE, openApiDocument } from './openapi.ts';
import { matchLanguage, siteOrigin } from './page-builder.ts';
import { type ApiItem, presentItem } from './presenter.ts';
import { parseTag } from './schema.ts';
import { mediaOfFields } from './service.ts';

const requireApiSite = (request: FastifyRequest): Site => requireSite(request, 'The read API answers on a site’s own host');

function parseLanguage(site: Site, raw: unknown): string {
  if (raw === undefined) return site.defaultLanguage;
  const match = typeof raw === 'string' ? matchLanguage(site, raw) : { kind: 'unknown' as const };
  if (match.kind === 'unknown') throw new BadRequestError(`"lang" must be one of this site's languages: ${site.languages.join(', ')}`, 'invalid_language');
  return match.language;
}

function parseType(raw: unknown): ContentTypeDefinition | undefined {
  if (raw === undefined) return undefined;
  const type = typeof raw === 'string' ? contentTypeByName(raw) : undefined;
  if (!type) throw new BadRequestError(`"type" must be one of: ${contentTypes.map((t) => t.name).join(', ')}`, 'invalid_type');
  return type;
}

function parseLimit(raw: unknown): number {
  if (raw === undefined) return API_DEFAULT_LIMIT;
  if (typeof raw !== 'string' || !/^\d{1,3}$/.test(raw) || Number(raw) < 1 || Number(raw) > API_MAX_LIMIT) {
    throw new BadRequestError(`"limit" must be a whole number from 1 to ${API_MAX_LIMIT}`, 'invalid_limit');
  }
  return Number(raw);
}

/** Opaque cursor: the offset of the next page, so clients page without building offsets themselves. */
function parseCursor(raw: unknown): number {
  if (raw === undefined || raw === '') return 0;
  const decoded = typeof raw === 'string' ? Buffer.from(raw, 'base64url').toString('utf8') : '';
  if (!/^o:\d{1,7}$/.test(decoded)) throw new BadRequestError('"cursor" is not a cursor this API gave out', 'invalid_cursor');
  return Number(decoded.slice(2));
}

/** An RFC 3339 instant with its offset, normalised to the stored form (UTC, milliseconds) so text comparison holds. */
function parseUpdatedSince(raw: unknown): string | undefined {
  if (raw === undefined) return undefined;
  const valid = typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i.test(raw) && !Number.isNaN(Date.parse(raw));
  if (!valid) throw new BadRequestError('"updatedSince" must be a date and time with its offset, e.g. 2025-01-31T00:00:00Z', 'invalid_updated_since');
  return new Date(raw).toISOString();
}

function parseTagFilter(raw: unknown): string | undefined {
  try {
    return parseTag(raw);
  } catch {
    throw new BadRequestError('"tag" must be a vocabulary identifier such as GBF-TARGET-03', 'invalid_tag');
  }
}

/** Which headers a page on another origin may read: what it needs to page politely. */
const exposedHeaders = 'ETag, Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset';

export interface ApiRoutesOptions {
  /** Requests per minute per client address; default `API_RATE_LIMIT_PER_MINUTE`. */
  rateLimitPerMinute?: number;
}

/**
 * `/api/v1/`: published content as JSON, one site per host, described by OpenAPI 3.1
 * (`openapi.ts`). Open to every origin for reads (CORS, preflight included), limited per client
 * address, cached by clients for a minute.
 */
export async function apiRoutes(app: FastifyInstance, options: ApiRoutesOptions = {}) {
  const perMinute = options.rateLimitPerMinute ?? API_RATE_LIMIT_PER_MINUTE;
  const document = openApiDocument();

  // Set before anything can fail, so that errors (400, 404, 429) are readable cross-origin too.
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    reply.header('access-control-allow-origin', '*').header('access-control-expose-headers', exposedHeaders);
  });

  // Encapsulated in this plugin: counts only API requests. In memory, per process.
  await app.register(rateLimit, {
    max: perMinute,
    timeWindow: 60_000,
    keyGenerator: (request) => request.ip,
    errorResponseBuilder: (_request, context) =>
      new AppError('rate_limited', context.statusCode, `Too many requests: at most ${context.max} a minute from one address; retry in ${context.after}`),
  });

  const answer = (reply: FastifyReply, body: unknown) => reply.header('cache-control', 'public, max-age=60').send(body);

  // A preflight needs no site: it only says which cross-origin reads are allowed.
  app.options('/api/v1/*', async (request, reply) => {
    const requested = request.headers['access-control-request-headers'];
    return reply
      .code(204)
      .header('access-control-allow-methods', 'GET, HEAD, OPTIONS')
      .header('access-control-allow-headers', typeof requested === 'string' && /^[\w\s,-]{0,500}$/.test(requested) ? requested : 'Accept, If-None-Match')
      .header('access-control-max-age', '86400')
      .header('cache-control', 'public, max-age=86400')
      .send();
  });

  app.get('/api/v1/openapi.json', async (_request, reply) => answer(reply, document));

  app.get<{ Querystring: Record<string, string | undefined> }>('/api/v1/items', async (request, reply) => {
    const site = requireApiSite(request);
    const language = parseLanguage(site, request.query.lang);
    const type = parseType(request.query.type);
    const tag = parseTagFilter(request.query.tag);
    const updatedSince = parseUpdatedSince(request.query.updatedSince);
    const limit = parseLimit(request.query.limit);
    const offset = parseCursor(request.query.cursor);
    const scope = new SiteScope(app.services.db.kysely, site.id);
    const now = nowIso();
    const { views, total } = await listPublishedItems(scope, site, { type: type?.name, language, tag, updatedSince, limit, offset, sort: 'newest', now });
    const items = await present(scope, request, site, views, now);
    const nextOffset = offset + views.length;
    return answer(reply, { items, total, nextCursor: nextOffset < total ? Buffer.from(`o:${nextOffset}`).toString('base64url') : null });
  });

  app.get<{ Params: { id: string }; Querystring: { lang?: string } }>('/api/v1/items/:id', async (request, reply) => {
    const site = requireApiSite(request);
    const language = parseLanguage(site, request.query.lang);
    if (!/^\d{1,10}$/.test(request.params.id)) throw new BadRequestError('An item id is a whole number', 'invalid_id');
    const scope = new SiteScope(app.services.db.kysely, site.id);
    const now = nowIso();
    const view = await findPublishedItemById(scope, site, Number(request.params.id), language, now);
    if (!view) throw new NotFoundError(`There is no published item ${request.params.id} on this site`, 'item_not_found');
    return answer(reply, (await present(scope, request, site, [view], now))[0]);
  });

  // The item as the CBD's Clearing-House would take it (docs/cbd-exchange.md): 422 with the reasons when it cannot be one.
  app.get<{ Params: { id: string } }>('/api/v1/items/:id/cbd-record', async (request, reply) => {
    const site = requireApiSite(request);
    if (!/^\d{1,10}$/.test(request.params.id)) throw new BadRequestError('An item id is a whole number', 'invalid_id');
    const scope = new SiteScope(app.services.db.kysely, site.id);
    const exported = await exportItemRecord(scope, site, Number(request.params.id), { vocabularies: app.services.vocabularies, origin: siteOrigin(request, site) });
    return answer(reply, exported.record);
  });

  app.get<{ Params: { type: string; slug: string }; Querystring: { lang?: string } }>('/api/v1/items/by-slug/:type/:slug', async (request, reply) => {
    const site = requireApiSite(request);
    const language = parseLanguage(site, request.query.lang);
    const type = parseType(request.params.type)!;
    const slug = request.params.slug.normalize('NFC');
    const scope = new SiteScope(app.services.db.kysely, site.id);
    const now = nowIso();
    const view = isValidSlug(slug) ? await findPublishedItem(scope, site, type.name, slug, language, now) : undefined;
    if (!view) throw new NotFoundError(`There is no published ${type.name} "${slug}" on this site`, 'item_not_found');
    return answer(reply, (await present(scope, request, site, [view], now))[0]);
  });
}

/** Items as the API shows them, with the library files their media fields name (one batch). */
async function present(scope: SiteScope, request: FastifyRequest, site: Site, views: ItemView[], now: string): Promise<ApiItem[]> {
  const origin = siteOrigin(request, site);
  const media = await mediaOfFields(scope, views);
  return views.map((view) =>
    presentItem(view, contentTypeByName(view.item.type)!, origin, view.item.translations.filter((t) => isLive(t, now)), media, site.defaultLanguage),
  );
}
