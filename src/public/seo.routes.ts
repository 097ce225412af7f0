import type { FastifyInstance, FastifyReply } from 'fastify';
import { sql } from 'kysely';
import { Readable } from 'node:stream';
import { type ContentTypeDefinition } from '../content/content-type.ts';
import { contentTypeByName, contentTypes } from '../content/registry.ts';
import { nowIso } from '../db/database.ts';
import { SiteScope } from '../db/site-scope.ts';
import { NotFoundError } from '../errors.ts';
import type { Site } from '../sites/site.ts';
import { escapeXml } from './feeds.routes.ts';
import { gbfSitemapPaths } from './gbf.ts';
import { itemPath, siteOrigin } from './page-builder.ts';

/** The most one sitemap file may hold, in URLs and in bytes before compression. */
export interface SitemapLimits {
  maxUrls: number;
  maxBytes: number;
}

/** The sitemaps.org limits: 50,000 URLs and 50 MB (52,428,800 bytes) per file, index files included. */
export const sitemapProtocolLimits: Readonly<SitemapLimits> = { maxUrls: 50_000, maxBytes: 52_428_800 };

export interface SeoRoutesOptions {
  /** Smaller limits than the protocol's, for tests (each falls back to the protocol's). */
  sitemapLimits?: Partial<SitemapLimits>;
}

/** Translations read from the database at a time while a sitemap file is written. */
const batchSize = 1000;

const urlsetOpen = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n';
const urlsetClose = '</urlset>\n';
const xmlType = 'application/xml; charset=utf-8';
const sitemapCache = 'public, max-age=300';

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

function latest(a: string | undefined, b: string | undefined): string | undefined {
  return a === undefined || (b !== undefined && b > a) ? b : a;
}

