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
    // Apart from the address because directories (the CBD's among them) sort and filter by city.
    // Per translation: many cities are written differently by language or script (Bruxelles,
    // Brussel; الرباط, Rabat). Where a translation leaves it empty, the CBD export uses the name
    // another translation gives (docs/cbd-exchange.md). The country is a tag, as on other items.
    { name: 'city', kind: 'text', localized: true, maxLength: 100 },
    { name: 'website', kind: 'url' },
    { name: 'email', kind: 'email' },
    { name: 'phone', kind: 'phone' },
  ],
});
