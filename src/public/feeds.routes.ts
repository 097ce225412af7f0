import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ContentTypeDefinition } from '../content/content-type.ts';
import type { ItemView } from '../content/item.ts';
import { contentTypeByName, contentTypeBySegment, contentTypes } from '../content/registry.ts';
import { listPublished, loadItems } from '../content/repo.ts';
import { findPublishedItem } from '../content/service.ts';
import { isValidSlug } from '../content/slug.ts';
import { nowIso } from '../db/database.ts';
import { SiteScope } from '../db/site-scope.ts';
import { NotFoundError } from '../errors.ts';
import { translator } from '../i18n/translator.ts';
import { cachedMediaEntries } from '../media/public-media-cache.ts';
import { requireSite } from '../sites/request-site.ts';
import { type Site, siteName } from '../sites/site.ts';
import type { VocabularyIndex } from '../vocabularies/service.ts';
import type { PageContext } from '../web/page-context.ts';
import { calendarPath, calendarTypes, calendarViews, eventCalendarPath, icsDisposition, renderCalendar } from './calendar.ts';
import { type FeedEntry, feedFormats, isFeedFormat, renderFeed } from './feeds.ts';
import { itemPath, matchLanguage, siteOrigin } from './page-builder.ts';
import { describeTopics, topicPath } from './service.ts';
import { itemDescription, leadImage, leadImageId } from './structured-data.ts';

const feedSize = 30;
const feedCache = 'public, max-age=300';

/** The types that have feeds (`channels.feed`); `all` mixes them. */
function feedTypes(): ContentTypeDefinition[] {
  return contentTypes.filter((t) => t.channels.feed);
}

/**
 * Escapes text for XML (sitemaps); characters XML 1.0 forbids are dropped.
 *
 * @example escapeXml('Fauna & flora <2026>') // 'Fauna &amp; flora &lt;2026&gt;'
 */
