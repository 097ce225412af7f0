import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { audit } from '../accounts/audit.ts';
import { SiteScope } from '../db/site-scope.ts';
import { runCbdSync } from '../interop/cbd/service.ts';
import { siteSyncStatus } from '../interop/cbd/status.ts';
import { termTitle } from '../vocabularies/service.ts';
import { buildAdminContext } from './admin-context.ts';
import { html, requireAdminSite } from './http.ts';
import { CbdPage } from './views/cbd-page.tsx';

/** A site manager's page for the national data synced from the CBD, with "Sync now" (ADR 0016). */
export async function cbdAdminRoutes(app: FastifyInstance) {
  const { db } = app.services;

  async function page(request: Parameters<typeof requireAdminSite>[0], outcome?: { ok: boolean; text: string }) {
    const site = requireAdminSite(request);
    const ctx = buildAdminContext(request, request.user, request.user!.csrfToken, 'cbd');
    const scope = new SiteScope(db.kysely, site.id);
    const rows = await scope.selectFrom('items').select(['type', (eb) => eb.fn.countAll<number>().as('count')]).where('origin', '=', 'cbd').where('deleted_at', 'is', null).groupBy('type').orderBy('type').execute();
    const country = site.country ? app.services.vocabularies.get(site.country) : undefined;
    return h(CbdPage, {
      ctx,
      country: site.country,
      countryName: country ? termTitle(country, ctx.language) : null,
      apiUrl: app.services.config.cbdApiUrl,
      status: await siteSyncStatus(scope),
      counts: rows.map((r) => ({ type: r.type, count: Number(r.count) })),
      publicLanguage: site.defaultLanguage,
      outcome,
      intervalHours: app.services.config.cbdSyncIntervalHours,
    });
  }

  app.get('/admin/cbd', { config: { policy: 'site.settings' } }, async (request, reply) => html(reply, await page(request)));

  /** Syncs now, in the request (a site's national data is tens of records: seconds, not minutes). */
  app.post('/admin/cbd/sync', { config: { policy: 'site.settings' } }, async (request, reply) => {
    const site = requireAdminSite(request);
    const { t } = buildAdminContext(request, request.user, request.user!.csrfToken);
    const report = await runCbdSync(app.services, { sites: [site], vocabularies: false, log: request.log });
    const result = report.sites[0]!;
    await audit(db.kysely, { siteId: site.id, userId: request.user!.actor.userId, action: 'cbd.sync', subject: `site:${site.code}`, details: { ok: result.ok, ...result.counts, error: result.error } });
    const outcome = result.ok
      ? { ok: true, text: t('admin.cbd.synced', { ...result.counts, skipped: result.skipped.length }) }
      : { ok: false, text: t('admin.cbd.syncFailed', { error: result.error ?? '' }) };
    return html(reply, await page(request, outcome), result.ok ? 200 : 502);
  });
}
