import { attachmentsField, defineContentType, leadImageField } from '../content-type.ts';

export const page = defineContentType({
  name: 'page',
  segment: 'pages',
  defaultSort: 'manual',
  schemaOrgType: 'WebPage',
  fields: [leadImageField, attachmentsField],
});
