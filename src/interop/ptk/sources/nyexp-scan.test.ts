import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { scanNyexp } from './nyexp-scan.ts';

describe('scanNyexp', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nyexp-scan-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  const ob = (id: string, inner: string, opening = ' ') => `<ob${opening}meta_type="Naaya Document" id="${id}">${inner}</ob>\n`;
  const value = (element: string, code: string, text: string, space = ' ') => `<${element}${space}lang="${code}"><![CDATA[${text}]]></${element}>`;

  test('counts objects and finds the language codes that hold a value, as written', async () => {
    const file = join(dir, 'codes.nyexp');
    await writeFile(file, '<?xml version="1.0" encoding="utf-8"?>\n<export>\n'
      + ob('a', value('title', 'en', 'Wetlands') + value('title', 'FR', 'Zones humides'))
      + ob('b', value('title', 'fr-BE', 'Zones humides') + value('description', 'nl', ''), '\n')
      + ob('c', value('body', 'de', '<p>Feuchtgebiete</p>', '\n\t') + value('body', 'es', ''), '\t')
      + '</export>\n');
    const scan = await scanNyexp(file);
    assert.equal(scan.objects, 3);
    assert.deepEqual([...scan.languages].sort(), ['FR', 'de', 'en', 'fr-BE'], 'nl and es hold only empty values');
  });

  test('gives the titles of objects with more than one, where a regional variant appears, to compare', async () => {
    // Titles are read byte for byte (as Latin-1): they are only compared with each other.
    const file = join(dir, 'regional.nyexp');
    await writeFile(file, '<export>'
      + ob('same', value('title', 'fr', 'Forets') + value('title', 'fr-BE', 'Forets'))
      + ob('differs', value('title', 'fr', 'Septante') + value('title', 'fr_BE', 'Soixante-dix'))
      + ob('alone', value('title', 'en', 'Alone'))
      + '</export>');
    const scan = await scanNyexp(file);
    assert.deepEqual([...scan.titleSets].map((titles) => Object.fromEntries(titles)), [
      { fr: 'Forets', 'fr-BE': 'Forets' },
      { fr: 'Septante', fr_BE: 'Soixante-dix' },
    ]);
  });

  test('reads a file of several megabytes, whose objects and codes cross the chunks it is read in', async () => {
    const file = join(dir, 'large.nyexp');
    const filler = 'Lorem ipsum dolor sit amet. '.repeat(40);
    const objects = Array.from({ length: 5000 }, (_, n) => ob(`o${n}`, value('title', 'en', `Object ${n}`) + value('body', 'en', `<p>${filler}</p>`)));
    objects.push(ob('last', value('title', 'de', 'Zuletzt')));
    await writeFile(file, `<export>${objects.join('')}</export>`);
    const scan = await scanNyexp(file);
    assert.equal(scan.objects, 5001);
    assert.deepEqual([...scan.languages].sort(), ['de', 'en']);
  });
});
