import type { FastifyInstance } from 'fastify';
import { contentTypeBySegment, contentTypes } from '../content/registry.ts';
import { richTextToPlain } from '../content/rich-text.ts';
import { listPublishedItems } from '../content/service.ts';
import { SiteScope } from '../db/site-scope.ts';
import { NotFoundError } from '../errors.ts';
import { translator } from '../i18n/translator.ts';
import { siteName } from '../sites/site.ts';
import { itemPath, matchLanguage, siteOrigin } from './page-builder.ts';

const feedSize = 30;

export function escapeXml(value: string): string {
  // Characters XML 1.0 forbids are dropped: one stray control character would break every reader.
  return value
    .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** RSS 2.0 per language and type (`all` for every feed type). Atom and JSON Feed come with the public-site work. */
export async function feedRoutes(app: FastifyInstance) {
  app.get<{ Params: { lang: string; file: string } }>('/feeds/:lang/:file', async (request, reply) => {
    const site = request.site;
    if (!site) throw new NotFoundError();
    const match = matchLanguage(site, request.params.lang);
    if (match.kind !== 'ok') throw new NotFoundError(`This site has no language "${request.params.lang}"`, 'unknown_language');
    const language = match.language;
    const found = /^([a-z-]{1,40})\.rss$/.exec(request.params.file);
    if (!found) throw new NotFoundError('Feeds are named <section>.rss', 'unknown_feed');
    const segment = found[1]!;
    const type = segment === 'all' ? undefined : contentTypeBySegment(segment);
    if (segment !== 'all' && (!type || !type.channels.feed)) throw new NotFoundError(`There is no feed "${segment}"`, 'unknown_feed');
    const scope = new SiteScope(app.services.db.kysely, site.id);
    const { views } = await listPublishedItems(scope, site, {
      language,
      limit: feedSize,
      offset: 0,
      sort: 'newest',
      ...(type ? { type: type.name } : { types: contentTypes.filter((t) => t.channels.feed).map((t) => t.name) }),
    });
    const origin = siteOrigin(request, site);
    const t = translator(language);
    const title = t('feed.title', { type: type ? t(`type.${type.name}.plural`) : 'RSS', site: siteName(site, language) });
    const items = views
      .map((view) => {
        const itemType = contentTypes.find((c) => c.name === view.item.type)!;
        const link = origin + itemPath(view.translation.language, itemType, view.translation.slug);
        const description = view.translation.summary || richTextToPlain(view.translation.body).slice(0, 500);
        return `<item><title>${escapeXml(view.translation.title)}</title><link>${escapeXml(link)}</link><guid isPermaLink="false">${escapeXml(`${origin}/items/${view.item.id}/${view.translation.language}`)}</guid>${
          view.translation.publishedAt ? `<pubDate>${new Date(view.translation.publishedAt).toUTCString()}</pubDate>` : ''
        }<description>${escapeXml(description)}</description><category>${escapeXml(t(`type.${itemType.name}.singular`))}</category></item>`;
      })
      .join('');
    const self = `${origin}/feeds/${language}/${segment}.rss`;
    const body = `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>${escapeXml(title)}</title><link>${escapeXml(`${origin}/${language}/`)}</link><atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/><description>${escapeXml(site.taglines[language] ?? siteName(site, language))}</description><language>${escapeXml(language)}</language>${items}</channel></rss>`;
    return reply.type('application/rss+xml; charset=utf-8').header('cache-control', 'public, max-age=300').send(body);
  });
}
