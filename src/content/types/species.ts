import { defineContentType, leadImageField } from '../content-type.ts';

export const species = defineContentType({
  name: 'species',
  segment: 'species',
  defaultSort: 'title',
  schemaOrgType: 'Taxon',
  fields: [
    leadImageField,
    { name: 'scientificName', kind: 'text', required: true, maxLength: 200 },
    { name: 'commonNames', kind: 'textlist', localized: true },
    { name: 'redListStatus', kind: 'select', options: ['EX', 'EW', 'CR', 'EN', 'VU', 'NT', 'LC', 'DD', 'NE'] },
    {
      name: 'taxonomicGroup',
      kind: 'select',
      required: true,
      options: ['mammals', 'birds', 'reptiles', 'amphibians', 'fishes', 'insects', 'other-invertebrates', 'plants', 'fungi', 'algae'],
    },
    { name: 'endemic', kind: 'boolean' },
    { name: 'invasive', kind: 'boolean' },
  ],
});
