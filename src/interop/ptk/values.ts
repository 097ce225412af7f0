/**
 * Readers for the shapes one PTK value takes across Naaya versions and export formats. Readers
 * (`sources/*`) keep values as found; these turn them into what Ecotone stores. None of them
 * throws: a value that cannot be read is `null` (or empty), and the caller decides whether that
 * is worth a warning.
 */

export interface ZopeDate {
  /** The instant, ISO-8601 UTC with milliseconds; midnight UTC of the date when `dateOnly`. */
  iso: string;
  /** True when the source gave a date without a time of day. */
  dateOnly: boolean;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
/** Real offsets run from −12:00 to +14:00; anything wider is not an offset but junk. */
const MAX_OFFSET_MINUTES = 14 * 60;

// `2007/01/17 17:21:17.812 GMT+1`, `2016-08-09T10:00:00`, `2016-08-09T10:00:00+02:00`, `2007/01/17`.
const YEAR_FIRST = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})(?:(?:\s+|T)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?(?:\s*(Z|[+-]\d{2}(?::?\d{2})?)|\s+([A-Za-z][\w+\-/.:]*))?$/i;
// The CSV export's `dd/mm/yyyy`.
const DAY_FIRST = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
// Zope's fixed-offset zone names: `GMT+1`, `GMT-3`, `GMT+5.5`, `GMT+0530`, `GMT+05:30`.
const GMT_OFFSET = /^(?:GMT|UTC)([+-])(\d{1,2})(?:(?:\.(\d+))|:?(\d{2}))?$/i;

/**
 * Reads a date as PTK wrote it: Zope `DateTime` strings with their zone, ISO strings (naive
 * ones are wall time in `defaultZone`), the CSV's `dd/mm/yyyy`, or epoch seconds.
 *
 * @example parseZopeDate('2007/01/17 17:21:17.812 GMT+1') // { iso: '2007-01-17T16:21:17.812Z', dateOnly: false }
 * @example parseZopeDate('None') // null
 */
export function parseZopeDate(raw: unknown, defaultZone = 'UTC'): ZopeDate | null {
  if (typeof raw === 'number') return fromEpochSeconds(raw);
  if (typeof raw !== 'string') return null;
  const text = raw.trim();
  if (text === '' || text.toLowerCase() === 'none') return null;

  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) return dateOnly(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));

  const m = YEAR_FIRST.exec(text);
  if (!m) return null;
  const [, y, mo, d, hh, mi, ss, fraction, isoOffset, zoneName] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (hh === undefined) return dateOnly(year, month, day);

  const hour = Number(hh);
  const minute = Number(mi);
  const second = ss === undefined ? 0 : Number(ss);
  // Zope keeps microseconds; the stored instant keeps milliseconds, truncated like Zope prints them.
  const ms = fraction === undefined ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0'));
  if (!isCalendarDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, ms);

  let offset: number | null = null;
  if (isoOffset !== undefined) {
    offset = readIsoOffset(isoOffset);
    if (offset === null) return null;
  } else if (zoneName !== undefined) {
    offset = readGmtOffset(zoneName) ?? namedZoneOffset(zoneName, wall);
  }
  offset ??= namedZoneOffset(defaultZone, wall) ?? 0;
  return { iso: new Date(wall - offset * 60_000).toISOString(), dateOnly: false };
}

function fromEpochSeconds(seconds: number): ZopeDate | null {
  if (!Number.isFinite(seconds)) return null;
  const date = new Date(Math.round(seconds * 1000));
  const year = date.getUTCFullYear();
  // An instant beyond Date's range has a NaN year, which fails this test too.
  if (!(year >= MIN_YEAR && year <= MAX_YEAR)) return null;
  return { iso: date.toISOString(), dateOnly: false };
}

