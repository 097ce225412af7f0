import { defineContentType } from '../content-type.ts';

/** The categories of national focal points (`type_ss` of `focalPoint` records), in the order pages list them. */
export const focalPointCategories = [
  'CBD-FP1', 'CBD-FP2', 'CHM-FP', 'ABS-FP', 'BCH-FP', 'CPB-FP1', 'CPB-A17-FP', 'GTI-FP', 'SBSTTA-FP', 'TKBD-FP', 'RM-FP', 'GSPC-FP', 'PA-FP',
] as const;

/**
 * A national focal point as the CBD's central systems list it (`focalPoint` records): the person
 * the country designated for the Convention, a protocol or a programme. Items come only from the
 * CBD sync (ADR 0016); the title is the person's name as the record gives it.
 */
export const focalPoint = defineContentType({
  name: 'focal-point',
  segment: 'focal-points',
  defaultSort: 'title',
  schemaOrgType: 'Person',
  origin: 'cbd',
  fields: [
    { name: 'categories', kind: 'multiselect', options: focalPointCategories },
    { name: 'designation', kind: 'text', localized: true, maxLength: 300 },
    { name: 'department', kind: 'text', localized: true, maxLength: 300 },
    { name: 'organization', kind: 'text', localized: true, maxLength: 300 },
    { name: 'address', kind: 'textarea', localized: true, maxLength: 1000 },
    { name: 'emails', kind: 'textlist' },
    { name: 'phones', kind: 'textlist' },
    { name: 'cbdRecordUrl', kind: 'url' },
  ],
});
