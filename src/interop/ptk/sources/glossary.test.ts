import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { GlossaryReadError, readGlossary } from './glossary.ts';

const fixture = '/work/shared/fixtures/ptk/chm-terms-glossary';

let tmp: string;
before(async () => {
  tmp = await mkdtemp(os.tmpdir() + '/ptk-');
});
after(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const metadata = JSON.stringify({ languages: { en: 'English', fr: 'French' }, properties: { parent_anchors: true, description: { en: 'Terms' } } });

/** A glossary folder holding the two files directly (no `glossary/` level). */
async function glossaryDir(name: string, xml: string, json = metadata): Promise<string> {
  const dir = path.join(tmp, name);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'translations.xml'), xml);
  await writeFile(path.join(dir, 'metadata.json'), json);
  return dir;
}

describe('readGlossary on the CHM terms fixture', () => {
  it('reads its 8 themes and 38 terms, each term under its theme', async () => {
    const glossary = await readGlossary(fixture);
    const folders = glossary.terms.filter((term) => term.parentId === null);
    const elements = glossary.terms.filter((term) => term.parentId !== null);
    assert.equal(folders.length, 8);
    assert.equal(elements.length, 38);
    const folderIds = new Set(folders.map((folder) => folder.id));
    assert.ok(elements.every((element) => folderIds.has(element.parentId!)));
    const first = elements.find((element) => element.id === '01_01')!;
    assert.equal(first.parentId, '01');
    assert.equal(first.title, 'Abundance and distribution of species');
  });

  it('decodes character references into accented names and keeps fr-BE as written', async () => {
    const glossary = await readGlossary(fixture);
    const theme = glossary.terms.find((term) => term.id === '01')!;
    assert.equal(theme.names.fr, 'Situation et tendances des composantes de la diversité biologique');
    assert.equal(theme.names['fr-BE'], theme.names.fr);
    assert.equal(theme.names.ro, 'Situaţia şi tendinţele componentelor diversităţii biologice');
    assert.match(theme.definitions.fr!, /Objectifs d’Aichi pour la biodiversité/);
  });

  it('takes its id from the folder’s name and its languages and description from metadata.json', async () => {
    const glossary = await readGlossary(fixture);
    assert.equal(glossary.id, 'chm_terms_glossary');
    assert.equal(glossary.languages['fr-BE'], 'French/Belgium');
    assert.equal(Object.keys(glossary.languages).length, 24);
    assert.match(glossary.description.en!, /^This keywords glossary serves as controlled vocabulary/);
  });

  it('takes the id the caller gives instead', async () => {
    assert.equal((await readGlossary(fixture, { id: 'chm_terms' })).id, 'chm_terms');
  });
});

describe('readGlossary on other dumps', () => {
  it('reads the two files placed directly in the folder, names and definitions per language', async () => {
    const dir = await glossaryDir(
      'Small-Glossary',
      `<?xml version="1.0" encoding="utf-8"?>
<glossary>
  <folder id="f1" title="Water">
    <name><translation lang="en">Water</translation><translation lang="FR"><![CDATA[Eau & rivières]]></translation></name>
    <definition><translation lang="en">About water &amp; rivers</translation></definition>
    <element id="e1" title="Wetlands">
      <name><translation lang="fr">Zones humides</translation></name>
      <definition></definition>
    </element>
  </folder>
</glossary>`,
    );
    const glossary = await readGlossary(dir);
    assert.equal(glossary.id, 'small_glossary');
    assert.deepEqual(glossary.terms, [
      { id: 'f1', parentId: null, title: 'Water', names: { en: 'Water', FR: 'Eau & rivières' }, definitions: { en: 'About water & rivers' } },
      { id: 'e1', parentId: 'f1', title: 'Wetlands', names: { fr: 'Zones humides' }, definitions: {} },
    ]);
    assert.deepEqual(glossary.description, { en: 'Terms' });
  });

  it('refuses a DOCTYPE declaring entities instead of expanding them', async () => {
    const dir = await glossaryDir(
      'laughs',
      `<?xml version="1.0"?>
<!DOCTYPE glossary [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
]>
<glossary><folder id="f" title="&lol2;"/></glossary>`,
    );
    await assert.rejects(readGlossary(dir), (error: unknown) => {
      assert.ok(error instanceof GlossaryReadError);
      assert.match(error.message, /translations\.xml line \d+, column \d+: the DOCTYPE declares entities/);
      return true;
    });
  });

  it('refuses an external entity without reading the file it names', async () => {
    const dir = await glossaryDir('external', `<?xml version="1.0"?>\n<!DOCTYPE glossary [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<glossary><folder id="f" title="&x;"/></glossary>`);
    await assert.rejects(readGlossary(dir), GlossaryReadError);
  });

  it('refuses an undeclared entity, naming the line and column', async () => {
    const dir = await glossaryDir('html-entity', '<glossary>\n  <folder id="f" title="x">\n    <name><translation lang="fr">diversit&eacute;</translation></name>\n  </folder>\n</glossary>');
    await assert.rejects(readGlossary(dir), (error: unknown) => {
      assert.ok(error instanceof GlossaryReadError);
      assert.equal(error.line, 3);
      assert.ok(error.column! > 30);
      assert.match(error.message, /translations\.xml line 3, column \d+: Invalid character entity/);
      return true;
    });
  });

  it('reports a truncated translations.xml with the file and position', async () => {
    const dir = await glossaryDir('truncated', '<glossary>\n  <folder id="f" title="x">\n    <name><translation lang="en">Wa');
    await assert.rejects(readGlossary(dir), (error: unknown) => {
      assert.ok(error instanceof GlossaryReadError);
      assert.equal(error.file, path.join(dir, 'translations.xml'));
      assert.equal(error.line, 3);
      return true;
    });
  });

  it('refuses a folder without an id', async () => {
    const dir = await glossaryDir('no-id', '<glossary><folder title="x"/></glossary>');
    await assert.rejects(readGlossary(dir), /without an id attribute/);
  });

  it('refuses an XML file whose root is not <glossary>', async () => {
    const dir = await glossaryDir('nyexp', '<?xml version="1.0"?><export><ob/></export>');
    await assert.rejects(readGlossary(dir), /the root element is <export>/);
  });

  it('reports a metadata.json that does not parse with its line and column', async () => {
    const dir = await glossaryDir('bad-metadata', '<glossary/>', '{\n  "languages": {"en": "English",}\n}');
    await assert.rejects(readGlossary(dir), (error: unknown) => {
      assert.ok(error instanceof GlossaryReadError);
      assert.equal(error.line, 2);
      assert.equal(error.column, 33);
      assert.match(error.message, /metadata\.json line 2, column 33/);
      return true;
    });
  });

  it('refuses a metadata.json without its languages', async () => {
    const dir = await glossaryDir('no-languages', '<glossary/>', '{"properties": {}}');
    await assert.rejects(readGlossary(dir), /"languages" is not a map/);
  });

  it('refuses a folder holding no glossary dump', async () => {
    const dir = path.join(tmp, 'empty');
    await mkdir(dir);
    await assert.rejects(readGlossary(dir), /holds no glossary dump/);
  });
});
