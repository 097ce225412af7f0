import '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { audit } from '../accounts/audit.ts';
import { ForbiddenError } from '../accounts/policy.ts';
import { login, logout, logoutEverywhere, sessionLifetimeMs } from '../accounts/sessions.ts';
import { siteOrigin } from '../public/page-builder.ts';
import { AppError, BadRequestError, ValidationError } from '../errors.ts';
import {
  beginEnrolment,
  cancelLoginChallenge,
  challengeIsOpen,
  challengeLifetimeMs,
  completeLoginChallenge,
  confirmEnrolment,
  disableTwoFactor,
  InvalidCodeError,
  mustSetUpTwoFactor,
  remainingRecoveryCodes,
  startLoginChallenge,
  TwoFactorLockedError,
} from '../accounts/two-factor.ts';
import { buildAdminContext } from './admin-context.ts';
import { type FormBody, problemsByControl } from './form.ts';
import { LoginPage } from './views/login-page.tsx';
import { ForgotPasswordPage, SetPasswordPage } from './views/users-page.tsx';
import { issuePasswordReset, setPasswordWithToken, tokenUser } from '../accounts/invitations.ts';
import { type AccountTwoFactor, AccountPage } from './views/account-page.tsx';
import { LoginCodePage, RecoveryCodesPage, TwoFactorSetupPage } from './views/two-factor-pages.tsx';
import { shippedUiLanguages } from '../i18n/translator.ts';

import { csrfTokenFor, ensureAnonymousCsrf, html, loginCsrfCookie, safeNext, sessionCookie } from './http.ts';

/** The second step of a login (ADR 8): names a `login_challenges` row, never a session. */
const challengeCookie = 'ecotone_login_challenge';

