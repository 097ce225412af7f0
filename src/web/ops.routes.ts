import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip as gzipCallback } from 'node:zlib';
import { type Asset, assets, favicon } from './assets.ts';
import { adminIslands } from './islands.ts';

const brotli = promisify(brotliCompress);
const gzip = promisify(gzipCallback);

/** How long a readiness check waits for one dependency before calling it unreachable. */
const READINESS_TIMEOUT_MS = 3_000;

/**
 * Health and hashed static assets: host-independent, no site data (`/metrics` is installed at the
 * root by `installMetrics`, since its counters must see every route). `/healthz` is liveness: the
 * process answers, nothing else is asked, so a slow database never gets a live process restarted.
 * `/readyz` is readiness: the database and the media store both answer, else 503 naming which did
 * not, so a load balancer sends traffic elsewhere until they do (ADR 0023).
 */
export async function opsRoutes(app: FastifyInstance) {
  const started = Date.now();

  // Crawlers and old browsers ask for /favicon.ico whatever the page links.
  app.get('/favicon.ico', async (_request, reply) => reply.header('cache-control', 'public, max-age=86400').redirect(favicon.url, 301));

  app.get('/healthz', async (_request, reply) =>
    reply.header('cache-control', 'no-store').send({
      status: 'ok',
      database: app.services.db.dialect,
      sites: app.services.sites.all().length,
      uptimeSeconds: Math.round((Date.now() - started) / 1000),
    }),
  );

  app.get('/readyz', async (request, reply) => {
    const [database, media] = await Promise.all([
      probe(() => sql`select 1`.execute(app.services.db.kysely)),
      probe(() => app.services.media.check()),
    ]);
    const failed = [...(database.ok ? [] : ['database']), ...(media.ok ? [] : ['media'])];
    const checks = { database: database.ok ? 'ok' : database.error, media: media.ok ? 'ok' : media.error };
    reply.header('cache-control', 'no-store');
    if (failed.length === 0) return reply.send({ status: 'ready', checks });
    request.log.warn({ checks }, `readiness: ${failed.join(' and ')} unreachable`);
    return reply.code(503).send({ status: 'unavailable', failed, checks });
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

type ProbeResult = { ok: true } | { ok: false; error: string };

/** Runs one check with a time limit; never throws. The error text names no secret (driver messages only). */
async function probe(check: () => Promise<unknown>): Promise<ProbeResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${READINESS_TIMEOUT_MS} ms`)), READINESS_TIMEOUT_MS);
  });
  try {
    await Promise.race([check(), timeout]);
    return { ok: true };
  } catch (error) {
    const e = error as { name?: string; message?: string; code?: string };
    return { ok: false, error: [e.code ?? e.name, e.message].filter(Boolean).join(': ').slice(0, 200) || 'unreachable' };
  } finally {
    clearTimeout(timer);
  }
}
