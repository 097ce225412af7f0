import { defineContentType } from '../content-type.ts';

/**
 * A national biodiversity strategy and action plan, as the country submitted it to the CBD
 * (`nbsap` records, and the NBSAPs filed among the legacy `nationalReport` records). Items come
 * only from the CBD sync (ADR 0016).
 */
export const nbsap = defineContentType({
  name: 'nbsap',
  segment: 'nbsaps',
  defaultSort: 'newest',
  schemaOrgType: 'Report',
  origin: 'cbd',
  channels: { feed: true },
  fields: [
    { name: 'startDate', kind: 'date' },
    { name: 'endDate', kind: 'date' },
    { name: 'adoptionDate', kind: 'date' },
    // Aligned with the Kunming-Montreal framework (true), or an earlier plan (false).
    { name: 'gbfAligned', kind: 'boolean' },
    { name: 'documents', kind: 'links', localized: true },
    { name: 'cbdRecordUrl', kind: 'url' },
  ],
});
