import '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { audit } from '../accounts/audit.ts';
import { AppError, BadRequestError, NotFoundError, ValidationError } from '../errors.ts';
import { grantNetworkAdmin, listNetworkAdmins, revokeNetworkAdmin } from '../accounts/network-admins.ts';
import { NetworkAdminsPage } from './views/network-admins-page.tsx';
import { buildAdminContext } from './admin-context.ts';
import { type FormBody, problemsByControl } from './form.ts';
import { createSiteFromSeed, deleteSite, resetSite, resumeSite, suspendSite } from '../sites/lifecycle.ts';
import { siteName } from '../sites/site.ts';
import { NetworkPage } from './views/network-page.tsx';
import { OutboxPage } from './views/log-pages.tsx';
import { SiteDeletePage } from './views/site-delete-page.tsx';

import { html } from './http.ts';

/** These pages exist only on the portal host: on a site's host they are not found. */
function requirePortal(request: FastifyRequest, message = 'The network is administered on the portal’s host'): void {
  if (request.site) throw new NotFoundError(message, 'not_portal');
}

/** Network administrators' pages on the portal host: sites, network administrators and the outbox. */
export async function networkAdminRoutes(app: FastifyInstance) {
  const db = app.services.db.kysely;
  app.get('/admin/outbox', { config: { policy: 'network.manage' } }, async (request, reply) => {
    requirePortal(request, 'The outbox is read on the portal’s host');
    const ctx = buildAdminContext(request, request.user, request.user!.csrfToken, 'outbox');
    const rows = await db.selectFrom('outbox').selectAll().orderBy('id', 'desc').limit(100).execute();
    return html(
      reply,
      h(OutboxPage, { ctx, delivers: app.services.mailer.delivers, rows: rows.map((r) => ({ to: r.recipient, subject: r.subject, text: r.body_text, at: r.created_at, sentAt: r.sent_at, error: r.error })) }),
    );
  });

  function networkRows(request: FastifyRequest, language: string) {
    const port = request.headers.host?.match(/:(\d+)$/)?.[1];
    return app.services.sites.all()
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((site) => ({
        code: site.code,
        name: siteName(site, language),
        status: site.status,
        languages: site.languages,
        href: `${request.protocol}://${site.code}.${app.services.config.localSiteSuffix}${port ? `:${port}` : ''}/admin`,
        resettable: site.status === 'training' && site.seed !== null,
      }));
  }

  app.get<{ Querystring: { created?: string; reset?: string } }>('/admin/network', { config: { policy: 'network.manage' } }, async (request, reply) => {
    requirePortal(request);
    const ctx = buildAdminContext(request, request.user, request.user!.csrfToken);
    const notice = request.query.created
      ? ctx.t('admin.network.created', { code: request.query.created.slice(0, 32) })
      : request.query.reset
        ? ctx.t('admin.lifecycle.resetDone', { code: request.query.reset.slice(0, 32) })
        : undefined;
    return html(reply, h(NetworkPage, { ctx, sites: networkRows(request, ctx.language), values: {}, errors: new Map(), notice }));
  });

  app.post<{ Body: FormBody }>('/admin/network/sites', { config: { policy: 'network.manage' } }, async (request, reply) => {
    requirePortal(request);
    const text = (name: string) => String(request.body[name] ?? '').trim();
    const languages = text('languages').split(/[\s,]+/).filter(Boolean);
    try {
      // The standard national-CHM seed unless an empty site is asked for (ADR 0021).
      const seed = text('seed') === 'none' ? 'none' : 'national-chm';
      const { site } = await createSiteFromSeed(app.services, { code: text('code'), country: text('country') || null, languages, names: { [languages[0] ?? 'en']: text('name') }, status: 'test' }, { seed });
      await audit(db, { siteId: site.id, userId: request.user!.actor.userId, action: 'site.create', subject: `site:${site.code}` });
      return reply.redirect(`/admin/network?created=${encodeURIComponent(site.code)}`, 303);
    } catch (error) {
      if (!(error instanceof AppError) || (error.code !== 'validation_failed' && error.code !== 'site_exists')) throw error;
      const ctx = buildAdminContext(request, request.user, request.user!.csrfToken);
      const details = error.details.length ? error.details : [{ path: 'code', message: error.message }];
      // The form has one name field (for the first language) and one languages field.
      const errors = problemsByControl(details, ctx.t, (control) => (control.startsWith('names.') ? 'name' : control === 'defaultLanguage' ? 'languages' : control));
      return html(reply, h(NetworkPage, { ctx, sites: networkRows(request, ctx.language), values: request.body as Record<string, string>, errors }), error.statusCode);
    }
  });

  app.post<{ Params: { code: string }; Body: FormBody }>('/admin/network/sites/:code/status', { config: { policy: 'network.manage' } }, async (request, reply) => {
    requirePortal(request);
    const status = String(request.body.status ?? '');
    if (status !== 'live' && status !== 'suspended') throw new BadRequestError('"status" must be live or suspended', 'invalid_status');
    const message = String(request.body.message ?? '').trim();
    const site =
      status === 'suspended'
        ? await suspendSite(app.services, request.params.code, { message: message ? { [app.services.sites.byCodeOrUndefined(request.params.code)?.defaultLanguage ?? 'en']: message } : {} })
        : await resumeSite(app.services, request.params.code);
    await audit(db, { siteId: site.id, userId: request.user!.actor.userId, action: status === 'suspended' ? 'site.suspend' : 'site.resume', subject: `site:${site.code}` });
    return reply.redirect('/admin/network', 303);
  });

  app.post<{ Params: { code: string }; Body: FormBody }>('/admin/network/sites/:code/reset', { config: { policy: 'network.manage' } }, async (request, reply) => {
    requirePortal(request);
    const report = await resetSite(app.services, request.params.code, { actorId: request.user!.actor.userId });
    return reply.redirect(`/admin/network?reset=${encodeURIComponent(report.site)}`, 303);
  });

  // Deleting asks for the code to be typed; the site is backed up before anything is removed.
  function siteToDelete(code: string) {
    const site = app.services.sites.byCodeOrUndefined(code);
    if (!site) throw new NotFoundError(`There is no site with code "${code.slice(0, 32)}"`, 'site_not_found');
    return site;
  }

  app.get<{ Params: { code: string } }>('/admin/network/sites/:code/delete', { config: { policy: 'network.manage' } }, async (request, reply) => {
    requirePortal(request);
    const site = siteToDelete(request.params.code);
    const ctx = buildAdminContext(request, request.user, request.user!.csrfToken);
    return html(reply, h(SiteDeletePage, { ctx, code: site.code, name: siteName(site, ctx.language) }));
  });

  app.post<{ Params: { code: string }; Body: FormBody }>('/admin/network/sites/:code/delete', { config: { policy: 'network.manage' } }, async (request, reply) => {
    requirePortal(request);
    const site = siteToDelete(request.params.code);
    const ctx = buildAdminContext(request, request.user, request.user!.csrfToken);
    const confirm = String(request.body.confirm ?? '').trim();
    if (confirm !== site.code) {
      return html(reply, h(SiteDeletePage, { ctx, code: site.code, name: siteName(site, ctx.language), error: ctx.t('admin.lifecycle.deleteMismatch', { code: site.code }) }), 422);
    }
    const report = await deleteSite(app.services, site.code, { confirm, actorId: request.user!.actor.userId });
    const notice = ctx.t('admin.lifecycle.deleted', { code: report.site, archive: report.archive });
    return html(reply, h(NetworkPage, { ctx, sites: networkRows(request, ctx.language), values: {}, errors: new Map(), notice }));
  });

  // Network administrators. `notice` and `error` in the query name a message, never carry its text.
  const adminNotices = ['granted', 'invited', 'already', 'revoked'] as const;
  const adminErrors: Record<string, string> = { revoke_self: 'admin.networkAdmins.revokeSelf', last_network_admin: 'admin.networkAdmins.revokeLast' };

  async function adminsPage(request: FastifyRequest, reply: FastifyReply, options: { notice?: string; error?: string; values?: Record<string, string>; errors?: Map<string, string[]>; status?: number }) {
    const ctx = buildAdminContext(request, request.user, request.user!.csrfToken, 'admins');
    const selfId = request.user!.actor.userId;
    const admins = (await listNetworkAdmins(db)).map((a) => ({ ...a, isSelf: a.userId === selfId }));
    return html(reply, h(NetworkAdminsPage, { ctx, admins, values: options.values ?? {}, errors: options.errors ?? new Map(), notice: options.notice, error: options.error }), options.status);
  }

  app.get<{ Querystring: { notice?: string; email?: string } }>('/admin/network/admins', { config: { policy: 'network.manage' } }, async (request, reply) => {
    requirePortal(request);
    const ctx = buildAdminContext(request, request.user, request.user!.csrfToken, 'admins');
    const kind = adminNotices.find((n) => n === request.query.notice);
    const notice = kind ? ctx.t(`admin.networkAdmins.${kind}`, { email: String(request.query.email ?? '').slice(0, 254) }) : undefined;
    return adminsPage(request, reply, { notice });
  });

  app.post<{ Body: FormBody }>('/admin/network/admins', { config: { policy: 'network.manage' } }, async (request, reply) => {
    requirePortal(request);
    const actorId = request.user!.actor.userId;
    try {
      const grant = await grantNetworkAdmin(db, { email: String(request.body.email ?? ''), displayName: String(request.body.displayName ?? '') });
      if (!grant.already) {
        const ctx = buildAdminContext(request, null, '');
        const origin = `${request.protocol}://${request.headers.host}`;
        await app.services.mailer.send({
          siteId: null,
          to: grant.email,
          subject: ctx.t('mail.networkInvite.subject'),
          text: grant.invitationToken ? ctx.t('mail.networkInvite.body', { link: `${origin}/admin/password/${grant.invitationToken}` }) : ctx.t('mail.networkRole.body', { link: `${origin}/admin/network` }),
        });
        await audit(db, { siteId: null, userId: actorId, action: grant.invitationToken ? 'network-admin.invite' : 'network-admin.grant', subject: `user:${grant.userId}` });
      }
      const notice = grant.already ? 'already' : grant.invitationToken ? 'invited' : 'granted';
      return reply.redirect(`/admin/network/admins?notice=${notice}&email=${encodeURIComponent(grant.email)}`, 303);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const ctx = buildAdminContext(request, request.user, request.user!.csrfToken, 'admins');
      return adminsPage(request, reply, { values: request.body as Record<string, string>, errors: problemsByControl(error.details, ctx.t), status: 422 });
    }
  });

  app.post<{ Params: { id: string }; Body: FormBody }>('/admin/network/admins/:id/revoke', { config: { policy: 'network.manage' } }, async (request, reply) => {
    requirePortal(request);
    const targetId = Number(request.params.id);
    if (!Number.isSafeInteger(targetId) || targetId <= 0) throw new NotFoundError('There is no such user', 'user_not_found');
    const actorId = request.user!.actor.userId;
    try {
      const revoked = await revokeNetworkAdmin(db, { actorId, targetId });
      await audit(db, { siteId: null, userId: actorId, action: 'network-admin.revoke', subject: `user:${targetId}` });
      return reply.redirect(`/admin/network/admins?notice=revoked&email=${encodeURIComponent(revoked.email)}`, 303);
    } catch (error) {
      if (!(error instanceof AppError) || !(error.code in adminErrors)) throw error;
      const ctx = buildAdminContext(request, request.user, request.user!.csrfToken, 'admins');
      return adminsPage(request, reply, { error: ctx.t(adminErrors[error.code]!), status: error.statusCode });
    }
  });
}
