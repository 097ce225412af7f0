import type { Kysely } from 'kysely';
import type { Config } from '../config.ts';
import type { Database } from '../db/schema.ts';
import { enqueueJob } from './queue.ts';
import type { JobRegistry } from './registry.ts';
import { currentSlot, describeSchedule, nextSlot, slotKey } from './schedule.ts';

/**
 * Turns the schedules into job rows: the slot containing `now` of each enabled schedule, keyed
 * `schedule:<job>:<slot>`, so that every process may call this at every poll and each slot is
 * still enqueued once. Returns how many rows this call added.
 */
export async function enqueueDueSlots(db: Kysely<Database>, registry: JobRegistry, config: Config, now: Date): Promise<number> {
  let added = 0;
  for (const scheduled of registry.schedules) {
    if (scheduled.enabled?.(config) === false) continue;
    const slot = currentSlot(scheduled.schedule, now);
    const id = await enqueueJob(db, {
      name: scheduled.job.name,
      payload: scheduled.payload,
      runAt: slot.toISOString(),
      uniqueKey: slotKey(scheduled.job.name, slot),
      maxAttempts: scheduled.job.retry.attempts,
      now: now.toISOString(),
    });
    if (id !== null) added++;
  }
  return added;
}

export interface ScheduleStatus {
  name: string;
  /** English, e.g. `every 5 min`. */
  schedule: string;
  enabled: boolean;
  nextRunAt: string | null;
  lastRun: { id: number; status: string; at: string; error: string | null } | null;
}

/** Each schedule with its next slot and its latest job, for the admin page and the CLI. */
export async function scheduleStatuses(db: Kysely<Database>, registry: JobRegistry, config: Config, now: Date): Promise<ScheduleStatus[]> {
  const statuses: ScheduleStatus[] = [];
  for (const scheduled of registry.schedules) {
    const enabled = scheduled.enabled?.(config) !== false;
    const last = await db.selectFrom('jobs').select(['id', 'status', 'updated_at', 'last_error']).where('name', '=', scheduled.job.name).orderBy('id', 'desc').limit(1).executeTakeFirst();
    statuses.push({
      name: scheduled.job.name,
      schedule: describeSchedule(scheduled.schedule),
      enabled,
      nextRunAt: enabled ? nextSlot(scheduled.schedule, now).toISOString() : null,
      lastRun: last ? { id: last.id, status: last.status, at: last.updated_at, error: last.last_error } : null,
    });
  }
  return statuses;
}
