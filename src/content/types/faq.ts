import { defineContentType } from '../content-type.ts';

/** A question is the item's title; the answer is its body. */
export const faq = defineContentType({
  name: 'faq',
  segment: 'faq',
  defaultSort: 'manual',
  schemaOrgType: 'Question',
  fields: [{ name: 'category', kind: 'text', localized: true, maxLength: 120 }],
});
