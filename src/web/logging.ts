import { randomUUID } from 'node:crypto';
import { type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifyServerOptions, LogController } from 'fastify';

/**
 * Structured request logs (ADR 0023): one JSON line per request (pino, through Fastify) with the
 * request id, the site, the method, the address without its secrets, the status and the duration.
 * The request id is the caller's `X-Request-Id` when it is a sane token (a proxy or load balancer
 * set it, so one id follows the request through every hop), else a new UUID; it is echoed in the
 * response's `X-Request-Id` and carried by every line logged for the request.
 */

/** A request id from outside is kept when it is a short token of safe characters; anything else could forge or break log lines. */
const SANE_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:@+=-]{0,127}$/;

/** Headers whose values are never written to a log, wherever a request or response gets serialized. */
export const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["proxy-authorization"]',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  'headers.cookie',
  'headers.authorization',
];

/** Query parameters and route parameters whose values are secrets (password-reset links, signed URLs). */
const SECRET_NAME = /token|secret|password|passwd|signature|credential|session|^code$|^key$|api[-_]?key|x-amz-/i;

/** The request id for a request: its sane `X-Request-Id`, else a fresh UUID. */
export function requestIdOf(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && SANE_REQUEST_ID.test(value) ? value : randomUUID();
}

/**
 * The address as logged: secret query values and secret route parameters (e.g. the token of
 * `/admin/password/:token`) replaced by `[redacted]`.
 *
 * @example redactUrl('/admin/password/abc123?next=/x', { token: 'abc123' }) // '/admin/password/[redacted]?next=/x'
 */
export function redactUrl(url: string, params: Record<string, unknown> = {}): string {
  const queryAt = url.indexOf('?');
  let path = queryAt < 0 ? url : url.slice(0, queryAt);
  const query = queryAt < 0 ? '' : url.slice(queryAt + 1);
  for (const [name, value] of Object.entries(params)) {
    if (!SECRET_NAME.test(name) || typeof value !== 'string' || value === '') continue;
    path = path.split('/').map((segment) => (safeDecode(segment) === value ? '[redacted]' : segment)).join('/');
  }
  if (!query) return path;
  const pairs = query.split('&').map((pair) => {
    const equals = pair.indexOf('=');
    const name = safeDecode(equals < 0 ? pair : pair.slice(0, equals));
    return equals >= 0 && SECRET_NAME.test(name) ? `${pair.slice(0, equals)}=[redacted]` : pair;
  });
  return `${path}?${pairs.join('&')}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Fastify's logger and request-id options: JSON lines at `level`, secrets redacted, the request id
 * from `X-Request-Id` when sane. Fastify's own two lines per request are off: `installRequestLogging`
 * writes one access line instead, with the site.
 */
export function loggingOptions(level: string): Pick<FastifyServerOptions, 'logger' | 'genReqId' | 'requestIdHeader' | 'logController'> {
  return {
    logger: {
      level,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      // Without these, an error logged with its request would write every header.
      serializers: {
        req: (request: FastifyRequest) => ({ method: request.method, url: redactUrl(request.url, (request.params ?? {}) as Record<string, unknown>) }),
      },
    },
    requestIdHeader: false,
    genReqId: (request) => requestIdOf(request.headers['x-request-id']),
    logController: new LogController({ requestIdLogLabel: 'requestId', disableRequestLogging: true }),
  };
}

/**
 * The request hooks: `X-Request-Id` on every response (set first, so even a 404 for an unknown host
 * carries it), the site code bound to the request's logger once resolved, and one access line per
 * request. Call before the site resolution is registered; the binding runs at `preParsing`, after
 * every `onRequest` hook.
 */
export function installRequestLogging(app: FastifyInstance): void {
  const bound = new WeakSet<FastifyRequest>();
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.addHook('preParsing', async (request) => {
    const site = siteLabel(request);
    if (!site) return;
    request.log = request.log.child({ site });
    bound.add(request);
  });
  app.addHook('onResponse', async (request, reply) => accessLine(request, reply, !bound.has(request)));
}

/** The site code, `portal` for the network portal, or undefined (host-less paths, unknown hosts). */
export function siteLabel(request: FastifyRequest): string | undefined {
  return request.site?.code ?? (request.isPortal ? 'portal' : undefined);
}

function accessLine(request: FastifyRequest, reply: FastifyReply, withSite: boolean): void {
  const status = reply.statusCode;
  const line = {
    // A page answered from memory at onRequest never reached the binding: the line says its site itself.
    site: withSite ? siteLabel(request) : undefined,
    method: request.method,
    url: redactUrl(request.url, (request.params ?? {}) as Record<string, unknown>),
    status,
    ms: Math.round(reply.elapsedTime * 10) / 10,
    ip: request.ip,
    cache: reply.getHeader('x-cache') as string | undefined,
  };
  if (status >= 500) request.log.error(line, 'request failed');
  else request.log.info(line, 'request');
}
