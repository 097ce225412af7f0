import { defineContentType, leadImageField } from '../content-type.ts';

export const organization = defineContentType({
  name: 'organization',
  segment: 'organizations',
  defaultSort: 'title',
  schemaOrgType: 'Organization',
  channels: { map: true },
  fields: [
    leadImageField,
    {
      name: 'organizationType',
      kind: 'select',
      required: true,
      options: ['government', 'research', 'ngo', 'academic', 'private', 'intergovernmental', 'community', 'other'],
    },
    { name: 'acronym', kind: 'text', localized: true, maxLength: 40 },
    { name: 'address', kind: 'textarea', maxLength: 500 },
    { name: 'website', kind: 'url' },
    { name: 'email', kind: 'email' },
    { name: 'phone', kind: 'phone' },
  ],
});