function dateOnly(year: number, month: number, day: number): ZopeDate | null {
  if (!isCalendarDate(year, month, day)) return null;
  return { iso: new Date(Date.UTC(year, month - 1, day)).toISOString(), dateOnly: true };
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one.
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `Z`, `+02`, `+0200`, `+02:00` → minutes east of UTC. */
function readIsoOffset(text: string): number | null {
  if (text.toUpperCase() === 'Z') return 0;
  const digits = text.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
  if (Number(digits.slice(2) || '0') > 59 || minutes > MAX_OFFSET_MINUTES) return null;
  return text.startsWith('-') ? -minutes : minutes;
}

/** Zope's `GMT+1` family → minutes east of UTC; null for anything else (a named zone, or junk). */
function readGmtOffset(zone: string): number | null {
  const m = GMT_OFFSET.exec(zone);
  if (!m) return null;
  const [, sign, hours, decimalHours, minutesPart] = m;
  const minutes = decimalHours !== undefined
    ? Math.round(Number(hours) * 60 + Number(`0.${decimalHours}`) * 60)
    : Number(hours) * 60 + Number(minutesPart ?? '0');
  if ((minutesPart !== undefined && Number(minutesPart) > 59) || minutes > MAX_OFFSET_MINUTES) return null;
  return sign === '-' ? -minutes : minutes;
}

/**
 * The offset (minutes east of UTC) of an IANA zone (`Europe/Brussels`, `US/Eastern`, `EST`,
 * `Universal`) for a wall time in that zone; null for a zone Intl does not know.
 */
function namedZoneOffset(zone: string, wall: number): number | null {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
  } catch {
    return null;
  }
  const offsetAt = (instant: number): number => {
    const parts: Record<string, number> = {};
    for (const part of format.formatToParts(new Date(instant))) if (part.type !== 'literal') parts[part.type] = Number(part.value);
    const asUtc = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
    return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
  };
  // The offset at the wall time read as UTC can be an hour off near a DST change; one more pass settles it.
  const first = offsetAt(wall);
  return offsetAt(wall - first * 60_000);
}

/**
 * A language code as found in PTK (`FR`, `fr_BE`, `FR-be`, `zh-hans`) in canonical BCP 47 form
 * (`fr`, `fr-BE`, `zh-Hans`); null for anything that is not a language code.
 */
export function normaliseLanguage(code: unknown): string | null {
  if (typeof code !== 'string') return null;
  // Every localized property of every object names its language: the few codes an export uses are read once.
  const known = canonicalLanguages.get(code);
  if (known !== undefined) return known;
  const text = code.trim().replace(/_/g, '-');
  let canonical: string | null = null;
  // ISO 639 codes are 2 or 3 letters; BCP 47 would also take 5–8 letter words such as `english`.
  if (/^[a-z]{2,3}(?:-|$)/i.test(text)) {
    try {
      canonical = Intl.getCanonicalLocales(text)[0] ?? null;
    } catch {
      canonical = null;
    }
  }
  if (canonicalLanguages.size < 1000) canonicalLanguages.set(code, canonical);
  return canonical;
}

const canonicalLanguages = new Map<string, string | null>();

function baseLanguage(canonical: string): string {
  return canonical.split('-')[0]!;
}

/**
 * The site language a PTK language code belongs to: the same code, else the code's base
 * language (`fr-BE` → `fr`), else a regional variant of its base (`nl` → `nl-BE`), else null.
 * Returns the site's own spelling of the language.
 */
export function matchSiteLanguage(code: unknown, siteLanguages: readonly string[]): string | null {
  const wanted = normaliseLanguage(code);
  if (wanted === null) return null;
  const site = siteLanguages.map((language) => ({ language, canonical: normaliseLanguage(language) }));
  const base = baseLanguage(wanted);
  return site.find((s) => s.canonical === wanted)?.language
    ?? site.find((s) => s.canonical === base)?.language
    ?? site.find((s) => s.canonical !== null && baseLanguage(s.canonical) === base)?.language
    ?? null;
}

export interface LocalizedValue {
  /** Language code as found → value. */
  byLanguage: Record<string, string>;
  /** A value given without a language (a plain string where other items have a map). */
  unlocalized: string | null;
}

/**
 * One field's value in whichever shape it came: a plain string, `{lang: "v"}` (export_json),
 * `{lang: ["v", timestamp]}` (the JSON dump's `_local_properties`), `{lang: null}`, a number,
 * or a list of strings. Language keys are kept as found; blank values are dropped.
 */
export function readLocalized(raw: unknown): LocalizedValue {
  const byLanguage: Record<string, string> = {};
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const [language, value] of Object.entries(raw)) {
      const text = readLanguageValue(value);
      if (text !== null) byLanguage[language] = text;
    }
    return { byLanguage, unlocalized: null };
  }
  return { byLanguage, unlocalized: readPlainValue(raw) };
}

function readPlainValue(raw: unknown): string | null {
  if (typeof raw === 'string') return raw.trim() === '' ? null : raw;
  if (typeof raw === 'number') return Number.isFinite(raw) ? String(raw) : null;
  if (Array.isArray(raw)) {
    const parts = raw.map(readPlainValue).filter((part): part is string => part !== null);
    return parts.length > 0 ? parts.join(', ') : null;
  }
  return null;
}

