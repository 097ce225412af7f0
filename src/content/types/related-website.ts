import { defineContentType } from '../content-type.ts';

export const relatedWebsite = defineContentType({
  name: 'related-website',
  segment: 'links',
  defaultSort: 'title',
  schemaOrgType: 'WebSite',
  fields: [{ name: 'url', kind: 'url', required: true }],
});
