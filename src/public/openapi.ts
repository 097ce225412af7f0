import { type TSchema, Type } from '@sinclair/typebox';
import type { ContentTypeDefinition, FieldDefinition } from '../content/content-type.ts';
import { contentTypes } from '../content/registry.ts';
import { fieldSchema } from '../content/field-values.ts';
import { CbdContactSchema, CbdEventSchema, CbdOrganizationSchema, CbdResourceSchema } from '../interop/cbd/export/shapes.ts';

/**
 * The read API's shapes as TypeBox schemas, and the OpenAPI 3.1 document built from them and from
 * the content type registry. The schemas are the one source: the document shows them, and the
 * tests check real answers against the document (test/api.test.ts).
 */

/** Most items a list call returns at once. */
export const API_MAX_LIMIT = 100;
export const API_DEFAULT_LIMIT = 20;
/** Requests one client address may make to `/api/v1/` in a minute. */
export const API_RATE_LIMIT_PER_MINUTE = 120;

const isoInstant = Type.String({ format: 'date-time' });
const absoluteUrl = Type.String({ format: 'uri' });

export const ApiImageSchema = Type.Object(
  {
    id: Type.Integer(),
    url: absoluteUrl,
    width: Type.Union([Type.Integer(), Type.Null()]),
    height: Type.Union([Type.Integer(), Type.Null()]),
    alt: Type.String({ description: 'Empty for a decorative image' }),
    caption: Type.String(),
    credits: Type.String(),
    licence: Type.Union([Type.String(), Type.Null()]),
    variants: Type.Array(Type.Object({ format: Type.String({ examples: ['avif', 'webp', 'jpeg'] }), width: Type.Integer(), url: absoluteUrl }, { additionalProperties: false }), {
      description: 'Resized copies, once made',
    }),
  },
  { $id: 'ApiImage', additionalProperties: false, description: 'An image of the site’s media library, with its texts in the item’s language' },
);

export const ApiFileSchema = Type.Object(
  {
    id: Type.Integer(),
    url: absoluteUrl,
    filename: Type.String(),
    contentType: Type.String({ examples: ['application/pdf'] }),
    bytes: Type.Integer({ minimum: 0 }),
    kind: Type.String({ examples: ['document', 'image', 'audio', 'video'] }),
  },
  { $id: 'ApiFile', additionalProperties: false, description: 'A file to download, from the site’s media library' },
);

function pascalCase(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_m, _dash, letter: string) => letter.toUpperCase());
}

/** A field's value as the API shows it: stored values as they are, media ids replaced by what they name. */
function apiFieldSchema(field: FieldDefinition): TSchema {
  if (field.kind === 'image') return ApiImageSchema;
  if (field.kind === 'files') return Type.Array(ApiFileSchema);
  return fieldSchema(field);
}

/** The `fields` object of one content type's items; a field without a value is left out. */
export function typeFieldsSchema(type: ContentTypeDefinition): TSchema {
  return Type.Object(Object.fromEntries(type.fields.map((field) => [field.name, Type.Optional(apiFieldSchema(field))])), {
    $id: `${pascalCase(type.name)}Fields`,
    additionalProperties: false,
    description: `The fields of a ${type.name} item`,
  });
}

const typeFieldSchemas = contentTypes.map(typeFieldsSchema);

export const ApiItemSchema = Type.Object(
  {
    id: Type.Integer(),
    type: Type.Union(contentTypes.map((t) => Type.Literal(t.name))),
    language: Type.String({ description: 'The language of this translation (the default language’s when `isFallback`)' }),
    isFallback: Type.Boolean({ description: 'True when the item has no published translation in the language asked for' }),
    title: Type.String(),
    slug: Type.String(),
    summary: Type.String(),
    body: Type.String({ description: 'Sanitised HTML' }),
    url: absoluteUrl,
    publishedAt: Type.Union([isoInstant, Type.Null()]),
    updatedAt: isoInstant,
    promoted: Type.Boolean(),
    tags: Type.Array(Type.String(), { description: 'Vocabulary identifiers, e.g. GBF-TARGET-03' }),
    point: Type.Union([Type.Object({ lat: Type.Number({ minimum: -90, maximum: 90 }), lng: Type.Number({ minimum: -180, maximum: 180 }) }, { additionalProperties: false }), Type.Null()]),
    fields: Type.Union(typeFieldSchemas, { description: 'The fields of the item’s content type (`type`): see the `…Fields` schemas' }),
    translations: Type.Array(Type.Object({ language: Type.String(), url: absoluteUrl }, { additionalProperties: false }), {
      description: 'Every published translation, this one included',
    }),
  },
  { $id: 'ApiItem', additionalProperties: false, description: 'A published item in one language' },
);

