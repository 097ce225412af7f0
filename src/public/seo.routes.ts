import type { FastifyInstance } from 'fastify';
import { contentTypeByName } from '../content/registry.ts';
import { nowIso } from '../db/database.ts';
import { SiteScope } from '../db/site-scope.ts';
import { NotFoundError } from '../errors.ts';
import { escapeXml } from './feeds.routes.ts';
import { itemPath, siteOrigin } from './page-builder.ts';

/** `sitemap.xml` (with hreflang alternates) and `robots.txt` per site. */
export async function seoRoutes(app: FastifyInstance) {
  app.get('/robots.txt', async (request, reply) => {
    const site = request.site;
    reply.type('text/plain; charset=utf-8');
    if (!site) return 'User-agent: *\nAllow: /\n';
    // Test and training sites stay out of search engines.
    if (site.status !== 'live') return 'User-agent: *\nDisallow: /\n';
    return `User-agent: *\nDisallow: /admin\nDisallow: /*/search\nSitemap: ${siteOrigin(request, site)}/sitemap.xml\n`;
  });

  app.get('/sitemap.xml', async (request, reply) => {
    const site = request.site;
    if (!site) throw new NotFoundError();
    const scope = new SiteScope(app.services.db.kysely, site.id);
    const rows = await scope
      .selectFrom('item_translations')
      .select(['item_id', 'type', 'language', 'slug', 'updated_at'])
      .where('status', '=', 'published')
      .where('published_at', '<=', nowIso())
      // Leaves out items in the trash (their translations are still there, to be restored).
      .where('item_id', 'not in', scope.selectFrom('items').select('id').where('deleted_at', 'is not', null))
      .orderBy('item_id')
      .limit(50_000)
      .execute();
    const origin = siteOrigin(request, site);
    const byItem = new Map<number, typeof rows>();
    for (const row of rows) byItem.set(row.item_id, [...(byItem.get(row.item_id) ?? []), row]);
    const urls: string[] = site.languages.map(
      (lang) => `<url><loc>${escapeXml(`${origin}/${lang}/`)}</loc>${site.languages.map((l) => `<xhtml:link rel="alternate" hreflang="${escapeXml(l)}" href="${escapeXml(`${origin}/${l}/`)}"/>`).join('')}</url>`,
    );
    for (const translations of byItem.values()) {
      const type = contentTypeByName(translations[0]!.type);
      if (!type?.channels.sitemap) continue;
      for (const t of translations) {
        const alternates = translations.map((a) => `<xhtml:link rel="alternate" hreflang="${escapeXml(a.language)}" href="${escapeXml(origin + itemPath(a.language, type, a.slug))}"/>`).join('');
        urls.push(`<url><loc>${escapeXml(origin + itemPath(t.language, type, t.slug))}</loc><lastmod>${t.updated_at.slice(0, 10)}</lastmod>${alternates}</url>`);
      }
    }
    return reply
      .type('application/xml; charset=utf-8')
      .send(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${urls.join('')}</urlset>`);
  });
}
