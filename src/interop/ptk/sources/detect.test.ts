import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import yazl from 'yazl';
import { ArchiveError } from './archive.ts';
import { detectSource, UnknownSourceError } from './detect.ts';
import { readGlossary } from './glossary.ts';

const fixtures = '/work/shared/fixtures/ptk';

let tmp: string;
let work: string;
before(async () => {
  tmp = await mkdtemp(os.tmpdir() + '/ptk-');
  work = path.join(tmp, 'work');
});
after(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function put(file: string, content: string | Buffer): Promise<string> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
  return file;
}

async function zip(name: string, entries: Record<string, string>): Promise<string> {
  const archive = new yazl.ZipFile();
  for (const [entry, content] of Object.entries(entries)) archive.addBuffer(Buffer.from(content), entry);
  archive.end();
  const chunks: Buffer[] = [];
  for await (const chunk of archive.outputStream) chunks.push(chunk as Buffer);
  return put(path.join(tmp, name), Buffer.concat(chunks));
}

async function unknown(promise: Promise<unknown>): Promise<UnknownSourceError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof UnknownSourceError, `expected an UnknownSourceError, got ${String(error)}`);
    return error;
  }
  assert.fail('the source was detected');
}

describe('detectSource on files', () => {
  it('detects the nyexp fixtures', async () => {
    for (const name of ['chm-default-structure.nyexp', 'naaya-default-structure.nyexp', 'semide-country.nyexp']) {
      const file = path.join(fixtures, name);
      assert.deepEqual(await detectSource(file, work), { kind: 'nyexp', file });
    }
  });

  it('detects a nyexp without XML declaration, after a byte order mark and blank lines', async () => {
    const file = await put(path.join(tmp, 'site.export'), '\uFEFF\n\n  <export><ob meta_type="Naaya Folder" id="a"/></export>');
    assert.deepEqual(await detectSource(file, work), { kind: 'nyexp', file });
  });

  it('detects an export_json file', async () => {
    const file = await put(path.join(tmp, 'export_json'), ' \n{"/news": {"meta_type": "Naaya Folder"}}');
    assert.deepEqual(await detectSource(file, work), { kind: 'export-json', file });
  });

  it('asks for the glossary folder when given its translations.xml alone', async () => {
    const error = await unknown(detectSource(path.join(fixtures, 'chm-terms-glossary', 'glossary', 'translations.xml'), work));
    assert.equal(error.code, 'ptk_source_unknown');
    assert.match(error.message, /give the folder \(or zip\) holding it with metadata\.json/);
  });

  it('asks for the glossary folder when given its metadata.json alone', async () => {
    const error = await unknown(detectSource(path.join(fixtures, 'chm-terms-glossary', 'glossary', 'metadata.json'), work));
    assert.match(error.message, /translations\.xml/);
  });

  it('asks for the dump directory when given one object’s JSON', async () => {
    const file = await put(path.join(tmp, 'one', 'cop10', 'cop10.json'), '{"url": "news/cop10"}');
    const error = await unknown(detectSource(file, work));
    assert.match(error.message, /one object of a per-object JSON dump/);
  });

  it('says what an unknown file starts with and lists the accepted forms', async () => {
    const file = await put(path.join(tmp, 'report.pdf'), '%PDF-1.4\n%%EOF');
    const error = await unknown(detectSource(file, work));
    assert.match(error.message, /starts with "%PDF-1\.4\\n%%EOF"/);
    assert.match(error.message, /\.nyexp.*export_json.*JSON dump.*glossary/);
  });

  it('names a path that does not exist', async () => {
    const missing = path.join(tmp, 'nowhere.nyexp');
    const error = await unknown(detectSource(missing, work));
    assert.equal(error.code, 'ptk_source_missing');
    assert.ok(error.message.includes(missing));
  });
});

