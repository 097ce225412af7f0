import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { assets } from './assets.ts';

/** Health, metrics and hashed static assets: host-independent, no site data. */
export async function opsRoutes(app: FastifyInstance) {
  const responses = new Map<string, number>();
  const started = Date.now();
  app.addHook('onResponse', async (_request, reply) => {
    const key = `${Math.floor(reply.statusCode / 100)}xx`;
    responses.set(key, (responses.get(key) ?? 0) + 1);
  });

  app.get('/healthz', async (_request, reply) => {
    try {
      await sql`select 1`.execute(app.services.db.kysely);
      return reply.header('cache-control', 'no-store').send({ status: 'ok', database: app.services.db.dialect, sites: app.services.sites.all().length });
    } catch (error) {
      app.log.error({ err: error }, 'health check: database unreachable');
      return reply.code(503).header('cache-control', 'no-store').send({ status: 'unavailable', reason: 'database unreachable' });
    }
  });

  app.get('/metrics', async (_request, reply) => {
    const memory = process.memoryUsage();
    const lines = [
      '# HELP ecotone_http_responses_total HTTP responses by status class.',
      '# TYPE ecotone_http_responses_total counter',
      ...[...responses].map(([status, n]) => `ecotone_http_responses_total{status="${status}"} ${n}`),
      '# HELP ecotone_sites Sites hosted by this installation.',
      '# TYPE ecotone_sites gauge',
      `ecotone_sites ${app.services.sites.all().length}`,
      '# HELP process_resident_memory_bytes Resident memory size in bytes.',
      '# TYPE process_resident_memory_bytes gauge',
      `process_resident_memory_bytes ${memory.rss}`,
      '# HELP process_uptime_seconds Seconds since the server started.',
      '# TYPE process_uptime_seconds gauge',
      `process_uptime_seconds ${Math.round((Date.now() - started) / 1000)}`,
    ];
    return reply.type('text/plain; version=0.0.4').header('cache-control', 'no-store').send(`${lines.join('\n')}\n`);
  });

  for (const asset of assets) {
    app.get(asset.url, async (_request, reply) =>
      reply.type(asset.contentType).header('cache-control', 'public, max-age=31536000, immutable').send(asset.body),
    );
  }
}
