import { defineContentType, leadImageField } from '../content-type.ts';

export const protectedArea = defineContentType({
  name: 'protected-area',
  segment: 'protected-areas',
  defaultSort: 'title',
  schemaOrgType: 'Place',
  channels: { map: true },
  fields: [
    leadImageField,
    { name: 'iucnCategory', kind: 'select', options: ['Ia', 'Ib', 'II', 'III', 'IV', 'V', 'VI', 'not-reported'] },
    { name: 'areaKm2', kind: 'number', min: 0, max: 10_000_000 },
    { name: 'designationDate', kind: 'date' },
    { name: 'designation', kind: 'text', localized: true, maxLength: 300 },
    { name: 'wdpaId', kind: 'integer', min: 1 },
  ],
});
