import '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { audit } from '../accounts/audit.ts';
import { ForbiddenError } from '../accounts/policy.ts';
import { login, logout, logoutEverywhere, sessionLifetimeMs } from '../accounts/sessions.ts';
import { siteOrigin } from '../public/page-builder.ts';
import { BadRequestError, ValidationError } from '../errors.ts';
import { buildAdminContext } from './admin-context.ts';
import { type FormBody, problemsByControl } from './form.ts';
import { LoginPage } from './views/login-page.tsx';
import { ForgotPasswordPage, SetPasswordPage } from './views/users-page.tsx';
import { issuePasswordReset, setPasswordWithToken, tokenUser } from '../accounts/invitations.ts';
import { AccountPage } from './views/account-page.tsx';
import { shippedUiLanguages } from '../i18n/translator.ts';

import { csrfTokenFor, ensureAnonymousCsrf, html, loginCsrfCookie, safeNext, sessionCookie } from './http.ts';

/** Logging in and out, one's own account, and choosing a password through an emailed link. */
export async function authRoutes(app: FastifyInstance) {
  const db = app.services.db.kysely;
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
}
