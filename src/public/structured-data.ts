/**
 * What machines read about a page besides its HTML: schema.org JSON-LD, Open Graph and Twitter
 * card properties. Pure functions of the item, the site and the page's canonical URL, so that the
 * same description reaches search engines, link previews and (for the lead image) feeds.
 */
import type { ContentTypeDefinition } from '../content/content-type.ts';
import type { ItemView } from '../content/item.ts';
import { richTextToPlain } from '../content/rich-text.ts';
import { mediaTextIn, type MediaEntry } from '../media/presenter.ts';
import { mediaUrl, variantUrl } from '../media/urls.ts';
import { type Site, siteName } from '../sites/site.ts';
import type { OpenGraph } from '../web/page-context.ts';
import { isoInZone } from './time-zones.ts';

/** An item's lead image as link previews and feeds describe it: an absolute URL and what is known of the file. */
export interface LeadImage {
  url: string;
  contentType: string;
  width?: number;
  height?: number;
  bytes?: number;
  alt: string;
}

/**
 * The lead image's largest JPEG variant (every reader and preview shows JPEG; WebP and AVIF not
 * always), else the original, as an absolute URL. Undefined when the item has no image field set
 * or the file is not an image (or not among `media`).
 *
 * @example leadImage(type, view, await itemMedia(scope, type, view), 'https://chm.example', 'en')?.url
 */
export function leadImage(type: ContentTypeDefinition, view: ItemView, media: ReadonlyMap<number, MediaEntry>, origin: string, defaultLanguage: string): LeadImage | undefined {
  const id = leadImageId(type, view);
  const entry = id === undefined ? undefined : media.get(id);
  if (!entry || entry.file.kind !== 'image') return undefined;
  const alt = entry.file.decorative ? '' : mediaTextIn(entry, view.translation.language, defaultLanguage).altText;
  const jpeg = entry.variants.filter((v) => v.format === 'jpeg').at(-1);
  if (jpeg) return { url: origin + variantUrl(jpeg), contentType: 'image/jpeg', width: jpeg.width, height: jpeg.height, bytes: jpeg.bytes, alt };
  return { url: origin + mediaUrl(entry.file), contentType: entry.file.contentType, width: entry.file.width ?? undefined, height: entry.file.height ?? undefined, bytes: entry.file.bytes, alt };
}

/** The library id in the item's (shared, not per-translation) image field, if set. */
export function leadImageId(type: ContentTypeDefinition, view: ItemView): number | undefined {
  const field = type.fields.find((f) => f.kind === 'image' && !f.localized);
  const id = field ? view.item.fields[field.name] : undefined;
  return typeof id === 'number' ? id : undefined;
}

/** The text that stands for an item where only a line or two fits: its summary, else the start of its body. */
export function itemDescription(view: ItemView, length = 300): string | undefined {
  const { translation } = view;
  return translation.summary || richTextToPlain(translation.body).slice(0, length) || undefined;
}

/** schema.org types that are CreativeWorks, which take a headline, a publisher and publication dates. */
const creativeWorks = new Set(['NewsArticle', 'Report', 'CreativeWork', 'WebPage', 'MediaObject', 'LearningResource', 'Question', 'WebSite']);
const attendanceModes: Record<string, string> = {
  'in-person': 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
};

/**
 * schema.org JSON-LD for an item page, with the properties its type takes (a NewsArticle has a
 * headline and a publisher, an Event a start date and a Place, a Place its coordinates), escaped
 * so that it cannot close its script element.
 *
 * @example itemJsonLd(view, event, 'https://chm.example/en/events/pollinator-week', site) // '{"@context":"https://schema.org","@type":"Event",…}'
 */
