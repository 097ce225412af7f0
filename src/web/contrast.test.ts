import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contrastRatio, readableTextOn } from './contrast.ts';

test('computes WCAG contrast ratios', () => {
  assert.equal(Math.round(contrastRatio('#000000', '#ffffff')), 21);
  assert.equal(contrastRatio('#777777', '#777777'), 1);
});

test('picks the text colour that reads on a site’s own colours', () => {
  assert.equal(readableTextOn('#1e6b52'), '#ffffff');
  assert.equal(readableTextOn('#e0a800'), '#111111');
  assert.equal(readableTextOn('#ffffff'), '#111111');
  for (const colour of ['#1e6b52', '#e0a800', '#7a1f2b', '#c8a400', '#3366ff']) {
    assert.ok(contrastRatio(colour, readableTextOn(colour)) >= 4.5, colour);
  }
});
