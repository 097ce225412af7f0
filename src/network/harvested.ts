import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { listHarvestedEntries } from '../interop/harvest/service.ts';

/**
 * Entries harvested from remote CHM nodes (feeds of sites still on PTK, Bioland…), merged into the
 * portal's news and events streams and feeds (ADR 0022). This is the one place where the
 * harvester (`interop/harvest/`, ADR 0020) plugs in.
 *
 * Remote entries are only shown in their own language's streams: a harvested feed does not say
 * whether its item exists in another language, so there is nothing to fall back from.
 */
export interface HarvestedEntry {
  /** A stable id (the source's guid or link), used as the feed entry id. */
  id: string;
  title: string;
  /** The entry's page on the remote site. */
  url: string;
  /** BCP 47 tag when the source says, else null. */
  language: string | null;
  summary: string | null;
  publishedAt: string;
  updatedAt: string;
  /** Events: when the event starts and ends (ISO-8601). */
  startsAt: string | null;
  endsAt: string | null;
  sourceName: string;
  sourceUrl: string;
  /** ISO 3166-1 alpha-2, lower case, when the source is a national node. */
  country: string | null;
}

export interface HarvestedQuery {
  kind: 'news' | 'events';
  language?: string;
  limit: number;
  /** Events: only those not ended by this instant. */
  upcomingFrom?: string;
}

/**
 * The harvested entries of a stream, in `language`, newest first (news) or soonest first
 * (events not over by `upcomingFrom`), with their source named in that language.
 */
export async function harvestedEntries(db: Kysely<Database>, query: HarvestedQuery): Promise<HarvestedEntry[]> {
  const views = await listHarvestedEntries(db, { kind: query.kind, language: query.language, limit: query.limit, upcomingFrom: query.upcomingFrom });
  return views.map((view) => ({
    // A remote entry's own address identifies it for feed readers; without one, its place in the harvest does.
    id: view.link ?? `urn:ecotone:harvest:${view.source.id}:${view.id}`,
    title: view.title,
    url: view.link ?? view.source.homeUrl,
    language: view.language || null,
    summary: view.summary,
    publishedAt: view.publishedAt ?? view.sortAt,
    updatedAt: view.updatedAt ?? view.publishedAt ?? view.sortAt,
    startsAt: view.eventStart,
    endsAt: view.eventEnd,
    sourceName: view.source.name,
    sourceUrl: view.source.homeUrl,
    country: view.source.country || null,
  }));
}