export function itemJsonLd(view: ItemView, type: ContentTypeDefinition, url: string, site: Site, image?: string): string {
  const { item, translation } = view;
  const fields = { ...item.fields, ...translation.fields };
  const text = (name: string) => (typeof fields[name] === 'string' && fields[name] ? (fields[name] as string) : undefined);
  const geo = item.point ? { '@type': 'GeoCoordinates', latitude: item.point.lat, longitude: item.point.lng } : undefined;
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': type.schemaOrgType,
    '@id': url,
    name: translation.title,
    url,
    description: itemDescription(view),
    image,
  };
  if (creativeWorks.has(type.schemaOrgType)) {
    Object.assign(data, {
      headline: translation.title.slice(0, 110),
      inLanguage: translation.language,
      datePublished: translation.publishedAt ?? undefined,
      dateModified: translation.updatedAt,
      publisher: { '@type': 'Organization', name: siteName(site, translation.language), ...(site.theme.logoUrl ? { logo: absolute(site.theme.logoUrl, url) } : {}) },
      contentLocation: geo ? { '@type': 'Place', geo } : undefined,
    });
  }
  switch (type.schemaOrgType) {
    case 'Event': {
      const start = instantOf(item.fields[type.dateRange?.start ?? 'start']);
      const end = instantOf(item.fields[type.dateRange?.end ?? 'end']);
      const place = text('location') || geo ? { '@type': 'Place', name: text('location'), address: text('location'), geo } : undefined;
      const virtual = text('onlineUrl') ? { '@type': 'VirtualLocation', url: text('onlineUrl') } : undefined;
      const locations = [place, virtual].filter(Boolean);
      Object.assign(data, {
        inLanguage: translation.language,
        startDate: start,
        endDate: end,
        eventStatus: 'https://schema.org/EventScheduled',
        eventAttendanceMode: attendanceModes[text('attendance') ?? ''],
        location: locations.length > 1 ? locations : locations[0],
        organizer: text('organiser') ? { '@type': 'Organization', name: text('organiser') } : undefined,
      });
      break;
    }
    case 'Place':
      Object.assign(data, { geo, identifier: typeof item.fields.wdpaId === 'number' ? `WDPA:${item.fields.wdpaId}` : undefined });
      break;
    case 'Organization':
      Object.assign(data, { alternateName: text('acronym'), address: text('address'), email: text('email'), telephone: text('phone'), sameAs: text('website') });
      break;
    case 'Person':
      Object.assign(data, { name: text('personName') ?? translation.title, givenName: text('givenName'), familyName: text('familyName'), jobTitle: text('function'), worksFor: text('organizationName') ? { '@type': 'Organization', name: text('organizationName') } : undefined, email: text('email'), telephone: text('phone') });
      break;
    case 'Taxon':
      Object.assign(data, { scientificName: text('scientificName'), alternateName: Array.isArray(fields.commonNames) && fields.commonNames.length ? fields.commonNames : undefined });
      break;
    case 'Project':
      Object.assign(data, { sameAs: text('website') });
      break;
  }
  return jsonLd(data);
}

/**
 * The home page's JSON-LD: the site as a WebSite (with its search action) published by the
 * Organization that runs it, in one `@graph`.
 *
 * @example homeJsonLd(site, 'fr', 'https://chm.example') // '{"@context":"https://schema.org","@graph":[{"@type":"WebSite",…},{"@type":"Organization",…}]}'
 */
export function homeJsonLd(site: Site, language: string, origin: string): string {
  const name = siteName(site, language);
  const home = `${origin}/${language}/`;
  return jsonLd({
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'WebSite',
        '@id': `${home}#website`,
        url: home,
        name,
        description: site.taglines[language] || undefined,
        inLanguage: language,
        publisher: { '@id': `${origin}/#organization` },
        potentialAction: { '@type': 'SearchAction', target: `${origin}/${language}/search?q={search_term_string}`, 'query-input': 'required name=search_term_string' },
      },
      {
        '@type': 'Organization',
        '@id': `${origin}/#organization`,
        name,
        url: home,
        logo: site.theme.logoUrl ? absolute(site.theme.logoUrl, origin) : undefined,
        email: site.contactEmail ?? undefined,
      },
    ],
  });
}

/**
 * Open Graph properties of an item page: an article for dated news and documents, a website page
 * for everything else (Open Graph has no type for a place or an organisation).
 *
 * @example itemOpenGraph(view, news, site, 'https://chm.example/en/news/wetlands', image)
 */
export function itemOpenGraph(view: ItemView, type: ContentTypeDefinition, site: Site, url: string, image?: LeadImage): OpenGraph {
  const { translation } = view;
  const article = creativeWorks.has(type.schemaOrgType) && type.schemaOrgType !== 'WebPage' && type.schemaOrgType !== 'WebSite';
  return {
    type: article ? 'article' : 'website',
    title: translation.title,
    description: itemDescription(view, 200),
    url,
    siteName: siteName(site, translation.language),
    locale: translation.language,
    image: image && { url: image.url, width: image.width, height: image.height, alt: image.alt, type: image.contentType },
    publishedTime: article ? (translation.publishedAt ?? undefined) : undefined,
    modifiedTime: article ? translation.updatedAt : undefined,
  };
}

/** Open Graph properties of a home page: the site itself, pictured by its logo when it has one. */
export function homeOpenGraph(site: Site, language: string, origin: string): OpenGraph {
  const name = siteName(site, language);
  return {
    type: 'website',
    title: name,
    description: site.taglines[language] || undefined,
    url: `${origin}/${language}/`,
    siteName: name,
    locale: language,
    alternateLocales: site.languages.filter((l) => l !== language),
    image: site.theme.logoUrl ? { url: absolute(site.theme.logoUrl, origin), alt: name } : undefined,
  };
}

/** A date or datetime field as schema.org wants it: a datetime in its own zone's local time with the offset. */
function instantOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as { at?: unknown }).at === 'string') {
    const { at, zone } = value as { at: string; zone?: unknown };
    return isoInZone(at, typeof zone === 'string' ? zone : null);
  }
  return undefined;
}

function absolute(url: string, base: string): string {
  return new URL(url, base).toString();
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so that no `</script>` can end it early. */
function jsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
