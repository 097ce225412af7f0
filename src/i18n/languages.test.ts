import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalLanguageTag, languageAutonym, languageDirection } from './languages.ts';

test('takes the writing direction from Intl, for any language', () => {
  for (const rtl of ['ar', 'fa', 'he', 'ur', 'ckb', 'ar-MA']) assert.equal(languageDirection(rtl), 'rtl', rtl);
  for (const ltr of ['en', 'fr', 'nl-BE', 'dz', 'zh', 'ru']) assert.equal(languageDirection(ltr), 'ltr', ltr);
});

test('canonicalises language tags and refuses what is not one', () => {
  assert.equal(canonicalLanguageTag('FR'), 'fr');
  assert.equal(canonicalLanguageTag('nl-be'), 'nl-BE');
  for (const bad of ['', 'not a tag', 'x'.repeat(40), 'und']) assert.equal(canonicalLanguageTag(bad), null, bad);
});

test('names each language in itself', () => {
  assert.equal(languageAutonym('fr'), 'Français');
  assert.equal(languageAutonym('ar'), 'العربية');
});
