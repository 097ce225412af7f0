import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { renderBareError } from '../web/error-pages.ts';
import { normaliseHost } from './schema.ts';
import { renderMaintenancePage } from './views/maintenance-page.tsx';

const isAdminPath = (url: string) => url === '/admin' || url.startsWith('/admin/') || url.startsWith('/admin?');

/** Paths that answer on any host: they carry no site's data. */
const hostlessPrefixes = ['/assets/', '/healthz', '/readyz', '/metrics'];

/**
 * Resolves the site once per request from the Host header (ADR 0002). An unknown host gets a 404
 * page and never another site's content; a redirecting domain sends a 301 to the primary one.
 */
export const siteResolution = fp(
  async (app: FastifyInstance) => {
    app.decorateRequest('site', null);
    app.decorateRequest('isPortal', false);
    app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      if (hostlessPrefixes.some((p) => request.url.startsWith(p))) return;
      const match = app.services.sites.resolve(normaliseHost(request.headers.host));
      switch (match.kind) {
        case 'portal':
          request.isPortal = true;
          return;
        case 'site':
          // A suspended site shows its maintenance page, in the visitor's language among its own, and
          // nothing else; its admin stays open to its managers (checked by the admin, ADR 0021).
          if (match.site.status === 'suspended' && !isAdminPath(request.url)) {
            return reply.code(503).header('retry-after', '3600').type('text/html; charset=utf-8').send(renderMaintenancePage(match.site, request.headers['accept-language']));
          }
          request.site = match.site;
          return;
        case 'redirect':
          return reply.redirect(`${request.protocol}://${match.to}${request.url}`, 301);
        case 'unknown':
          return reply.code(404).type('text/html; charset=utf-8').send(renderBareError('unknownSite', { accept: request.headers['accept-language'] }));
      }
    });
    // Sites that are not live (test, training) stay out of search engines, also for what is not HTML.
    app.addHook('onSend', async (request, reply) => {
      if (request.site && request.site.status !== 'live') reply.header('x-robots-tag', 'noindex, nofollow');
    });
  },
  { name: 'site-resolution', dependencies: ['services'] },
);
