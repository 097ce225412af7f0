/**
 * Dates, numbers and money through `Intl`, cached per language: formatters are costly to build
 * and a listing formats dozens of dates.
 */
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormatter(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${language}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(language, options);
    cache.set(key, f);
  }
  return f;
}

function numberFormatter(language: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${language}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(language, options);
    cache.set(key, f);
  }
  return f;
}

/** A calendar date (`YYYY-MM-DD` or an instant's UTC day) written out, e.g. "3 March 2026". */
export function formatDate(value: string, language: string): string {
  const date = new Date(value.length === 10 ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return dateFormatter(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** An instant in the zone it was entered in, with the zone named, e.g. "3 March 2026, 09:30 CET". */
export function formatZonedDateTime(value: { at: string; zone: string }, language: string): string {
  const date = new Date(value.at);
  if (Number.isNaN(date.getTime())) return value.at;
  try {
    return dateFormatter(language, { dateStyle: 'long', timeStyle: 'short', timeZone: value.zone }).format(date) +
      ` (${dateFormatter(language, { timeZone: value.zone, timeZoneName: 'short' }).formatToParts(date).find((p) => p.type === 'timeZoneName')?.value ?? value.zone})`;
  } catch {
    return dateFormatter(language, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(date) + ' UTC';
  }
}

export function formatNumber(value: number, language: string, options: Intl.NumberFormatOptions = {}): string {
  return numberFormatter(language, options).format(value);
}

export function formatMoney(value: { amount: number; currency: string }, language: string): string {
  try {
    return numberFormatter(language, { style: 'currency', currency: value.currency, maximumFractionDigits: 0 }).format(value.amount);
  } catch {
    return `${formatNumber(value.amount, language)} ${value.currency}`;
  }
}

/** A list in the language's own style: "a, b and c" / "a, b et c" / "a، b وc". */
const listFormats = new Map<string, Intl.ListFormat>();

export function formatList(values: readonly string[], language: string): string {
  let format = listFormats.get(language);
  if (!format) {
    format = new Intl.ListFormat(language, { type: 'conjunction' });
    listFormats.set(language, format);
  }
  return format.format(values);
}

const byteUnits = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/**
 * A file size in decimal units (1 kB = 1000 bytes, as storage and operating systems now count)
 * in the language's own words and abbreviations: one decimal below 10, none from 10, so that a
 * size reads at a glance ("2.4 MB", "24 MB", "240 kB"; "2,4 Mo" in French).
 *
 * @example formatBytes(2_400_000, 'en') // '2.4 MB'
 * @example formatBytes(512, 'fr') // '512 octets'
 */
export function formatBytes(bytes: number, language: string): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  // Step up while the rounded value would show 1000 or more ("1000 kB" reads as "1 MB").
  while (unit < byteUnits.length - 1 && roundForDisplay(value) >= 1000) {
    value /= 1000;
    unit++;
  }
  const digits = unit > 0 && roundForDisplay(value) < 10 ? 1 : 0;
  // Bytes spelled out ("512 bytes"; the short form is "512 byte" in English); larger units abbreviated.
  return numberFormatter(language, {
    style: 'unit',
    unit: byteUnits[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: digits,
  }).format(unit === 0 ? Math.round(value) : value);
}

/** A size as shown: one decimal below 10, whole from 10. */
function roundForDisplay(value: number): number {
  return value < 9.95 ? Math.round(value * 10) / 10 : Math.round(value);
}
