import { attachmentsField, defineContentType } from '../content-type.ts';

/**
 * A target the country set itself: written on this site, or a KM-GBF national target submitted
 * to the CBD's Online Reporting Tool and brought in by the CBD sync (then read-only, ADR 0016).
 * The GBF targets it addresses are its tags; the three alignment fields say how closely.
 */
export const nationalTarget = defineContentType({
  name: 'national-target',
  segment: 'national-targets',
  defaultSort: 'manual',
  schemaOrgType: 'CreativeWork',
  channels: { feed: true },
  fields: [
    { name: 'code', kind: 'text', maxLength: 20 },
    { name: 'targetYear', kind: 'integer', min: 2000, max: 2100 },
    { name: 'indicators', kind: 'textlist', localized: true },
    { name: 'degreeOfAlignment', kind: 'select', options: ['high', 'medium', 'low'] },
    // GBF targets by degree of alignment (the CBD's GBF-DEGREE-OF-ALIGNMENT terms).
    { name: 'targetsHighAlignment', kind: 'terms', vocabulary: 'gbf-targets' },
    { name: 'targetsMediumAlignment', kind: 'terms', vocabulary: 'gbf-targets' },
    { name: 'targetsLowAlignment', kind: 'terms', vocabulary: 'gbf-targets' },
    { name: 'cbdRecordUrl', kind: 'url' },
    attachmentsField,
  ],
});
