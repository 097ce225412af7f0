import type { FastifyInstance, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { sessionUser } from '../accounts/sessions.ts';
import { sessionCookie } from '../admin/http.ts';
import { NotFoundError } from '../errors.ts';
import { languageDirection } from '../i18n/languages.ts';
import { shippedUiLanguages, translator } from '../i18n/translator.ts';
import { feedFormats } from '../public/feeds.ts';
import { parsePage, parseSearchQuery } from '../public/schema.ts';
import { normaliseHost } from '../sites/schema.ts';
import { favicon, siteCss } from '../web/assets.ts';
import { negotiateUiLanguage } from '../web/error-pages.ts';
import { renderDocument } from '../web/layout.tsx';
import { parseFeedFile, portalFeedSize, renderPortalFeed } from './feeds.ts';
import { FiguresCache } from './figures.ts';
import { PortalCache } from './portal-cache.ts';
import type { SiteLinks } from './presenter.ts';
import { aggregatedEntries, liveSites, networkStatus, portalHome, portalSearch } from './service.ts';
import { type PortalContext, portalHref } from './views/portal-layout.tsx';
import { PortalPage } from './views/portal-page.tsx';
import { PortalSearchPage } from './views/search-page.tsx';
import { StatusPage } from './views/status-page.tsx';

/**
 * The network portal on the bare host (ADR 0022): `/` (sites, latest news, upcoming events),
 * `/status`, `/search?q=` and `/feeds/{lang}/news|events.rss|.atom|.json`. These routes are
 * constrained to the portal's hosts, so on a site's host the same paths reach the site's own
 * routes (`/feeds/fr/news.rss` is the site's feed there; `/status` is not a language: 404).
 * `/` is shared: on a site's host it sends the visitor to the site's default language.
 */

const pageCacheControl = 'public, max-age=0, stale-while-revalidate=60';
const feedCacheControl = 'public, max-age=300';
const searchPageSize = 10;

/** The routing constraint that tells the portal's hosts from sites' hosts (decided before `onRequest`, from the Host header). */
const hostKind = 'ecotoneHostKind';
const onPortal = { constraints: { [hostKind]: 'portal' } };

function installHostConstraint(app: FastifyInstance): void {
  if (app.hasConstraintStrategy(hostKind)) return;
  app.addConstraintStrategy({
    name: hostKind,
    storage() {
      const handlers = new Map<string, unknown>();
      return { get: (value: string) => (handlers.get(value) ?? null) as never, set: (value: string, store: unknown) => void handlers.set(value, store) };
    },
    deriveConstraint: (req: { headers: Record<string, string | string[] | undefined> }) =>
      app.services.sites.resolve(normaliseHost(req.headers.host as string | undefined)).kind === 'portal' ? 'portal' : 'other',
    mustMatchWhenDerived: false,
  });
}

/** The UI language: `?lang=` when it is a shipped one, else negotiated from `Accept-Language`. */
function portalLanguage(request: FastifyRequest<{ Querystring: { lang?: unknown } }>): { language: string; negotiated: boolean } {
  const asked = request.query.lang;
  if (typeof asked === 'string' && shippedUiLanguages().includes(asked)) return { language: asked, negotiated: false };
  return { language: negotiateUiLanguage(request.headers['accept-language']), negotiated: true };
}

export async function networkRoutes(app: FastifyInstance) {
  const { services } = app;
  const cache = new PortalCache({ maxBytes: services.config.pageCacheBytes });
  const figures = new FiguresCache(services.db.kysely, { onError: (error) => app.log.error({ err: error }, 'reading the network figures failed') });
  app.addHook('onClose', async () => {
    cache.close();
    figures.close();
  });
  installHostConstraint(app);

  const linksFor = (request: FastifyRequest): SiteLinks => ({
    protocol: request.protocol,
    port: request.headers.host?.match(/:(\d+)$/)?.[1],
    localSiteSuffix: services.config.localSiteSuffix,
  });

  const contextFor = (language: string, pageHref: (language: string) => string): PortalContext => {
    const t = translator(language);
    return {
      t,
      language,
      dir: languageDirection(language),
      cssUrl: siteCss.url,
      faviconUrl: favicon.url,
      languageLinks: shippedUiLanguages().map((l) => ({ language: l, href: pageHref(l), current: l === language })),
      feeds: (['news', 'events'] as const).flatMap((kind) =>
        Object.entries(feedFormats).map(([format, { contentType, label }]) => ({
          type: contentType,
          href: `/feeds/${language}/${kind}.${format}`,
          title: t('feeds.formatTitle', { title: t(kind === 'news' ? 'portal.feed.newsTitle' : 'portal.feed.eventsTitle'), format: label }),
        })),
      ),
    };
  };

  app.get<{ Querystring: { lang?: string } }>('/', async (request, reply) => {
    if (request.site) return reply.redirect(`/${request.site.defaultLanguage}/`, 302);
    if (!request.isPortal) throw new NotFoundError();
    const { language, negotiated } = portalLanguage(request);
    return cache.send(request, reply, { variant: language, contentType: 'text/html; charset=utf-8', cacheControl: pageCacheControl, vary: negotiated ? 'Accept-Language' : undefined }, async () => {
      const home = await portalHome(services.db.kysely, services.sites.all(), linksFor(request), { language, figures: figures.get(liveSites(services.sites.all())) });
      return renderDocument(h(PortalPage, { ctx: contextFor(language, (l) => portalHref('/', l)), ...home }));
    });
  });

  app.get<{ Querystring: { lang?: string } }>('/status', onPortal, async (request, reply) => {
    const { language, negotiated } = portalLanguage(request);
    const render = async (showErrors: boolean) => {
      const rows = networkStatus(await figures.get(liveSites(services.sites.all())), services.sites.all(), linksFor(request), { language, showErrors });
      return renderDocument(h(StatusPage, { ctx: contextFor(language, (l) => portalHref('/status', l)), rows, showsErrors: showErrors }));
    };
    // The counts are public; why a sync failed may name internal hosts or keys, so only a network
    // administrator signed in on the portal sees it, on a page nobody else is given (ADR 0022).
    const token = request.cookies[sessionCookie];
    const user = token ? await sessionUser(services.db.kysely, token, null) : null;
    if (user?.actor.isNetworkAdmin) {
      return reply.type('text/html; charset=utf-8').header('cache-control', 'private, no-store').send(await render(true));
    }
    return cache.send(request, reply, { variant: language, contentType: 'text/html; charset=utf-8', cacheControl: pageCacheControl, vary: negotiated ? 'Accept-Language' : undefined }, () =>
      render(false),
    );
  });

  app.get<{ Querystring: { lang?: string; q?: unknown; page?: unknown } }>('/search', onPortal, async (request, reply) => {
    const { language } = portalLanguage(request);
    const query = parseSearchQuery(request.query.q);
    const page = parsePage(request.query.page);
    const result = query
      ? await portalSearch(services.db.kysely, services.sites.all(), linksFor(request), { language, query, limit: searchPageSize, offset: (page - 1) * searchPageSize })
      : { hits: [], total: 0 };
    const pages = Math.max(1, Math.ceil(result.total / searchPageSize));
    const hrefFor = (n: number, l = language) => portalHref('/search', l, { q: query, ...(n > 1 ? { page: String(n) } : {}) });
    // Not kept in memory: every query is a new page that few repeat (as on the sites, ADR 0015).
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'public, max-age=0')
      .send(renderDocument(h(PortalSearchPage, { ctx: contextFor(language, (l) => hrefFor(page, l)), query, hits: result.hits, total: result.total, page, pages, hrefFor })));
  });

  app.get<{ Params: { lang: string; file: string } }>('/feeds/:lang/:file', onPortal, async (request, reply) => {
    const language = request.params.lang;
    const feed = parseFeedFile(request.params.file);
    if (!feed) throw new NotFoundError('The network publishes news.rss|atom|json and events.rss|atom|json', 'unknown_feed');
    // Any language the UI speaks or a live site is written in; anything else is not a feed.
    const languages = new Set([...shippedUiLanguages(), ...liveSites(services.sites.all()).flatMap((s) => s.languages)]);
    if (!languages.has(language)) throw new NotFoundError(`No site of the network is written in "${language}"`, 'unknown_language');
    const portalOrigin = `${request.protocol}://${request.headers.host ?? 'localhost'}`;
    return cache.send(request, reply, { variant: language, contentType: `${feedFormats[feed.format].contentType}; charset=utf-8`, cacheControl: feedCacheControl }, async () => {
      const entries = await aggregatedEntries(services.db.kysely, services.sites.all(), linksFor(request), { kind: feed.kind, language, limit: portalFeedSize, exactLanguage: true, withBody: true });
      return renderPortalFeed({ kind: feed.kind, format: feed.format, language, portalOrigin, entries });
    });
  });
}
