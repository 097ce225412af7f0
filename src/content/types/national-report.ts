import { defineContentType } from '../content-type.ts';

/**
 * A national report to the CBD: the 7th (`nationalReport7`), the 6th (`nationalReport6`) and the
 * first to fifth (`nationalReport` by report type). Items come only from the CBD sync (ADR 0016).
 */
export const nationalReport = defineContentType({
  name: 'national-report',
  segment: 'national-reports',
  defaultSort: 'newest',
  schemaOrgType: 'Report',
  origin: 'cbd',
  channels: { feed: true },
  fields: [
    { name: 'reportType', kind: 'select', required: true, options: ['nr7', 'nr6', 'nr5', 'nr4', 'nr3', 'nr2', 'nr1'] },
    { name: 'submittedOn', kind: 'date' },
    { name: 'documents', kind: 'links', localized: true },
    { name: 'cbdRecordUrl', kind: 'url' },
  ],
});
