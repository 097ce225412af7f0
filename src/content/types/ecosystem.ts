import { defineContentType, leadImageField } from '../content-type.ts';

export const ecosystem = defineContentType({
  name: 'ecosystem',
  segment: 'ecosystems',
  defaultSort: 'title',
  schemaOrgType: 'Place',
  channels: { map: true },
  fields: [
    leadImageField,
    {
      name: 'ecosystemType',
      kind: 'select',
      required: true,
      options: ['forest', 'grassland', 'wetland', 'freshwater', 'marine', 'coastal', 'mountain', 'desert', 'agricultural', 'urban'],
    },
    { name: 'extentKm2', kind: 'number', min: 0, max: 100_000_000 },
  ],
});
