import { parseFeed } from '@rowanmanning/feed-parser';
import sax from 'sax';
import { richTextToPlain } from '../../content/rich-text.ts';

/**
 * Reading a fetched feed (ADR 0020): RSS 0.9x/1.0/2.0 and Atom through
 * `@rowanmanning/feed-parser`, JSON Feed 1.0/1.1 here (that library reads XML only). XML is
 * checked first: a document that declares entities is refused outright (no billion laughs, no
 * external entities, whatever the parser would do with them), and one that is not well-formed is
 * refused with the parser's line and column, rather than half-read.
 */

export interface HarvestedItem {
  guid: string | null;
  link: string | null;
  title: string;
  /** Plain text, at most `SUMMARY_LENGTH` characters. */
  summary: string | null;
  publishedAt: string | null;
  updatedAt: string | null;
  eventStart: string | null;
  eventEnd: string | null;
  language: string | null;
}

export interface HarvestedFeed {
  format: 'rss' | 'atom' | 'json';
  title: string | null;
  language: string | null;
  items: HarvestedItem[];
}

/** A feed that cannot be read; the message names the problem and where. */
export class FeedFormatError extends Error {}

const SUMMARY_LENGTH = 300;
const TITLE_LENGTH = 300;
/** More items than any sane feed carries; the rest are ignored. */
const MAX_ITEMS = 500;

export function parseHarvestedFeed(raw: string, contentType: string | null): HarvestedFeed {
  const text = raw.replace(/^\uFEFF/, '');
  const start = text.trimStart();
  if (!start) throw new FeedFormatError('The feed is empty');
  if (start.startsWith('{') || /\bjson\b/i.test(contentType ?? '')) return parseJsonFeed(start);
  return parseXmlFeed(text);
}

function parseXmlFeed(text: string): HarvestedFeed {
  // Entities are declared in a DOCTYPE's internal subset, before the root element: only that part is looked at,
  // so an article that quotes "<!ENTITY" in its text is still read.
  const rootAt = text.search(/<[A-Za-z_]/);
  const prolog = rootAt < 0 ? text : text.slice(0, rootAt);
  if (/<!ENTITY/i.test(prolog) || /<!DOCTYPE[^>]*\[/i.test(prolog)) {
    throw new FeedFormatError('The feed declares XML entities (<!DOCTYPE … [<!ENTITY …>]>), which are refused: they can expand without bound or read other files');
  }
  checkWellFormed(text);
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(text);
  } catch (error) {
    throw new FeedFormatError(`The document is XML but not an RSS or Atom feed (${(error as Error).message})`);
  }
  const format = feed.meta.type === 'atom' ? 'atom' : 'rss';
  return {
    format,
    title: feed.title ?? null,
    language: feed.language ?? null,
    items: feed.items.slice(0, MAX_ITEMS).flatMap((item) => {
      const title = plain(item.title) ?? plain(item.description)?.slice(0, 80) ?? null;
      if (!title) return [];
      // RSS 1.0's event module (ev:startdate, ev:enddate), as event calendars publish it.
      const eventStart = item.element.findElementWithName('startdate')?.textContentAsDate ?? null;
      const eventEnd = item.element.findElementWithName('enddate')?.textContentAsDate ?? null;
      return [
        {
          guid: item.id?.trim() || null,
          link: httpUrl(item.url),
          title: title.slice(0, TITLE_LENGTH),
          summary: summaryOf(item.description ?? item.content),
          publishedAt: isoDate(item.published),
          updatedAt: isoDate(item.updated),
          eventStart: isoDate(eventStart),
          eventEnd: isoDate(eventEnd),
          language: null,
        },
      ];
    }),
  };
}

/** Refuses XML that is not well-formed, naming the problem, its line and column. */
function checkWellFormed(text: string): void {
  const parser = sax.parser(true, { xmlns: false });
  let problem: string | null = null;
  parser.onerror = (error) => {
    problem ??= error.message.split('\n')[0]!;
    const at = `line ${parser.line + 1}, column ${parser.column + 1}`;
    throw new FeedFormatError(`The feed is not well-formed XML: ${problem} at ${at}`);
  };
  parser.write(text).close();
}

