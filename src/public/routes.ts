import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { publishedComments } from '../content/comments.ts';
import { h } from 'preact';
import { contentTypeBySegment } from '../content/registry.ts';
import { findPublishedItem, findPublishedItemsById, isLive, listPublishedFacets, listPublishedItems } from '../content/service.ts';
import { SiteScope } from '../db/site-scope.ts';
import { BadRequestError, NotFoundError } from '../errors.ts';
import { searchHref, searchPageModel } from '../search/presenter.ts';
import { emptySearchResult, search } from '../search/service.ts';
import { requireSite } from '../sites/request-site.ts';
import type { Site } from '../sites/site.ts';
import { renderDocument } from '../web/layout.tsx';
import { buildPageContext, cardFor, itemPath, matchLanguage, siteOrigin } from './page-builder.ts';
import { parsePage, parseSearchParams, parseTag, parseWhen, parseYear } from './schema.ts';
import { describeTopics, homeJsonLd, homeOpenGraph, homePageData, itemJsonLd, itemMedia, itemOpenGraph, leadImage, withCardImages } from './service.ts';
import { eventCalendarPath } from './calendar.ts';
import { gbfTargetNumber, gbfTargetPath } from './gbf.ts';
import { itemProvenance, listingProvenance } from './national-data.ts';
import { feedLinksFor, sendEventCalendar } from './feeds.routes.ts';
import { TopicPage } from './views/topic-page.tsx';
import { HomePage } from './views/home-page.tsx';
import { ItemPage } from './views/item-page.tsx';
import { ListingPage } from './views/listing-page.tsx';
import { SearchPage } from './views/search-page.tsx';
import { isValidSlug } from '../content/slug.ts';
import { cachedPublicMenus } from '../menus/public-menus-cache.ts';

const pageSize = 12;

type LangParams = { lang: string };

/** The page language, or a redirect to the canonical spelling of the tag; unknown languages are 404. */
function languageOr404(request: FastifyRequest, reply: FastifyReply, site: Site, raw: string): string | null {
  const match = matchLanguage(site, raw);
  if (match.kind === 'unknown') throw new NotFoundError(`This site has no language "${raw}"`, 'unknown_language');
  if (match.kind === 'redirect') {
    const rest = request.url.slice(request.url.indexOf('/', 1));
    reply.redirect(`/${match.language}${rest.startsWith('/') ? rest : '/'}`, 301);
    return null;
  }
  return match.language;
}

interface PageTarget {
  site: Site;
  language: string;
  scope: SiteScope;
}

/** The site, page language and data scope of a public page; null when a redirect has been sent instead. */
export function pageTarget(app: FastifyInstance, request: FastifyRequest<{ Params: LangParams }>, reply: FastifyReply): PageTarget | null {
  const site = requireSite(request);
  const language = languageOr404(request, reply, site, request.params.lang);
  return language ? { site, language, scope: new SiteScope(app.services.db.kysely, site.id) } : null;
}

export function html(reply: FastifyReply, node: preact.VNode<any>) {
  return reply.type('text/html; charset=utf-8').header('cache-control', 'public, max-age=0, must-revalidate').send(renderDocument(node));
}

