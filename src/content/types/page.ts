import { attachmentsField, defineContentType, leadImageField } from '../content-type.ts';

export const page = defineContentType({
  name: 'page',
  segment: 'pages',
  defaultSort: 'manual',
  schemaOrgType: 'WebPage',
  fields: [
    leadImageField,
    attachmentsField,
    // What a section holds, listed on its page (an imported PTK folder's contents; editors may change it).
    { name: 'sectionLinks', kind: 'links', localized: true },
  ],
});
