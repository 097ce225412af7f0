import { randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { AdminSession } from './admin-session.ts';

/** One part of a multipart form: a text field, or a file with its bytes. */
export type MultipartPart = { name: string; value: string } | { name: string; filename: string; data: Buffer; contentType?: string };

/**
 * A `multipart/form-data` body with the parts in exactly the given order (the order matters: the
 * server wants `_csrf` before any file), as a browser would send it. File names are written as
 * raw UTF-8, as browsers do.
 */
export function multipartBody(parts: readonly MultipartPart[]): { payload: Buffer; contentType: string } {
  const boundary = `----ecotone${randomBytes(12).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const name = part.name.replace(/"/g, '%22');
    if ('filename' in part) {
      chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${part.filename.replace(/"/g, '%22')}"\r\nContent-Type: ${part.contentType ?? 'application/octet-stream'}\r\n\r\n`, 'utf8'));
      chunks.push(part.data, Buffer.from('\r\n'));
    } else {
      chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${part.value}\r\n`, 'utf8'));
    }
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Posts a multipart form as the session's browser would (its cookies, its host). */
export function postMultipart(
  app: FastifyInstance,
  session: AdminSession,
  url: string,
  parts: readonly MultipartPart[],
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  const { payload, contentType } = multipartBody(parts);
  return app.inject({ method: 'POST', url, headers: { host: session.host, cookie: session.cookieHeader(), 'content-type': contentType, ...headers }, payload });
}