function readLanguageValue(value: unknown): string | null {
  // `["v", 1296072533.37]`: Naaya's (value, timestamp) pair, not a list of two values.
  if (Array.isArray(value) && value.length === 2 && typeof value[1] === 'number' && !(typeof value[0] === 'number')) {
    return readPlainValue(value[0]);
  }
  return readPlainValue(value);
}

/**
 * The terms of a glossary-widget field: `chm_terms` are separated by `|`, keywords and coverage
 * by `,` (some sites used `;`, which is accepted alongside `,`). Trimmed, blanks dropped,
 * duplicates dropped ignoring case, first spelling kept.
 */
export function splitTerms(raw: unknown, separator: string): string[] {
  const pieces: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') {
      const parts = separator === ',' ? value.split(/[,;]/) : value.split(separator);
      pieces.push(...parts);
    } else if (typeof value === 'number' && Number.isFinite(value)) {
      pieces.push(String(value));
    } else if (Array.isArray(value)) {
      value.forEach(collect);
    }
  };
  collect(raw);
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const piece of pieces) {
    const term = piece.replace(/\s+/g, ' ').trim();
    const key = term.toLowerCase();
    if (term === '' || seen.has(key)) continue;
    seen.add(key);
    terms.push(term);
  }
  return terms;
}

const TRUE_WORDS = new Set(['true', 'yes', 'on', 'y']);

/** A Naaya 0/1 flag in any spelling (`1`, `'1'`, `true`, `'True'`, `'yes'`, `'on'`); anything else is false. */
export function readFlag(raw: unknown): boolean {
  if (typeof raw === 'boolean') return raw;
  if (typeof raw === 'number') return Number.isFinite(raw) && raw !== 0;
  if (typeof raw !== 'string') return false;
  const text = raw.trim().toLowerCase();
  if (TRUE_WORDS.has(text)) return true;
  return /^[+-]?\d+(\.\d+)?$/.test(text) && Number(text) !== 0;
}

/** A whole number from a number or numeric string (`'100'`, `' 7 '`, `'100.0'`); null otherwise. */
export function readInteger(raw: unknown): number | null {
  let value: number;
  if (typeof raw === 'number') value = raw;
  else if (typeof raw === 'bigint') value = Number(raw);
  else if (typeof raw === 'string' && /^\s*[+-]?\d+(\.0*)?\s*$/.test(raw)) value = Number(raw);
  else return null;
  return Number.isSafeInteger(value) ? value : null;
}

export interface GeoPoint {
  lat: number;
  lng: number;
  address: string;
}

/**
 * A geographic point as PTK kept it: the Geo tuple `[lat, lon, address]` (JSON), an object with
 * `lat`/`latitude`, `lon`/`lng`/`longitude` and `address` (GeoPoint attributes), or a string
 * `"50.8, 4.3"`. Null when either coordinate is missing or out of range.
 */
export function readGeo(raw: unknown): GeoPoint | null {
  let lat: unknown;
  let lng: unknown;
  let address: unknown = '';
  if (Array.isArray(raw)) {
    [lat, lng, address = ''] = raw;
  } else if (raw !== null && typeof raw === 'object') {
    const o = raw as Record<string, unknown>;
    lat = o.lat ?? o.latitude;
    lng = o.lon ?? o.lng ?? o.longitude;
    address = o.address ?? '';
  } else if (typeof raw === 'string') {
    const parts = raw.trim().split(/\s*[,;]\s*|\s+/);
    if (parts.length !== 2) return null;
    [lat, lng] = parts;
  } else {
    return null;
  }
  const latitude = readCoordinate(lat);
  const longitude = readCoordinate(lng);
  if (latitude === null || longitude === null) return null;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
  return { lat: latitude, lng: longitude, address: typeof address === 'string' ? address.trim() : '' };
}

function readCoordinate(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== 'string' || !/^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*$/.test(raw)) return null;
  return Number(raw);
}

/**
 * A web address from a PTK URL field (`resourceurl`, `event_url`, `locator`, `webpage`): trimmed,
 * `www.example.org` given `http://`, returned normalised; null for empty values and any scheme
 * but http(s).
 */
export function readUrl(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  let text = raw.trim();
  if (text === '' || text.toLowerCase() === 'none') return null;
  if (/^www\./i.test(text)) text = `http://${text}`;
  else if (text.startsWith('//')) text = `http:${text}`;
  if (!/^https?:\/\//i.test(text)) return null;
  try {
    const url = new URL(text);
    return url.hostname === '' ? null : url.href;
  } catch {
    return null;
  }
}
