import type { AppServices } from '../app-services.ts';
import type { Site } from '../sites/site.ts';

declare module 'fastify' {
  interface FastifyInstance {
    services: AppServices;
  }
  interface FastifyRequest {
    /** The site this request's host belongs to; null on the network portal and for host-less routes. */
    site: Site | null;
    /** True when the host is the network portal's. */
    isPortal: boolean;
  }
}
