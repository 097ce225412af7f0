import type { FastifyRequest } from 'fastify';
import { NotFoundError } from '../errors.ts';
import type { Site } from './site.ts';

/** The site a request's host resolved to; a 404 on the network portal, where `why` says where to go instead. */
export function requireSite(request: FastifyRequest, why?: string): Site {
  if (!request.site) throw new NotFoundError(why ?? 'Not found', why ? 'no_site' : 'not_found');
  return request.site;
}
