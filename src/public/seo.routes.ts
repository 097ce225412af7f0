import type { FastifyInstance } from 'fastify';
import { type ContentTypeDefinition } from '../content/content-type.ts';
import { contentTypeByName, contentTypes } from '../content/registry.ts';
import { nowIso } from '../db/database.ts';
import { SiteScope } from '../db/site-scope.ts';
import { NotFoundError } from '../errors.ts';
import type { Site } from '../sites/site.ts';
import { escapeXml } from './feeds.routes.ts';
import { itemPath, siteOrigin } from './page-builder.ts';

/** The sitemaps.org limit for one file. */
const maxUrls = 50_000;

interface SitemapUrl {
  loc: string;
  lastmod?: string;
  /** Every language version of the page, this one included, as `hreflang` → URL (`x-default` too). */
  alternates: [string, string][];
}

/** An instant as a W3C datetime to the second (`2026-03-04T09:30:00Z`), as sitemaps take it. */
function w3cDateTime(value: string): string {
  return new Date(value).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function latest(a: string | undefined, b: string): string {
  return a === undefined || b > a ? b : a;
}

function urlXml(url: SitemapUrl): string {
  const alternates = url.alternates.map(([hreflang, href]) => `<xhtml:link rel="alternate" hreflang="${escapeXml(hreflang)}" href="${escapeXml(href)}"/>`).join('');
  return `<url><loc>${escapeXml(url.loc)}</loc>${url.lastmod ? `<lastmod>${url.lastmod}</lastmod>` : ''}${alternates}</url>`;
}

/**
 * Alternates of a page that exists in `languages`, plus `x-default`: the site's default language
 * when the page exists in it (search engines send visitors whose language the site lacks there).
 */
function withDefault(site: Site, languages: readonly string[], hrefIn: (language: string) => string): [string, string][] {
  const alternates: [string, string][] = languages.map((l) => [l, hrefIn(l)]);
  if (languages.includes(site.defaultLanguage)) alternates.push(['x-default', hrefIn(site.defaultLanguage)]);
  return alternates;
}

/** `sitemap.xml` (home, listing and item pages, with hreflang alternates and lastmod) and `robots.txt` per site. */
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
    const sitemapTypes = contentTypes.filter((t) => t.channels.sitemap).map((t) => t.name);
    const rows = await scope
      .selectFrom('item_translations')
      .select(['item_id', 'type', 'language', 'slug', 'updated_at'])
      .where('status', '=', 'published')
      .where('published_at', '<=', nowIso())
      .where('type', 'in', sitemapTypes)
      // Only the site's own languages: a translation left in a language the site dropped has no page.
      .where('language', 'in', site.languages)
      // Leaves out items in the trash (their translations are still there, to be restored).
      .where('item_id', 'not in', scope.selectFrom('items').select('id').where('deleted_at', 'is not', null))
      .orderBy('item_id')
      .orderBy('language')
      .limit(maxUrls)
      .execute();
    const origin = siteOrigin(request, site);

    const byItem = new Map<number, typeof rows>();
    // The newest change per language (home) and per type and language (listings), for their lastmod.
    const homeChanged = new Map<string, string>();
    const listingChanged = new Map<string, string>();
    for (const row of rows) {
      byItem.set(row.item_id, [...(byItem.get(row.item_id) ?? []), row]);
      homeChanged.set(row.language, latest(homeChanged.get(row.language), row.updated_at));
      listingChanged.set(`${row.type}/${row.language}`, latest(listingChanged.get(`${row.type}/${row.language}`), row.updated_at));
    }

    const urls: SitemapUrl[] = [];
    const homeIn = (l: string) => `${origin}/${l}/`;
    for (const language of site.languages) {
      const changed = homeChanged.get(language);
      urls.push({ loc: homeIn(language), lastmod: changed && w3cDateTime(changed), alternates: withDefault(site, site.languages, homeIn) });
    }
    // Listings of the types that have something published; a listing shows fallbacks, so it exists in every language.
    const listed: ContentTypeDefinition[] = contentTypes.filter((t) => rows.some((r) => r.type === t.name));
    for (const type of listed) {
      const listingIn = (l: string) => `${origin}/${l}/${type.segment}`;
      for (const language of site.languages) {
        const changed = listingChanged.get(`${type.name}/${language}`);
        urls.push({ loc: listingIn(language), lastmod: changed && w3cDateTime(changed), alternates: withDefault(site, site.languages, listingIn) });
      }
    }
    for (const translations of byItem.values()) {
      const type = contentTypeByName(translations[0]!.type)!;
      const slugs = new Map(translations.map((t) => [t.language, t.slug]));
      const hrefIn = (l: string) => origin + itemPath(l, type, slugs.get(l)!);
      const alternates = withDefault(site, [...slugs.keys()], hrefIn);
      for (const t of translations) urls.push({ loc: hrefIn(t.language), lastmod: w3cDateTime(t.updated_at), alternates });
    }

    return reply
      .type('application/xml; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .send(
        `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.slice(0, maxUrls).map(urlXml).join('\n')}\n</urlset>\n`,
      );
  });
}
