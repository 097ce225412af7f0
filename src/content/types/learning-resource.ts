import { attachmentsField, defineContentType, leadImageField } from '../content-type.ts';

export const learningResource = defineContentType({
  name: 'learning-resource',
  segment: 'learning',
  defaultSort: 'newest',
  schemaOrgType: 'LearningResource',
  channels: { feed: true },
  fields: [
    leadImageField,
    {
      name: 'resourceType',
      kind: 'select',
      required: true,
      options: ['course', 'toolkit', 'video', 'guide', 'lesson-plan', 'game', 'other'],
    },
    // As for documents: who made it (people or institutions) and when it came out.
    { name: 'publicationDate', kind: 'date' },
    { name: 'authors', kind: 'textlist' },
    { name: 'audience', kind: 'multiselect', options: ['general-public', 'students', 'teachers', 'practitioners', 'policy-makers', 'children'] },
    { name: 'resourceUrl', kind: 'url' },
    { name: 'durationMinutes', kind: 'integer', min: 1, max: 100_000 },
    attachmentsField,
  ],
});