function urlXml(url: SitemapUrl): string {
  const alternates = url.alternates.map(([hreflang, href]) => `<xhtml:link rel="alternate" hreflang="${escapeXml(hreflang)}" href="${escapeXml(href)}"/>`).join('');
  return `<url><loc>${escapeXml(url.loc)}</loc>${url.lastmod ? `<lastmod>${url.lastmod}</lastmod>` : ''}${alternates}</url>\n`;
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/**
 * Alternates of a page that exists in `languages`, plus `x-default`: the site's default language
 * when the page exists in it (search engines send visitors whose language the site lacks there).
 */
function withDefault(site: Site, languages: readonly string[], hrefIn: (language: string) => string): [string, string][] {
  const alternates: [string, string][] = languages.map((l) => [l, hrefIn(l)]);
  if (languages.includes(site.defaultLanguage)) alternates.push(['x-default', hrefIn(site.defaultLanguage)]);
  return alternates;
}

/**
 * The translations that have a page in the sitemap: published by `now`, of a sitemap type, in one
 * of the site's languages (a translation left in a language the site dropped has no page), and
 * not of an item in the trash (its translations stay, to be restored).
 */
function sitemapTranslations(scope: SiteScope, site: Site, now: string) {
  return scope
    .selectFrom('item_translations')
    .where('status', '=', 'published')
    .where('published_at', '<=', now)
    .where('type', 'in', contentTypes.filter((t) => t.channels.sitemap).map((t) => t.name))
    .where('language', 'in', site.languages)
    .where('item_id', 'not in', scope.selectFrom('items').select('id').where('deleted_at', 'is not', null));
}

/**
 * How a site's sitemap is cut. Its URLs, in a stable order, are the home pages, the listings, then
 * one per published translation by item id and language; part `n` holds URLs
 * `(n - 1) * perPart` to `n * perPart - 1`. With one part, `/sitemap.xml` is that urlset;
 * otherwise it is an index of `/sitemaps/{n}.xml`.
 */
interface SitemapPlan {
  site: Site;
  scope: SiteScope;
  origin: string;
  /** The moment "published" is judged at, the same for every query of the request. */
  now: string;
  /** Home and listing pages: a few per language, built in memory. */
  fixed: SitemapUrl[];
  itemUrls: number;
  perPart: number;
  parts: number;
}

/**
 * Counts what the sitemap will hold (one grouped query, no rows read into memory) and sizes its
 * parts under both limits. The byte limit is met by bounding the size of one URL entry: the
 * longest origin, language tag, section and percent-encoded slug of the site, with an alternate
 * for every language and `x-default`. A site of long non-Latin slugs in many languages thus gets
 * parts of fewer than 50,000 URLs; most sites reach the URL limit first.
 */
async function planSitemap(scope: SiteScope, site: Site, origin: string, limits: SitemapLimits): Promise<SitemapPlan> {
  const now = nowIso();
  const groups = await sitemapTranslations(scope, site, now)
    .select((eb) => [
      'type',
      'language',
      eb.fn.countAll<number | string>().as('count'),
      eb.fn.max('updated_at').as('changed'),
      // A slug's length once percent-encoded (as `itemPath` writes it), at most: ASCII slug
      // characters stay as they are; every byte of another character becomes `%XX`.
      sql<number | string>`max(case when octet_length(slug) = length(slug) then length(slug) else 3 * octet_length(slug) end)`.as('slugLength'),
    ])
    .groupBy(['type', 'language'])
    .execute();

  // The newest change per language (home) and per type and language (listings), for their lastmod.
  const homeChanged = new Map<string, string>();
  const listingChanged = new Map<string, string>();
  let itemUrls = 0;
  let slugLength = 0;
  for (const group of groups) {
    homeChanged.set(group.language, latest(homeChanged.get(group.language), group.changed)!);
    listingChanged.set(`${group.type}/${group.language}`, group.changed);
    itemUrls += Number(group.count);
    slugLength = Math.max(slugLength, Number(group.slugLength));
  }

  const fixed: SitemapUrl[] = [];
  const homeIn = (l: string) => `${origin}/${l}/`;
  for (const language of site.languages) {
    const changed = homeChanged.get(language);
    fixed.push({ loc: homeIn(language), lastmod: changed && w3cDateTime(changed), alternates: withDefault(site, site.languages, homeIn) });
  }
  // Listings of the types that have something published; a listing shows fallbacks, so it exists in every language.
  const listed: ContentTypeDefinition[] = contentTypes.filter((t) => groups.some((g) => g.type === t.name));
  for (const type of listed) {
    const listingIn = (l: string) => `${origin}/${l}/${type.segment}`;
    for (const language of site.languages) {
      const changed = listingChanged.get(`${type.name}/${language}`);
      fixed.push({ loc: listingIn(language), lastmod: changed && w3cDateTime(changed), alternates: withDefault(site, site.languages, listingIn) });
    }
  }
  // The GBF overview and the pages of the targets the site has content on (`gbf.ts`), in every language like listings.
  for (const path of await gbfSitemapPaths(scope, site, now)) {
    const pageIn = (l: string) => `${origin}/${l}${path}`;
    for (const language of site.languages) fixed.push({ loc: pageIn(language), alternates: withDefault(site, site.languages, pageIn) });
  }

  const longest = (values: readonly string[]) => values.reduce((a, b) => (b.length > a.length ? b : a), '');
  const tag = longest([...site.languages, 'x-default']);
  const worstHref = `${origin}/${longest(site.languages)}/${longest(listed.map((t) => t.segment))}/${'x'.repeat(slugLength)}`;
  const worstItem: SitemapUrl = { loc: worstHref, lastmod: w3cDateTime(now), alternates: Array.from({ length: site.languages.length + 1 }, () => [tag, worstHref]) };
  const entryBytes = Math.max(bytes(urlXml(worstItem)), ...fixed.map((url) => bytes(urlXml(url))));
  const perPart = Math.min(limits.maxUrls, Math.floor((limits.maxBytes - bytes(urlsetOpen) - bytes(urlsetClose)) / entryBytes));
  if (perPart < 1) throw new Error(`A sitemap of at most ${limits.maxBytes} bytes cannot hold one URL of site ${site.code} (up to ${entryBytes} bytes each)`);
  const parts = Math.max(1, Math.ceil((fixed.length + itemUrls) / perPart));
  return { site, scope, origin, now, fixed, itemUrls, perPart, parts };
}

/**
 * One urlset: part `part` of the plan, written as the translations are read, `batchSize` at a
 * time in (item id, language) order, so that a 50,000-URL file never holds all its rows (or all
 * its text) in memory. Each batch also reads the other translations of its items, for the
 * alternates of an item whose translations fall in two batches or two parts.
 */
async function* urlsetXml(plan: SitemapPlan, part: number): AsyncGenerator<string> {
  const { site, scope, origin, now, fixed } = plan;
  const start = (part - 1) * plan.perPart;
  const end = Math.min(start + plan.perPart, fixed.length + plan.itemUrls);
  yield urlsetOpen + fixed.slice(start, end).map(urlXml).join('');
  let remaining = end - Math.max(start, fixed.length);
  let after: { itemId: number; language: string } | undefined;
  while (remaining > 0) {
    const rows = await sitemapTranslations(scope, site, now)
      .select(['item_id', 'type', 'language', 'slug', 'updated_at'])
      .$if(after !== undefined, (q) =>
        q.where((eb) => eb.or([eb('item_id', '>', after!.itemId), eb.and([eb('item_id', '=', after!.itemId), eb('language', '>', after!.language)])])),
      )
      .orderBy('item_id')
      .orderBy('language')
      .limit(Math.min(batchSize, remaining))
      .$if(after === undefined, (q) => q.offset(Math.max(0, start - fixed.length)))
      .execute();
    // Fewer rows than planned: something was unpublished since; the file just ends sooner.
    if (!rows.length) break;
    remaining -= rows.length;
    const last = rows[rows.length - 1]!;
    after = { itemId: last.item_id, language: last.language };
    const siblings = await sitemapTranslations(scope, site, now)
      .select(['item_id', 'language', 'slug'])
      .where('item_id', 'in', [...new Set(rows.map((r) => r.item_id))])
      .orderBy('item_id')
      .orderBy('language')
      .execute();
    const slugsOf = new Map<number, Map<string, string>>();
    for (const s of siblings) slugsOf.set(s.item_id, (slugsOf.get(s.item_id) ?? new Map()).set(s.language, s.slug));
    yield rows
      .map((row) => {
        const type = contentTypeByName(row.type)!;
        const slugs = slugsOf.get(row.item_id) ?? new Map([[row.language, row.slug]]);
        const hrefIn = (l: string) => origin + itemPath(l, type, slugs.get(l)!);
        return urlXml({ loc: hrefIn(row.language), lastmod: w3cDateTime(row.updated_at), alternates: withDefault(site, [...slugs.keys()], hrefIn) });
      })
      .join('');
  }
  yield urlsetClose;
}

/** The address of part `n` of a site's sitemap. */
function partUrl(origin: string, n: number): string {
  return `${origin}/sitemaps/${n}.xml`;
}

/**
 * The sitemap index: every part with the newest change among its URLs, found in one query that
 * numbers the translations in the parts' order and groups them by part.
 */
async function sitemapIndexXml(plan: SitemapPlan): Promise<string> {
  const { scope, site, now, fixed, perPart } = plan;
  const changed: (string | undefined)[] = Array.from({ length: plan.parts }, () => undefined);
  fixed.forEach((url, i) => {
    const part = Math.floor(i / perPart);
    changed[part] = latest(changed[part], url.lastmod);
  });
  // Integers of ours, written as literals: PostgreSQL matches a grouped expression by its text.
  const partOf = sql<number>`(row_number() over (order by item_id, language) - 1 + ${sql.lit(fixed.length)}) / ${sql.lit(perPart)}`;
  const numbered = sitemapTranslations(scope, site, now).select([partOf.as('part'), 'updated_at']);
  const rows = await scope.db
    .selectFrom(numbered.as('n'))
    .select([sql<number | string>`n.part`.as('part'), sql<string>`max(n.updated_at)`.as('changed')])
    .groupBy('n.part')
    .execute();
  for (const row of rows) {
    const part = Number(row.part);
    if (part < plan.parts) changed[part] = latest(changed[part], w3cDateTime(row.changed));
  }
  const entries = changed.map((lastmod, i) => `<sitemap><loc>${escapeXml(partUrl(plan.origin, i + 1))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</sitemap>\n`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('')}</sitemapindex>\n`;
}

function sendXml(reply: FastifyReply, body: string | Readable) {
  return reply.type(xmlType).header('cache-control', sitemapCache).send(body);
}

function checkedLimits(options: SeoRoutesOptions): SitemapLimits {
  const limits = { ...sitemapProtocolLimits, ...options.sitemapLimits };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isInteger(value) || value < 1) throw new Error(`sitemapLimits.${name} must be a positive integer, got ${value}`);
  }
  return limits;
}

/**
 * `robots.txt` and the sitemap per site: home, listing and item pages, with hreflang alternates
 * and lastmod. Up to the limits of one file, `/sitemap.xml` is a urlset; past them it is a
 * sitemap index of `/sitemaps/{n}.xml` parts (robots.txt names `/sitemap.xml` either way).
 */
export async function seoRoutes(app: FastifyInstance, options: SeoRoutesOptions = {}) {
  const limits = checkedLimits(options);

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
    // A training sandbox lists nothing for search engines (ADR 0021).
    if (site.status === 'training') return sendXml(reply, `${urlsetOpen}</urlset>\n`);
    const plan = await planSitemap(new SiteScope(app.services.db.kysely, site.id), site, siteOrigin(request, site), limits);
    if (plan.parts === 1) return sendXml(reply, Readable.from(urlsetXml(plan, 1)));
    return sendXml(reply, await sitemapIndexXml(plan));
  });

  app.get<{ Params: { file: string } }>('/sitemaps/:file', async (request, reply) => {
    const site = request.site;
    if (!site) throw new NotFoundError();
    const n = /^([1-9]\d{0,8})\.xml$/.exec(request.params.file)?.[1];
    if (!n) throw new NotFoundError('Sitemap parts are named <number>.xml', 'unknown_sitemap');
    const plan = await planSitemap(new SiteScope(app.services.db.kysely, site.id), site, siteOrigin(request, site), limits);
    // A sitemap that fits in one file has no parts: /sitemap.xml is the whole of it.
    if (plan.parts === 1 || Number(n) > plan.parts) throw new NotFoundError(`This site's sitemap has no part ${n}`, 'unknown_sitemap');
    return sendXml(reply, Readable.from(urlsetXml(plan, Number(n))));
  });
}
