import '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { type Action, authorize, ForbiddenError } from '../accounts/policy.ts';
import { type SessionUser, sessionUser } from '../accounts/sessions.ts';
import { mustSetUpTwoFactor } from '../accounts/two-factor.ts';
import type { FormBody } from './form.ts';
import { adminRouteTable, sessionCookie, verifyCsrf } from './http.ts';
import { authRoutes } from './auth.routes.ts';
import { contentAdminRoutes } from './content.routes.ts';
import { contentListRoutes } from './content-list.routes.ts';
import { mediaAdminRoutes } from './media.routes.ts';
import { menuAdminRoutes } from './menu.routes.ts';
import { networkAdminRoutes } from './network.routes.ts';
import { harvestAdminRoutes } from './harvest.routes.ts';
import { jobsAdminRoutes } from './jobs.routes.ts';
import { siteAdminRoutes } from './site.routes.ts';
import { cbdAdminRoutes } from './cbd.routes.ts';
import { importAdminRoutes } from './import.routes.ts';
import { trashRoutes } from './trash.routes.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The action an admin route needs (checked before the handler), or `public: true`. */
    policy?: Action;
    public?: boolean;
    /** A streamed multipart POST: the handler checks the CSRF token itself (`verifyCsrf`). */
    multipart?: boolean;
  }
  interface FastifyRequest {
    user: SessionUser | null;
  }
}

export { adminRouteTable, sessionCookie } from './http.ts';

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
      if (config.multipart && request.headers['x-csrf-token'] !== undefined) verifyCsrf(request, request.headers['x-csrf-token']);
      else if (!config.multipart) verifyCsrf(request, (request.body as FormBody | undefined)?._csrf);
    }
    if (config.public) return;
    if (!request.user) {
      if (request.method === 'GET') return reply.redirect(`/admin/login?next=${encodeURIComponent(request.url)}`, 302);
      throw new ForbiddenError('Please log in first');
    }
    // Where two-factor sign-in is required, a network administrator without it reaches no guarded
    // page until it is set up (the set-up pages themselves are public: they check the user).
    if (mustSetUpTwoFactor({ isNetworkAdmin: request.user.actor.isNetworkAdmin, twoFactorEnabled: request.user.twoFactorEnabled }, app.services.config.requireTwoFactorForNetworkAdmins)) {
      if (request.method === 'GET') return reply.redirect('/admin/account/two-factor?required=1', 302);
      throw new ForbiddenError('Set up two-factor sign-in first');
    }
    authorize(request.user.actor, config.policy!, { siteId: request.site?.id ?? null });
    // A suspended site's admin stays open to those who run it (site managers, network administrators) only (ADR 0021).
    if (request.site?.status === 'suspended') authorize(request.user.actor, 'site.settings', { siteId: request.site.id });
  });

  await authRoutes(app);
  await contentAdminRoutes(app);
  await contentListRoutes(app);
  await trashRoutes(app);
  await siteAdminRoutes(app);
  await cbdAdminRoutes(app);
  await menuAdminRoutes(app);
  // Its own plugin scope: multipart parsing is registered for the media routes only.
  await app.register(mediaAdminRoutes);
  // Likewise for the import upload, with its own limits (one file, up to 2 GB).
  await app.register(importAdminRoutes);
  await networkAdminRoutes(app);
  await harvestAdminRoutes(app);
  await jobsAdminRoutes(app);
}
