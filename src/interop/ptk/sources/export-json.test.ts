import assert from 'node:assert/strict';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { PtkObject, PtkReadProblem } from '../source.ts';
import { locateJsonSyntaxError, looksLikeLanguageCode, readExportJson } from './export-json.ts';

let dir: string;
before(async () => {
  dir = await mkdtemp(os.tmpdir() + '/ptk-');
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function read(name: string, content: string): Promise<{ objects: PtkObject[]; problems: PtkReadProblem[] }> {
  const file = path.join(dir, name);
  await writeFile(file, content);
  const objects: PtkObject[] = [];
  const problems: PtkReadProblem[] = [];
  for await (const item of readExportJson(file)) {
    if ('fatal' in item) problems.push(item);
    else objects.push(item);
  }
  return { objects, problems };
}

const site = {
  '/news/cop10-report': {
    meta_type: 'Naaya News',
    title: { en: 'COP10 outcomes', fr: 'Résultats de la CdP10' },
    description: { en: '<p>Summary</p>', fr: null },
    chm_terms: { en: 'Climate change|Protected areas' },
    geo_location: [50.85, 4.35, 'Brussels'],
    geo_type: '',
    sortorder: 100,
    releasedate: '2010/11/02 09:15:00 GMT+1',
    topitem: 1,
    expirationdate: null,
  },
  '/news/': { meta_type: 'Naaya Folder', title: { en: 'News' } },
  '/about/contact': { meta_type: 'Naaya Contact', firstname: { 'fr-BE': 'Jean' }, webpage: 'http://example.be' },
  '/about/': { meta_type: 'Naaya Folder', title: { EN: 'About' } },
  '/news/iyb-2010': { meta_type: 'Naaya News', title: { en: 'IYB 2010' } },
};

describe('readExportJson', () => {
  it('reads every key as an object whose path has no slashes at its ends', async () => {
    const { objects, problems } = await read('site.json', JSON.stringify(site, null, 1));
    assert.deepEqual(problems, []);
    assert.deepEqual(objects.map((object) => object.path).sort(), ['about', 'about/contact', 'news', 'news/cop10-report', 'news/iyb-2010']);
    const contact = objects.find((object) => object.path === 'about/contact')!;
    assert.equal(contact.parentPath, 'about');
    assert.equal(contact.format, 'export-json');
    assert.equal(contact.location, 'site.json about/contact');
    assert.deepEqual(contact.binaries, []);
  });

  it('yields parents before children, keeping the file order among objects of one depth', async () => {
    const { objects } = await read('order.json', JSON.stringify(site));
    assert.deepEqual(
      objects.map((object) => object.path),
      ['news', 'about', 'news/cop10-report', 'about/contact', 'news/iyb-2010'],
    );
  });

  it('numbers each object among its siblings in the file order', async () => {
    const { objects } = await read('positions.json', JSON.stringify(site));
    const position = (objectPath: string) => objects.find((object) => object.path === objectPath)!.position;
    assert.equal(position('news/cop10-report'), 0);
    assert.equal(position('news/iyb-2010'), 1);
    assert.equal(position('news'), 0);
    assert.equal(position('about'), 1);
    assert.equal(position('about/contact'), 0);
  });

  it('takes per-language maps as localized and keeps every other value as found', async () => {
    const { objects } = await read('values.json', JSON.stringify(site));
    const news = objects.find((object) => object.path === 'news/cop10-report')!;
    assert.equal(news.metaType, 'Naaya News');
    assert.deepEqual(news.localized, {
      title: { en: 'COP10 outcomes', fr: 'Résultats de la CdP10' },
      description: { en: '<p>Summary</p>', fr: '' },
      chm_terms: { en: 'Climate change|Protected areas' },
    });
    assert.deepEqual(news.properties, {
      geo_location: [50.85, 4.35, 'Brussels'],
      geo_type: '',
      sortorder: 100,
      releasedate: '2010/11/02 09:15:00 GMT+1',
      topitem: 1,
      expirationdate: null,
    });
    assert.equal('meta_type' in news.properties, false);
  });

  it('keeps language codes as written (EN, fr-BE)', async () => {
    const { objects } = await read('languages.json', JSON.stringify(site));
    assert.deepEqual(objects.find((object) => object.path === 'about')!.localized.title, { EN: 'About' });
    assert.deepEqual(objects.find((object) => object.path === 'about/contact')!.localized.firstname, { 'fr-BE': 'Jean' });
  });

  it('keeps a map whose keys are not language codes as a plain property', async () => {
    const { objects } = await read('maps.json', JSON.stringify({ '/x': { meta_type: 'Naaya URL', redirect: { target: 'a', enabled: 'yes' }, counts: { en: 3 } } }));
    assert.deepEqual(objects[0]!.properties, { redirect: { target: 'a', enabled: 'yes' }, counts: { en: 3 } });
    assert.deepEqual(objects[0]!.localized, {});
  });

  it('reports a value without meta_type and still yields it, untyped', async () => {
    const { objects, problems } = await read('untyped.json', JSON.stringify({ '/a': { title: { en: 'A' } }, '/b': 'just a string' }));
    assert.deepEqual(
      objects.map((object) => [object.path, object.metaType]),
      [
        ['a', ''],
        ['b', ''],
      ],
    );
    assert.deepEqual(objects[1]!.properties, { value: 'just a string' });
    assert.equal(problems.length, 2);
    assert.ok(problems.every((problem) => !problem.fatal));
    assert.match(problems[0]!.message, /"\/a" has no meta_type/);
    assert.match(problems[1]!.message, /"\/b" holds a string/);
  });

  it('reports the line and column of a syntax error as fatal', async () => {
    const { objects, problems } = await read('broken.json', '{\n  "/a": {"meta_type": "Naaya Folder"},\n  "/b": {"meta_type": }\n}');
    assert.deepEqual(objects, []);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.fatal, true);
    assert.equal(problems[0]!.location, 'broken.json line 3, column 23');
  });

  it('reports a file that ends too early as fatal, at its end', async () => {
    const { problems } = await read('truncated.json', '{"/a": {"meta_type": "Naaya Fol');
    assert.equal(problems[0]!.fatal, true);
    assert.equal(problems[0]!.location, 'truncated.json line 1, column 32');
  });

  it('refuses a file holding an array instead of an object of paths', async () => {
    const { problems } = await read('array.json', '[{"meta_type": "Naaya Folder"}]');
    assert.equal(problems[0]!.fatal, true);
    assert.match(problems[0]!.message, /holds an array/);
  });

  it('reads a file that starts with a byte order mark', async () => {
    const { objects, problems } = await read('bom.json', '\uFEFF{"/a": {"meta_type": "Naaya Folder"}}');
    assert.deepEqual(problems, []);
    assert.equal(objects[0]!.path, 'a');
  });

  it('skips a key naming no path and a key repeating an earlier path', async () => {
    const { objects, problems } = await read('keys.json', JSON.stringify({ '/': { meta_type: 'CHM Site' }, '/a': { meta_type: 'Naaya Folder' }, 'a/': { meta_type: 'Naaya Folder' } }));
    assert.deepEqual(
      objects.map((object) => object.path),
      ['a'],
    );
    assert.equal(problems.length, 2);
    assert.ok(problems.every((problem) => !problem.fatal));
  });

  it('refuses a file over 1 GB without reading it', async () => {
    const file = path.join(dir, 'huge.json');
    await writeFile(file, '{');
    await truncate(file, 1024 * 1024 * 1024 + 1);
    const items = [];
    for await (const item of readExportJson(file)) items.push(item);
    assert.equal(items.length, 1);
    assert.equal((items[0] as PtkReadProblem).fatal, true);
    assert.match((items[0] as PtkReadProblem).message, /over the 1\.0 GB/);
    await rm(file);
  });
});

describe('locateJsonSyntaxError', () => {
  const at = (text: string) => {
    let error: unknown;
    try {
      JSON.parse(text);
    } catch (caught) {
      error = caught;
    }
    const { line, column } = locateJsonSyntaxError(text, error);
    return [line, column];
  };

  it('points at the character that breaks the JSON', () => {
    assert.deepEqual(at('{"a": 1,\n "b" 2}'), [2, 6]);
    assert.deepEqual(at('[1, 2,, 3]'), [1, 7]);
    assert.deepEqual(at('{"a": tru}'), [1, 7]);
    assert.deepEqual(at('{"a": "x\u0001"}'), [1, 9]);
    assert.deepEqual(at('{"a": 01}'), [1, 8]);
    assert.deepEqual(at('{"a": "\\q"}'), [1, 9]);
    assert.deepEqual(at('{}\n\n x'), [3, 2]);
  });

  it('accepts what JSON.parse accepts', () => {
    const valid = '{"a": [1, -2.5e+3, "x\\u00e9\\n", true, false, null, {}, []], "b": {"c": "d"}}';
    assert.doesNotThrow(() => JSON.parse(valid));
    // A valid text has no error to find: the fallback is the end of the text.
    assert.deepEqual(locateJsonSyntaxError(valid, new Error('none')).offset, valid.length);
  });
});

describe('looksLikeLanguageCode', () => {
  it('accepts codes as Naaya wrote them', () => {
    for (const code of ['en', 'FR', 'fr-BE', 'nl-be', 'pt_BR', 'es-419', 'ast']) assert.equal(looksLikeLanguageCode(code), true, code);
  });

  it('refuses property names and malformed codes', () => {
    for (const code of ['title', 'e', 'lat2', 'en-', 'fr-Belgium', '12', '']) assert.equal(looksLikeLanguageCode(code), false, code);
  });
});
