import type { FastifyInstance, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { nowIso } from '../db/database.ts';
import { NotFoundError } from '../errors.ts';
import { cachedPublicMenus } from '../menus/public-menus-cache.ts';
import { type Site, siteName } from '../sites/site.ts';
import type { OpenGraph } from '../web/page-context.ts';
import { gbfOverview, gbfOverviewPath, gbfTargetPage, gbfTargetPath, parseTargetParam } from './gbf.ts';
import { buildPageContext, cardFor, siteOrigin } from './page-builder.ts';
import { html, pageTarget } from './routes.ts';
import { parsePage } from './schema.ts';
import { withCardImages } from './service.ts';
import { GbfOverviewPage } from './views/gbf-overview-page.tsx';
import { GbfTargetPage } from './views/gbf-target-page.tsx';

const pageSize = 12;

type LangParams = { lang: string };

/** What a link preview shows of a GBF page: the page's title and text, on the site. */
function gbfOpenGraph(site: Site, language: string, url: string, title: string, description?: string): OpenGraph {
  return { type: 'website', title, description, url, siteName: siteName(site, language), locale: language, alternateLocales: site.languages.filter((l) => l !== language) };
}

/** The query string of a request, `?…` or empty, to keep across a redirect. */
function queryOf(request: FastifyRequest): string {
  const at = request.url.indexOf('?');
  return at < 0 ? '' : request.url.slice(at);
}

/**
 * The Global Biodiversity Framework pages: `/{lang}/gbf` (goals and targets, with the site's
 * counts) and `/{lang}/gbf/targets/{n}` (one target: its text, the national targets aligned with
 * it, the content tagged with it). Public and cached like the other public pages (ADR 0015).
 */
export async function gbfRoutes(app: FastifyInstance) {
  const { vocabularies } = app.services;

  app.get<{ Params: LangParams }>('/:lang/gbf', async (request, reply) => {
    const target = pageTarget(app, request, reply);
    if (!target) return;
    const { site, language, scope } = target;
    const [overview, menus] = await Promise.all([gbfOverview(scope, site, language, vocabularies, nowIso()), cachedPublicMenus(scope, site, language)]);
    const origin = siteOrigin(request, site);
    const ctx = buildPageContext(request, site, language, {
      currentPath: gbfOverviewPath(language),
      menus,
      pathIn: gbfOverviewPath,
      alternates: site.languages.map((l) => ({ hreflang: l, href: origin + gbfOverviewPath(l) })),
    });
    ctx.openGraph = gbfOpenGraph(site, language, origin + gbfOverviewPath(language), ctx.t('gbf.overview.title'), ctx.t('gbf.overview.lead'));
    return html(reply, h(GbfOverviewPage, { ctx, overview }));
  });

  app.get<{ Params: LangParams & { n: string }; Querystring: { page?: string } }>('/:lang/gbf/targets/:n', async (request, reply) => {
    const target = pageTarget(app, request, reply);
    if (!target) return;
    const { site, language, scope } = target;
    const param = parseTargetParam(request.params.n);
    if (param.kind === 'unknown') throw new NotFoundError(`There is no GBF target "${request.params.n}": the targets are numbered 1 to 23`, 'unknown_gbf_target');
    // `03`, `GBF-TARGET-03`: the same target, at its one address.
    if (param.kind === 'redirect') return reply.redirect(gbfTargetPath(language, param.n) + queryOf(request), 301);
    const { n } = param;
    const page = parsePage(request.query.page);
    const [data, menus] = await Promise.all([gbfTargetPage(scope, site, vocabularies, { n, language, page, pageSize }), cachedPublicMenus(scope, site, language)]);
    const pages = Math.max(1, Math.ceil(data.content.total / pageSize));
    if (page > pages) throw new NotFoundError(`There is no page ${page} here`, 'page_out_of_range');
    const pathIn = (l: string, p = page) => `${gbfTargetPath(l, n)}${p > 1 ? `?page=${p}` : ''}`;
    const origin = siteOrigin(request, site);
    const ctx = buildPageContext(request, site, language, {
      currentPath: pathIn(language),
      menus,
      pathIn: (l) => pathIn(l),
      alternates: site.languages.map((l) => ({ hreflang: l, href: origin + pathIn(l) })),
    });
    ctx.openGraph = gbfOpenGraph(site, language, origin + pathIn(language), data.title.text, data.text?.text);
    const cards = await withCardImages(scope, data.content.views.map((v) => cardFor(v, language)));
    return html(
      reply,
      h(GbfTargetPage, {
        ctx,
        target: data,
        nationalTargets: data.nationalTargets.views.map((view) => ({ view, href: cardFor(view, language).href })),
        cards,
        total: data.content.total,
        page,
        pages,
        hrefFor: (p: number) => pathIn(language, p),
      }),
    );
  });
}
