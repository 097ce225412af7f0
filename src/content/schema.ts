import { ValidationError, type FieldProblem } from '../errors.ts';
import type { ContentTypeDefinition } from './content-type.ts';
import { isRealDate, normaliseFieldValue, pointSchema } from './field-values.ts';
import { type GeoPoint, type ItemInput, type TranslationStatus, translationStatuses } from './item.ts';
import { sanitizeRichText } from './rich-text.ts';
import { isValidSlug, slugify } from './slug.ts';
import { Value } from '@sinclair/typebox/value';

export interface NormalisedTranslation {
  title: string;
  slug: string;
  summary: string;
  body: string;
  fields: Record<string, unknown>;
  status: TranslationStatus;
  publishedAt: string | null | undefined;
}

export interface NormalisedItem {
  fields: Record<string, unknown>;
  promoted: boolean;
  sticky: boolean;
  sortOrder: number;
  point: GeoPoint | null;
  tags: string[];
  translations: Map<string, NormalisedTranslation>;
}

export interface ItemValidationContext {
  type: ContentTypeDefinition;
  /** The site's enabled languages; a translation in any other language is refused. */
  languages: readonly string[];
  defaultLanguage: string;
  /** Tells whether a tag identifier exists in a shared vocabulary or the site's keywords. */
  isKnownTag: (identifier: string) => boolean;
}

const maxTitle = 300;
const maxSummary = 2000;

/**
 * Validates a whole item against its content type: common fields, the type's fields per language,
 * tags. Every problem is collected with its path, then thrown together, so a form can show all
 * of them at once.
 */
export function validateItemInput(input: ItemInput, context: ItemValidationContext): NormalisedItem {
  const { type } = context;
  const problems: FieldProblem[] = [];
  const fields: Record<string, unknown> = {};
  const sharedFields = type.fields.filter((f) => !f.localized);
  const localizedFields = type.fields.filter((f) => f.localized);
  const known = new Set(type.fields.map((f) => f.name));

  for (const name of Object.keys(input.fields ?? {})) {
    if (!known.has(name) || localizedFields.some((f) => f.name === name)) {
      problems.push({ path: `fields.${name}`, message: `The ${type.name} type has no shared field "${name}"` });
    }
  }
  for (const field of sharedFields) {
    const value = normaliseFieldValue(field, input.fields?.[field.name], `fields.${field.name}`, problems);
    if (value !== undefined) fields[field.name] = value;
  }

  const translations = new Map<string, NormalisedTranslation>();
  const entries = Object.entries(input.translations ?? {});
  if (!entries.length) problems.push({ path: 'translations', message: 'An item needs at least one translation' });
  for (const [language, t] of entries) {
    const base = `translations.${language}`;
    if (!context.languages.includes(language)) {
      problems.push({ path: base, message: `${language} is not one of this site's languages (${context.languages.join(', ')})` });
      continue;
    }
    const title = typeof t.title === 'string' ? t.title.trim() : '';
    if (!title) problems.push({ path: `${base}.title`, message: 'A title is required', code: 'required' });
    else if (title.length > maxTitle) problems.push({ path: `${base}.title`, message: `A title is at most ${maxTitle} characters`, code: 'tooLong', params: { max: maxTitle } });
    const summary = (t.summary ?? '').trim();
    if (summary.length > maxSummary) problems.push({ path: `${base}.summary`, message: `A summary is at most ${maxSummary} characters`, code: 'tooLong', params: { max: maxSummary } });
    let slug = t.slug?.trim().toLowerCase() || slugify(title);
    if (t.slug && !isValidSlug(slug)) {
      problems.push({ path: `${base}.slug`, message: 'A slug is made of lower-case letters, digits and single hyphens', code: 'slug' });
      slug = slugify(title);
    }
    const status = t.status ?? 'published';
    if (!translationStatuses.includes(status)) {
      problems.push({ path: `${base}.status`, message: `Must be one of: ${translationStatuses.join(', ')}` });
    }
    let publishedAt: string | null | undefined = t.publishedAt;
    if (publishedAt) {
      if (Number.isNaN(Date.parse(publishedAt)) || (publishedAt.length === 10 && !isRealDate(publishedAt))) {
        problems.push({ path: `${base}.publishedAt`, message: 'Must be a date and time', code: 'dateTime' });
        publishedAt = undefined;
      } else publishedAt = new Date(publishedAt).toISOString();
    }
    const localized: Record<string, unknown> = {};
    for (const name of Object.keys(t.fields ?? {})) {
      if (!localizedFields.some((f) => f.name === name)) {
        problems.push({ path: `${base}.fields.${name}`, message: `The ${type.name} type has no translated field "${name}"` });
      }
    }
    for (const field of localizedFields) {
      // A required translated field is required in the default language; others may follow later.
      const effective = language === context.defaultLanguage ? field : { ...field, required: false };
      const value = normaliseFieldValue(effective, t.fields?.[field.name], `${base}.fields.${field.name}`, problems);
      if (value !== undefined) localized[field.name] = value;
    }
    const body = typeof t.body === 'string' ? sanitizeRichText(t.body) : '';
    if (body.length > 500_000) problems.push({ path: `${base}.body`, message: 'The text is too long (500,000 characters at most)', code: 'tooLong', params: { max: 500_000 } });
    translations.set(language, { title, slug, summary, body, fields: localized, status, publishedAt });
  }

  let point: GeoPoint | null = null;
  if (input.point) {
    if (!Value.Check(pointSchema, input.point)) problems.push({ path: 'point', message: 'A point needs a latitude (−90…90) and a longitude (−180…180)', code: 'point' });
    else point = { lat: input.point.lat, lng: input.point.lng };
  }
  const tags = [...new Set((input.tags ?? []).map((t) => t.trim()).filter(Boolean))];
  for (const tag of tags) {
    if (!context.isKnownTag(tag)) problems.push({ path: 'tags', message: `"${tag}" is not a term of any vocabulary`, code: 'unknownTag', params: { tag } });
  }
  const sortOrder = input.sortOrder ?? 0;
  if (!Number.isInteger(sortOrder) || Math.abs(sortOrder) > 1_000_000) problems.push({ path: 'sortOrder', message: 'Must be a whole number', code: 'wholeNumber' });

  if (problems.length) {
    throw new ValidationError(`The ${type.name} item is not valid: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`, problems);
  }
  return { fields, promoted: !!input.promoted, sticky: !!input.sticky, sortOrder, point, tags, translations };
}
