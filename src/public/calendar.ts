/**
 * iCalendar (RFC 5545) for dated content: a subscribable calendar per language and one `.ics` per
 * event. Times keep the zone the editor entered them in (`DTSTART;TZID=Africa/Porto-Novo:…` with
 * its VTIMEZONE), so a calendar program shows 09:30 in Porto-Novo as 09:30 there, and the right
 * hour anywhere else. See ADR 0014.
 */
import { sql } from 'kysely';
import ical, { type ICalDayJsStub, type ICalEventData } from 'ical-generator';
import type { ContentTypeDefinition } from '../content/content-type.ts';
import type { ItemView } from '../content/item.ts';
import { contentTypes } from '../content/registry.ts';
import { richTextToPlain } from '../content/rich-text.ts';
import { loadItems } from '../content/service.ts';
import { nowIso } from '../db/database.ts';
import type { SiteScope } from '../db/site-scope.ts';
import { itemPath } from './page-builder.ts';
import { formatWallClock, isKnownZone, vtimezone, wallClock } from './time-zones.ts';

/** How far back the subscribable calendar reaches: recent events stay in subscribers' calendars a while. */
export const calendarPastDays = 90;
/** A bound on one calendar's size; a national site has tens of events a year, not thousands. */
const calendarLimit = 1000;

/** The types whose items go into calendars (`channels.calendar`). */
export function calendarTypes(): ContentTypeDefinition[] {
  return contentTypes.filter((type) => type.channels.calendar && type.dateRange);
}

/**
 * The address of one event's `.ics`: its page's address with `.ics` added.
 *
 * @example eventCalendarPath('fr', event, 'semaine-des-pollinisateurs') // '/fr/events/semaine-des-pollinisateurs.ics'
 */
export function eventCalendarPath(language: string, type: ContentTypeDefinition, slug: string): string {
  return `${itemPath(language, type, slug)}.ics`;
}

/** The subscribable calendar's address for a language and type. */
export function calendarPath(language: string, type: ContentTypeDefinition): string {
  return `/${language}/${type.segment}/calendar.ics`;
}

/**
 * Items for a language's calendar: those of calendar types published in that very language (a
 * subscriber reading French gets no English fallbacks), not in the trash, ending no earlier than
 * `calendarPastDays` ago, soonest first.
 */
export async function calendarViews(scope: SiteScope, language: string, now = nowIso()): Promise<{ view: ItemView; type: ContentTypeDefinition }[]> {
  const types = calendarTypes();
  if (!types.length) return [];
  const since = new Date(Date.parse(now) - calendarPastDays * 86_400_000).toISOString();
  const rows = await scope
    .selectFrom('item_translations as t')
    .innerJoin('items as i', (join) => join.onRef('i.id', '=', 't.item_id').on('i.site_id', '=', scope.siteId))
    .select('t.item_id')
    .where('t.language', '=', language)
    .where('t.status', '=', 'published')
    .where('t.published_at', '<=', now)
    .where('t.type', 'in', types.map((t) => t.name))
    .where('i.deleted_at', 'is', null)
    .where(sql<string>`coalesce(i.ends_at, i.starts_at)`, '>=', since)
    .orderBy('i.starts_at', 'asc')
    .orderBy('t.item_id', 'asc')
    .limit(calendarLimit)
    .execute();
  const items = await loadItems(
    scope,
    rows.map((r) => r.item_id),
  );
  const byId = new Map(items.map((item) => [item.id, item]));
  return rows.flatMap((row) => {
    const item = byId.get(row.item_id);
    const translation = item?.translations.find((t) => t.language === language);
    const type = item && types.find((t) => t.name === item.type);
    return item && translation && type ? [{ view: { item, translation, isFallback: false, requestedLanguage: language }, type }] : [];
  });
}

/** A date or datetime field as a calendar writes it; undefined when unset or unreadable. */
type CalendarTime = { kind: 'instant'; ms: number; zone: string | null } | { kind: 'date'; date: string };

function calendarTime(value: unknown): CalendarTime | undefined {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return { kind: 'date', date: value };
  if (value && typeof value === 'object' && typeof (value as { at?: unknown }).at === 'string') {
    const { at, zone } = value as { at: string; zone?: unknown };
    const ms = Date.parse(at);
    if (Number.isNaN(ms)) return undefined;
    // An unknown zone (or UTC) is written in UTC: the instant is right, only the label is lost.
    return { kind: 'instant', ms, zone: typeof zone === 'string' && zone !== 'UTC' && zone !== 'Etc/UTC' && isKnownZone(zone) ? zone : null };
  }
  return undefined;
}

/**
 * An instant that ical-generator writes as local time in a zone, through its documented day.js
 * interface (`ICalDayJsStub`): `tz(zone)` then `format()`. A plain `Date` would be written with
 * the server's own local time, which is wrong everywhere but on a server set to that zone.
 */
