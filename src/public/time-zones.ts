/**
 * Wall-clock times and UTC offsets of IANA zones, from the zone rules `Intl` carries, for
 * calendars and structured data that write local times. No zone database of our own: Node's ICU
 * is updated with Node.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let found = formatters.get(zone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(zone, found);
  }
  return found;
}

/** Whether `zone` names a zone this runtime knows (`Europe/Brussels` yes, `Mars/Olympus` no). */
export function isKnownZone(zone: string): boolean {
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock reading in `zone` at the instant `ms` (UTC when `zone` is null). */
export function wallClock(zone: string | null, ms: number): WallClock {
  if (!zone) {
    const d = new Date(ms);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() };
  }
  const parts = Object.fromEntries(formatter(zone).formatToParts(new Date(ms)).filter((p) => p.type !== 'literal').map((p) => [p.type, Number(p.value)]));
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}

/** Seconds east of UTC in `zone` at the instant `ms` (3600 for Africa/Porto-Novo all year). */
export function offsetSeconds(zone: string, ms: number): number {
  const w = wallClock(zone, ms);
  return Math.round((Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(ms / 1000) * 1000) / 1000);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * An instant as ISO-8601 local time with the zone's offset, as schema.org recommends for events.
 *
 * @example isoInZone('2099-03-04T08:30:00.000Z', 'Africa/Porto-Novo') // '2099-03-04T09:30:00+01:00'
 */
export function isoInZone(instant: string, zone: string | null): string {
  const ms = Date.parse(instant);
  if (!zone || !isKnownZone(zone)) return new Date(ms).toISOString().replace('.000Z', 'Z');
  const w = wallClock(zone, ms);
  const offset = offsetSeconds(zone, ms);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${sign}${pad(Math.floor(abs / 3600))}:${pad(Math.floor((abs % 3600) / 60))}`;
}

/**
 * Formats a wall-clock reading with the tokens `YYYY`, `MM`, `DD`, `HH`, `mm` and `ss`.
 *
 * @example formatWallClock(wallClock('Europe/Brussels', Date.parse('2099-03-04T08:30:00Z')), 'YYYYMMDD[T]HHmmss') // '20990304T093000'
 */
export function formatWallClock(w: WallClock, pattern: string): string {
  return pattern.replace(/\[([^\]]*)\]|YYYY|MM|DD|HH|mm|ss/g, (token, literal: string | undefined) => {
    if (literal !== undefined) return literal;
    return { YYYY: pad(w.year, 4), MM: pad(w.month), DD: pad(w.day), HH: pad(w.hour), mm: pad(w.minute), ss: pad(w.second) }[token]!;
  });
}

const week = 7 * 86_400_000;

/**
 * An RFC 5545 VTIMEZONE for `zone` that is right for every instant from `fromMs` to `toMs`: one
 * observance for the offset in force at `fromMs`, then one per change of offset in between,
 * found by stepping a week at a time and bisecting to the minute (no zone changes its offset
 * twice in a week). Calendar programs need it to read `DTSTART;TZID=…` without guessing.
 *
 * @example vtimezone('Africa/Porto-Novo', Date.parse('2026-01-01'), Date.parse('2026-12-31')) // 'BEGIN:VTIMEZONE\r\nTZID:Africa/Porto-Novo\r\nBEGIN:STANDARD…'
 */
export function vtimezone(zone: string, fromMs: number, toMs: number): string {
  // Minute-aligned bounds keep the bisection below on whole minutes.
  const start = Math.floor(fromMs / 60_000) * 60_000;
  const end = Math.max(start, Math.ceil(toMs / 60_000) * 60_000);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const observance = (kind: 'STANDARD' | 'DAYLIGHT', onsetMs: number, from: number, to: number) => {
    // DTSTART of an observance is the local time of its onset, read on the clock before the change.
    lines.push(`BEGIN:${kind}`, `DTSTART:${formatWallClock(wallClock(null, onsetMs + from * 1000), 'YYYYMMDD[T]HHmmss')}`, `TZOFFSETFROM:${rfcOffset(from)}`, `TZOFFSETTO:${rfcOffset(to)}`, `END:${kind}`);
  };
  const initial = offsetSeconds(zone, start);
  // Daylight time when the clock is ahead of its lowest offset that year (January or July, by hemisphere).
  const year = new Date(start).getUTCFullYear();
  const lowest = Math.min(offsetSeconds(zone, Date.UTC(year, 0, 1)), offsetSeconds(zone, Date.UTC(year, 6, 1)));
  observance(initial > lowest ? 'DAYLIGHT' : 'STANDARD', start, initial, initial);
  let previous = initial;
  for (let t = start; t < end; t += week) {
    const next = Math.min(t + week, end);
    const after = offsetSeconds(zone, next);
    if (after === previous) continue;
    let lo = t;
    let hi = next;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (offsetSeconds(zone, mid) === previous) lo = mid;
      else hi = mid;
    }
    observance(after > previous ? 'DAYLIGHT' : 'STANDARD', hi, previous, after);
    previous = after;
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}

function rfcOffset(seconds: number): string {
  const abs = Math.abs(seconds);
  const s = abs % 60;
  return `${seconds < 0 ? '-' : '+'}${pad(Math.floor(abs / 3600))}${pad(Math.floor((abs % 3600) / 60))}${s ? pad(s) : ''}`;
}
