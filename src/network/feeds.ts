import { type FeedEntry, type FeedFormat, renderFeed } from '../public/feeds.ts';
import { translator } from '../i18n/translator.ts';
import type { StreamEntry } from './presenter.ts';
import type { StreamKind } from './service.ts';

/**
 * The portal's feeds of the aggregated streams, `/feeds/{lang}/news|events.rss|.atom|.json`
 * (ADR 0022), written by the same code as a site's feeds (`public/feeds.ts`, ADR 0014). Like a
 * site's feeds they hold entries written in exactly that language, each with the id its site's
 * own feed gives it, so a reader subscribed to both sees one entry.
 */

export const portalFeedSize = 30;

/** `news.rss` → `{ kind: 'news', format: 'rss' }`; undefined for any other name. */
export function parseFeedFile(file: string): { kind: StreamKind; format: FeedFormat } | undefined {
  const match = /^(news|events)\.(rss|atom|json)$/.exec(file);
  return match ? { kind: match[1] as StreamKind, format: match[2] as FeedFormat } : undefined;
}

function feedEntry(entry: StreamEntry, language: string): FeedEntry {
  return {
    id: entry.id,
    title: entry.title,
    url: entry.href,
    language: entry.language ?? language,
    summary: entry.summary || undefined,
    contentHtml: entry.bodyHtml,
    published: new Date(entry.publishedAt),
    updated: new Date(entry.updatedAt),
    author: entry.source.name,
    categories: [],
  };
}

/**
 * The feed as text. `portalOrigin` is the portal's own origin (`http://localhost:3000`).
 *
 * @example renderPortalFeed({ kind: 'news', format: 'atom', language: 'fr', portalOrigin, entries })
 */
export function renderPortalFeed(options: { kind: StreamKind; format: FeedFormat; language: string; portalOrigin: string; entries: readonly StreamEntry[] }): string {
  const { kind, format, language, portalOrigin } = options;
  const t = translator(language);
  const title = t(kind === 'news' ? 'portal.feed.newsTitle' : 'portal.feed.eventsTitle');
  const updated = options.entries.reduce((latest, e) => (e.updatedAt > latest ? e.updatedAt : latest), '1970-01-01T00:00:00.000Z');
  return renderFeed(
    format,
    {
      // The date is when this feed's name was first used; it never changes (RFC 4151).
      id: `tag:${new URL(portalOrigin).hostname},2026-12-01:network/feeds/${language}/${kind}`,
      title,
      description: t('portal.intro'),
      language,
      homeUrl: `${portalOrigin}/?lang=${encodeURIComponent(language)}`,
      baseUrl: `${portalOrigin}/feeds/${language}/${kind}`,
      author: { name: t('portal.title'), url: `${portalOrigin}/` },
      updated: new Date(updated),
    },
    options.entries.map((e) => feedEntry(e, language)),
  );
}
