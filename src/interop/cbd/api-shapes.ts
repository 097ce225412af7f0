/**
 * What Ecotone expects the CBD API to answer (see `reference/cbd-api.md`, sections 1.3–1.5), as
 * TypeBox schemas checked on every response before anything is stored.
 *
 * The schemas are deliberately liberal where the real API varies from record to record or from
 * domain to domain: extra fields are always allowed, language maps may miss languages or hold
 * `null`s, optional parts may be absent or `null`, and a term's `description` may be a string or
 * a language map. They are strict only on what Ecotone relies on to key and page data: term
 * identifiers, Solr `numFound`/`start`/`docs[].id`, and a record's header.
 */
import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { ValueErrorType } from '@sinclair/typebox/errors';
import { Value } from '@sinclair/typebox/value';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** A language map (`lstring`): `{ en: '…', fr: '…' }`; a missing translation may come as `null`. */
export const LStringWire = Type.Record(Type.String(), Nullable(Type.String()));

/** One term of `GET /api/v2013/thesaurus/domains/{domain}/terms`, as sent. */
export const ThesaurusTermWire = Type.Object({
  termId: Type.Optional(Nullable(Type.Number())),
  identifier: Type.String({ minLength: 1 }),
  name: Type.Optional(Nullable(Type.String())),
  title: Type.Optional(Nullable(LStringWire)),
  shortTitle: Type.Optional(Nullable(LStringWire)),
  description: Type.Optional(Nullable(Type.Union([Type.String(), LStringWire]))),
  longDescription: Type.Optional(Nullable(LStringWire)),
  broaderTerms: Type.Optional(Nullable(Type.Array(Type.String()))),
  narrowerTerms: Type.Optional(Nullable(Type.Array(Type.String()))),
  relatedTerms: Type.Optional(Nullable(Type.Array(Type.String()))),
});
export type ThesaurusTermWire = Static<typeof ThesaurusTermWire>;

export const ThesaurusTermsWire = Type.Array(ThesaurusTermWire);

/** A Solr document: any fields, but always a string `id` (used to page and de-duplicate). */
export const IndexDocWire = Type.Object({ id: Type.String({ minLength: 1 }) });

/** `GET /api/v2013/index/select`: only `response` matters; `responseHeader`, facets… are ignored. */
export const IndexResponseWire = Type.Object({
  response: Type.Object({
    numFound: Type.Integer({ minimum: 0 }),
    start: Type.Integer({ minimum: 0 }),
    docs: Type.Array(IndexDocWire),
  }),
});
export type IndexResponseWire = Static<typeof IndexResponseWire>;

/** `GET /api/v2013/documents/{uid}`: the record body; only the header is checked, the rest is per schema. */
export const DocumentWire = Type.Object({
  header: Type.Object({
    identifier: Type.String({ minLength: 1 }),
    schema: Type.String({ minLength: 1 }),
    languages: Type.Optional(Nullable(Type.Array(Type.String()))),
  }),
});

/**
 * The first thing wrong with `value` against `schema`, for a person: where (`response.docs[3].id`)
 * and what (`should be a string, not a number`). `root` names the top of the answer in the path
 * (e.g. `terms` gives `terms[2].identifier`); null when the value fits.
 */
export function firstShapeProblem(schema: TSchema, value: unknown, root = ''): string | null {
  const first = Value.Errors(schema, value).First();
  if (!first) return null;
  const where = readablePath(first.path, root);
  const actual = valueAt(value, first.path);
  const expected = describeSchema(first.schema);
  if (first.type === ValueErrorType.ObjectRequiredProperty || actual === undefined) return `${where} is missing (it should be ${expected})`;
  if (expected.startsWith('a ') || expected.startsWith('an ') || expected.includes(' or ')) return `${where} should be ${expected}, not ${describeValue(actual)}`;
  return `${where} ${first.message.toLowerCase()} (got ${describeValue(actual)})`;
}

/** `/response/docs/3/id` → `response.docs[3].id`; the empty path is "the answer". */
function readablePath(pointer: string, root: string): string {
  const parts = pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let out = root;
  for (const part of parts) out += /^\d+$/.test(part) ? `[${part}]` : out ? `.${part}` : part;
  return out || 'the answer';
}

function valueAt(value: unknown, pointer: string): unknown {
  let current = value;
  for (const raw of pointer.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

function describeSchema(schema: TSchema): string {
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as TSchema[]).map(describeSchema).join(' or ');
  switch (schema.type) {
    case 'string':
      return schema.minLength ? 'a non-empty string' : 'a string';
    case 'integer':
      return schema.minimum === 0 ? 'a whole number (0 or more)' : 'a whole number';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object':
      return schema.patternProperties ? 'a language map' : 'an object';
    case 'null':
      return 'null';
    default:
      return 'something else';
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'object') return 'an object';
  return typeof value === 'boolean' ? `${value}` : typeof value;
}