export async function publicRoutes(app: FastifyInstance) {
  const { vocabularies } = app.services;

  app.get<{ Params: LangParams }>('/:lang', async (request, reply) => {
    const site = requireSite(request);
    const language = languageOr404(request, reply, site, request.params.lang);
    if (language) return reply.redirect(`/${language}/`, 301);
  });

  app.get<{ Params: LangParams }>('/:lang/', async (request, reply) => {
    const target = pageTarget(app, request, reply);
    if (!target) return;
    const { site, language, scope } = target;
    const [data, menus] = await Promise.all([homePageData(scope, site, language, vocabularies), cachedPublicMenus(scope, site, language)]);
    const ctx = buildPageContext(request, site, language, {
      currentPath: `/${language}/`,
      menus,
      feeds: feedLinksFor(site, language),
      alternates: site.languages.map((l) => ({ hreflang: l, href: `${siteOrigin(request, site)}/${l}/` })),
    });
    ctx.openGraph = homeOpenGraph(site, language, siteOrigin(request, site));
    ctx.jsonLd = [homeJsonLd(site, language, siteOrigin(request, site))];
    return html(reply, h(HomePage, { ctx, ...data }));
  });

  app.get<{ Params: LangParams; Querystring: Record<string, unknown> }>('/:lang/search', async (request, reply) => {
    const target = pageTarget(app, request, reply);
    if (!target) return;
    const { site, language, scope } = target;
    const params = parseSearchParams(request.query);
    const filters = { query: params.query, type: params.type, target: params.target };
    const [result, menus] = await Promise.all([
      params.query
        ? search(scope, { language, query: params.query, type: params.type, target: params.target, limit: pageSize, offset: (params.page - 1) * pageSize })
        : emptySearchResult(),
      cachedPublicMenus(scope, site, language),
    ]);
    const views = await findPublishedItemsById(scope, site, result.hits.map((hit) => hit.itemId), language);
    const model = searchPageModel(language, filters, result, views, (view) => cardFor(view, language).href, vocabularies);
    const pages = Math.max(1, Math.ceil(result.total / pageSize));
    const ctx = buildPageContext(request, site, language, {
      currentPath: searchHref(language, filters, params.page),
      menus,
      pathIn: (l) => searchHref(l, filters),
    });
    ctx.noindex = true;
    return html(reply, h(SearchPage, { ctx, model, page: params.page, pages, hrefFor: (p: number) => searchHref(language, { ...filters, query: result.correctedQuery ?? filters.query }, p) }));
  });

  app.get<{ Params: LangParams & { tag: string }; Querystring: { page?: string } }>('/:lang/topics/:tag', async (request, reply) => {
    const target = pageTarget(app, request, reply);
    if (!target) return;
    const { site, language, scope } = target;
    const tag = parseTag(request.params.tag);
    // A GBF target has a page of its own (`gbf.routes.ts`), with the country's national targets.
    const gbfTarget = tag && gbfTargetNumber(tag);
    if (gbfTarget) return reply.redirect(gbfTargetPath(language, gbfTarget), 301);
    const page = parsePage(request.query.page);
    const [topic] = tag ? await describeTopics(scope, site, [tag], language, vocabularies) : [];
    if (!topic) throw new NotFoundError(`There is no topic "${request.params.tag}"`, 'unknown_topic');
    const [{ views, total }, menus] = await Promise.all([
      listPublishedItems(scope, site, { language, tag: topic.identifier, sort: 'newest', limit: pageSize, offset: (page - 1) * pageSize }),
      cachedPublicMenus(scope, site, language),
    ]);
    const pages = Math.max(1, Math.ceil(total / pageSize));
    if (page > pages) throw new NotFoundError(`There is no page ${page} here`, 'page_out_of_range');
    const hrefFor = (p: number) => `${topic.href}${p > 1 ? `?page=${p}` : ''}`;
    const ctx = buildPageContext(request, site, language, {
      currentPath: hrefFor(page),
      menus,
      pathIn: (l) => `/${l}/topics/${encodeURIComponent(topic.identifier)}`,
    });
    const cards = await withCardImages(scope, views.map((v) => cardFor(v, language)));
    return html(reply, h(TopicPage, { ctx, topic, cards, total, page, pages, hrefFor }));
  });

  app.get<{ Params: LangParams & { segment: string }; Querystring: { page?: string; when?: string; tag?: string; year?: string } }>('/:lang/:segment', async (request, reply) => {
    const target = pageTarget(app, request, reply);
    if (!target) return;
    const { site, language, scope } = target;
    const type = contentTypeBySegment(request.params.segment);
    if (!type) throw new NotFoundError(`There is no section "${request.params.segment}"`, 'unknown_content_type');
    const page = parsePage(request.query.page);
    const tag = parseTag(request.query.tag);
    const year = parseYear(request.query.year);
    const when = type.dateRange && type.name === 'event' ? parseWhen(request.query.when) : undefined;
    const [topic] = tag ? await describeTopics(scope, site, [tag], language, vocabularies) : [];
    if (tag && !topic) throw new BadRequestError('"tag" is not a known topic', 'invalid_tag');
    const filters = { type: type.name, language, when, tag, year };
    const [{ views, total }, facets, menus, provenance] = await Promise.all([
      listPublishedItems(scope, site, { ...filters, limit: pageSize, offset: (page - 1) * pageSize }),
      listPublishedFacets(scope, site, filters),
      cachedPublicMenus(scope, site, language),
      listingProvenance(scope, type),
    ]);
    const pages = Math.max(1, Math.ceil(total / pageSize));
    if (page > pages) throw new NotFoundError(`There is no page ${page} here`, 'page_out_of_range');
    const base = `/${language}/${type.segment}`;
    /** This listing's address with some filters changed; the page goes back to 1 unless given. */
    const query = (changes: { page?: number; when?: typeof when; tag?: string | null; year?: number | null } = {}) => {
      const params = new URLSearchParams();
      const w = changes.when ?? when;
      const t = changes.tag === null ? undefined : (changes.tag ?? tag);
      const y = changes.year === null ? undefined : (changes.year ?? year);
      if (w && w !== 'upcoming') params.set('when', w);
      if (t) params.set('tag', t);
      if (y) params.set('year', String(y));
      if (changes.page && changes.page > 1) params.set('page', String(changes.page));
      const s = params.toString();
      return s ? `?${s}` : '';
    };
    const ctx = buildPageContext(request, site, language, {
      currentPath: base + query({ page }),
      currentType: type.name,
      menus,
      pathIn: (l) => `/${l}/${type.segment}${query({ page })}`,
      feeds: feedLinksFor(site, language, type),
      alternates: site.languages.map((l) => ({ hreflang: l, href: `${siteOrigin(request, site)}/${l}/${type.segment}${query({ page })}` })),
    });
    const targetTitles = await describeTopics(scope, site, facets.targets.map((f) => f.term), language, vocabularies);
    const cards = await withCardImages(scope, views.map((v) => cardFor(v, language)));
    return html(
      reply,
      h(ListingPage, {
        ctx,
        type,
        provenance,
        cards,
        total,
        page,
        pages,
        hrefFor: (p: number) => base + query({ page: p }),
        when: when ? { current: when, upcomingHref: base + query({ when: 'upcoming' }), pastHref: base + query({ when: 'past' }) } : undefined,
        tagTitle: topic?.title,
        facets: {
          targets: facets.targets.map((f) => ({
            label: targetTitles.find((d) => d.identifier === f.term)?.title ?? f.term,
            count: f.count,
            href: base + query({ tag: f.term }),
            current: f.term === tag,
          })),
          years: facets.years.map((f) => ({ label: String(f.year), count: f.count, href: base + query({ year: f.year }), current: f.year === year })),
          allTargetsHref: tag ? base + query({ tag: null }) : undefined,
          allYearsHref: year ? base + query({ year: null }) : undefined,
        },
      }),
    );
  });

  app.get<{ Params: LangParams & { segment: string; slug: string } }>('/:lang/:segment/:slug', async (request, reply) => {
    const target = pageTarget(app, request, reply);
    if (!target) return;
    const { site, language, scope } = target;
    const type = contentTypeBySegment(request.params.segment);
    if (!type) throw new NotFoundError(`There is no section "${request.params.segment}"`, 'unknown_content_type');
    // `/{lang}/events/{slug}.ics`: the event's calendar file, answered by the feeds module.
    if (request.params.slug.endsWith('.ics') && type.channels.calendar) return sendEventCalendar(request, reply, { site, language, scope, type, slug: request.params.slug });
    const slug = request.params.slug.normalize('NFC');
    if (!isValidSlug(slug)) throw new NotFoundError('This address does not name a page', 'invalid_slug');
    // The menus are read in the same parallel batch as the item: one more query, no extra round trip.
    const [view, menus] = await Promise.all([findPublishedItem(scope, site, type.name, slug, language), cachedPublicMenus(scope, site, language)]);
    if (!view) throw new NotFoundError();
    // An old or other-language slug for a page that exists in this language: send to its own address.
    if (!view.isFallback && view.translation.slug !== slug) return reply.redirect(itemPath(language, type, view.translation.slug), 301);
    const now = new Date().toISOString();
    const live = view.item.translations.filter((t) => isLive(t, now));
    const origin = siteOrigin(request, site);
    const pathIn = (l: string) => {
      const t = live.find((x) => x.language === l);
      return t ? itemPath(l, type, t.slug) : undefined;
    };
    const ctx = buildPageContext(request, site, language, {
      currentPath: itemPath(language, type, view.translation.slug),
      currentType: type.name,
      menus,
      pathIn,
      alternates: live.map((t) => ({ hreflang: t.language, href: origin + itemPath(t.language, type, t.slug) })),
    });
    if (view.isFallback) ctx.canonicalUrl = origin + itemPath(view.translation.language, type, view.translation.slug);
    const [tags, media, provenance, comments] = await Promise.all([
      describeTopics(scope, site, view.item.tags, language, vocabularies),
      itemMedia(scope, type, view),
      itemProvenance(view, scope),
      publishedComments(scope, view.item.id),
    ]);
    const canonical = origin + itemPath(view.translation.language, type, view.translation.slug);
    const image = leadImage(type, view, media, origin, site.defaultLanguage);
    ctx.openGraph = itemOpenGraph(view, type, site, canonical, image);
    return html(
      reply,
      h(ItemPage, {
        ctx,
        type,
        view,
        listingHref: `/${language}/${type.segment}`,
        tags,
        media,
        defaultLanguage: site.defaultLanguage,
        otherLanguages: live.filter((t) => t.language !== view.translation.language).map((t) => ({ language: t.language, href: itemPath(t.language, type, t.slug) })),
        jsonLd: itemJsonLd(view, type, canonical, site, image?.url),
        calendarHref: type.channels.calendar ? eventCalendarPath(language, type, view.translation.slug) : undefined,
        provenance,
        comments,
      }),
    );
  });

}
