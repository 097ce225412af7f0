import { attachmentsField, defineContentType, leadImageField } from '../content-type.ts';

export const project = defineContentType({
  name: 'project',
  segment: 'projects',
  defaultSort: 'newest',
  schemaOrgType: 'Project',
  channels: { map: true },
  dateRange: { start: 'startDate', end: 'endDate' },
  fields: [
    leadImageField,
    { name: 'projectStatus', kind: 'select', required: true, options: ['planned', 'ongoing', 'completed'] },
    { name: 'startDate', kind: 'date' },
    { name: 'endDate', kind: 'date' },
    { name: 'budget', kind: 'money' },
    { name: 'partners', kind: 'textlist' },
    { name: 'geographicScope', kind: 'select', options: ['local', 'subnational', 'national', 'regional', 'global'] },
    { name: 'website', kind: 'url' },
    attachmentsField,
  ],
});
