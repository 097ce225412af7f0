/**
 * Syndication feeds of a site's published content in one language, in the three formats readers
 * and aggregators take: RSS 2.0, Atom 1.0 (RFC 4287) and JSON Feed 1.1. The `feed` package writes
 * them; this module decides what goes in and fixes the few places where its output falls short
 * (Atom's `xml:lang` and enclosure types, JSON Feed 1.1 fields). See ADR 0014.
 */
import { Feed, type Item as FeedItem } from 'feed';
import type { LeadImage } from './structured-data.ts';

export type FeedFormat = 'rss' | 'atom' | 'json';

/** Each format's file extension (the key), media type and name as shown to people. */
export const feedFormats: Record<FeedFormat, { contentType: string; label: string }> = {
  rss: { contentType: 'application/rss+xml', label: 'RSS' },
  atom: { contentType: 'application/atom+xml', label: 'Atom' },
  json: { contentType: 'application/feed+json', label: 'JSON Feed' },
};

export function isFeedFormat(value: string): value is FeedFormat {
  return Object.hasOwn(feedFormats, value);
}

export interface FeedEntry {
  /** A tag URI (RFC 4151) that stays the same when the title, slug or domain changes. */
  id: string;
  title: string;
  /** The canonical page, absolute. */
  url: string;
  language: string;
  /** Plain text. */
  summary?: string;
  /** Sanitised HTML with absolute URLs. */
  contentHtml?: string;
  published: Date;
  updated: Date;
  author: string;
  categories: { term: string; label: string; scheme: string }[];
  image?: LeadImage;
}

export interface FeedDescription {
  id: string;
  title: string;
  description: string;
  language: string;
  /** The site's home page in this language. */
  homeUrl: string;
  /** This feed's address in each format, without the extension: `https://…/feeds/fr/news`. */
  baseUrl: string;
  author: { name: string; url: string };
  logoUrl?: string;
  updated: Date;
}

/** Characters XML 1.0 forbids: one stray control character pasted from a word processor would break every reader. */
const notXmlChar = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function xmlSafe(value: string): string {
  return value.replace(notXmlChar, '');
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** For attributes the `feed` package writes without escaping `<` (only `&` and `"`): dropped rather than break the XML. */
function attributeSafe(value: string): string {
  return xmlSafe(value).replace(/[<>]/g, '');
}

/** The HTML of an entry's body, or its summary (or title) as a paragraph when it has none. */
function bodyHtml(entry: FeedEntry): string {
  return entry.contentHtml || `<p>${escapeHtml(entry.summary || entry.title)}</p>`;
}

/**
 * The feed as text in `format`.
 *
 * @example renderFeed('atom', description, entries) // '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">…'
 */
export function renderFeed(format: FeedFormat, description: FeedDescription, entries: readonly FeedEntry[]): string {
  const feed = new Feed({
    id: description.id,
    title: xmlSafe(description.title),
    description: xmlSafe(description.description),
    link: description.homeUrl,
    language: description.language,
    updated: description.updated,
    generator: 'Ecotone',
    image: description.logoUrl,
    author: { name: xmlSafe(description.author.name), link: description.author.url },
    feedLinks: { rss: `${description.baseUrl}.rss`, atom: `${description.baseUrl}.atom`, json: `${description.baseUrl}.json` },
  });
  for (const entry of entries) feed.addItem(itemFor(format, entry));
  if (format === 'rss') return feed.rss2();
  if (format === 'atom') return fixAtom(feed.atom1(), description, entries);
  return toJsonFeed11(feed.json1(), description, entries);
}

/** One entry as the `feed` package takes it for `format`: each format wants its title and summary in its own form. */
function itemFor(format: FeedFormat, entry: FeedEntry): FeedItem {
  const summary = entry.summary ? xmlSafe(entry.summary) : undefined;
  const item: FeedItem = {
    // Atom's title and summary are declared `type="html"`, RSS's description is HTML by custom; JSON Feed's are plain text.
    title: format === 'atom' ? escapeHtml(xmlSafe(entry.title)) : xmlSafe(entry.title),
    id: entry.id,
    guid: entry.id,
    link: entry.url,
    date: entry.updated,
    published: entry.published,
    description: summary && (format === 'json' ? summary : escapeHtml(summary)),
    content: xmlSafe(bodyHtml(entry)),
    author: format === 'rss' ? undefined : [{ name: xmlSafe(entry.author) }],
    category: entry.categories.map((c) => ({ name: attributeSafe(c.label), term: attributeSafe(c.term), scheme: c.scheme, domain: attributeSafe(c.scheme) })),
  };
  // RSS's <author> must be an email address; Dublin Core's creator takes a name (`feed` declares dc: along with content:).
  if (format === 'rss') item.extensions = [{ name: 'dc:creator', objects: { _text: xmlSafe(entry.author) } }];
  if (entry.image) item.image = format === 'atom' ? entry.image.url : { url: entry.image.url, type: entry.image.contentType, length: entry.image.bytes ?? 0 };
  return item;
}

/**
 * Atom as `feed` writes it, plus the feed's language (`xml:lang`, which it leaves out) and each
 * enclosure's real media type and size (it derives `image/jpg` from the file extension).
 */
function fixAtom(xml: string, description: FeedDescription, entries: readonly FeedEntry[]): string {
  let fixed = xml.replace('<feed xmlns="http://www.w3.org/2005/Atom">', `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${attributeSafe(description.language)}">`);
  for (const entry of entries) {
    if (!entry.image) continue;
    const href = new URL(entry.image.url).toString().replace(/&/g, '&amp;');
    const derived = `image/${new URL(entry.image.url).pathname.split('.').at(-1)}`;
    fixed = fixed.replace(
      `<link rel="enclosure" href="${href}" type="${derived}"/>`,
      `<link rel="enclosure" href="${href}" type="${entry.image.contentType}"${entry.image.bytes ? ` length="${entry.image.bytes}"` : ''}/>`,
    );
  }
  return fixed;
}

/**
 * JSON Feed 1.1 from the 1.0 document `feed` writes: the version, the language, `authors` lists
 * (1.1 deprecates the single `author`) and the per-item language.
 */
function toJsonFeed11(json: string, description: FeedDescription, entries: readonly FeedEntry[]): string {
  const doc = JSON.parse(json) as Record<string, unknown> & { items: Record<string, unknown>[] };
  const byId = new Map(entries.map((e) => [e.id, e]));
  const authors = [{ name: description.author.name, url: description.author.url }];
  const upgraded = {
    version: 'https://jsonfeed.org/version/1.1',
    title: doc.title,
    home_page_url: doc.home_page_url,
    feed_url: `${description.baseUrl}.json`,
    description: description.description || undefined,
    icon: description.logoUrl,
    language: description.language,
    authors,
    items: doc.items.map((item) => {
      const entry = byId.get(item.id as string);
      const { author: _author, ...rest } = item;
      return { ...rest, language: entry?.language, authors: entry ? [{ name: entry.author }] : undefined };
    }),
  };
  return JSON.stringify(upgraded, null, 2);
}
