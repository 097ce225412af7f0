import { attachmentsField, defineContentType, leadImageField } from '../content-type.ts';

export const document = defineContentType({
  name: 'document',
  segment: 'documents',
  defaultSort: 'newest',
  schemaOrgType: 'Report',
  channels: { feed: true },
  fields: [
    leadImageField,
    { name: 'publicationDate', kind: 'date' },
    { name: 'authors', kind: 'textlist' },
    { name: 'publisher', kind: 'text', localized: true, maxLength: 300 },
    {
      name: 'documentType',
      kind: 'select',
      required: true,
      options: ['report', 'strategy', 'law', 'guideline', 'factsheet', 'publication', 'presentation', 'other'],
    },
    { name: 'files', kind: 'links', localized: true },
    attachmentsField,
  ],
});
