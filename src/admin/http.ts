import '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Action } from '../accounts/policy.ts';
import { BadRequestError } from '../errors.ts';
import { randomToken, sameSecret } from '../accounts/sessions.ts';
import { ForbiddenError } from '../accounts/policy.ts';
import { requireSite } from '../sites/request-site.ts';
import type { Site } from '../sites/site.ts';
import { renderDocument } from '../web/layout.tsx';

/** What every admin route module shares: cookies' names, rendering, small request helpers. */

export const sessionCookie = 'ecotone_session';

/** Every admin route as the router registered it, with its policy: the security tests walk this list. */
export const adminRouteTable = new Map<string, { method: string; url: string; policy: Action | null }>();
export const loginCsrfCookie = 'ecotone_login_csrf';
export const pageSize = 25;
export const timeZones = Intl.supportedValuesOf('timeZone');

export function html(reply: FastifyReply, node: preact.VNode<any>, status = 200) {
  return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(renderDocument(node));
}

export const requireAdminSite = (request: FastifyRequest): Site => requireSite(request, 'This part of the admin is on a site’s own host');

/** The language a form or query asks for: the site's default when absent, else one of the site's languages. */
export function pickSiteLanguage(site: Site, raw: unknown): string {
  if (raw === undefined || raw === '') return site.defaultLanguage;
  if (typeof raw !== 'string' || !site.languages.includes(raw)) throw new BadRequestError(`"lang" must be one of this site's languages: ${site.languages.join(', ')}`, 'invalid_language');
  return raw;
}

export function csrfTokenFor(request: FastifyRequest): string {
  return request.user?.csrfToken ?? request.cookies[loginCsrfCookie] ?? '';
}

/** A local path to return to after login; anything else (another host, a scheme) goes to /admin. */
export function safeNext(raw: unknown): string {
  return typeof raw === 'string' && /^\/admin(\/[^\s\\]*)?(\?[^\s\\]*)?$/.test(raw) && !raw.startsWith('//') ? raw : '/admin';
}

/** Forms shown before login (login, forgotten password, set password) get a double-submit CSRF cookie. */
export function ensureAnonymousCsrf(request: FastifyRequest, reply: FastifyReply) {
  if (!request.user && !request.cookies[loginCsrfCookie]) {
    const token = randomToken();
    reply.setCookie(loginCsrfCookie, token, { path: '/admin', httpOnly: true, sameSite: 'lax', secure: request.protocol === 'https' });
    request.cookies[loginCsrfCookie] = token;
  }
}

/**
 * Checks a CSRF token a route read itself: multipart uploads (`config.multipart`) are streamed, so
 * their `_csrf` field, or the `x-csrf-token` header a script sends, cannot be read before the handler.
 */
export function verifyCsrf(request: FastifyRequest, sent: unknown): void {
  if (!sameSecret(typeof sent === 'string' ? sent : undefined, csrfTokenFor(request))) {
    throw new ForbiddenError('This form has expired or did not come from this site. Reload the page and try again.');
  }
}
