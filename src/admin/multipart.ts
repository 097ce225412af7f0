import type { Readable } from 'node:stream';
import { PassThrough } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ForbiddenError } from '../accounts/policy.ts';
import { verifyCsrf } from './http.ts';

/** Streamed multipart uploads in the admin (routes with `config.multipart`, registered with `@fastify/multipart`). */

/**
 * Reads a multipart request in order: `_csrf` must come (and be right) before any file, unless
 * the island's `x-csrf-token` header was checked already. Each file is handed to `onFile` as a
 * stream that may be destroyed without stopping the rest of the request (a refused file is
 * drained, and the next one still arrives). A file before the token: 403, and the request is
 * not read further.
 */
export async function readMultipart(request: FastifyRequest, reply: FastifyReply, onFile: (file: { stream: Readable; filename: string; mimetype: string }) => Promise<void>) {
  let csrfChecked = request.headers['x-csrf-token'] !== undefined; // checked by the preHandler
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        if (part.fieldname === '_csrf') {
          verifyCsrf(request, part.value);
          csrfChecked = true;
        }
        continue;
      }
      if (!csrfChecked) {
        part.file.destroy();
        throw new ForbiddenError('This form has expired or did not come from this site. Reload the page and try again.');
      }
      // A form sent with no file chosen has one empty, nameless file part.
      if (!part.filename) {
        part.file.resume();
        continue;
      }
      await onFile({ stream: detachable(part.file), filename: part.filename, mimetype: part.mimetype });
    }
    if (!csrfChecked) throw new ForbiddenError('This form has expired or did not come from this site. Reload the page and try again.');
  } catch (error) {
    if (error instanceof ForbiddenError) {
      // Whatever is left of the body is not read: close the connection after the answer.
      reply.header('connection', 'close');
      request.raw.unpipe();
      request.raw.resume();
    }
    throw error;
  }
}

/**
 * A stream of `file` that the consumer may destroy (as a refused upload does) while `file` itself
 * is then drained to its end, so that the multipart parser moves on to the next part.
 */
function detachable(file: Readable): Readable {
  const stream = new PassThrough();
  file.pipe(stream);
  stream.once('close', () => {
    file.unpipe(stream);
    file.resume();
  });
  return stream;
}