describe('detectSource on directories', () => {
  it('detects the glossary fixture folder', async () => {
    const dir = path.join(fixtures, 'chm-terms-glossary');
    assert.deepEqual(await detectSource(dir, work), { kind: 'glossary', dir });
  });

  it('detects a folder holding one nyexp file', async () => {
    const dir = path.join(tmp, 'export-folder');
    const file = await put(path.join(dir, 'site.nyexp'), '<export/>');
    await put(path.join(dir, 'notes.txt'), 'from the old server');
    assert.deepEqual(await detectSource(dir, work), { kind: 'nyexp', file });
  });

  it('refuses a folder holding several export files, naming them', async () => {
    const dir = path.join(tmp, 'two-exports');
    await put(path.join(dir, 'a.nyexp'), '<export/>');
    await put(path.join(dir, 'b.xml'), '<export/>');
    assert.match((await unknown(detectSource(dir, work))).message, /several export files \(a\.nyexp, b\.xml\)/);
  });

  it('detects a JSON dump from the folder holding content_export, and from a portal folder', async () => {
    const base = path.join(tmp, 'dump');
    await put(path.join(base, 'migrate-config.json'), '{}');
    await put(path.join(base, 'content_export', 'biodiv', 'news', 'news', 'cop10', 'cop10.json'), '{"url": "news/cop10"}');
    assert.deepEqual(await detectSource(base, work), { kind: 'json-dump', dir: base });
    const portal = path.join(base, 'content_export', 'biodiv');
    assert.deepEqual(await detectSource(portal, work), { kind: 'json-dump', dir: portal });
  });

  it('says what an unknown folder holds and lists the accepted forms', async () => {
    const dir = path.join(tmp, 'photos');
    await put(path.join(dir, 'a.jpg'), 'x');
    await put(path.join(dir, 'album', 'b.jpg'), 'x');
    const error = await unknown(detectSource(dir, work));
    assert.match(error.message, /holds no PTK export \(found 1 file\(s\): a\.jpg and 1 folder\(s\): album\)/);
    assert.match(error.message, /Accepted: .*\.nyexp/);
  });
});

describe('detectSource on zips', () => {
  it('extracts a glossary zip under the work directory, in a folder named after the zip', async () => {
    const file = await zip('chm-terms.zip', { 'glossary/translations.xml': '<glossary/>', 'glossary/metadata.json': '{"languages": {}}' });
    const source = await detectSource(file, work);
    assert.equal(source.kind, 'glossary');
    const dir = (source as { dir: string }).dir;
    assert.equal(path.basename(dir), 'chm-terms');
    assert.ok(dir.startsWith(work + path.sep));
  });

  it('gives the glossary of a zipped dump the zip’s name as its id', async () => {
    const glossary = path.join(fixtures, 'chm-terms-glossary', 'glossary');
    const file = await zip('CHM-Terms-Glossary.zip', {
      'glossary/translations.xml': await readFile(path.join(glossary, 'translations.xml'), 'utf8'),
      'glossary/metadata.json': await readFile(path.join(glossary, 'metadata.json'), 'utf8'),
    });
    const source = await detectSource(file, work);
    assert.equal(source.kind, 'glossary');
    const read = await readGlossary((source as { dir: string }).dir);
    assert.equal(read.id, 'chm_terms_glossary');
    assert.equal(read.terms.length, 8 + 38);
  });

  it('finds a nyexp inside a zip, also when wrapped in a folder', async () => {
    const flat = await detectSource(await zip('flat.zip', { 'site.nyexp': '<?xml version="1.0"?><export/>' }), work);
    assert.equal(flat.kind, 'nyexp');
    const wrapped = await detectSource(await zip('wrapped.zip', { 'biodiv/biodiv.nyexp': '<export/>' }), work);
    assert.equal(wrapped.kind, 'nyexp');
    assert.equal(path.basename((wrapped as { file: string }).file), 'biodiv.nyexp');
  });

  it('finds an export_json and a JSON dump inside zips', async () => {
    const exportJson = await detectSource(await zip('export.zip', { 'export.json': '{"/a": {"meta_type": "Naaya Folder"}}' }), work);
    assert.equal(exportJson.kind, 'export-json');
    const dump = await detectSource(await zip('dump.zip', { 'content_export/biodiv/events/events/iyb/iyb.json': '{}' }), work);
    assert.equal(dump.kind, 'json-dump');
  });

  it('lets a refused zip’s ArchiveError through and leaves nothing extracted', async () => {
    const file = await zip('slip.zip', { 'XX/evil': 'owned' });
    const patched = await readFile(file);
    for (let at = patched.indexOf('XX/evil'); at !== -1; at = patched.indexOf('XX/evil', at + 1)) patched.write('../evil', at, 'latin1');
    await writeFile(file, patched);
    const isolated = path.join(tmp, 'isolated-work');
    await assert.rejects(detectSource(file, isolated), ArchiveError);
    assert.deepEqual(await readdir(isolated), []);
  });
});