export function escapeXml(value: string): string {
  return value
    .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A feed's title in the page language: the section's (`News — CHM Belgium`) or the whole site's. */
function feedTitle(site: Site, language: string, type: ContentTypeDefinition | undefined): string {
  const t = translator(language);
  const name = siteName(site, language);
  return type ? t('feed.title', { type: t(`type.${type.name}.plural`), site: name }) : t('feeds.allTitle', { site: name });
}

/**
 * The `<link rel="alternate">` entries of a listing page (its type's feeds, and its calendar for
 * dated types) or, without a type, of the home page (the feeds of all content). Paths are
 * site-relative, like every link of a page.
 *
 * @example feedLinksFor(site, 'fr', event) // [{ type: 'application/rss+xml', href: '/feeds/fr/events.rss', title: 'Événements — … (RSS)' }, …, { type: 'text/calendar', href: '/fr/events/calendar.ics', … }]
 */
export function feedLinksFor(site: Site, language: string, type?: ContentTypeDefinition): NonNullable<PageContext['feeds']> {
  const t = translator(language);
  const links: NonNullable<PageContext['feeds']> = [];
  if (!type || type.channels.feed) {
    const title = feedTitle(site, language, type);
    for (const [format, { contentType, label }] of Object.entries(feedFormats)) {
      links.push({ type: contentType, href: `/feeds/${language}/${type?.segment ?? 'all'}.${format}`, title: t('feeds.formatTitle', { title, format: label }) });
    }
  }
  if (type && calendarTypes().includes(type)) {
    links.push({ type: 'text/calendar', href: calendarPath(language, type), title: t('calendar.title', { site: siteName(site, language) }) });
  }
  return links;
}

/** The newest published translations in exactly `language` (a feed has no fallback: a reader of French gets French). */
async function feedViews(scope: SiteScope, language: string, types: readonly ContentTypeDefinition[]): Promise<ItemView[]> {
  const { rows } = await listPublished(scope, {
    types: types.map((t) => t.name),
    language,
    fallbackLanguage: language,
    sort: 'newest',
    now: nowIso(),
    limit: feedSize,
    offset: 0,
    countTotal: false,
  });
  const byId = new Map((await loadItems(scope, rows.map((r) => r.itemId))).map((item) => [item.id, item]));
  return rows.flatMap((row) => {
    const item = byId.get(row.itemId);
    const translation = item?.translations.find((t) => t.language === language);
    return item && translation ? [{ item, translation, isFallback: false, requestedLanguage: language }] : [];
  });
}

/**
 * A tag URI (RFC 4151) for something of the site: the host it was published under, the day it
 * was created, and a path that never changes (ids, not slugs or titles).
 */
function tagUri(origin: string, created: string, path: string): string {
  return `tag:${new URL(origin).hostname},${created.slice(0, 10)}:${path}`;
}

/** Root-relative `src` and `href` in stored rich text made absolute, as a feed reader has no page to resolve them against. */
function absoluteUrls(html: string, origin: string): string {
  return html.replace(/\b(src|href)="\/(?!\/)/g, `$1="${origin}/`);
}

async function feedEntries(scope: SiteScope, site: Site, language: string, origin: string, views: ItemView[], vocabularies: VocabularyIndex): Promise<FeedEntry[]> {
  const typeOf = (view: ItemView) => contentTypeByName(view.item.type)!;
  const imageIds = views.map((v) => leadImageId(typeOf(v), v)).filter((id) => id !== undefined);
  const [media, topics] = await Promise.all([
    cachedMediaEntries(scope, imageIds),
    describeTopics(scope, site, [...new Set(views.flatMap((v) => v.item.tags))], language, vocabularies),
  ]);
  const topicById = new Map(topics.map((topic) => [topic.identifier, topic]));
  const author = siteName(site, language);
  return views.map((view) => {
    const type = typeOf(view);
    const { item, translation } = view;
    return {
      id: tagUri(origin, item.createdAt, `${site.code}/items/${item.id}/${translation.language}`),
      title: translation.title,
      url: origin + itemPath(translation.language, type, translation.slug),
      language: translation.language,
      summary: itemDescription(view, 500),
      contentHtml: translation.body ? absoluteUrls(translation.body, origin) : undefined,
      published: new Date(translation.publishedAt ?? translation.updatedAt),
      updated: new Date(translation.updatedAt),
      author,
      categories: item.tags.flatMap((id) => {
        const topic = topicById.get(id);
        return topic ? [{ term: topic.identifier, label: topic.title, scheme: `${origin}${topicPath(language, '')}` }] : [];
      }),
      image: leadImage(type, view, media, origin, site.defaultLanguage),
    };
  });
}

/** The page language of a feed or calendar URL, exactly as the site spells it; other spellings are not redirected here. */
function feedLanguage(site: Site, raw: string): string {
  const match = matchLanguage(site, raw);
  if (match.kind !== 'ok') throw new NotFoundError(`This site has no language "${raw}"`, 'unknown_language');
  return match.language;
}

/** RSS 2.0, Atom and JSON Feed per language and type (`all` for every feed type), and the calendars (ADR 0014). */
export async function feedRoutes(app: FastifyInstance) {
  const { vocabularies } = app.services;

  app.get<{ Params: { lang: string; file: string } }>('/feeds/:lang/:file', async (request, reply) => {
    const site = requireSite(request);
    const language = feedLanguage(site, request.params.lang);
    const found = /^([a-z-]{1,40})\.([a-z]{1,8})$/.exec(request.params.file);
    const format = found?.[2];
    if (!found || !format || !isFeedFormat(format)) throw new NotFoundError('Feeds are named <section>.rss, <section>.atom or <section>.json', 'unknown_feed');
    const segment = found[1]!;
    const type = segment === 'all' ? undefined : contentTypeBySegment(segment);
    if (segment !== 'all' && (!type || !type.channels.feed)) throw new NotFoundError(`There is no feed "${segment}"`, 'unknown_feed');
    const scope = new SiteScope(app.services.db.kysely, site.id);
    const origin = siteOrigin(request, site);
    const views = await feedViews(scope, language, type ? [type] : feedTypes());
    const entries = await feedEntries(scope, site, language, origin, views, vocabularies);
    const updated = entries.reduce((latest, e) => (e.updated > latest ? e.updated : latest), new Date(site.updatedAt));
    const body = renderFeed(
      format,
      {
        id: tagUri(origin, site.createdAt, `${site.code}/feeds/${language}/${segment}`),
        title: feedTitle(site, language, type),
        description: site.taglines[language] ?? siteName(site, language),
        language,
        homeUrl: `${origin}/${language}/`,
        baseUrl: `${origin}/feeds/${language}/${segment}`,
        author: { name: siteName(site, language), url: `${origin}/${language}/` },
        logoUrl: site.theme.logoUrl ? new URL(site.theme.logoUrl, origin).toString() : undefined,
        updated,
      },
      entries,
    );
    return reply.type(`${feedFormats[format].contentType}; charset=utf-8`).header('cache-control', feedCache).send(body);
  });

  for (const type of calendarTypes()) {
    app.get<{ Params: { lang: string } }>(`/:lang/${type.segment}/calendar.ics`, async (request, reply) => {
      const site = requireSite(request);
      const language = feedLanguage(site, request.params.lang);
      const scope = new SiteScope(app.services.db.kysely, site.id);
      const origin = siteOrigin(request, site);
      const entries = await calendarViews(scope, language);
      const body = renderCalendar(entries, { origin, name: translator(language)('calendar.title', { site: siteName(site, language) }), url: origin + calendarPath(language, type) });
      return sendCalendar(reply, body, `${site.code}-${type.segment}-${language}`);
    });
  }
}

function sendCalendar(reply: FastifyReply, body: string, fileName: string) {
  return reply.type('text/calendar; charset=utf-8').header('content-disposition', icsDisposition(fileName)).header('cache-control', feedCache).send(body);
}

/**
 * Answers `/{lang}/{segment}/{slug}.ics` with one event's calendar file; the public item route
 * hands such requests here (the path is its own otherwise). The page-language rules are the
 * page's: a translation in that language, else the default language's.
 *
 * @example if (slug.endsWith('.ics') && type.channels.calendar) return sendEventCalendar(request, reply, { site, language, scope, type, slug })
 */
export async function sendEventCalendar(
  request: FastifyRequest,
  reply: FastifyReply,
  target: { site: Site; language: string; scope: SiteScope; type: ContentTypeDefinition; slug: string },
) {
  const { site, language, scope, type } = target;
  const slug = target.slug.slice(0, -'.ics'.length).normalize('NFC');
  if (!type.channels.calendar || !isValidSlug(slug)) throw new NotFoundError('This address does not name an event', 'invalid_slug');
  const view = await findPublishedItem(scope, site, type.name, slug, language);
  if (!view) throw new NotFoundError();
  const origin = siteOrigin(request, site);
  const body = renderCalendar([{ view, type }], { origin, name: view.translation.title, url: origin + eventCalendarPath(view.translation.language, type, view.translation.slug) });
  return sendCalendar(reply, body, view.translation.slug);
}