export const ApiItemListSchema = Type.Object(
  {
    items: Type.Array(ApiItemSchema),
    total: Type.Integer({ minimum: 0, description: 'How many items match, over all pages' }),
    nextCursor: Type.Union([Type.String(), Type.Null()], { description: 'Pass as `cursor` for the next page; null on the last page' }),
  },
  { $id: 'ApiItemList', additionalProperties: false },
);

export const ApiErrorSchema = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: 'Stable, machine-readable', examples: ['invalid_limit', 'item_not_found', 'rate_limited'] }),
      message: Type.String({ description: 'For people; may change' }),
      details: Type.Optional(Type.Array(Type.Object({ path: Type.String(), message: Type.String() }))),
    }),
  },
  { $id: 'Error', additionalProperties: false },
);

/** Every schema with an `$id`, by that id: the document's `components.schemas`. */
const cbdRecordSchemas = [CbdResourceSchema, CbdOrganizationSchema, CbdContactSchema, CbdEventSchema];
const namedSchemas: TSchema[] = [ApiItemListSchema, ApiItemSchema, ApiImageSchema, ApiFileSchema, ...typeFieldSchemas, ApiErrorSchema, ...cbdRecordSchemas];

/**
 * A TypeBox schema as plain JSON Schema for the document: symbols dropped, and any nested schema
 * with an `$id` replaced by a `$ref` to its component (an `$id` left inside would change the base
 * against which the `$ref`s around it resolve).
 */
function documented(schema: TSchema, top = true): unknown {
  const plain = JSON.parse(JSON.stringify(schema)) as Record<string, unknown>;
  const walk = (node: unknown, isTop: boolean): unknown => {
    if (Array.isArray(node)) return node.map((n) => walk(n, false));
    if (!node || typeof node !== 'object') return node;
    const object = node as Record<string, unknown>;
    if (!isTop && typeof object.$id === 'string') return { $ref: `#/components/schemas/${object.$id}` };
    return Object.fromEntries(Object.entries(object).filter(([key]) => key !== '$id').map(([key, value]) => [key, walk(value, false)]));
  };
  return walk(plain, top);
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown) => ({ 'application/json': { schema } });
const rateLimitHeaders = {
  'X-RateLimit-Limit': { $ref: '#/components/headers/X-RateLimit-Limit' },
  'X-RateLimit-Remaining': { $ref: '#/components/headers/X-RateLimit-Remaining' },
  'X-RateLimit-Reset': { $ref: '#/components/headers/X-RateLimit-Reset' },
};
const error = (description: string) => ({ description, content: json(ref('Error')) });
const errors = {
  '400': error('A parameter is not valid; `error.code` says which (`invalid_language`, `invalid_type`, `invalid_tag`, `invalid_limit`, `invalid_cursor`, `invalid_updated_since`, `invalid_id`)'),
  '404': error('No such published item on this site (`item_not_found`), or the host is not a site’s (`no_site`)'),
  '429': {
    description: `More than ${API_RATE_LIMIT_PER_MINUTE} requests in a minute from this address (\`rate_limited\`)`,
    headers: { 'Retry-After': { description: 'Seconds until requests are accepted again', schema: { type: 'integer' } }, ...rateLimitHeaders },
    content: json(ref('Error')),
  },
};
const langParameter = {
  name: 'lang',
  in: 'query',
  required: false,
  description: 'One of the site’s languages (default: its default language). An item without a published translation in it comes in the default language, with `isFallback`.',
  schema: { type: 'string', examples: ['en', 'fr', 'ar'] },
};
const typeEnum = contentTypes.map((t) => t.name);

