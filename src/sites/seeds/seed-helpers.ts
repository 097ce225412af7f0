import { zonedToUtc } from '../../content/zoned-time.ts';
import type { SeedHelpers, ZonedDateTime } from './seed-types.ts';

const dayMs = 86_400_000;

/** Seed helpers for dates relative to `now`. */
export function seedHelpers(now: Date): SeedHelpers {
  const date = (days: number) => new Date(now.getTime() + days * dayMs).toISOString().slice(0, 10);
  return {
    date,
    at: (days: number, time: string, zone: string): ZonedDateTime => ({ at: zonedToUtc(date(days), time, zone), zone }),
  };
}
