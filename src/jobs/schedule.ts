/**
 * When recurring jobs run (ADR 0018). A schedule cuts time into slots; the slot that contains
 * "now" is enqueued with the unique key `schedule:<job>:<slot start>`, so however many processes
 * look, each slot becomes one job row. A process that was down for a while enqueues only the
 * current slot: missed slots are not replayed one by one (every recurring job does "what is due
 * now", so one run catches up).
 */
export type Schedule =
  /** Every `ms`, slots aligned on the Unix epoch (every 60 000 ms starts on each whole minute, UTC). */
  | { kind: 'every'; ms: number }
  /** Once a day at `hour`:`minute` UTC. */
  | { kind: 'daily'; hour: number; minute: number };

const day = 86_400_000;

/** `every({ minutes: 5 })`: a slot every five minutes. */
export function every(interval: { seconds?: number; minutes?: number; hours?: number }): Schedule {
  const ms = ((interval.hours ?? 0) * 3600 + (interval.minutes ?? 0) * 60 + (interval.seconds ?? 0)) * 1000;
  if (!Number.isInteger(ms) || ms < 1000) throw new Error(`A schedule's interval must be a whole number of seconds, at least one (got ${JSON.stringify(interval)})`);
  return { kind: 'every', ms };
}

/** `dailyAt('03:30')`: once a day at 03:30 UTC. */
export function dailyAt(time: string): Schedule {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) throw new Error(`A daily schedule's time must be HH:MM in UTC (got "${time}")`);
  return { kind: 'daily', hour: Number(match[1]), minute: Number(match[2]) };
}

/** The start of the slot that contains `now`. */
export function currentSlot(schedule: Schedule, now: Date): Date {
  const t = now.getTime();
  if (schedule.kind === 'every') return new Date(Math.floor(t / schedule.ms) * schedule.ms);
  const offset = (schedule.hour * 60 + schedule.minute) * 60_000;
  return new Date(Math.floor((t - offset) / day) * day + offset);
}

/** The start of the slot after the one that contains `now`. */
export function nextSlot(schedule: Schedule, now: Date): Date {
  return new Date(currentSlot(schedule, now).getTime() + (schedule.kind === 'every' ? schedule.ms : day));
}

/** The unique key of a slot's job row. */
export function slotKey(jobName: string, slot: Date): string {
  return `schedule:${jobName}:${slot.toISOString()}`;
}

/** A short English description for the CLI and logs, e.g. `every 5 min`, `daily at 03:30 UTC`. */
export function describeSchedule(schedule: Schedule): string {
  if (schedule.kind === 'daily') return `daily at ${String(schedule.hour).padStart(2, '0')}:${String(schedule.minute).padStart(2, '0')} UTC`;
  const s = schedule.ms / 1000;
  if (s % 3600 === 0) return `every ${s / 3600} h`;
  if (s % 60 === 0) return `every ${s / 60} min`;
  return `every ${s} s`;
}
