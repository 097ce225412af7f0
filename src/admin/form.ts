import type { ContentTypeDefinition, FieldDefinition } from '../content/content-type.ts';
import type { Item, ItemInput, ScheduleInput, TranslationStatus } from '../content/item.ts';
import { isTimeZone } from '../content/scheduling.ts';
import { utcToZonedInput, zonedToUtc } from '../content/zoned-time.ts';
import type { FieldProblem } from '../errors.ts';
import type { Translate } from '../i18n/translator.ts';

/**
 * The edit form is generated from the content type: one control per field, named `f.<name>` for
 * shared fields and `l.<name>` for the translation's own. These functions turn a posted form into
 * an item input and an item back into form values, so a refused save re-renders what was typed.
 */
export type FormBody = Record<string, string | string[] | undefined>;
export type FormValues = Record<string, string | string[]>;

/** A form value as a single string (the first, when a name was given several times). */
export function formValue(values: FormValues | FormBody, name: string): string {
  const v = values[name];
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
}

const one = formValue;

function many(body: FormBody, name: string): string[] {
  const value = body[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

const localDateTime = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?$/;

/**
 * A `datetime-local` value read in `zone`, as a UTC instant. What cannot be read is passed on as
 * typed (or read as UTC when only the zone is wrong), so that validation names the right problem.
 */
function zonedInstant(raw: string, zone: string): string {
  const m = localDateTime.exec(raw);
  if (!m) return raw;
  return zonedToUtc(m[1]!, m[2]!, isTimeZone(zone) ? zone : 'UTC');
}

/** A latitude or longitude as typed: NaN when missing or not a number, so the point is refused rather than read as 0. */
function coordinate(raw: string): number {
  return raw.trim() === '' ? Number.NaN : Number(raw);
}

/** A point from its two inputs: nothing when both are empty. */
function pointValue(body: FormBody, name: string): { lat: number; lng: number } | undefined {
  const lat = one(body, `${name}.lat`);
  const lng = one(body, `${name}.lng`);
  return lat.trim() === '' && lng.trim() === '' ? undefined : { lat: coordinate(lat), lng: coordinate(lng) };
}

/** A field's value from the form, in its stored shape; invalid shapes are passed on for validation to name. */
function fieldValue(field: FieldDefinition, body: FormBody, name: string): unknown {
  const raw = one(body, name).trim();
  switch (field.kind) {
    case 'boolean':
      return body[name] !== undefined;
    case 'integer':
    case 'number':
      return raw === '' ? undefined : Number.isFinite(Number(raw)) ? Number(raw) : raw;
    case 'datetime': {
      const zone = one(body, `${name}.zone`).trim() || 'UTC';
      return raw ? { at: zonedInstant(raw, zone), zone } : undefined;
    }
    case 'multiselect':
      return many(body, name);
    case 'textlist':
    case 'terms':
      return raw.split(/\r?\n/).map((v) => v.trim()).filter(Boolean);
    case 'money': {
      const amount = one(body, `${name}.amount`).trim();
      return amount === '' ? undefined : { amount: Number(amount), currency: one(body, `${name}.currency`).trim().toUpperCase() };
    }
    case 'links': {
      // One row of inputs per link; rows left empty are how a form without script offers more.
      const titles = many(body, `${name}.title`);
      return many(body, `${name}.url`)
        .map((url, i) => ({ url: url.trim(), title: (titles[i] ?? '').trim() }))
        .filter((link) => link.url !== '' || link.title !== '');
    }
    case 'point':
      return pointValue(body, name);
    case 'image':
      return raw === '' ? undefined : mediaId(raw);
    case 'files':
      // One input per file, in order; an emptied input removes its file.
      return many(body, name).map((v) => v.trim()).filter(Boolean).map(mediaId);
    default:
      return raw;
  }
}

/** A media file's number as typed: a number when it reads as one, else the text, for validation to name. */
function mediaId(raw: string): number | string {
  return /^\d{1,10}$/.test(raw) ? Number(raw) : raw;
}

export function formToItemInput(type: ContentTypeDefinition, language: string, body: FormBody): ItemInput {
  const fields: Record<string, unknown> = {};
  const localized: Record<string, unknown> = {};
  for (const field of type.fields) {
    if (field.localized) localized[field.name] = fieldValue(field, body, `l.${field.name}`);
    else fields[field.name] = fieldValue(field, body, `f.${field.name}`);
  }
  return {
    type: type.name,
    fields,
    promoted: body.promoted !== undefined,
    sticky: body.sticky !== undefined,
    sortOrder: one(body, 'sortOrder').trim() === '' ? 0 : Number(one(body, 'sortOrder')),
    point: pointValue(body, 'point') ?? null,
    tags: [...many(body, 'tags'), ...one(body, 'moreTags').split(/[\s,]+/)].map((t) => t.trim()).filter(Boolean),
    translations: {
      [language]: {
        title: one(body, 'title'),
        slug: one(body, 'slug').trim() || undefined,
        summary: one(body, 'summary'),
        body: one(body, 'body'),
        status: (one(body, 'status') || 'draft') as TranslationStatus,
        schedule: scheduleFromForm(body),
        fields: localized,
      },
    },
  };
}

/**
 * The schedule the form gives, read in the zone the editor chose; undefined when the form has no
 * schedule controls (contributors do not get them), which keeps the stored schedule.
 */
function scheduleFromForm(body: FormBody): ScheduleInput | undefined {
  if (body.publishAt === undefined && body.unpublishAt === undefined) return undefined;
  const zone = one(body, 'scheduleZone').trim() || 'UTC';
  const instant = (name: string) => {
    const raw = one(body, name).trim();
    return raw === '' ? null : zonedInstant(raw, zone);
  };
  return { publishAt: instant('publishAt'), unpublishAt: instant('unpublishAt'), zone };
}

function fieldToForm(field: FieldDefinition, value: unknown, name: string, values: FormValues): void {
  if (value === undefined || value === null) return;
  switch (field.kind) {
    case 'boolean':
      if (value) values[name] = 'on';
      return;
    case 'datetime': {
      const v = value as { at: string; zone: string };
      values[name] = utcToZonedInput(v.at, v.zone);
      values[`${name}.zone`] = v.zone;
      return;
    }
    case 'multiselect':
      values[name] = value as string[];
      return;
    case 'textlist':
    case 'terms':
      values[name] = (value as string[]).join('\n');
      return;
    case 'money':
      values[`${name}.amount`] = String((value as { amount: number }).amount);
      values[`${name}.currency`] = (value as { currency: string }).currency;
      return;
    case 'links':
      values[`${name}.url`] = (value as { url: string }[]).map((l) => l.url);
      values[`${name}.title`] = (value as { title: string }[]).map((l) => l.title);
      return;
    case 'point':
      values[`${name}.lat`] = String((value as { lat: number }).lat);
      values[`${name}.lng`] = String((value as { lng: number }).lng);
      return;
    case 'files':
      values[name] = (value as number[]).map(String);
      return;
    default:
      values[name] = String(value);
  }
}

/** The form values that show `item` in `language` (empty values for a translation not yet written). */
export function itemToFormValues(type: ContentTypeDefinition, item: Item | undefined, language: string): FormValues {
  const values: FormValues = {};
  if (!item) return { status: 'draft' };
  const translation = item.translations.find((t) => t.language === language);
  for (const field of type.fields) {
    if (field.localized) fieldToForm(field, translation?.fields[field.name], `l.${field.name}`, values);
    else fieldToForm(field, item.fields[field.name], `f.${field.name}`, values);
  }
  if (translation) {
    values.title = translation.title;
    values.slug = translation.slug;
    values.summary = translation.summary;
    values.body = translation.body;
    values.status = translation.status;
  } else values.status = 'draft';
  const zone = translation?.scheduleZone ?? zoneInUse(item);
  values.scheduleZone = zone;
  if (translation?.publishAt) values.publishAt = utcToZonedInput(translation.publishAt, zone);
  if (translation?.unpublishAt) values.unpublishAt = utcToZonedInput(translation.unpublishAt, zone);
  if (item.promoted) values.promoted = 'on';
  if (item.sticky) values.sticky = 'on';
  values.sortOrder = String(item.sortOrder);
  if (item.point) {
    values['point.lat'] = String(item.point.lat);
    values['point.lng'] = String(item.point.lng);
  }
  values.tags = item.tags;
  return values;
}

/**
 * The zone to offer for a new schedule. Sites have no time zone setting yet, so, as for event
 * times, the editor names one; this proposes the one already used on the item (another
 * translation's schedule, an event's start), else UTC.
 */
function zoneInUse(item: Item | undefined): string {
  for (const t of item?.translations ?? []) if (t.scheduleZone) return t.scheduleZone;
  for (const value of Object.values(item?.fields ?? {})) {
    const zone = (value as { zone?: unknown } | null)?.zone;
    if (typeof zone === 'string' && isTimeZone(zone)) return zone;
  }
  return 'UTC';
}

/**
 * Where each validation problem belongs in the form (`translations.fr.fields.location` →
 * `l.location`), worded in the editor's language when the problem has a code.
 */
export function problemsByControl(problems: readonly FieldProblem[], t: Translate, rename: (control: string) => string = (c) => c): Map<string, string[]> {
  const byControl = new Map<string, string[]>();
  for (const problem of problems) {
    const path = problem.path.replace(/\[\d+\]$/, '');
    let control = path;
    let m: RegExpExecArray | null;
    if ((m = /^translations\.[^.]+\.fields\.([^.]+)/.exec(path))) control = `l.${m[1]}`;
    else if ((m = /^translations\.[^.]+\.([^.]+)/.exec(path))) control = m[1]!;
    else if ((m = /^fields\.([^.]+)/.exec(path))) control = `f.${m[1]}`;
    else if (/^translations\.[^.]+$/.test(path)) control = 'title';
    const message = problem.code ? t(`validation.${problem.code}`, problem.params) : problem.message;
    control = rename(control);
    byControl.set(control, [...(byControl.get(control) ?? []), message]);
  }
  return byControl;
}
