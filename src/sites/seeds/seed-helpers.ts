import type { SeedHelpers, ZonedDateTime } from './seed-types.ts';

const dayMs = 86_400_000;

/** The offset (ms) of `zone` from UTC at instant `utcMs`, from Intl's own zone data. */
function zoneOffset(zone: string, utcMs: number): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
    .formatToParts(new Date(utcMs))
    .reduce<Record<string, number>>((acc, p) => (p.type === 'literal' ? acc : { ...acc, [p.type]: Number(p.value) }), {});
  const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

/** Converts a wall-clock time in `zone` to the UTC instant it names (twice, to settle DST edges). */
export function zonedToUtc(date: string, time: string, zone: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  let utc = wall - zoneOffset(zone, wall);
  utc = wall - zoneOffset(zone, utc);
  return new Date(utc).toISOString();
}

/** Seed helpers for dates relative to `now`. */
export function seedHelpers(now: Date): SeedHelpers {
  const date = (days: number) => new Date(now.getTime() + days * dayMs).toISOString().slice(0, 10);
  return {
    date,
    at: (days: number, time: string, zone: string): ZonedDateTime => ({ at: zonedToUtc(date(days), time, zone), zone }),
  };
}
