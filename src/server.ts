import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import Fastify, { type FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { adminRoutes } from './admin/routes.ts';
import type { AppServices } from './app-services.ts';
import { BadRequestError } from './errors.ts';
import { mediaRoutes } from './media/routes.ts';
import { networkRoutes } from './network/routes.ts';
import { apiRoutes } from './public/api.routes.ts';
import { feedRoutes } from './public/feeds.routes.ts';
import { gbfRoutes } from './public/gbf.routes.ts';
import { nationalDataRoutes } from './public/national-data.routes.ts';
import { publicRoutes } from './public/routes.ts';
import { seoRoutes } from './public/seo.routes.ts';
import { siteResolution } from './sites/site-resolution.plugin.ts';
import { installErrorHandling, sendError } from './web/error-handler.ts';
import './web/fastify-types.ts';
import { installRequestLogging, loggingOptions } from './web/logging.ts';
import { installMetrics } from './web/metrics.ts';
import { opsRoutes } from './web/ops.routes.ts';
import { installPageCache, PageCache } from './web/page-cache.ts';

export interface ServerOptions {
  logger?: boolean | { level: string };
  /** Where log lines go instead of stdout (tests read them). */
  logStream?: { write(line: string): void };
}

/** Builds the Fastify app: infrastructure plugins, then domains. No logic lives here. */
export async function buildServer(services: AppServices, options: ServerOptions = {}): Promise<FastifyInstance> {
  // JSON lines with request id and site, secrets redacted (ADR 0023).
  const logging = loggingOptions(typeof options.logger === 'object' ? options.logger.level : services.config.logLevel);
  const app = Fastify({
    ...logging,
    logger: options.logger === false ? false : { ...(logging.logger as object), ...(options.logStream ? { stream: options.logStream } : {}) },
    // Slugs in non-Latin scripts are long once percent-encoded; the slug check bounds them.
    routerOptions: { maxParamLength: 1000, ignoreTrailingSlash: false },
    // Only proxies named by TRUST_PROXY (by default this host and private networks) may tell the client's address.
    trustProxy: services.config.trustProxy,
    bodyLimit: 1024 * 1024,
    // Framework-level failures (a malformed percent-encoding, a bad content type) get our error pages.
    frameworkErrors: (error, request, reply) => sendError(request, reply, new BadRequestError(error.message, 'malformed_request')),
  });

  installRequestLogging(app);
  await app.register(cookie);
  await app.register(formbody, { bodyLimit: 1024 * 1024 });
  await app.register(
    fp(
      async (instance) => {
        instance.decorate('services', services);
      },
      { name: 'services' },
    ),
  );
  installErrorHandling(app);
  await app.register(siteResolution);
  app.addHook('onRequest', async (request) => {
    const queryAt = request.url.indexOf('?');
    if (queryAt >= 0 && request.url.length - queryAt > services.config.maxQueryLength) {
      throw new BadRequestError(`The query string is longer than ${services.config.maxQueryLength} characters`, 'query_too_long');
    }
  });

  // Public pages answered from memory (ADR 0015). The search page is left out: every query is a
  // new page, few repeat, and they would push out the pages everyone reads.
  const pageCache = new PageCache({ maxBytes: services.config.pageCacheBytes });
  app.addHook('onClose', async () => pageCache.close());
  installMetrics(app, { services, pageCache }, services.config.metricsAllow);
  await app.register(opsRoutes);
  await app.register(networkRoutes);
  await app.register(async (cached) => {
    installPageCache(cached, pageCache, { exclude: ['/:lang/search'] });
    await cached.register(publicRoutes);
    await cached.register(gbfRoutes);
    await cached.register(nationalDataRoutes);
  });
  await app.register(feedRoutes);
  await app.register(seoRoutes);
  await app.register(apiRoutes);
  await app.register(mediaRoutes);
  await app.register(adminRoutes);
  return app;
}
