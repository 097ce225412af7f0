import { defineContentType } from '../content-type.ts';

export const contactPerson = defineContentType({
  name: 'contact-person',
  segment: 'contacts',
  defaultSort: 'manual',
  schemaOrgType: 'Person',
  fields: [
    { name: 'personName', kind: 'text', required: true, maxLength: 200 },
    { name: 'function', kind: 'text', localized: true, maxLength: 300 },
    { name: 'organizationName', kind: 'text', localized: true, maxLength: 300 },
    { name: 'email', kind: 'email' },
    { name: 'phone', kind: 'phone' },
  ],
});
