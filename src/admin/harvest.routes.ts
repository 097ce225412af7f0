import '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { audit } from '../accounts/audit.ts';
import { SiteScope } from '../db/site-scope.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import { parseFeedLines, parseNameLines, type HarvestSourceInput } from '../interop/harvest/schema.ts';
import {
  createHarvestSource,
  findHarvestSource,
  harvestSourcesNow,
  type HarvestSourceView,
  listHarvestSources,
  removeHarvestSource,
  setSiteHarvestSelection,
  siteHarvestSelection,
  updateHarvestSource,
} from '../interop/harvest/service.ts';
import { buildAdminContext } from './admin-context.ts';
import { type FormBody, problemsByControl } from './form.ts';
import { html, requireAdminSite } from './http.ts';
import { HarvestPage, HarvestSourcePage, RemoteStreamsPage } from './views/harvest-page.tsx';

/** These pages exist only on the portal host: on a site's host they are not found. */
function requirePortal(request: FastifyRequest): void {
  if (request.site) throw new NotFoundError('Harvested sites are administered on the portal’s host', 'not_portal');
}

function sourceId(raw: string): number {
  const id = Number(raw);
  if (!/^\d{1,10}$/.test(raw) || !Number.isSafeInteger(id)) throw new NotFoundError(`There is no harvest source ${raw.slice(0, 20)}`, 'harvest_source_not_found');
  return id;
}

/** The form's fields as a source (feeds and names are written one per line). */
function formToSource(body: FormBody): HarvestSourceInput {
  const text = (name: string) => String(body[name] ?? '');
  return { name: text('name'), names: parseNameLines(text('names')), country: text('country'), homeUrl: text('homeUrl'), feeds: parseFeedLines(text('feeds')) };
}

function sourceToForm(source: HarvestSourceView): Record<string, string> {
  return {
    name: source.name,
    names: Object.entries(source.names).map(([language, name]) => `${language}=${name}`).join('\n'),
    country: source.country,
    homeUrl: source.homeUrl,
    feeds: source.feeds.map((f) => `${f.kind} ${f.language} ${f.url}`).join('\n'),
  };
}

/** A problem's control in the form: `feeds[1].url` → `feeds`, `names.fr` → `names`. */
const controlOf = (control: string) => (control.startsWith('feeds') ? 'feeds' : control.startsWith('names') ? 'names' : control);

const notices = ['added', 'saved', 'removed'] as const;

/**
 * Network administrators' pages for harvested CHM sites (`/admin/network/harvest`, ADR 0020), and
 * a site manager's choice of them for the home page (`/admin/settings/remote-streams`).
 */
