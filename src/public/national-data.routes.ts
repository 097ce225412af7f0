import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { listPublishedItems } from '../content/service.ts';
import { focalPoint } from '../content/types/focal-point.ts';
import { cachedPublicMenus } from '../menus/public-menus-cache.ts';
import { feedLinksFor } from './feeds.routes.ts';
import { groupFocalPoints, listingProvenance } from './national-data.ts';
import { buildPageContext, cardFor, siteOrigin } from './page-builder.ts';
import { html, pageTarget } from './routes.ts';
import { FocalPointsPage } from './views/focal-points-page.tsx';

/**
 * The most focal points the page lists. A country designates one or two per category, a few dozen
 * at most; the bound keeps a runaway sync from making a page of thousands.
 */
const maxFocalPoints = 500;

/**
 * Pages of national data synced from the CBD that differ from a plain listing. The focal points are
 * read by category (whom to contact for the Convention, for biosafety, for access and
 * benefit-sharing…), so their listing groups people under the categories instead of paging them;
 * this route, a static segment, takes precedence over the generic `/:lang/:segment` listing.
 */
export async function nationalDataRoutes(app: FastifyInstance) {
  app.get<{ Params: { lang: string } }>(`/:lang/${focalPoint.segment}`, async (request, reply) => {
    const target = pageTarget(app, request, reply);
    if (!target) return;
    const { site, language, scope } = target;
    const [{ views }, menus, provenance] = await Promise.all([
      listPublishedItems(scope, site, { type: focalPoint.name, language, limit: maxFocalPoints, offset: 0, countTotal: false }),
      cachedPublicMenus(scope, site, language),
      listingProvenance(scope, focalPoint),
    ]);
    const pathIn = (l: string) => `/${l}/${focalPoint.segment}`;
    const origin = siteOrigin(request, site);
    const ctx = buildPageContext(request, site, language, {
      currentPath: pathIn(language),
      currentType: focalPoint.name,
      menus,
      pathIn,
      feeds: feedLinksFor(site, language, focalPoint),
      alternates: site.languages.map((l) => ({ hreflang: l, href: origin + pathIn(l) })),
    });
    return html(
      reply,
      h(FocalPointsPage, { ctx, groups: groupFocalPoints(views), total: views.length, hrefOf: (view) => cardFor(view, language).href, provenance }),
    );
  });
}
