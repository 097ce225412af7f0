import '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { audit, listAuditEvents } from '../accounts/audit.ts';
import { type Action, authorize, can, canEditItem, ForbiddenError } from '../accounts/policy.ts';
import { login, logout, logoutEverywhere, randomToken, sameSecret, type SessionUser, sessionLifetimeMs, sessionUser } from '../accounts/sessions.ts';
import { contentTypeByName } from '../content/registry.ts';
import type { Item } from '../content/item.ts';
import { notifyWorkflowChange } from '../content/workflow-notifications.ts';
import { siteOrigin } from '../public/page-builder.ts';
import { findItem } from '../content/repo.ts';
import { isLive, listRevisions, requireContentType, restoreRevision, revisionSnapshot, saveItem } from '../content/service.ts';
import { SiteScope } from '../db/site-scope.ts';
import { AppError, BadRequestError, NotFoundError, ValidationError } from '../errors.ts';
import type { Site } from '../sites/site.ts';
import { termTitle } from '../vocabularies/service.ts';
import { renderDocument } from '../web/layout.tsx';
import { buildAdminContext } from './admin-context.ts';
import { type FormBody, formToItemInput, itemToFormValues, problemsByControl } from './form.ts';
import { dashboardData, listItemsForAdmin } from './service.ts';
import { ContentListPage } from './views/content-list-page.tsx';
import { DashboardPage } from './views/dashboard-page.tsx';
import { CompareRevisionsPage, RevisionsPage } from './views/revisions-page.tsx';
import { diffRevisions } from './revision-diff.ts';
import { EditPage, type EditPageProps } from './views/edit-page.tsx';
import { LoginPage } from './views/login-page.tsx';
import { SettingsPage } from './views/settings-page.tsx';
import { createSite, updateSite } from '../sites/service.ts';
import { siteName } from '../sites/site.ts';
import { NetworkPage } from './views/network-page.tsx';
import { AuditPage, OutboxPage } from './views/log-pages.tsx';
import { ForgotPasswordPage, SetPasswordPage, UsersPage } from './views/users-page.tsx';
import { inviteToSite, issuePasswordReset, setPasswordWithToken, tokenUser } from '../accounts/invitations.ts';
import { type SiteRole, siteRoles } from '../accounts/service.ts';
import { AccountPage } from './views/account-page.tsx';
import { shippedUiLanguages } from '../i18n/translator.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The action an admin route needs (checked before the handler), or `public: true`. */
    policy?: Action;
    public?: boolean;
  }
  interface FastifyRequest {
    user: SessionUser | null;
  }
}

export const sessionCookie = 'ecotone_session';

/** Every admin route as the router registered it, with its policy: the security tests walk this list. */
export const adminRouteTable = new Map<string, { method: string; url: string; policy: Action | null }>();
const loginCsrfCookie = 'ecotone_login_csrf';
const pageSize = 25;
const timeZones = Intl.supportedValuesOf('timeZone');

function html(reply: FastifyReply, node: preact.VNode<any>, status = 200) {
  return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(renderDocument(node));
}

function requireSite(request: FastifyRequest): Site {
  if (!request.site) throw new NotFoundError('Content is edited on a site’s own host', 'no_site');
  return request.site;
}

function csrfTokenFor(request: FastifyRequest): string {
  return request.user?.csrfToken ?? request.cookies[loginCsrfCookie] ?? '';
}

/** A local path to return to after login; anything else (another host, a scheme) goes to /admin. */
function safeNext(raw: unknown): string {
  return typeof raw === 'string' && /^\/admin(\/[^\s\\]*)?(\?[^\s\\]*)?$/.test(raw) && !raw.startsWith('//') ? raw : '/admin';
}

/**
 * The admin at `/admin` on every site's host. Fail closed: a route that declares neither a
 * `policy` nor `public: true` stops the server from starting. Every POST carries a CSRF token:
 * the session's, or before login a double-submit cookie's.
 */