interface JsonFeedItem {
  id?: unknown;
  url?: unknown;
  external_url?: unknown;
  title?: unknown;
  summary?: unknown;
  content_text?: unknown;
  content_html?: unknown;
  date_published?: unknown;
  date_modified?: unknown;
  language?: unknown;
}

function parseJsonFeed(text: string): HarvestedFeed {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new FeedFormatError(`The feed is not valid JSON: ${(error as Error).message}`);
  }
  const feed = doc as { version?: unknown; title?: unknown; language?: unknown; items?: unknown };
  if (!feed || typeof feed !== 'object' || typeof feed.version !== 'string' || !feed.version.startsWith('https://jsonfeed.org/version/')) {
    throw new FeedFormatError('The document is JSON but not a JSON Feed: "version" must be https://jsonfeed.org/version/1.1 (or 1)');
  }
  if (!Array.isArray(feed.items)) throw new FeedFormatError('The JSON Feed has no "items" list');
  const str = (value: unknown) => (typeof value === 'string' && value.trim() ? value : null);
  return {
    format: 'json',
    title: str(feed.title),
    language: str(feed.language),
    items: (feed.items as JsonFeedItem[]).slice(0, MAX_ITEMS).flatMap((item) => {
      if (!item || typeof item !== 'object') return [];
      const summaryText = str(item.summary) ?? str(item.content_text) ?? str(item.content_html);
      const title = plain(str(item.title)) ?? plain(summaryText)?.slice(0, 80) ?? null;
      if (!title) return [];
      return [
        {
          guid: str(item.id === undefined || item.id === null ? null : String(item.id))?.trim() ?? null,
          link: httpUrl(str(item.url) ?? str(item.external_url)),
          title: title.slice(0, TITLE_LENGTH),
          summary: summaryOf(summaryText),
          publishedAt: isoDate(str(item.date_published)),
          updatedAt: isoDate(str(item.date_modified)),
          eventStart: null,
          eventEnd: null,
          language: str(item.language),
        },
      ];
    }),
  };
}

/** Plain text of a title or summary that may hold HTML (sanitised, tags dropped, entities decoded). */
function plain(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = richTextToPlain(value);
  return text || null;
}

function summaryOf(value: string | null | undefined): string | null {
  const text = plain(value);
  if (!text) return null;
  if (text.length <= SUMMARY_LENGTH) return text;
  // Cut at a word boundary when there is one near the end.
  const cut = text.slice(0, SUMMARY_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > SUMMARY_LENGTH * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Only http(s) links are kept: a `javascript:` link in a harvested item must never reach a page. */
function httpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

function isoDate(value: Date | string | null | undefined): string | null {
  if (!value) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/**
 * The keys under which an item is recognised again: its guid/id when it has one, else its
 * link, else its normalised title and date; plus its normalised link, so that the same item
 * found in a second feed of the source under another guid is still one entry.
 */
export function dedupeKeys(item: HarvestedItem): { dedupeKey: string; linkKey: string | null } {
  const linkKey = item.link ? normaliseLink(item.link) : null;
  if (item.guid) return { dedupeKey: `id:${item.guid.slice(0, 500)}`, linkKey };
  if (linkKey) return { dedupeKey: `link:${linkKey}`, linkKey };
  const title = item.title.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return { dedupeKey: `title:${title.slice(0, 300)}|${(item.publishedAt ?? item.updatedAt ?? '').slice(0, 10)}`, linkKey: null };
}

/** One spelling per address: no fragment, no tracking parameters, lower-case host, no trailing slash, http = https. */
export function normaliseLink(link: string): string {
  const url = new URL(link);
  url.hash = '';
  for (const name of [...url.searchParams.keys()]) if (/^(utm_|fbclid$|gclid$)/i.test(name)) url.searchParams.delete(name);
  const path = url.pathname.replace(/\/+$/, '');
  return `${url.host.toLowerCase()}${path}${url.search}`.slice(0, 1000);
}
