import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { FieldProblem } from '../errors.ts';
import type { ItemTranslation, ScheduleInput, TranslationStatus } from './item.ts';

/**
 * Scheduled publishing and unpublishing, per translation (ADR 0007). A translation waiting to be
 * published keeps its own status (draft or in review), so it stays out of every public query
 * untouched; `publish_at` tells the periodic job when to publish it through the content service.
 * A published translation may carry `unpublish_at`, when the job archives it.
 */

/** What a save stores for a translation's schedule, once checked. */
export interface StoredSchedule {
  publishAt: string | null;
  unpublishAt: string | null;
  zone: string | null;
}

const supportedZones = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);

export function isTimeZone(zone: string): boolean {
  return supportedZones.has(zone);
}

function instant(value: string | null): string | null | 'invalid' {
  if (value === null || value.trim() === '') return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? 'invalid' : new Date(ms).toISOString();
}

/**
 * Checks the schedule a save gives one translation, against what is stored and the status it is
 * saved with. A schedule that did not change is never refused for being in the past (the job may
 * simply not have run yet); a manual publication or archiving quietly supersedes an unchanged
 * one. Problems are pushed with paths under `base` (`translations.fr`).
 *
 * @example
 *   checkSchedule({ publishAt: '2030-01-01T08:00:00Z', unpublishAt: null, zone: 'Europe/Brussels' }, 'draft', undefined, now, 'translations.fr', problems)
 */
export function checkSchedule(
  input: ScheduleInput,
  status: TranslationStatus,
  stored: Pick<ItemTranslation, 'publishAt' | 'unpublishAt' | 'scheduleZone'> | undefined,
  now: string,
  base: string,
  problems: FieldProblem[],
): StoredSchedule {
  const keep: StoredSchedule = { publishAt: stored?.publishAt ?? null, unpublishAt: stored?.unpublishAt ?? null, zone: stored?.scheduleZone ?? null };
  const zone = input.zone.trim() || 'UTC';
  if (!isTimeZone(zone)) {
    problems.push({ path: `${base}.scheduleZone`, message: `${zone} is not an IANA time zone (e.g. Europe/Brussels)`, code: 'timeZone', params: { zone } });
    return keep;
  }
  let publishAt = instant(input.publishAt);
  let unpublishAt = instant(input.unpublishAt);
  const before = problems.length;
  if (publishAt === 'invalid') problems.push({ path: `${base}.publishAt`, message: 'Must be a date and time', code: 'dateTime' });
  if (unpublishAt === 'invalid') problems.push({ path: `${base}.unpublishAt`, message: 'Must be a date and time', code: 'dateTime' });
  if (publishAt === 'invalid' || unpublishAt === 'invalid') return keep;
  const publishChanged = publishAt !== null && publishAt !== stored?.publishAt;
  const unpublishChanged = unpublishAt !== null && unpublishAt !== stored?.unpublishAt;

  if (publishAt !== null && (status === 'published' || status === 'archived')) {
    // Publishing (or archiving) by hand now replaces a schedule that was already there.
    if (publishChanged) problems.push({ path: `${base}.publishAt`, message: 'To publish later, keep the status draft or in review', code: 'publishLaterNeedsDraft' });
    publishAt = null;
  }
  if (unpublishAt !== null && status !== 'published' && publishAt === null) {
    if (unpublishChanged) problems.push({ path: `${base}.unpublishAt`, message: 'Only a published or scheduled translation can be unpublished at a date', code: 'unpublishNeedsPublication' });
    unpublishAt = null;
  }
  if (publishChanged && publishAt !== null && publishAt <= now) problems.push({ path: `${base}.publishAt`, message: 'A new schedule must be in the future', code: 'scheduleInPast' });
  if (unpublishChanged && unpublishAt !== null && unpublishAt <= now) problems.push({ path: `${base}.unpublishAt`, message: 'A new schedule must be in the future', code: 'scheduleInPast' });
  if (publishAt !== null && unpublishAt !== null && unpublishAt <= publishAt) {
    problems.push({ path: `${base}.unpublishAt`, message: 'Must come after the publication date', code: 'unpublishBeforePublish' });
  }
  if (problems.length > before) return keep;
  return { publishAt, unpublishAt, zone: publishAt === null && unpublishAt === null ? null : zone };
}

export interface DueTransition {
  siteId: number;
  itemId: number;
  language: string;
  kind: 'publish' | 'unpublish';
}

/** The statuses from which the job publishes, and the one it unpublishes. */
export const publishableStatuses: readonly TranslationStatus[] = ['draft', 'review'];

/**
 * Translations whose schedule is due at `now`, on every site, oldest first. This is a cross-site
 * read on purpose (ADR 0002's exception): the job looks once for all sites, then applies each
 * transition through a `SiteScope` of its own site. Trashed items are left alone.
 */
export async function listDueTransitions(db: Kysely<Database>, now: string, limit = 200): Promise<DueTransition[]> {
  const due = (column: 'publish_at' | 'unpublish_at', statuses: readonly TranslationStatus[]) =>
    db
      .selectFrom('item_translations as t')
      .innerJoin('items as i', 'i.id', 't.item_id')
      .select(['t.site_id', 't.item_id', 't.language'])
      .where(`t.${column}`, '<=', now)
      .where('t.status', 'in', statuses)
      .where('i.deleted_at', 'is', null)
      .orderBy(`t.${column}`)
      .limit(limit)
      .execute();
  const [publish, unpublish] = await Promise.all([due('publish_at', publishableStatuses), due('unpublish_at', ['published'])]);
  return [
    ...publish.map((r) => ({ siteId: r.site_id, itemId: r.item_id, language: r.language, kind: 'publish' as const })),
    ...unpublish.map((r) => ({ siteId: r.site_id, itemId: r.item_id, language: r.language, kind: 'unpublish' as const })),
  ];
}
