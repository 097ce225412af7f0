import { Type, type TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { FieldProblem } from '../errors.ts';
import type { FieldDefinition, FieldKind } from './content-type.ts';
import { sanitizeRichText } from './rich-text.ts';
import { embedFieldProblem } from '../media/embeds.ts';

/**
 * Each field kind's stored shape as a TypeBox schema, plus the checks a schema cannot express
 * (real calendar dates, URL schemes, time zones). Forms, the API and importers all validate
 * through `normaliseFieldValue`, so a value is judged the same way wherever it comes from.
 */
const defaultMaxLength: Partial<Record<FieldKind, number>> = { text: 500, textarea: 5000, richtext: 200_000, url: 2000, email: 254, phone: 40 };

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export function fieldSchema(field: FieldDefinition): TSchema {
  const maxLength = field.maxLength ?? defaultMaxLength[field.kind];
  switch (field.kind) {
    case 'text':
    case 'textarea':
    case 'richtext':
    case 'phone':
      return Type.String({ maxLength });
    case 'url':
    case 'email':
      return Type.String({ maxLength });
    case 'integer':
      return Type.Integer({ minimum: field.min, maximum: field.max });
    case 'number':
      return Type.Number({ minimum: field.min, maximum: field.max });
    case 'boolean':
      return Type.Boolean();
    case 'date':
      return Type.String({ pattern: isoDate.source });
    case 'datetime':
      return Type.Object({ at: Type.String({ pattern: isoInstant.source }), zone: Type.String({ maxLength: 64 }) }, { additionalProperties: false });
    case 'select':
      return Type.Union(field.options!.map((o) => Type.Literal(o)));
    case 'multiselect':
      return Type.Array(Type.Union(field.options!.map((o) => Type.Literal(o))), { uniqueItems: true });
    case 'textlist':
      return Type.Array(Type.String({ maxLength: 500 }), { maxItems: 200 });
    case 'terms':
      return Type.Array(Type.String({ maxLength: 100 }), { maxItems: 200 });
    case 'money':
      return Type.Object({ amount: Type.Number({ minimum: 0 }), currency: Type.String({ pattern: '^[A-Z]{3}$' }) }, { additionalProperties: false });
    case 'point':
      return pointSchema;
    case 'links':
      return Type.Array(
        Type.Object({ url: Type.String({ maxLength: 2000 }), title: Type.String({ maxLength: 300 }) }, { additionalProperties: false }),
        { maxItems: 100 },
      );
    case 'image':
      return mediaIdSchema;
    case 'files':
      return Type.Array(mediaIdSchema, { maxItems: 50, uniqueItems: true });
    case 'embed':
      return Type.String({ maxLength: 2000 });
  }
}

/** A media file's id; whether it is this site's (and an image, for `image`) is checked on save. */
const mediaIdSchema = Type.Integer({ minimum: 1, maximum: 2_147_483_647 });

export const pointSchema = Type.Object(
  { lat: Type.Number({ minimum: -90, maximum: 90 }), lng: Type.Number({ minimum: -180, maximum: 180 }) },
  { additionalProperties: false },
);

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * Checks and normalises one field value. Returns `undefined` for an empty value (then a required
 * field is a problem), the cleaned value otherwise; problems are pushed with `path`.
 */
export function normaliseFieldValue(field: FieldDefinition, raw: unknown, path: string, problems: FieldProblem[]): unknown {
  const value = typeof raw === 'string' ? raw.trim() : Array.isArray(raw) ? raw.map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== '') : raw;
  if (isEmpty(value)) {
    if (field.required) problems.push({ path, message: 'This field is required', code: 'required' });
    return undefined;
  }
  const schema = fieldSchema(field);
  if (!Value.Check(schema, value)) {
    const first = Value.Errors(schema, value).First();
    const where = first?.path ? `${path}${first.path.replace(/\//g, '.')}` : path;
    problems.push({ path: where, ...describeKindProblem(field, value, first?.message) });
    return undefined;
  }
  const extra = extraCheck(field.kind, value);
  if (extra) {
    problems.push({ path, ...extra });
    return undefined;
  }
  if (field.kind === 'richtext') return sanitizeRichText(value as string);
  if (field.kind === 'datetime') {
    const v = value as { at: string; zone: string };
    return { at: new Date(v.at).toISOString(), zone: v.zone };
  }
  return value;
}

