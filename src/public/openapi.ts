import { contentTypes } from '../content/registry.ts';

/** The OpenAPI 3.1 description of the read API, built from the content type registry. */
export function openApiDocument() {
  const errorResponse = { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
  return {
    openapi: '3.1.0',
    info: { title: 'Ecotone read API', version: '1.0.0', description: 'Published content of one national CHM site (the site is chosen by the host name).' },
    servers: [{ url: '/api/v1' }],
    paths: {
      '/items': {
        get: {
          summary: 'List published items, newest first',
          parameters: [
            { name: 'lang', in: 'query', schema: { type: 'string' }, description: 'A language of the site; items without it fall back to the default language.' },
            { name: 'type', in: 'query', schema: { type: 'string', enum: contentTypes.map((t) => t.name) } },
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
            { name: 'cursor', in: 'query', schema: { type: 'string' }, description: 'The nextCursor of the previous page.' },
          ],
          responses: {
            '200': {
              description: 'A page of items',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['items', 'total', 'nextCursor'],
                    properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Item' } }, total: { type: 'integer' }, nextCursor: { type: ['string', 'null'] } },
                  },
                },
              },
            },
            '400': errorResponse,
          },
        },
      },
      '/items/{id}': {
        get: {
          summary: 'One published item',
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'integer' } },
            { name: 'lang', in: 'query', schema: { type: 'string' } },
          ],
          responses: { '200': { description: 'The item', content: { 'application/json': { schema: { $ref: '#/components/schemas/Item' } } } }, '400': errorResponse, '404': errorResponse },
        },
      },
    },
    components: {
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } } },
        },
        Item: {
          type: 'object',
          required: ['id', 'type', 'language', 'title', 'slug', 'url'],
          properties: {
            id: { type: 'integer' },
            type: { type: 'string' },
            language: { type: 'string' },
            isFallback: { type: 'boolean' },
            title: { type: 'string' },
            slug: { type: 'string' },
            summary: { type: 'string' },
            body: { type: 'string', description: 'Sanitised HTML' },
            url: { type: 'string', format: 'uri' },
            publishedAt: { type: ['string', 'null'], format: 'date-time' },
            updatedAt: { type: 'string', format: 'date-time' },
            promoted: { type: 'boolean' },
            tags: { type: 'array', items: { type: 'string' }, description: 'Vocabulary identifiers, e.g. GBF-TARGET-03' },
            point: { type: ['object', 'null'], properties: { lat: { type: 'number' }, lng: { type: 'number' } } },
            fields: { type: 'object', description: 'The fields of the item’s content type' },
            translations: { type: 'array', items: { type: 'object', properties: { language: { type: 'string' }, url: { type: 'string' } } } },
          },
        },
      },
    },
  };
}
