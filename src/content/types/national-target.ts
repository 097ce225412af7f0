import { attachmentsField, defineContentType } from '../content-type.ts';

/** A target the country set itself, written on this site (central ORT targets come with CBD sync). */
export const nationalTarget = defineContentType({
  name: 'national-target',
  segment: 'national-targets',
  defaultSort: 'manual',
  schemaOrgType: 'CreativeWork',
  channels: { feed: true },
  fields: [
    { name: 'code', kind: 'text', required: true, maxLength: 20 },
    { name: 'targetYear', kind: 'integer', min: 2000, max: 2100 },
    { name: 'indicators', kind: 'textlist', localized: true },
    { name: 'degreeOfAlignment', kind: 'select', options: ['high', 'medium', 'low'] },
    attachmentsField,
  ],
});
