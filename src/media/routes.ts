import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sessionUser } from '../accounts/sessions.ts';
import { sessionCookie } from '../admin/http.ts';
import { SiteScope } from '../db/site-scope.ts';
import { NotFoundError } from '../errors.ts';
import { canSeeMedia } from './policy.ts';
import { findMediaById, findMediaVariant } from './repo.ts';
import { type ByteRange, variantKey } from './storage/media-store.ts';
import { originalFileName } from './urls.ts';
import { isUsedPublicly } from './usage.ts';
import { VARIANT_MIME_TYPES } from './variants.ts';

/** A variant's name as `variants.ts` makes it: `<width>w.<16 hex>.<ext>`. */
const variantName = /^[1-9][0-9]{0,4}w\.[0-9a-f]{16}\.(?:avif|webp|jpg)$/;
const idPattern = /^[1-9][0-9]{0,9}$/;

/** The name in the URL is content-addressed: a URL's bytes never change. */
const publicCache = 'public, max-age=31536000, immutable';
/** Private files must not sit in a shared cache, nor in the browser's after the session ends. */
const privateCache = 'private, no-store';

/**
 * `GET /media/:id/:name` on a site's host: a file's original (`<sha256>.<ext>`, see `mediaUrl()`)
 * or one of its image variants (`1024w.<hash>.avif`), streamed from the store with byte ranges
 * (ADR 0010, "Serving"). Whoever may not see the file (`canSeeMedia`) gets the same 404 as for a
 * file that does not exist, on this site or another.
 */
export async function mediaRoutes(app: FastifyInstance) {
  const serve = async (request: FastifyRequest<{ Params: { id: string; name: string } }>, reply: FastifyReply) => {
    const site = request.site;
    const { id, name } = request.params;
    if (!site || !idPattern.test(id)) throw new NotFoundError();
    const scope = new SiteScope(app.services.db.kysely, site.id);
    const file = await findMediaById(scope, Number(id));
    if (!file) throw new NotFoundError();

    // A file a published page uses, or the home page's picture, is public (ADR 0012); only other files need the visitor's session.
    const publiclyReferenced = await isUsedPublicly(scope, site, file.id, new Date().toISOString());
    const session = publiclyReferenced ? null : await sessionUser(app.services.db.kysely, request.cookies[sessionCookie], site.id);
    if (!canSeeMedia(session?.actor ?? null, file, { publiclyReferenced })) throw new NotFoundError();

    let target: { key: string; contentType: string; bytes: number; sha256: string; attachment: boolean };
    if (name === originalFileName(file)) {
      target = { key: file.storageKey, contentType: file.contentType, bytes: file.bytes, sha256: file.sha256, attachment: file.kind === 'document' };
    } else {
      const variant = variantName.test(name) ? await findMediaVariant(scope, file.id, variantKey(file.storageKey, name)) : undefined;
      if (!variant) throw new NotFoundError();
      target = { key: variant.storageKey, contentType: VARIANT_MIME_TYPES[variant.format], bytes: variant.bytes, sha256: variant.sha256, attachment: false };
    }

    const etag = `"${target.sha256}"`;
    reply
      .header('content-type', target.contentType)
      .header('etag', etag)
      .header('cache-control', publiclyReferenced ? publicCache : privateCache)
      .header('x-content-type-options', 'nosniff')
      // Opened on its own, a file is a document of this origin: let it run nothing, whatever it is.
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('accept-ranges', 'bytes');
    // Only images, audio and video open in the browser; anything else is a download (ADR 0010).
    if (target.attachment) reply.header('content-disposition', contentDisposition(file.filename));

    if (matchesEtag(request.headers['if-none-match'], etag)) return reply.code(304).send();

    const range = requestedRange(request, etag, target.bytes);
    if (range === 'unsatisfiable') {
      return reply.code(416).header('content-range', `bytes */${target.bytes}`).type('text/plain; charset=utf-8').send('Range not satisfiable\n');
    }
    if (request.method === 'HEAD') {
      if (range) reply.code(206).header('content-range', `bytes ${range.start}-${range.end}/${target.bytes}`);
      return reply.header('content-length', range ? range.end - range.start + 1 : target.bytes).send();
    }
    const stored = await app.services.media.get(target.key, range ?? undefined);
    if (stored.range) {
      reply.code(206).header('content-range', `bytes ${stored.range.start}-${stored.range.end}/${stored.size}`).header('content-length', stored.range.end - stored.range.start + 1);
    } else {
      reply.header('content-length', stored.size);
    }
    return reply.send(stored.body);
  };
  // HEAD is declared with GET rather than left to Fastify, whose automatic HEAD would read the
  // whole file from the store only to throw it away.
  app.route({ method: ['GET', 'HEAD'], url: '/media/:id/:name', handler: serve });
}

/**
 * The one byte range asked for, null to send the whole file, or `unsatisfiable` (416). Only a single
 * range is served: a multi-range request gets the whole file, as RFC 9110 allows, and so does a
 * range whose `If-Range` names other content.
 */
export function requestedRange(request: Pick<FastifyRequest, 'headers'>, etag: string, size: number): ByteRange | null | 'unsatisfiable' {
  const header = request.headers.range;
  if (typeof header !== 'string') return null;
  const ifRange = request.headers['if-range'];
  if (typeof ifRange === 'string' && ifRange !== etag) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return null; // several ranges, or another unit: ignored
  const [, first, last] = match as unknown as [string, string, string];
  if (first === '' && last === '') return null;
  if (first === '') {
    // `bytes=-500`: the last 500 bytes.
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? Number.MAX_SAFE_INTEGER : Number(last);
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || end < start) return null; // invalid: ignored
  if (start >= size) return 'unsatisfiable';
  return { start, end: Math.min(end, size - 1) };
}

function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.trim() === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * `attachment` with the uploader's name, in RFC 6266 form: an ASCII fallback for old clients and
 * the exact name as `filename*` (UTF-8, percent-encoded, so no quote or line break can break out).
 */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
