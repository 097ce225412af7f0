/**
 * The record shapes a national site shares with the CBD's Clearing-House, as TypeBox schemas
 * (which are JSON Schema): the shared types of the CBD's records (`lstring`, `ETerm`, `EReference`,
 * `ELink`, `EHeader`) and the `resource`, `organization`, `contact` and `event` records.
 *
 * Field names and what is mandatory follow the CBD's documentation of its records
 * (`clearing-house-documentation:components/{vlr,org,contact}/request-body.md`, summarised in
 * `/work/shared/reference/cbd-api.md` §2 and §5.3). `event` is not documented there: it follows the
 * CHM's event forms as far as they are known (see docs/cbd-exchange.md). The shapes are closed
 * (`additionalProperties: false`) and optional lists, when present, are never empty, so a record
 * that passes is exactly what the export means to send. docs/cbd-exchange.md has the mapping.
 */
import { FormatRegistry, type Static, type TSchema, Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

/** A language key of an `lstring`: a lower-case ISO 639 code, as the CBD writes them (`en`, `fr`, `ar`). */
export const languageKeyPattern = '^[a-z]{2,3}$';
/** A CBD record identifier: an upper-case GUID, e.g. `38555401-8018-6255-B396-CB427060D564`. */
export const guidPattern = '^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$';
/** A publication date as the CBD's forms write it: `2024-12` or `2024-12-05`. */
const publicationDatePattern = '^[0-9]{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$';
const calendarDatePattern = '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$';

// TypeBox checks `format` only for formats it has been taught. These two follow ajv-formats
// (the validator a receiving system is likely to use), so the export's own check and theirs agree.
const emailFormat = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
if (!FormatRegistry.Has('email')) FormatRegistry.Set('email', (value) => emailFormat.test(value));
if (!FormatRegistry.Has('uri')) {
  FormatRegistry.Set('uri', (value) => {
    // Absolute, and ASCII only (RFC 3986): the exporter percent-encodes what editors typed.
    if (!/^[a-z][a-z0-9+.-]*:[\x21-\x7e]+$/i.test(value)) return false;
    try {
      new URL(value);
      return true;
    } catch {
      return false;
    }
  });
}

const closed = { additionalProperties: false } as const;

/** Text in several languages: `{ "en": "…", "fr": "…" }`, each value non-empty. */
export const lstring = (description?: string) =>
  Type.Record(Type.String({ pattern: languageKeyPattern }), Type.String({ minLength: 1 }), {
    minProperties: 1,
    additionalProperties: false,
    ...(description ? { description } : {}),
  });

/** A term of a CBD thesaurus, by identifier; `customValue` carries the text of an "Other" term. */
export const eterm = (identifier = Type.String({ minLength: 1, maxLength: 200 }), description?: string) =>
  Type.Object({ identifier, customValue: Type.Optional(lstring()) }, { ...closed, ...(description ? { description } : {}) });

/** A reference to another CBD record: its GUID, optionally `@<revision>` (none = the latest). */
export const ereference = (description?: string) =>
  Type.Object({ identifier: Type.String({ pattern: `${guidPattern.slice(0, -1)}(@[1-9][0-9]*)?$` }) }, { ...closed, ...(description ? { description } : {}) });

/** A link: an absolute http(s) address, with a name and the language of what it points at. */
export const elink = () =>
  Type.Object(
    {
      url: Type.String({ format: 'uri', pattern: '^https?://', maxLength: 2083 }),
      name: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
      language: Type.Optional(Type.String({ pattern: languageKeyPattern })),
    },
    closed,
  );

/** The envelope of every CBD record. */
export const eheader = <S extends string>(schema: S) =>
  Type.Object(
    {
      identifier: Type.String({ pattern: guidPattern, description: 'Stable: derived from the site and the item (docs/cbd-exchange.md)' }),
      schema: Type.Literal(schema),
      languages: Type.Array(Type.String({ pattern: languageKeyPattern }), { minItems: 1, uniqueItems: true, description: 'The languages the record is filled in' }),
    },
    closed,
  );

const list = <T extends TSchema>(items: T, description?: string) => Type.Array(items, { minItems: 1, ...(description ? { description } : {}) });
const optionalList = <T extends TSchema>(items: T, description?: string) => Type.Optional(list(items, description));

/** Shared vocabularies as the CBD's thesaurus identifies them. */
const countryTerm = eterm(Type.String({ pattern: '^[a-z]{2}$' }), 'A country by its lower-case ISO 3166 code (`be`), as in the CBD thesaurus');
const gbfTargetTerm = eterm(Type.String({ pattern: '^GBF-TARGET-(0[1-9]|1[0-9]|2[0-3])$' }));
const aichiTargetTerm = eterm(Type.String({ pattern: '^AICHI-TARGET-(0[1-9]|1[0-9]|20)$' }));
const subjectTerm = eterm(Type.String({ pattern: '^CBD-SUBJECT-[A-Z0-9-]+$' }));
const coordinates = Type.Object(
  {
    lat: Type.Number({ minimum: -90, maximum: 90 }),
    lng: Type.Number({ minimum: -180, maximum: 180 }),
    zoom: Type.Optional(Type.Integer({ minimum: 0, maximum: 22 })),
  },
  closed,
);
const emails = (description?: string) => list(Type.String({ format: 'email', maxLength: 254 }), description);
const phones = () => list(Type.String({ minLength: 1, maxLength: 40 }));

/** Shared tags of the records that carry them. */
const tagFields = {
  countryRegions: optionalList(countryTerm, 'Countries the item is about'),
  gbfTargets: optionalList(gbfTargetTerm, 'KMGBF targets'),
  aichiTargets: optionalList(aichiTargetTerm),
};

export const CbdResourceSchema = Type.Object(
  {
    header: eheader('resource'),
    title: lstring(),
    resourceTypes: list(eterm(), 'Type of resource'),
    authors: lstring('Author name(s)'),
    organizations: list(ereference(), 'The authoring organization(s), records of the same export'),
    publisher: Type.Optional(lstring()),
    publicationDate: Type.String({ pattern: publicationDatePattern, examples: ['2024-12', '2024-12-05'] }),
    resourceLinks: list(elink(), 'Where to find the resource: its page on the national site and its files'),
    covers: optionalList(elink(), 'Cover image(s)'),
    summary: lstring('Summary, abstract or table of contents'),
    ...tagFields,
    cbdSubjects: list(subjectTerm, 'CBD subject areas'),
    tags: optionalList(lstring(), 'The site’s own keywords'),
    relevantInformation: Type.Optional(lstring('HTML')),
  },
  { $id: 'CbdResource', ...closed, description: 'A CHM `resource` (virtual library) record' },
);

export const CbdOrganizationSchema = Type.Object(
  {
    header: eheader('organization'),
    acronym: Type.Optional(lstring()),
    name: lstring(),
    address: Type.Optional(lstring()),
    city: lstring(),
    country: countryTerm,
    phones: phones(),
    emails: emails(),
    websites: optionalList(elink()),
    organizationType: eterm(),
    gbfTargets: tagFields.gbfTargets,
    aichiTargets: tagFields.aichiTargets,
    coordinates: Type.Optional(coordinates),
    profile: Type.Optional(lstring('HTML')),
    profileLink: optionalList(elink(), 'The organization’s page on the national site'),
  },
  { $id: 'CbdOrganization', ...closed, description: 'A CHM `organization` record' },
);

export const CbdContactSchema = Type.Object(
  {
    header: eheader('contact'),
    type: Type.Literal('person'),
    firstName: Type.String({ minLength: 1, maxLength: 200 }),
    lastName: Type.String({ minLength: 1, maxLength: 200 }),
    designation: Type.Optional(lstring('Job title')),
    organization: lstring(),
    country: countryTerm,
    phones: Type.Optional(phones()),
    emails: emails(),
    government: Type.Optional(countryTerm),
    contactOrganization: ereference('The organization’s record, in the same export'),
    relevantInformation: Type.Optional(lstring('HTML')),
  },
  { $id: 'CbdContact', ...closed, description: 'A CHM `contact` record (a person)' },
);

export const CbdEventSchema = Type.Object(
  {
    header: eheader('event'),
    government: Type.Optional(countryTerm),
    title: lstring(),
    summary: Type.Optional(lstring()),
    description: Type.Optional(lstring('HTML')),
    startDate: Type.String({ pattern: calendarDatePattern, description: 'The day it starts, where it takes place (YYYY-MM-DD)' }),
    endDate: Type.Optional(Type.String({ pattern: calendarDatePattern })),
    venue: Type.Optional(lstring()),
    country: Type.Optional(countryTerm),
    organizers: optionalList(lstring()),
    websites: optionalList(elink(), 'The event’s own website and its page on the national site'),
    onlineLinks: optionalList(elink(), 'Where to take part online'),
    images: optionalList(elink()),
    relevantDocuments: optionalList(elink()),
    coordinates: Type.Optional(coordinates),
    ...tagFields,
    cbdSubjects: optionalList(subjectTerm),
    tags: optionalList(lstring()),
  },
  { $id: 'CbdEvent', ...closed, description: 'A CHM `event` record, after the CHM’s event forms (docs/cbd-exchange.md)' },
);

export type LString = Record<string, string>;
export type ETerm = { identifier: string; customValue?: LString };
export type EReference = { identifier: string };
export type ELink = { url: string; name?: string; language?: string };
export type CbdResource = Static<typeof CbdResourceSchema>;
export type CbdOrganization = Static<typeof CbdOrganizationSchema>;
export type CbdContact = Static<typeof CbdContactSchema>;
export type CbdEvent = Static<typeof CbdEventSchema>;
export type CbdRecord = CbdResource | CbdOrganization | CbdContact | CbdEvent;

export const recordSchemas = {
  resource: CbdResourceSchema,
  organization: CbdOrganizationSchema,
  contact: CbdContactSchema,
  event: CbdEventSchema,
} as const;
export type CbdSchemaName = keyof typeof recordSchemas;

/** Where a record breaks its shape, one line per problem (`/emails/0: must match format "email"`); empty when it fits. */
export function shapeProblems(schema: CbdSchemaName, record: unknown): { path: string; message: string }[] {
  const shape = recordSchemas[schema];
  if (Value.Check(shape, record)) return [];
  return [...Value.Errors(shape, record)].slice(0, 20).map((e) => ({ path: e.path || '/', message: e.message }));
}