class ZonedInstant implements ICalDayJsStub {
  constructor(
    private readonly ms: number,
    private readonly zone: string | null,
  ) {}
  tz(zone?: string): ZonedInstant {
    return new ZonedInstant(this.ms, zone ?? this.zone);
  }
  utc(): ZonedInstant {
    return new ZonedInstant(this.ms, null);
  }
  isValid(): boolean {
    return Number.isFinite(this.ms);
  }
  toDate(): Date {
    return new Date(this.ms);
  }
  toJSON(): string {
    return new Date(this.ms).toISOString();
  }
  format(pattern = 'YYYY-MM-DD[T]HH:mm:ss'): string {
    return formatWallClock(wallClock(this.zone, this.ms), pattern);
  }
}

export interface CalendarContext {
  /** Absolute origin of the site's canonical URLs, e.g. `https://chm.example.org`. */
  origin: string;
  /** Calendar name shown by calendar programs (`X-WR-CALNAME`). */
  name: string;
  /** The calendar's own address, for `URL` and `SOURCE`. */
  url: string;
}

/** The VEVENT data of one item; undefined when it has no readable start. */
export function calendarEvent(view: ItemView, type: ContentTypeDefinition, origin: string): ICalEventData | undefined {
  const { item, translation } = view;
  const start = calendarTime(item.fields[type.dateRange?.start ?? 'start']);
  if (!start) return undefined;
  const end = calendarTime(item.fields[type.dateRange?.end ?? 'end']);
  const host = new URL(origin).hostname;
  const location = typeof translation.fields.location === 'string' && translation.fields.location ? translation.fields.location : undefined;
  const geo = item.point ? { lat: item.point.lat, lon: item.point.lng } : undefined;
  const description = [translation.summary, richTextToPlain(translation.body)].filter(Boolean).join('\n\n').slice(0, 4000);
  const data: ICalEventData = {
    // Stable across edits, slug changes and languages: one event is one calendar entry everywhere.
    id: `${type.name}-${item.id}@${host}`,
    sequence: item.version,
    stamp: new Date(),
    lastModified: new Date(translation.updatedAt > item.updatedAt ? translation.updatedAt : item.updatedAt),
    summary: translation.title,
    description: description || null,
    url: origin + itemPath(translation.language, type, translation.slug),
    location: location ? { title: location, geo } : geo ? { geo } : null,
    start: new Date(0),
  };
  if (start.kind === 'date') {
    data.allDay = true;
    data.start = new Date(`${start.date}T00:00:00Z`);
    // An all-day DTEND is exclusive: the day after the last day.
    const last = end?.kind === 'date' ? end.date : start.date;
    data.end = new Date(Date.parse(`${last}T00:00:00Z`) + 86_400_000);
    return data;
  }
  data.start = start.zone ? new ZonedInstant(start.ms, start.zone) : new Date(start.ms);
  data.timezone = start.zone;
  if (end?.kind === 'instant' && end.ms >= start.ms) data.end = start.zone ? new ZonedInstant(end.ms, start.zone) : new Date(end.ms);
  return data;
}

/**
 * A whole calendar as text, with one VTIMEZONE per zone its events use.
 *
 * @example renderCalendar([{ view, type }], { origin: 'https://chm.example', name: 'Events — CHM', url: 'https://chm.example/en/events/calendar.ics' })
 */
export function renderCalendar(entries: readonly { view: ItemView; type: ContentTypeDefinition }[], context: CalendarContext): string {
  const events = entries.flatMap(({ view, type }) => {
    const data = calendarEvent(view, type, context.origin);
    return data ? [data] : [];
  });
  // Each zone's VTIMEZONE covers the span of the events that use it (plus a day on each side).
  const spans = new Map<string, [number, number]>();
  for (const event of events) {
    if (!event.timezone) continue;
    const from = (event.start as ZonedInstant).toDate().getTime();
    const to = event.end ? (event.end as ZonedInstant).toDate().getTime() : from;
    const span = spans.get(event.timezone);
    spans.set(event.timezone, span ? [Math.min(span[0], from), Math.max(span[1], to)] : [from, to]);
  }
  const calendar = ical({
    name: context.name,
    prodId: { company: 'Ecotone', product: 'Ecotone', language: 'EN' },
    url: context.url,
    source: context.url,
    ttl: 60 * 60 * 3,
    // No calendar-wide zone (each event has its own), only the generator of their VTIMEZONEs.
    timezone: {
      name: null,
      generator: (zone) => {
        const span = spans.get(zone);
        return span ? vtimezone(zone, span[0] - 86_400_000, span[1] + 86_400_000) : null;
      },
    },
  });
  for (const event of events) calendar.createEvent(event);
  return calendar.toString();
}

/**
 * A file name for `Content-Disposition`, ASCII-only (the slug is percent-encoded in `filename*`).
 *
 * @example icsDisposition('semaine-des-pollinisateurs') // 'inline; filename="semaine-des-pollinisateurs.ics"; filename*=UTF-8\'\'semaine-des-pollinisateurs.ics'
 */
export function icsDisposition(base: string): string {
  const ascii = base.replace(/[^A-Za-z0-9._-]/g, '_') || 'calendar';
  return `inline; filename="${ascii}.ics"; filename*=UTF-8''${encodeURIComponent(base)}.ics`;
}
