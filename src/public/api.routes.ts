import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { contentTypeByName, contentTypes } from '../content/registry.ts';
import { findPublishedItemById, isLive, listPublishedItems } from '../content/service.ts';
import { nowIso } from '../db/database.ts';
import { SiteScope } from '../db/site-scope.ts';
import { BadRequestError, NotFoundError } from '../errors.ts';
import { requireSite } from '../sites/request-site.ts';
import type { Site } from '../sites/site.ts';
import { matchLanguage, siteOrigin } from './page-builder.ts';
import { presentItem } from './presenter.ts';
import { mediaOfFields } from './service.ts';
import { openApiDocument } from './openapi.ts';

const maxLimit = 100;

const requireApiSite = (request: FastifyRequest): Site => requireSite(request, 'The read API answers on a site’s own host');

function parseLanguage(site: Site, raw: unknown): string {
  if (raw === undefined) return site.defaultLanguage;
  const match = typeof raw === 'string' ? matchLanguage(site, raw) : { kind: 'unknown' as const };
  if (match.kind === 'unknown') throw new BadRequestError(`"lang" must be one of this site's languages: ${site.languages.join(', ')}`, 'invalid_language');
  return match.language;
}

function parseLimit(raw: unknown): number {
  if (raw === undefined) return 20;
  if (typeof raw !== 'string' || !/^\d{1,3}$/.test(raw) || Number(raw) < 1 || Number(raw) > maxLimit) {
    throw new BadRequestError(`"limit" must be a whole number from 1 to ${maxLimit}`, 'invalid_limit');
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

function cors(reply: FastifyReply) {
  return reply.header('access-control-allow-origin', '*').header('cache-control', 'public, max-age=60');
}

/** `/api/v1/`: published content as JSON, one site per host, described by OpenAPI 3.1. */
export async function apiRoutes(app: FastifyInstance) {
  app.get('/api/v1/openapi.json', async (_request, reply) => cors(reply).send(openApiDocument()));

  app.get<{ Querystring: { lang?: string; type?: string; limit?: string; cursor?: string } }>('/api/v1/items', async (request, reply) => {
    const site = requireApiSite(request);
    const language = parseLanguage(site, request.query.lang);
    const type = request.query.type === undefined ? undefined : contentTypeByName(request.query.type);
    if (request.query.type !== undefined && !type) throw new BadRequestError(`"type" must be one of: ${contentTypes.map((t) => t.name).join(', ')}`, 'invalid_type');
    const limit = parseLimit(request.query.limit);
    const offset = parseCursor(request.query.cursor);
    const scope = new SiteScope(app.services.db.kysely, site.id);
    const now = nowIso();
    const { views, total } = await listPublishedItems(scope, site, { type: type?.name, language, limit, offset, sort: 'newest', now });
    const origin = siteOrigin(request, site);
    const media = await mediaOfFields(scope, views);
    const items = views.map((view) =>
      presentItem(view, contentTypeByName(view.item.type)!, origin, view.item.translations.filter((t) => isLive(t, now)), media, site.defaultLanguage),
    );
    const nextOffset = offset + views.length;
    return cors(reply).send({
      items,
      total,
      nextCursor: nextOffset < total ? Buffer.from(`o:${nextOffset}`).toString('base64url') : null,
    });
  });

  app.get<{ Params: { id: string }; Querystring: { lang?: string } }>('/api/v1/items/:id', async (request, reply) => {
    const site = requireApiSite(request);
    const language = parseLanguage(site, request.query.lang);
    if (!/^\d{1,10}$/.test(request.params.id)) throw new BadRequestError('An item id is a whole number', 'invalid_id');
    const scope = new SiteScope(app.services.db.kysely, site.id);
    const now = nowIso();
    const view = await findPublishedItemById(scope, site, Number(request.params.id), language, now);
    if (!view) throw new NotFoundError(`There is no published item ${request.params.id} on this site`, 'item_not_found');
    const media = await mediaOfFields(scope, [view]);
    return cors(reply).send(presentItem(view, contentTypeByName(view.item.type)!, siteOrigin(request, site), view.item.translations.filter((t) => isLive(t, now)), media, site.defaultLanguage));
  });
}