/** Logging in and out (with a second factor when the account has one), one's own account, and choosing a password through an emailed link. */
export async function authRoutes(app: FastifyInstance) {
  const db = app.services.db.kysely;
  // Per address; the per-account slow-down after failures (ADR 5) is apart from this.
  const attempts = app.services.config.loginAttemptsPerMinute;

  /** Ends the login: a new session (rotation: the old one, if any, ends), its cookie, an audit event. */
  async function signIn(request: FastifyRequest, reply: FastifyReply, result: { token: string; userId: number }, next: unknown, details?: Record<string, unknown>) {
    if (request.user) await logout(db, request.user.sessionId);
    reply.setCookie(sessionCookie, result.token, { path: '/', httpOnly: true, sameSite: 'lax', secure: request.protocol === 'https', maxAge: sessionLifetimeMs / 1000 });
    reply.clearCookie(loginCsrfCookie, { path: '/admin' });
    reply.clearCookie(challengeCookie, { path: '/admin' });
    await audit(db, { siteId: request.site?.id ?? null, userId: result.userId, action: 'login', details });
    return reply.redirect(safeNext(next), 303);
  }

  function lockedMessage(ctx: ReturnType<typeof buildAdminContext>, reply: FastifyReply, retryAfterSeconds: number) {
    reply.header('retry-after', String(retryAfterSeconds));
    return ctx.t('admin.login.locked', { minutes: Math.ceil(retryAfterSeconds / 60) });
  }
  app.get<{ Querystring: { next?: string } }>('/admin/login', { config: { public: true } }, async (request, reply) => {
    ensureAnonymousCsrf(request, reply);
    const ctx = buildAdminContext(request, request.user, csrfTokenFor(request));
    return html(reply, h(LoginPage, { ctx, email: '', next: safeNext(request.query.next) }));
  });

  app.post<{ Body: FormBody }>(
    '/admin/login',
    { config: { public: true, rateLimit: { max: attempts, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const email = String(request.body.email ?? '').slice(0, 254);
      const password = String(request.body.password ?? '').slice(0, 1000);
      const result = await login(db, { email, password, siteId: request.site?.id ?? null, userAgent: request.headers['user-agent'] });
      if (!result.ok && result.reason === 'second-factor') {
        // The password was right; the session waits for the code. The challenge cookie lives as
        // long as the challenge and is read only by the second step's two routes.
        const challenge = await startLoginChallenge(db, { userId: result.userId, siteId: request.site?.id ?? null });
        reply.setCookie(challengeCookie, challenge, { path: '/admin', httpOnly: true, sameSite: 'lax', secure: request.protocol === 'https', maxAge: challengeLifetimeMs / 1000 });
        return reply.redirect(`/admin/login/code?next=${encodeURIComponent(safeNext(request.body.next))}`, 303);
      }
      if (!result.ok) {
        const ctx = buildAdminContext(request, null, csrfTokenFor(request));
        const error = result.reason === 'locked' ? lockedMessage(ctx, reply, result.retryAfterSeconds ?? 60) : ctx.t('admin.login.invalid');
        return html(reply, h(LoginPage, { ctx, email, error, next: safeNext(request.body.next) }), result.reason === 'locked' ? 429 : 401);
      }
      return signIn(request, reply, result, request.body.next);
    },
  );

  app.get<{ Querystring: { next?: string } }>('/admin/login/code', { config: { public: true } }, async (request, reply) => {
    ensureAnonymousCsrf(request, reply);
    const ctx = buildAdminContext(request, request.user, csrfTokenFor(request));
    const open = await challengeIsOpen(db, request.cookies[challengeCookie], request.site?.id ?? null);
    return html(reply, h(LoginCodePage, { ctx, next: safeNext(request.query.next), expired: !open }), open ? 200 : 401);
  });

  app.post<{ Body: FormBody }>(
    '/admin/login/code',
    { config: { public: true, rateLimit: { max: attempts, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const code = String(request.body.code ?? '').trim() || String(request.body.recoveryCode ?? '');
      const next = safeNext(request.body.next);
      const siteId = request.site?.id ?? null;
      const result = await completeLoginChallenge(db, { challengeToken: request.cookies[challengeCookie], code, siteId, userAgent: request.headers['user-agent'] });
      if (result.ok) {
        if (result.method === 'recovery') {
          await audit(db, { siteId, userId: result.userId, action: 'two-factor.recovery-used', subject: `user:${result.userId}`, details: { left: await remainingRecoveryCodes(db, result.userId) } });
        }
        return signIn(request, reply, result, next, { secondFactor: result.method });
      }
      const ctx = buildAdminContext(request, null, csrfTokenFor(request));
      if (result.reason === 'expired') {
        reply.clearCookie(challengeCookie, { path: '/admin' });
        return html(reply, h(LoginCodePage, { ctx, next, expired: true }), 401);
      }
      if (result.reason === 'locked') return html(reply, h(LoginCodePage, { ctx, next, error: lockedMessage(ctx, reply, result.retryAfterSeconds) }), 429);
      await audit(db, { siteId, userId: result.userId, action: 'two-factor.failed', subject: `user:${result.userId}`, details: { step: 'login' } });
      // Too many wrong codes close the challenge: the page then says to start again.
      return html(reply, h(LoginCodePage, { ctx, next, error: ctx.t('admin.twoFactor.invalidCode'), expired: result.closed }), 401);
    },
  );

  app.post('/admin/logout', { config: { public: true } }, async (request, reply) => {
    await cancelLoginChallenge(db, request.cookies[challengeCookie]);
    reply.clearCookie(challengeCookie, { path: '/admin' });
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
  async function accountPage(request: FastifyRequest, reply: FastifyReply, options: { saved?: boolean; notice?: string; twoFactorError?: string; status?: number }) {
    const user = request.user!;
    const ctx = buildAdminContext(request, user, user.csrfToken);
    const twoFactor: AccountTwoFactor = { enabled: user.twoFactorEnabled, recoveryCodesLeft: user.twoFactorEnabled ? await remainingRecoveryCodes(db, user.actor.userId) : 0, error: options.twoFactorError };
    return html(reply, h(AccountPage, { ctx, languages: shippedUiLanguages(), chosen: user.adminLanguage, saved: !!options.saved, notice: options.notice, twoFactor }), options.status);
  }

  app.get<{ Querystring: { saved?: string; twoFactor?: string } }>('/admin/account', { config: { public: true } }, async (request, reply) => {
    if (!request.user) return reply.redirect('/admin/login?next=%2Fadmin%2Faccount', 302);
    const notice = request.query.twoFactor === 'off' && !request.user.twoFactorEnabled ? buildAdminContext(request, request.user, '').t('admin.twoFactor.disabled') : undefined;
    return accountPage(request, reply, { saved: request.query.saved !== undefined, notice });
  });

  // Two-factor set-up and removal are public routes that check the user themselves: like the
  // account page they concern no site's data, and they must stay reachable for a network
  // administrator whom REQUIRE_2FA_FOR_NETWORK_ADMINS sends here.
  async function setupPage(request: FastifyRequest, reply: FastifyReply, error?: string) {
    const user = request.user!;
    const setup = await beginEnrolment(db, user.actor.userId);
    const ctx = buildAdminContext(request, user, user.csrfToken);
    const required = mustSetUpTwoFactor({ isNetworkAdmin: user.actor.isNetworkAdmin, twoFactorEnabled: user.twoFactorEnabled }, app.services.config.requireTwoFactorForNetworkAdmins);
    return html(reply, h(TwoFactorSetupPage, { ctx, qrSvg: setup.qrSvg, groupedSecret: setup.groupedSecret, uri: setup.uri, required, error }), error ? 422 : 200);
  }

  app.get('/admin/account/two-factor', { config: { public: true } }, async (request, reply) => {
    if (!request.user) return reply.redirect('/admin/login?next=%2Fadmin%2Faccount%2Ftwo-factor', 302);
    if (request.user.twoFactorEnabled) return reply.redirect('/admin/account', 302);
    return setupPage(request, reply);
  });

  app.post<{ Body: FormBody }>('/admin/account/two-factor', { config: { public: true, rateLimit: { max: attempts, timeWindow: '1 minute' } } }, async (request, reply) => {
    if (!request.user) throw new ForbiddenError('Please log in first');
    if (request.user.twoFactorEnabled) return reply.redirect('/admin/account', 303);
    const userId = request.user.actor.userId;
    try {
      const codes = await confirmEnrolment(db, userId, String(request.body.code ?? ''));
      await audit(db, { siteId: request.site?.id ?? null, userId, action: 'two-factor.enable', subject: `user:${userId}` });
      // Shown once, in this response only (no-store): only their hashes are kept.
      const ctx = buildAdminContext(request, request.user, request.user.csrfToken);
      return html(reply, h(RecoveryCodesPage, { ctx, codes }));
    } catch (error) {
      if (!(error instanceof InvalidCodeError)) throw error;
      const ctx = buildAdminContext(request, request.user, request.user.csrfToken);
      return setupPage(request, reply, ctx.t('admin.twoFactor.invalidCode'));
    }
  });

  app.post<{ Body: FormBody }>('/admin/account/two-factor/disable', { config: { public: true, rateLimit: { max: attempts, timeWindow: '1 minute' } } }, async (request, reply) => {
    if (!request.user) throw new ForbiddenError('Please log in first');
    const userId = request.user.actor.userId;
    const siteId = request.site?.id ?? null;
    const ctx = buildAdminContext(request, request.user, request.user.csrfToken);
    try {
      await disableTwoFactor(db, userId, { code: String(request.body.code ?? '').trim() || undefined, password: String(request.body.password ?? '') || undefined });
      await audit(db, { siteId, userId, action: 'two-factor.disable', subject: `user:${userId}` });
      return reply.redirect('/admin/account?twoFactor=off', 303);
    } catch (error) {
      if (error instanceof TwoFactorLockedError) return accountPage(request, reply, { twoFactorError: lockedMessage(ctx, reply, error.retryAfterSeconds), status: 429 });
      if (!(error instanceof InvalidCodeError)) {
        if (error instanceof AppError && error.code === 'two_factor_off') return reply.redirect('/admin/account', 303);
        throw error;
      }
      await audit(db, { siteId, userId, action: 'two-factor.failed', subject: `user:${userId}`, details: { step: 'disable' } });
      return accountPage(request, reply, { twoFactorError: ctx.t('admin.twoFactor.disableInvalid'), status: 422 });
    }
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

  app.post<{ Params: { token: string }; Body: FormBody }>('/admin/password/:token', { config: { public: true, rateLimit: { max: attempts, timeWindow: '1 minute' } } }, async (request, reply) => {
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

  app.post<{ Body: FormBody }>('/admin/forgot', { config: { public: true, rateLimit: { max: Math.ceil(attempts / 2), timeWindow: '1 minute' } } }, async (request, reply) => {
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
