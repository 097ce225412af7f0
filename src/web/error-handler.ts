import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { SiteScope } from '../db/site-scope.ts';
import { AppError, NotFoundError } from '../errors.ts';
import { findRedirect } from '../sites/redirects.ts';
import { errorPageContext } from '../public/page-builder.ts';
import { type ErrorKind, SiteErrorPage } from '../public/views/error-page.tsx';
import { renderBareError } from './error-pages.ts';
import { renderDocument } from './layout.tsx';

interface MappedError {
  status: number;
  code: string;
  message: string;
  details?: readonly { path: string; message: string }[];
}

/** One mapping from any thrown error to a status and a safe message; 5xx details stay in the log. */
function mapError(error: unknown): MappedError {
  if (error instanceof AppError) return { status: error.statusCode, code: error.code, message: error.message, details: error.details.length ? error.details : undefined };
  const fastifyError = error as Partial<FastifyError>;
  if (fastifyError.validation) return { status: 400, code: 'invalid_request', message: fastifyError.message ?? 'The request is not valid' };
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return { status: fastifyError.statusCode, code: (fastifyError.code ?? 'bad_request').toLowerCase(), message: fastifyError.message ?? 'Bad request' };
  }
  return { status: 500, code: 'internal_error', message: 'Something went wrong on our side' };
}

function kindFor(status: number): ErrorKind {
  if (status === 404) return 'notFound';
  if (status >= 500) return 'server';
  return 'badRequest';
}

export async function sendError(request: FastifyRequest, reply: FastifyReply, error: unknown) {
  const mapped = mapError(error);
  // An address the site had before (an imported PTK page) moved: say where, before saying "not found".
  if (mapped.status === 404 && request.site && (request.method === 'GET' || request.method === 'HEAD') && !request.url.startsWith('/api/')) {
    const db = request.server.services?.db.kysely;
    const target = db ? await findRedirect(new SiteScope(db, request.site.id), request.site, request.url).catch(() => null) : null;
    if (target) return reply.code(301).header('cache-control', 'public, max-age=3600').redirect(target, 301);
  }
  if (mapped.status >= 500) request.log.error({ err: error }, 'request failed');
  reply.code(mapped.status).header('cache-control', 'no-store');
  if (request.url.startsWith('/api/') || request.url.startsWith('/healthz')) {
    return reply.send({ error: { code: mapped.code, message: mapped.message, details: mapped.details } });
  }
  const kind = kindFor(mapped.status);
  const reason = kind === 'badRequest' ? mapped.message : undefined;
  reply.type('text/html; charset=utf-8');
  if (request.site) {
    try {
      return reply.send(renderDocument(h(SiteErrorPage, { ctx: errorPageContext(request, request.site), kind, reason })));
    } catch (renderError) {
      request.log.error({ err: renderError }, 'error page failed to render');
    }
  }
  return reply.send(renderBareError(kind, { accept: request.headers['accept-language'] }, reason));
}

export function installErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error, request, reply) => sendError(request, reply, error));
  app.setNotFoundHandler((request, reply) => sendError(request, reply, new NotFoundError()));
}
