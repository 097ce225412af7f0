import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isValidSlug, slugify } from './slug.ts';

test('slugify drops accents from Latin letters and keeps other scripts', () => {
  assert.equal(slugify('Forêt de Soignes : 4 383 ha'), 'foret-de-soignes-4-383-ha');
  assert.equal(slugify('Ça déménage — Œuvre'), 'ca-demenage-œuvre');
  assert.equal(slugify('المنتزه الوطني لتوبقال'), 'المنتزه-الوطني-لتوبقال');
  assert.equal(slugify('红树林保护'), '红树林保护');
  assert.equal(slugify('  ---  '), 'item');
});

test('slugify cuts long titles at a word boundary', () => {
  const slug = slugify('word '.repeat(60));
  assert.ok([...slug].length <= 100);
  assert.ok(!slug.endsWith('-'));
});

test('isValidSlug accepts only lower-case letters, digits and single hyphens', () => {
  assert.ok(isValidSlug('pendjari-national-park'));
  assert.ok(isValidSlug('محمية-طبيعية'));
  for (const bad of ['Upper', 'two--hyphens', '-start', 'end-', 'sp ace', '<script>', '', 'a'.repeat(101)]) {
    assert.equal(isValidSlug(bad), false, bad);
  }
});
