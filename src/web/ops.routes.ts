import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip as gzipCallback } from 'node:zlib';
import { type Asset, assets, favicon } from './assets.ts';
import { adminIslands } from './islands.ts';

const brotli = promisify(brotliCompress);
const gzip = promisify(gzipCallback);

/** Health, metrics and hashed static assets: host-independent, no site data. */
export async function opsRoutes(app: FastifyInstance) {
  const responses = new Map<string, number>();
  const started = Date.now();
  app.addHook('onResponse', async (_request, reply) => {
    const key = `${Math.floor(reply.statusCode / 100)}xx`;
    responses.set(key, (responses.get(key) ?? 0) + 1);
  });

  // Crawlers and old browsers ask for /favicon.ico whatever the page links.
  app.get('/favicon.ico', async (_request, reply) => reply.header('cache-control', 'public, max-age=86400').redirect(favicon.url, 301));

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

  const { assets: islands } = await adminIslands();
  for (const asset of [...assets, ...islands]) {
    app.get(asset.url, async (request, reply) => {
      reply.type(asset.contentType).header('cache-control', 'public, max-age=31536000, immutable');
      if (!asset.compressible) return reply.send(asset.body);
      reply.header('vary', 'accept-encoding');
      const encoding = preferredEncoding(request.headers['accept-encoding']);
      if (!encoding) return reply.send(asset.body);
      return reply.header('content-encoding', encoding).send(await compressedAsset(asset, encoding));
    });
  }
}

type Encoding = 'br' | 'gzip';
const compressed = new Map<string, Promise<Buffer>>();

function preferredEncoding(header: string | string[] | undefined): Encoding | null {
  const accepted = String(header ?? '').toLowerCase();
  if (/(^|[\s,])br(?!;q=0(\.0*)?\b)/.test(accepted)) return 'br';
  if (/(^|[\s,])gzip(?!;q=0(\.0*)?\b)/.test(accepted)) return 'gzip';
  return null;
}

/** Compressed once per process, off the event loop (brotli at its best takes about a second for the editor). */
function compressedAsset(asset: Asset, encoding: Encoding): Promise<Buffer> {
  const key = `${encoding} ${asset.url}`;
  let result = compressed.get(key);
  if (!result) {
    result =
      encoding === 'br'
        ? brotli(asset.body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: asset.body.length } })
        : gzip(asset.body, { level: 9 });
    compressed.set(key, result);
  }
  return result;
}