/** The OpenAPI 3.1 description of the read API, served at `/api/v1/openapi.json`. */
export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Ecotone read API',
      version: '1.2.0',
      description: [
        'Published content of one national CHM site; the site is chosen by the host name the request is sent to.',
        'Reads only. CORS is open (`Access-Control-Allow-Origin: *`, no credentials). Answers may be cached for 60 seconds.',
        `Each client address may make ${API_RATE_LIMIT_PER_MINUTE} requests a minute; every answer carries the \`X-RateLimit-*\` headers, and a \`429\` says when to retry.`,
      ].join('\n\n'),
    },
    servers: [{ url: '/api/v1' }],
    paths: {
      '/items': {
        get: {
          operationId: 'listItems',
          summary: 'List published items',
          description: 'Newest first (by publication date); pinned items first. Filters combine.',
          parameters: [
            langParameter,
            { name: 'type', in: 'query', required: false, description: 'Only items of this content type', schema: { type: 'string', enum: typeEnum } },
            {
              name: 'tag',
              in: 'query',
              required: false,
              description: 'Only items tagged with this vocabulary identifier: a GBF target (`GBF-TARGET-03`), an Aichi target, an SDG, a subject…',
              schema: { type: 'string', maxLength: 120, pattern: '^[\\p{L}\\p{M}\\p{Nd}:._-]+$', examples: ['GBF-TARGET-03'] },
            },
            {
              name: 'updatedSince',
              in: 'query',
              required: false,
              description: 'Only items whose translation (the one returned) changed at or after this instant: for keeping a copy in step',
              schema: { type: 'string', format: 'date-time', examples: ['2025-01-31T00:00:00Z'] },
            },
            { name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: API_MAX_LIMIT, default: API_DEFAULT_LIMIT } },
            { name: 'cursor', in: 'query', required: false, description: 'The `nextCursor` of the previous page (opaque).', schema: { type: 'string' } },
          ],
          responses: {
            '200': { description: 'A page of items', headers: rateLimitHeaders, content: json(ref('ApiItemList')) },
            '400': errors['400'],
            '404': error('The host is not a site’s (`no_site`)'),
            '429': errors['429'],
          },
        },
      },
      '/items/{id}': {
        get: {
          operationId: 'getItem',
          summary: 'One published item, by id',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }, langParameter],
          responses: { '200': { description: 'The item', headers: rateLimitHeaders, content: json(ref('ApiItem')) }, ...errors },
        },
      },
      '/items/{id}/cbd-record': {
        get: {
          operationId: 'getItemCbdRecord',
          summary: 'One published item as a record of the CBD’s Clearing-House',
          description: [
            'Documents and learning resources become `resource` records, organizations `organization`, contact persons `contact` and events `event`, in every language the item is published in (`header.languages`).',
            'An item that lacks what its record requires, or whose type has no record, is answered `422` with the reasons, field by field, in `error.details`.',
          ].join('\n\n'),
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }],
          responses: {
            '200': { description: 'The record', headers: rateLimitHeaders, content: json({ oneOf: cbdRecordSchemas.map((schema) => ref(schema.$id!)) }) },
            '400': error('The id is not a whole number (`invalid_id`)'),
            '404': errors['404'],
            '422': error('The item cannot be a CBD record (`cbd_record_not_exportable`); `error.details` names each field and why'),
            '429': errors['429'],
          },
        },
      },
      '/items/by-slug/{type}/{slug}': {
        get: {
          operationId: 'getItemBySlug',
          summary: 'One published item, by its content type and slug',
          description:
            'The slug of any of the item’s translations finds it (the last part of its page address, `/{lang}/{segment}/{slug}`); the item comes in `lang`. Where two items share a slug in different languages, the one whose slug is in `lang` wins.',
          parameters: [
            { name: 'type', in: 'path', required: true, schema: { type: 'string', enum: typeEnum } },
            { name: 'slug', in: 'path', required: true, description: 'Percent-encoded when not ASCII', schema: { type: 'string', maxLength: 1000, examples: ['wetland-restoration-begins'] } },
            langParameter,
          ],
          responses: { '200': { description: 'The item', headers: rateLimitHeaders, content: json(ref('ApiItem')) }, ...errors },
        },
      },
      '/openapi.json': {
        get: {
          operationId: 'getOpenApiDocument',
          summary: 'This document',
          responses: { '200': { description: 'The OpenAPI 3.1 document', headers: rateLimitHeaders, content: json({ type: 'object' }) }, '429': errors['429'] },
        },
      },
    },
    components: {
      schemas: Object.fromEntries(namedSchemas.map((schema) => [schema.$id!, documented(schema)])),
      headers: {
        'X-RateLimit-Limit': { description: 'Requests allowed per minute', schema: { type: 'integer' } },
        'X-RateLimit-Remaining': { description: 'Requests left in this minute', schema: { type: 'integer' } },
        'X-RateLimit-Reset': { description: 'Seconds until the count starts again', schema: { type: 'integer' } },
      },
    },
  };
}
