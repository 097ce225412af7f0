import { defineContentType } from '../content-type.ts';

export const contactPerson = defineContentType({
  name: 'contact-person',
  segment: 'contacts',
  defaultSort: 'manual',
  schemaOrgType: 'Person',
  fields: [
    // The name as the person wants it shown (with a title or in their own order): kept as written.
    { name: 'personName', kind: 'text', required: true, maxLength: 200 },
    // Which part is the given name and which the family name cannot be told from the full name
    // ("Ibrahim Gado Sabi", "Noor El Amrani"); directories such as the CBD's need both. Optional,
    // the same in every language, like the full name.
    { name: 'givenName', kind: 'text', maxLength: 100 },
    { name: 'familyName', kind: 'text', maxLength: 100 },
    { name: 'function', kind: 'text', localized: true, maxLength: 300 },
    { name: 'organizationName', kind: 'text', localized: true, maxLength: 300 },
    { name: 'email', kind: 'email' },
    { name: 'phone', kind: 'phone' },
  ],
});
