import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contrastRatio, readableShade, readableTextOn, themeContrastProblems } from './contrast.ts';

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

test('a colour too pale for links gets a darker shade of itself that reads on white', () => {
  for (const colour of ['#8fc79a', '#ffd700', '#ffffff', '#66ccff', '#1d5e3b']) {
    const shade = readableShade(colour, '#ffffff', 4.5);
    assert.ok(contrastRatio(shade, '#ffffff') >= 4.5, `${colour} → ${shade}`);
  }
  assert.equal(readableShade('#1d5e3b', '#ffffff', 4.5), '#1d5e3b', 'a colour that reads is kept as chosen');
});

test('tells which theme colours fail against the page, and by how much', () => {
  assert.deepEqual(themeContrastProblems({ primaryColor: '#1d5e3b', accentColor: '#b88a00' }), []);
  const problems = themeContrastProblems({ primaryColor: '#8fc79a', accentColor: '#fff3b0' });
  assert.deepEqual(problems.map((p) => [p.colour, p.needed]), [['primaryColor', 4.5], ['accentColor', 3]]);
  assert.ok(problems.every((p) => p.ratio < p.needed));
});