type Described = Pick<FieldProblem, 'message' | 'code' | 'params'>;

function describeKindProblem(field: FieldDefinition, value: unknown, detail: string | undefined): Described {
  const maxLength = field.maxLength ?? defaultMaxLength[field.kind];
  if (typeof value === 'string' && maxLength !== undefined && value.length > maxLength) {
    return { message: `At most ${maxLength} characters`, code: 'tooLong', params: { max: maxLength } };
  }
  switch (field.kind) {
    case 'select':
      return { message: `Must be one of: ${field.options!.join(', ')}`, code: 'oneOf' };
    case 'multiselect':
      return { message: `Must be a list of distinct values from: ${field.options!.join(', ')}`, code: 'oneOf' };
    case 'date':
      return { message: 'Must be a date written YYYY-MM-DD', code: 'date' };
    case 'datetime':
      return { message: 'Must be a date and time with a time zone', code: 'dateTime' };
    case 'integer':
    case 'number':
      if (field.min !== undefined && field.max !== undefined) {
        return { message: `Must be a number${range(field)}`, code: 'numberBetween', params: { min: field.min, max: field.max } };
      }
      return field.kind === 'integer' ? { message: `Must be a whole number${range(field)}`, code: 'wholeNumber' } : { message: `Must be a number${range(field)}`, code: 'number' };
    default:
      return { message: detail ?? 'This value is not valid', code: 'invalid' };
  }
}

function range(field: FieldDefinition): string {
  if (field.min !== undefined && field.max !== undefined) return ` between ${field.min} and ${field.max}`;
  if (field.min !== undefined) return ` of at least ${field.min}`;
  if (field.max !== undefined) return ` of at most ${field.max}`;
  return '';
}

const supportedZones = new Set(Intl.supportedValuesOf('timeZone'));

function extraCheck(kind: FieldKind, value: unknown): Described | null {
  switch (kind) {
    case 'date':
      return isRealDate(value as string) ? null : { message: `${String(value)} is not a calendar date`, code: 'date' };
    case 'datetime': {
      const v = value as { at: string; zone: string };
      if (Number.isNaN(Date.parse(v.at))) return { message: `${v.at} is not a date and time`, code: 'dateTime' };
      if (!supportedZones.has(v.zone) && v.zone !== 'UTC') return { message: `${v.zone} is not an IANA time zone (e.g. Europe/Brussels)`, code: 'timeZone', params: { zone: v.zone } };
      return null;
    }
    case 'url':
      return isHttpUrl(value as string) ? null : { message: 'Must be a web address starting with https:// or http://', code: 'url' };
    case 'email':
      return /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(value as string) ? null : { message: 'Must be an email address', code: 'email' };
    case 'phone':
      return /^\+?[0-9 ().\-/]{3,40}$/.test(value as string) ? null : { message: 'Must be a phone number (digits, spaces, + ( ) - .)', code: 'phone' };
    case 'embed': {
      const problem = embedFieldProblem(value as string);
      return problem ? { message: problem, code: 'videoUrl' } : null;
    }
    case 'links': {
      // The site's own paths first: most links are, and a relative one would cost `isHttpUrl` a thrown error.
      const bad = (value as { url: string }[]).find((link) => !link.url.startsWith('/') && !isHttpUrl(link.url));
      return bad ? { message: `${bad.url} is not a web address`, code: 'url' } : null;
    }
    default:
      return null;
  }
}

export function isRealDate(value: string): boolean {
  if (!isoDate.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