export async function harvestAdminRoutes(app: FastifyInstance) {
  const db = app.services.db.kysely;

  app.get<{ Querystring: { notice?: string; name?: string } }>('/admin/network/harvest', { config: { policy: 'network.manage' } }, async (request, reply) => {
    requirePortal(request);
    const ctx = buildAdminContext(request, request.user, request.user!.csrfToken, 'harvest');
    const kind = notices.find((n) => n === request.query.notice);
    const notice = kind ? { ok: true, text: ctx.t(`admin.harvest.${kind}`, { name: String(request.query.name ?? '').slice(0, 200) }) } : undefined;
    return html(reply, h(HarvestPage, { ctx, sources: await listHarvestSources(db), values: { feeds: '' }, errors: new Map(), notice }));
  });

  app.post<{ Body: FormBody }>('/admin/network/harvest', { config: { policy: 'network.manage' } }, async (request, reply) => {
    requirePortal(request);
    try {
      const source = await createHarvestSource(db, formToSource(request.body));
      await audit(db, { siteId: null, userId: request.user!.actor.userId, action: 'harvest.add', subject: `harvest-source:${source.id}` });
      return reply.redirect(`/admin/network/harvest?notice=added&name=${encodeURIComponent(source.name)}`, 303);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const ctx = buildAdminContext(request, request.user, request.user!.csrfToken, 'harvest');
      const errors = problemsByControl(error.details, ctx.t, controlOf);
      return html(reply, h(HarvestPage, { ctx, sources: await listHarvestSources(db), values: request.body as Record<string, string>, errors }), 422);
    }
  });

  app.get<{ Params: { id: string } }>('/admin/network/harvest/:id', { config: { policy: 'network.manage' } }, async (request, reply) => {
    requirePortal(request);
    const source = await findHarvestSource(db, sourceId(request.params.id));
    const ctx = buildAdminContext(request, request.user, request.user!.csrfToken, 'harvest');
    return html(reply, h(HarvestSourcePage, { ctx, source, values: sourceToForm(source), errors: new Map() }));
  });

  app.post<{ Params: { id: string }; Body: FormBody }>('/admin/network/harvest/:id', { config: { policy: 'network.manage' } }, async (request, reply) => {
    requirePortal(request);
    const source = await findHarvestSource(db, sourceId(request.params.id));
    try {
      const saved = await updateHarvestSource(db, source.id, formToSource(request.body));
      await audit(db, { siteId: null, userId: request.user!.actor.userId, action: 'harvest.update', subject: `harvest-source:${source.id}` });
      return reply.redirect(`/admin/network/harvest?notice=saved&name=${encodeURIComponent(saved.name)}`, 303);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const ctx = buildAdminContext(request, request.user, request.user!.csrfToken, 'harvest');
      return html(reply, h(HarvestSourcePage, { ctx, source, values: request.body as Record<string, string>, errors: problemsByControl(error.details, ctx.t, controlOf) }), 422);
    }
  });

  app.post<{ Params: { id: string } }>('/admin/network/harvest/:id/remove', { config: { policy: 'network.manage' } }, async (request, reply) => {
    requirePortal(request);
    const id = sourceId(request.params.id);
    await removeHarvestSource(db, id);
    await audit(db, { siteId: null, userId: request.user!.actor.userId, action: 'harvest.remove', subject: `harvest-source:${id}` });
    return reply.redirect('/admin/network/harvest?notice=removed', 303);
  });

  /** Fetches the source's feeds now, in the request: a handful of feeds, each bounded by HARVEST_TIMEOUT_MS. */
  app.post<{ Params: { id: string } }>('/admin/network/harvest/:id/fetch', { config: { policy: 'network.manage' } }, async (request, reply) => {
    requirePortal(request);
    const source = await findHarvestSource(db, sourceId(request.params.id));
    const report = await harvestSourcesNow(app.services, { sourceIds: [source.id] });
    const sum = (key: 'added' | 'updated') => report.feeds.reduce((n, f) => n + f[key], 0);
    const failed = report.feeds.filter((f) => f.outcome === 'failed').length;
    await audit(db, { siteId: null, userId: request.user!.actor.userId, action: 'harvest.fetch', subject: `harvest-source:${source.id}`, details: { added: sum('added'), updated: sum('updated'), failed } });
    const ctx = buildAdminContext(request, request.user, request.user!.csrfToken, 'harvest');
    const notice = { ok: failed === 0, text: ctx.t('admin.harvest.fetched', { name: source.name, added: sum('added'), updated: sum('updated'), failed }) };
    return html(reply, h(HarvestPage, { ctx, sources: await listHarvestSources(db), values: { feeds: '' }, errors: new Map(), notice }), failed ? 502 : 200);
  });

  app.get<{ Querystring: { saved?: string } }>('/admin/settings/remote-streams', { config: { policy: 'site.settings' } }, async (request, reply) => {
    const site = requireAdminSite(request);
    const ctx = buildAdminContext(request, request.user, request.user!.csrfToken, 'settings');
    const [sources, selected] = await Promise.all([listHarvestSources(db), siteHarvestSelection(new SiteScope(db, site.id))]);
    return html(reply, h(RemoteStreamsPage, { ctx, sources, selected, saved: request.query.saved !== undefined }));
  });

  app.post<{ Body: FormBody }>('/admin/settings/remote-streams', { config: { policy: 'site.settings' } }, async (request, reply) => {
    const site = requireAdminSite(request);
    const ids = [request.body.sources ?? []].flat().map((raw) => sourceId(String(raw)));
    await setSiteHarvestSelection(new SiteScope(db, site.id), ids);
    await audit(db, { siteId: site.id, userId: request.user!.actor.userId, action: 'site.remote-streams', subject: `site:${site.code}`, details: { sources: ids } });
    return reply.redirect('/admin/settings/remote-streams?saved=1', 303);
  });
}
