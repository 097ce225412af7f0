import type { ContentTypeDefinition, FieldDefinition } from '../content/content-type.ts';
import type { Item, ItemInput, TranslationStatus } from '../content/item.ts';
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
      if (!raw) return undefined;
      const [date, time] = raw.split('T');
      return date && time ? { at: zonedToUtc(date, time, zone), zone } : { at: raw, zone };
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
    case 'links':
      return raw
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean)
        .map((line) => {
          const [url, ...title] = line.split('|');
          return { url: url!.trim(), title: title.join('|').trim() };
        });
    case 'point': {
      const lat = one(body, `${name}.lat`).trim();
      const lng = one(body, `${name}.lng`).trim();
      return lat === '' && lng === '' ? undefined : { lat: Number(lat), lng: Number(lng) };
    }
    default:
      return raw;
  }
}

export function formToItemInput(type: ContentTypeDefinition, language: string, body: FormBody): ItemInput {
  const fields: Record<string, unknown> = {};
  const localized: Record<string, unknown> = {};
  for (const field of type.fields) {
    if (field.localized) localized[field.name] = fieldValue(field, body, `l.${field.name}`);
    else fields[field.name] = fieldValue(field, body, `f.${field.name}`);
  }
  const lat = one(body, 'point.lat').trim();
  const lng = one(body, 'point.lng').trim();
  const publishAt = one(body, 'publishAt').trim();
  return {
    type: type.name,
    fields,
    promoted: body.promoted !== undefined,
    sticky: body.sticky !== undefined,
    sortOrder: one(body, 'sortOrder').trim() === '' ? 0 : Number(one(body, 'sortOrder')),
    point: lat === '' && lng === '' ? null : { lat: Number(lat), lng: Number(lng) },
    tags: [...many(body, 'tags'), ...one(body, 'moreTags').split(/[\s,]+/)].map((t) => t.trim()).filter(Boolean),
    translations: {
      [language]: {
        title: one(body, 'title'),
        slug: one(body, 'slug').trim() || undefined,
        summary: one(body, 'summary'),
        body: one(body, 'body'),
        status: (one(body, 'status') || 'draft') as TranslationStatus,
        publishedAt: publishAt ? new Date(publishAt).toISOString() : undefined,
        fields: localized,
      },
    },
  };
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
      values[name] = (value as { url: string; title: string }[]).map((l) => (l.title ? `${l.url} | ${l.title}` : l.url)).join('\n');
      return;
    case 'point':
      values[`${name}.lat`] = String((value as { lat: number }).lat);
      values[`${name}.lng`] = String((value as { lng: number }).lng);
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
