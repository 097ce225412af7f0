/**
 * Wall-clock times in a named zone, as editors type them, to and from UTC instants as stored.
 * Intl carries the zone rules, so daylight-saving changes are right in every zone.
 */
function zoneOffset(zone: string, utcMs: number): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
    .formatToParts(new Date(utcMs))
    .reduce<Record<string, number>>((acc, p) => (p.type === 'literal' ? acc : { ...acc, [p.type]: Number(p.value) }), {});
  const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

/** `2026-03-04` at `09:30` in `Europe/Brussels` → the UTC instant (ISO-8601). */
export function zonedToUtc(date: string, time: string, zone: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  let utc = wall - zoneOffset(zone, wall);
  utc = wall - zoneOffset(zone, utc); // a second pass settles instants near a DST change
  return new Date(utc).toISOString();
}

/** A UTC instant as `YYYY-MM-DDTHH:MM` wall-clock time in `zone`, for a datetime-local control. */
export function utcToZonedInput(instant: string, zone: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return '';
  return new Date(ms + zoneOffset(zone, ms)).toISOString().slice(0, 16);
}