export async function adminRoutes(app: FastifyInstance) {
  const db = app.services.db.kysely;
  app.decorateRequest('user', null);
  app.addHook('onRoute', (route) => {
    if (!route.config?.policy && !route.config?.public) {
      throw new Error(`Admin route ${String(route.method)} ${route.url} declares neither a policy nor public: true`);
    }
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') adminRouteTable.set(`${method} ${route.url}`, { method, url: route.url, policy: route.config.policy ?? null });
    }
  });
  await app.register(rateLimit, { global: false });

  app.addHook('onRequest', async (request) => {
    request.user = await sessionUser(db, request.cookies[sessionCookie], request.site?.id ?? null);
  });

  app.addHook('preHandler', async (request, reply) => {
    const config = request.routeOptions.config;
    if (request.method === 'POST') {
      const sent = (request.body as FormBody | undefined)?._csrf;
      if (!sameSecret(typeof sent === 'string' ? sent : undefined, csrfTokenFor(request))) {
        throw new ForbiddenError('This form has expired or did not come from this site. Reload the page and try again.');
      }
    }
    if (config.public) return;
    if (!request.user) {
      if (request.method === 'GET') return reply.redirect(`/admin/login?next=${encodeURIComponent(request.url)}`, 302);
      throw new ForbiddenError('Please log in first');
    }
    authorize(request.user.actor, config.policy!, { siteId: request.site?.id ?? null });
  });

  /** Forms shown before login (login, forgotten password, set password) get a double-submit CSRF cookie. */
  function ensureAnonymousCsrf(request: FastifyRequest, reply: FastifyReply) {
    if (!request.user && !request.cookies[loginCsrfCookie]) {
      const token = randomToken();
      reply.setCookie(loginCsrfCookie, token, { path: '/admin', httpOnly: true, sameSite: 'lax', secure: request.protocol === 'https' });
      request.cookies[loginCsrfCookie] = token;
    }
  }

  app.get<{ Querystring: { next?: string } }>('/admin/login', { config: { public: true } }, async (request, reply) => {
    ensureAnonymousCsrf(request, reply);
    const ctx = buildAdminContext(request, request.user, csrfTokenFor(request));
    return html(reply, h(LoginPage, { ctx, email: '', next: safeNext(request.query.next) }));
  });

  app.post<{ Body: FormBody }>(
    '/admin/login',
    { config: { public: true, rateLimit: { max: 10, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const email = String(request.body.email ?? '').slice(0, 254);
      const password = String(request.body.password ?? '').slice(0, 1000);
      const result = await login(db, { email, password, siteId: request.site?.id ?? null, userAgent: request.headers['user-agent'] });
      if (!result.ok) {
        const ctx = buildAdminContext(request, null, csrfTokenFor(request));
        const error = result.reason === 'locked' ? ctx.t('admin.login.locked', { minutes: Math.ceil((result.retryAfterSeconds ?? 60) / 60) }) : ctx.t('admin.login.invalid');
        if (result.reason === 'locked') reply.header('retry-after', String(result.retryAfterSeconds ?? 60));
        return html(reply, h(LoginPage, { ctx, email, error, next: safeNext(request.body.next) }), result.reason === 'locked' ? 429 : 401);
      }
      // Rotation: the old session, if any, ends; the new one gets a fresh token.
      if (request.user) await logout(db, request.user.sessionId);
      reply.setCookie(sessionCookie, result.token, { path: '/', httpOnly: true, sameSite: 'lax', secure: request.protocol === 'https', maxAge: sessionLifetimeMs / 1000 });
      reply.clearCookie(loginCsrfCookie, { path: '/admin' });
      await audit(db, { siteId: request.site?.id ?? null, userId: result.userId, action: 'login' });
      return reply.redirect(safeNext(request.body.next), 303);
    },
  );

  app.post('/admin/logout', { config: { public: true } }, async (request, reply) => {
    if (request.user) {
      await logout(db, request.user.sessionId);
      await audit(db, { siteId: request.site?.id ?? null, userId: request.user.actor.userId, action: 'logout' });
    }
    reply.clearCookie(sessionCookie, { path: '/' });
    return reply.redirect('/admin/login', 303);
  });

  app.post('/admin/logout-everywhere', { config: { public: true } }, async (request, reply) => {
    if (request.user) {
      await logoutEverywhere(db, request.user.actor.userId);
      await audit(db, { siteId: request.site?.id ?? null, userId: request.user.actor.userId, action: 'logout-everywhere' });
    }
    reply.clearCookie(sessionCookie, { path: '/' });
    return reply.redirect('/admin/login', 303);
  });

  /** A signed-in user's own settings work on any site they can log in to: they concern no site's data. */
  app.get<{ Querystring: { saved?: string } }>('/admin/account', { config: { public: true } }, async (request, reply) => {
    if (!request.user) return reply.redirect('/admin/login?next=%2Fadmin%2Faccount', 302);
    const ctx = buildAdminContext(request, request.user, request.user.csrfToken);
    return html(reply, h(AccountPage, { ctx, languages: shippedUiLanguages(), chosen: request.user.adminLanguage, saved: request.query.saved !== undefined }));
  });

  app.post<{ Body: FormBody }>('/admin/account', { config: { public: true } }, async (request, reply) => {
    if (!request.user) throw new ForbiddenError('Please log in first');
    const chosen = String(request.body.adminLanguage ?? '');
    if (chosen && !shippedUiLanguages().includes(chosen)) throw new BadRequestError(`"${chosen}" is not an admin language`, 'invalid_language');
    await db.updateTable('users').set({ admin_language: chosen || null }).where('id', '=', request.user.actor.userId).execute();
    return reply.redirect('/admin/account?saved=1', 303);
  });

  function settingsValues(site: Site): Record<string, string> {
    const values: Record<string, string> = {
      languages: site.languages.join(', '),
      defaultLanguage: site.defaultLanguage,
      'theme.primaryColor': site.theme.primaryColor,
      'theme.accentColor': site.theme.accentColor,
      'theme.logoUrl': site.theme.logoUrl ?? '',
      contactEmail: site.contactEmail ?? '',
    };
    for (const language of site.languages) {
      values[`names.${language}`] = site.names[language] ?? '';
      values[`taglines.${language}`] = site.taglines[language] ?? '';
    }
    return values;
  }

  app.get<{ Querystring: { invited?: string } }>('/admin/users', { config: { policy: 'site.users' } }, async (request, reply) => {
    const site = requireSite(request);
    const ctx = buildAdminContext(request, request.user, request.user!.csrfToken, 'users');
    const notice = request.query.invited ? ctx.t('admin.users.invited', { email: request.query.invited.slice(0, 254) }) : undefined;
    return html(reply, h(UsersPage, { ctx, members: await siteMembers(site, request.user!.actor.userId), values: {}, errors: new Map(), notice }));
  });

  async function siteMembers(site: Site, selfId: number) {
    const rows = await db
      .selectFrom('site_memberships')
      .innerJoin('users', 'users.id', 'site_memberships.user_id')
      .select(['users.id', 'users.display_name', 'users.email', 'users.password_hash', 'site_memberships.role'])
      .where('site_memberships.site_id', '=', site.id)
      .orderBy('users.display_name')
      .execute();
    return rows.map((r) => ({ userId: r.id, displayName: r.display_name, email: r.email, role: r.role, pending: r.password_hash === null, isSelf: r.id === selfId }));
  }

  app.post<{ Body: FormBody }>('/admin/users', { config: { policy: 'site.users' } }, async (request, reply) => {
    const site = requireSite(request);
    const ctx = buildAdminContext(request, request.user, request.user!.csrfToken, 'users');
    try {
      const invitation = await inviteToSite(db, { siteId: site.id, email: String(request.body.email ?? ''), displayName: String(request.body.displayName ?? ''), role: String(request.body.role ?? '') as SiteRole });
      const origin = siteOrigin(request, site);
      const t = ctx.t;
      await app.services.mailer.send({
        siteId: site.id,
        to: invitation.email,
        subject: t('mail.invite.subject', { site: siteName(site, ctx.language) }),
        text: invitation.token
          ? t('mail.invite.body', { site: siteName(site, ctx.language), link: `${origin}/admin/password/${invitation.token}` })
          : t('mail.role.body', { site: siteName(site, ctx.language), link: `${origin}/admin` }),
      });
      await audit(db, { siteId: site.id, userId: request.user!.actor.userId, action: 'user.invite', subject: `user:${invitation.userId}`, details: { role: request.body.role } });
      return reply.redirect(`/admin/users?invited=${encodeURIComponent(invitation.email)}`, 303);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return html(reply, h(UsersPage, { ctx, members: await siteMembers(site, request.user!.actor.userId), values: request.body as Record<string, string>, errors: problemsByControl(error.details, ctx.t) }), 422);
    }
  });

  app.post<{ Params: { id: string }; Body: FormBody }>('/admin/users/:id/role', { config: { policy: 'site.users' } }, async (request, reply) => {
    const site = requireSite(request);
    const userId = Number(request.params.id);
    if (!Number.isInteger(userId)) throw new NotFoundError('There is no such user', 'user_not_found');
    if (userId === request.user!.actor.userId) throw new ForbiddenError('You cannot change your own role; ask another site manager.');
    const role = String(request.body.role ?? '');
    const member = await db.selectFrom('site_memberships').select('role').where('site_id', '=', site.id).where('user_id', '=', userId).executeTakeFirst();
    if (!member) throw new NotFoundError('This person has no role on this site', 'user_not_found');
    if (role === '') await db.deleteFrom('site_memberships').where('site_id', '=', site.id).where('user_id', '=', userId).execute();
    else if ((siteRoles as readonly string[]).includes(role)) await db.updateTable('site_memberships').set({ role: role as SiteRole }).where('site_id', '=', site.id).where('user_id', '=', userId).execute();
    else throw new BadRequestError(`"${role}" is not a role`, 'invalid_role');
    await audit(db, { siteId: site.id, userId: request.user!.actor.userId, action: role === '' ? 'user.remove' : 'user.role', subject: `user:${userId}`, details: { from: member.role, to: role || null } });
    return reply.redirect('/admin/users', 303);
  });

  app.get<{ Params: { token: string } }>('/admin/password/:token', { config: { public: true } }, async (request, reply) => {
    ensureAnonymousCsrf(request, reply);
    const user = await tokenUser(db, request.params.token);
    const ctx = buildAdminContext(request, request.user, csrfTokenFor(request));
    return html(reply, h(SetPasswordPage, { ctx, email: user?.email ?? null, token: encodeURIComponent(request.params.token), errors: new Map() }), user ? 200 : 410);
  });

  app.post<{ Params: { token: string }; Body: FormBody }>('/admin/password/:token', { config: { public: true, rateLimit: { max: 10, timeWindow: '1 minute' } } }, async (request, reply) => {
    const ctx = buildAdminContext(request, request.user, csrfTokenFor(request));
    try {
      const user = await setPasswordWithToken(db, request.params.token, String(request.body.password ?? ''));
      if (!user) return html(reply, h(SetPasswordPage, { ctx, email: null, token: '', errors: new Map() }), 410);
      await audit(db, { siteId: request.site?.id ?? null, userId: user.userId, action: 'user.password' });
      return reply.redirect('/admin/login', 303);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const user = await tokenUser(db, request.params.token);
      return html(reply, h(SetPasswordPage, { ctx, email: user?.email ?? null, token: encodeURIComponent(request.params.token), errors: problemsByControl(error.details, ctx.t) }), 422);
    }
  });

  app.get<{ Querystring: { sent?: string } }>('/admin/forgot', { config: { public: true } }, async (request, reply) => {
    ensureAnonymousCsrf(request, reply);
    const ctx = buildAdminContext(request, request.user, csrfTokenFor(request));
    return html(reply, h(ForgotPasswordPage, { ctx, sent: request.query.sent !== undefined }));
  });

  app.post<{ Body: FormBody }>('/admin/forgot', { config: { public: true, rateLimit: { max: 5, timeWindow: '1 minute' } } }, async (request, reply) => {
    const email = String(request.body.email ?? '').slice(0, 254);
    const reset = await issuePasswordReset(db, email);
    if (reset) {
      const ctx = buildAdminContext(request, null, '');
      const origin = request.site ? siteOrigin(request, request.site) : `${request.protocol}://${request.headers.host}`;
      await app.services.mailer.send({ siteId: request.site?.id ?? null, to: email.trim().toLowerCase(), subject: ctx.t('mail.reset.subject'), text: ctx.t('mail.reset.body', { link: `${origin}/admin/password/${reset.token}` }) });
      await audit(db, { siteId: request.site?.id ?? null, userId: reset.userId, action: 'user.reset-requested' });
    }
    // The same answer whether or not the email has an account: no way to find out who is registered.
    return reply.redirect('/admin/forgot?sent=1', 303);
  });

  app.get('/admin/audit', { config: { policy: 'site.audit' } }, async (request, reply) => {
    const site = requireSite(request);
    const ctx = buildAdminContext(request, request.user, request.user!.csrfToken, 'audit');
    const rows = await listAuditEvents(db, site.id, 200);
    return html(reply, h(AuditPage, { ctx, rows: rows.map((r) => ({ action: r.action, subject: r.subject, who: r.email, at: r.created_at })) }));
  });

  app.get('/admin/outbox', { config: { policy: 'network.manage' } }, async (request, reply) => {
    if (request.site) throw new NotFoundError('The outbox is read on the portal’s host', 'not_portal');
    const ctx = buildAdminContext(request, request.user, request.user!.csrfToken, 'outbox');
    const rows = await db.selectFrom('outbox').selectAll().orderBy('id', 'desc').limit(100).execute();
    return html(
      reply,
      h(OutboxPage, { ctx, delivers: app.services.mailer.delivers, rows: rows.map((r) => ({ to: r.recipient, subject: r.subject, text: r.body_text, at: r.created_at, sentAt: r.sent_at, error: r.error })) }),
    );
  });

  app.get<{ Querystring: { saved?: string } }>('/admin/settings', { config: { policy: 'site.settings' } }, async (request, reply) => {
    const site = requireSite(request);
    const ctx = buildAdminContext(request, request.user, request.user!.csrfToken, 'settings');
    return html(reply, h(SettingsPage, { ctx, languages: site.languages, values: settingsValues(site), errors: new Map(), saved: request.query.saved !== undefined }));
  });

  app.post<{ Body: FormBody }>('/admin/settings', { config: { policy: 'site.settings' } }, async (request, reply) => {
    const site = requireSite(request);
    const body = request.body;
    const text = (name: string) => String(body[name] ?? '').trim();
    const names: Record<string, string> = {};
    const taglines: Record<string, string> = {};
    for (const key of Object.keys(body)) {
      if (key.startsWith('names.') && text(key)) names[key.slice(6)] = text(key);
      if (key.startsWith('taglines.')) taglines[key.slice(9)] = text(key);
    }
    const languages = text('languages').split(/[\s,]+/).filter(Boolean);
    try {
      await updateSite(db, site.code, {
        names,
        taglines,
        languages,
        defaultLanguage: text('defaultLanguage') || undefined,
        contactEmail: text('contactEmail') || null,
        theme: { primaryColor: text('theme.primaryColor'), accentColor: text('theme.accentColor'), ...(text('theme.logoUrl') ? { logoUrl: text('theme.logoUrl') } : {}) },
      });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const ctx = buildAdminContext(request, request.user, request.user!.csrfToken, 'settings');
      const errors = new Map<string, string[]>();
      for (const problem of error.details) {
        const control = problem.path.replace(/\[\d+\]$/, '');
        errors.set(control, [...(errors.get(control) ?? []), problem.message]);
      }
      return html(reply, h(SettingsPage, { ctx, languages: site.languages, values: body as Record<string, string>, errors, saved: false }), 422);
    }
    await app.services.sites.refresh();
    await audit(db, { siteId: site.id, userId: request.user!.actor.userId, action: 'site.settings', subject: `site:${site.code}` });
    return reply.redirect('/admin/settings?saved=1', 303);
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
      }));
  }

  app.get<{ Querystring: { created?: string } }>('/admin/network', { config: { policy: 'network.manage' } }, async (request, reply) => {
    if (request.site) throw new NotFoundError('The network is administered on the portal’s host', 'not_portal');
    const ctx = buildAdminContext(request, request.user, request.user!.csrfToken);
    const notice = request.query.created ? ctx.t('admin.network.created', { code: request.query.created.slice(0, 32) }) : undefined;
    return html(reply, h(NetworkPage, { ctx, sites: networkRows(request, ctx.language), values: {}, errors: new Map(), notice }));
  });

  app.post<{ Body: FormBody }>('/admin/network/sites', { config: { policy: 'network.manage' } }, async (request, reply) => {
    if (request.site) throw new NotFoundError('The network is administered on the portal’s host', 'not_portal');
    const text = (name: string) => String(request.body[name] ?? '').trim();
    const languages = text('languages').split(/[\s,]+/).filter(Boolean);
    try {
      const site = await createSite(db, { code: text('code'), country: text('country') || null, languages, names: { [languages[0] ?? 'en']: text('name') }, status: 'test' });
      await app.services.sites.refresh();
      await audit(db, { siteId: site.id, userId: request.user!.actor.userId, action: 'site.create', subject: `site:${site.code}` });
      return reply.redirect(`/admin/network?created=${encodeURIComponent(site.code)}`, 303);
    } catch (error) {
      if (!(error instanceof AppError) || (error.code !== 'validation_failed' && error.code !== 'site_exists')) throw error;
      const ctx = buildAdminContext(request, request.user, request.user!.csrfToken);
      const errors = new Map<string, string[]>();
      const details = error.details.length ? error.details : [{ path: 'code', message: error.message }];
      for (const problem of details) {
        const control = problem.path.startsWith('names.') ? 'name' : problem.path.replace(/\[\d+\]$/, '').replace(/^defaultLanguage$/, 'languages');
        errors.set(control, [...(errors.get(control) ?? []), problem.message]);
      }
      return html(reply, h(NetworkPage, { ctx, sites: networkRows(request, ctx.language), values: request.body as Record<string, string>, errors }), error.statusCode);
    }
  });

  app.post<{ Params: { code: string }; Body: FormBody }>('/admin/network/sites/:code/status', { config: { policy: 'network.manage' } }, async (request, reply) => {
    if (request.site) throw new NotFoundError('The network is administered on the portal’s host', 'not_portal');
    const status = String(request.body.status ?? '');
    if (status !== 'live' && status !== 'suspended') throw new BadRequestError('"status" must be live or suspended', 'invalid_status');
    const site = await updateSite(db, request.params.code, { status });
    await app.services.sites.refresh();
    await audit(db, { siteId: site.id, userId: request.user!.actor.userId, action: status === 'suspended' ? 'site.suspend' : 'site.resume', subject: `site:${site.code}` });
    return reply.redirect('/admin/network', 303);
  });

  app.get('/admin', { config: { policy: 'admin.enter' } }, async (request, reply) => {
    if (!request.site) return reply.redirect('/admin/network', 302);
    const site = requireSite(request);
    const user = request.user!;
    const ctx = buildAdminContext(request, user, user.csrfToken, 'dashboard');
    const data = await dashboardData(new SiteScope(db, site.id), site, user.actor.userId);
    const toRow = (r: { itemId: number; type: string; language: string; title: string; status: string; updatedAt: string }) => ({
      href: `/admin/items/${r.itemId}?lang=${encodeURIComponent(r.language)}`,
      title: r.title,
      typeLabel: ctx.t(`type.${r.type}.singular`),
      language: r.language,
      status: r.status,
      updatedAt: r.updatedAt,
    });
    return html(reply, h(DashboardPage, { ctx, myDrafts: data.myDrafts.map(toRow), inReview: data.inReview.map(toRow), recentlyPublished: data.recentlyPublished.map(toRow), untranslated: data.untranslated }));
  });

  app.get<{ Params: { type: string }; Querystring: { page?: string; status?: string; q?: string } }>(
    '/admin/content/:type',
    { config: { policy: 'admin.enter' } },
    async (request, reply) => {
      const site = requireSite(request);
      const type = requireContentType(request.params.type);
      const page = Number(request.query.page ?? 1);
      if (!Number.isInteger(page) || page < 1 || page > 10_000) throw new BadRequestError('"page" must be a whole number from 1', 'invalid_page');
      const statuses = ['draft', 'review', 'published', 'archived'] as const;
      const status = statuses.find((s) => s === request.query.status);
      const text = (request.query.q ?? '').trim().slice(0, 200);
      const { rows, total } = await listItemsForAdmin(new SiteScope(db, site.id), { type: type.name, status, text, limit: pageSize, offset: (page - 1) * pageSize });
      const ctx = buildAdminContext(request, request.user, request.user!.csrfToken, type.name);
      const params = (p: number) => new URLSearchParams({ ...(status ? { status } : {}), ...(text ? { q: text } : {}), ...(p > 1 ? { page: String(p) } : {}) }).toString();
      return html(
        reply,
        h(ContentListPage, {
          ctx,
          type,
          total,
          page,
          pages: Math.max(1, Math.ceil(total / pageSize)),
          query: { status: status ?? '', text },
          hrefFor: (p: number) => `/admin/content/${type.name}${params(p) ? `?${params(p)}` : ''}`,
          rows: rows.map((row) => {
            const main = row.translations.find((t) => t.language === site.defaultLanguage) ?? row.translations[0];
            return {
              id: row.id,
              title: main?.title ?? `#${row.id}`,
              editHref: `/admin/items/${row.id}`,
              statuses: row.translations.map((t) => ({ language: t.language, status: t.status })),
              updatedAt: row.updatedAt,
            };
          }),
        }),
      );
    },
  );

  /** The statuses this user may give a translation: contributors write drafts and submit them. */
  function allowedStatuses(request: FastifyRequest, site: Site): string[] {
    return can(request.user!.actor, 'item.publish', { siteId: site.id }) ? ['draft', 'review', 'published', 'archived'] : ['draft', 'review'];
  }

  function editPage(request: FastifyRequest, site: Site, props: Omit<EditPageProps, 'ctx' | 'statuses' | 'gbfTargets' | 'timeZones'>) {
    const ctx = buildAdminContext(request, request.user, request.user!.csrfToken, props.type.name);
    return h(EditPage, {
      ...props,
      ctx,
      statuses: allowedStatuses(request, site),
      timeZones,
      gbfTargets: app.services.vocabularies.list('gbf-targets').map((term) => ({ identifier: term.identifier, label: `${term.data.number}. ${termTitle(term, ctx.language)}` })),
    });
  }

  function pickLanguage(site: Site, raw: unknown): string {
    if (raw === undefined || raw === '') return site.defaultLanguage;
    if (typeof raw !== 'string' || !site.languages.includes(raw)) throw new BadRequestError(`"lang" must be one of this site's languages: ${site.languages.join(', ')}`, 'invalid_language');
    return raw;
  }

  app.get<{ Params: { type: string }; Querystring: { lang?: string } }>('/admin/content/:type/new', { config: { policy: 'item.create' } }, async (request, reply) => {
    const site = requireSite(request);
    const type = requireContentType(request.params.type);
    const language = pickLanguage(site, request.query.lang);
    return html(reply, editPage(request, site, { type, itemId: null, version: null, language, values: itemToFormValues(type, undefined, language), errors: new Map(), translations: [], action: `/admin/content/${type.name}` }));
  });

  /** Saves a form; on a refused save, the page comes back with everything typed and the reasons. */
  async function saveFromForm(request: FastifyRequest<{ Body: FormBody }>, reply: FastifyReply, site: Site, typeName: string, itemId: number | null, before?: Item) {
    const type = requireContentType(typeName);
    const language = pickLanguage(site, request.body.lang);
    const input = formToItemInput(type, language, request.body);
    const status = input.translations[language]!.status!;
    if (!allowedStatuses(request, site).includes(status)) throw new ForbiddenError('Only editors can publish or archive; submit it for review instead.');
    const scope = new SiteScope(db, site.id);
    const version = request.body.version === undefined ? undefined : Number(request.body.version);
    const action = itemId === null ? `/admin/content/${type.name}` : `/admin/items/${itemId}`;
    try {
      const saved = await saveItem({ scope, site, vocabularies: app.services.vocabularies, actorId: request.user!.actor.userId }, input, itemId === null ? {} : { itemId, expectedVersion: version });
      await audit(db, { siteId: site.id, userId: request.user!.actor.userId, action: itemId === null ? 'item.create' : status === 'published' ? 'item.publish' : 'item.edit', subject: `item:${saved.id}`, details: { language, status } });
      await notifyWorkflowChange(db, app.services.mailer, { site, before, after: saved, actorId: request.user!.actor.userId, origin: siteOrigin(request, site) }).catch((error) =>
        request.log.warn({ err: error }, 'workflow notification failed'),
      );
      return reply.redirect(`/admin/items/${saved.id}?lang=${encodeURIComponent(language)}&saved=1`, 303);
    } catch (error) {
      if (!(error instanceof AppError) || (error.code !== 'validation_failed' && error.code !== 'edit_conflict')) throw error;
      const values = { ...request.body } as Record<string, string | string[]>;
      const ctx = buildAdminContext(request, request.user, request.user!.csrfToken);
      const conflict = error.code === 'edit_conflict';
      const existing = itemId === null ? undefined : await findItem(scope, itemId);
      return html(
        reply,
        editPage(request, site, {
          type,
          itemId,
          version: conflict ? (version ?? null) : (existing?.version ?? version ?? null),
          language,
          values,
          errors: error instanceof ValidationError ? problemsByControl(error.details, ctx.t) : new Map(),
          notice: conflict
            ? { kind: 'error', text: ctx.t('admin.edit.conflict'), linkHref: `/admin/items/${itemId}?lang=${encodeURIComponent(language)}`, linkText: ctx.t('admin.edit.openLatest') }
            : undefined,
          translations: translationTabs(site, existing, language, itemId),
          action,
        }),
        error.statusCode,
      );
    }
  }

  function translationTabs(site: Site, item: Awaited<ReturnType<typeof findItem>>, language: string, itemId: number | null) {
    return itemId === null
      ? []
      : site.languages.map((l) => ({ language: l, status: item?.translations.find((t) => t.language === l)?.status ?? null, href: `/admin/items/${itemId}?lang=${encodeURIComponent(l)}`, current: l === language }));
  }

  app.post<{ Params: { type: string }; Body: FormBody }>('/admin/content/:type', { config: { policy: 'item.create' } }, async (request, reply) => {
    return saveFromForm(request, reply, requireSite(request), request.params.type, null);
  });

  async function editableItem(request: FastifyRequest, site: Site, rawId: string) {
    if (!/^\d{1,10}$/.test(rawId)) throw new NotFoundError('There is no such item', 'item_not_found');
    const item = await findItem(new SiteScope(db, site.id), Number(rawId));
    if (!item) throw new NotFoundError('There is no such item on this site', 'item_not_found');
    const now = new Date().toISOString();
    if (!canEditItem(request.user!.actor, { siteId: site.id, authorId: item.authorId, published: item.translations.some((t) => isLive(t, now)) })) {
      throw new ForbiddenError('You cannot edit this item');
    }
    return item;
  }

  app.get<{ Params: { id: string }; Querystring: { lang?: string; saved?: string } }>('/admin/items/:id', { config: { policy: 'admin.enter' } }, async (request, reply) => {
    const site = requireSite(request);
    const item = await editableItem(request, site, request.params.id);
    const type = contentTypeByName(item.type)!;
    const language = pickLanguage(site, request.query.lang);
    const ctx = buildAdminContext(request, request.user, request.user!.csrfToken);
    const source = language !== site.defaultLanguage ? item.translations.find((t) => t.language === site.defaultLanguage) : undefined;
    return html(
      reply,
      editPage(request, site, {
        type,
        itemId: item.id,
        version: item.version,
        language,
        values: itemToFormValues(type, item, language),
        errors: new Map(),
        notice: request.query.saved ? { kind: 'success', text: ctx.t('admin.edit.saved') } : undefined,
        translations: translationTabs(site, item, language, item.id),
        source,
        action: `/admin/items/${item.id}`,
      }),
    );
  });

  app.post<{ Params: { id: string }; Body: FormBody }>('/admin/items/:id', { config: { policy: 'admin.enter' } }, async (request, reply) => {
    const site = requireSite(request);
    const item = await editableItem(request, site, request.params.id);
    return saveFromForm(request, reply, site, item.type, item.id, item);
  });

  app.get<{ Params: { id: string }; Querystring: { restored?: string; conflict?: string } }>('/admin/items/:id/revisions', { config: { policy: 'admin.enter' } }, async (request, reply) => {
    const site = requireSite(request);
    const item = await editableItem(request, site, request.params.id);
    const revisions = await listRevisions(new SiteScope(db, site.id), item.id);
    const authorIds = [...new Set(revisions.map((r) => r.userId).filter((id): id is number => id !== null))];
    const authors = authorIds.length ? await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', authorIds).execute() : [];
    const ctx = buildAdminContext(request, request.user, request.user!.csrfToken, item.type);
    const title = (item.translations.find((t) => t.language === site.defaultLanguage) ?? item.translations[0])?.title ?? `#${item.id}`;
    const restored = Number(request.query.restored);
    return html(
      reply,
      h(RevisionsPage, {
        ctx,
        itemId: item.id,
        title,
        currentVersion: item.version,
        restored: Number.isInteger(restored) && restored > 0 ? restored : undefined,
        conflict: request.query.conflict !== undefined,
        rows: revisions.map((r) => ({
          version: r.version,
          author: authors.find((a) => a.id === r.userId)?.display_name ?? ctx.t('admin.revisions.system'),
          createdAt: r.createdAt,
          changes: r.changes,
          isCurrent: r.version === item.version,
        })),
      }),
    );
  });

  app.get<{ Params: { id: string }; Querystring: { a?: string; b?: string } }>('/admin/items/:id/revisions/compare', { config: { policy: 'admin.enter' } }, async (request, reply) => {
    const site = requireSite(request);
    const item = await editableItem(request, site, request.params.id);
    const [a, b] = [request.query.a, request.query.b].map((v) => Number(v));
    if (!Number.isInteger(a) || !Number.isInteger(b)) throw new BadRequestError('Choose two versions to compare ("a" and "b")', 'invalid_versions');
    const scope = new SiteScope(db, site.id);
    const [before, after] = await Promise.all([revisionSnapshot(scope, item.id, Math.min(a!, b!)), revisionSnapshot(scope, item.id, Math.max(a!, b!))]);
    if (!before || !after) throw new NotFoundError('One of these versions does not exist', 'revision_not_found');
    const ctx = buildAdminContext(request, request.user, request.user!.csrfToken, item.type);
    return html(reply, h(CompareRevisionsPage, { ctx, itemId: item.id, a: before.version, b: after.version, rows: diffRevisions(before, after, ctx.t) }));
  });

  app.post<{ Params: { id: string; version: string }; Body: FormBody }>('/admin/items/:id/revisions/:version/restore', { config: { policy: 'admin.enter' } }, async (request, reply) => {
    const site = requireSite(request);
    const item = await editableItem(request, site, request.params.id);
    const version = Number(request.params.version);
    if (!Number.isInteger(version) || version < 1) throw new NotFoundError('There is no such version', 'revision_not_found');
    const context = { scope: new SiteScope(db, site.id), site, vocabularies: app.services.vocabularies, actorId: request.user!.actor.userId };
    const expected = Number(request.body.version);
    try {
      await restoreRevision(context, item.id, version, Number.isInteger(expected) ? expected : item.version);
    } catch (error) {
      if (error instanceof AppError && error.code === 'edit_conflict') return reply.redirect(`/admin/items/${item.id}/revisions?conflict=1`, 303);
      throw error;
    }
    await audit(db, { siteId: site.id, userId: request.user!.actor.userId, action: 'item.restore', subject: `item:${item.id}`, details: { version } });
    return reply.redirect(`/admin/items/${item.id}/revisions?restored=${version}`, 303);
  });
}

