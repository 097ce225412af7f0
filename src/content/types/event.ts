import { attachmentsField, defineContentType, leadImageField } from '../content-type.ts';

export const event = defineContentType({
  name: 'event',
  segment: 'events',
  defaultSort: 'upcoming',
  schemaOrgType: 'Event',
  channels: { feed: true, calendar: true, map: true },
  dateRange: { start: 'start', end: 'end' },
  fields: [
    leadImageField,
    { name: 'start', kind: 'datetime', required: true },
    { name: 'end', kind: 'datetime' },
    { name: 'location', kind: 'text', localized: true, maxLength: 300 },
    { name: 'organiser', kind: 'text', localized: true, maxLength: 300 },
    { name: 'onlineUrl', kind: 'url' },
    { name: 'eventUrl', kind: 'url' },
    { name: 'attendance', kind: 'select', options: ['in-person', 'online', 'hybrid'] },
    attachmentsField,
  ],
});
