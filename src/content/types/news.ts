import { attachmentsField, defineContentType, leadImageField } from '../content-type.ts';

export const news = defineContentType({
  name: 'news',
  segment: 'news',
  defaultSort: 'newest',
  schemaOrgType: 'NewsArticle',
  channels: { feed: true },
  fields: [
    leadImageField,
    { name: 'source', kind: 'text', localized: true, maxLength: 200 },
    { name: 'sourceUrl', kind: 'url' },
    { name: 'unpublishOn', kind: 'date' },
    attachmentsField,
  ],
});
