import assert from 'node:assert/strict';
import { lstat, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import yazl from 'yazl';
import { ArchiveError, extractZip } from './archive.ts';

let tmp: string;
before(async () => {
  tmp = await mkdtemp(os.tmpdir() + '/ptk-');
});
after(async () => {
  await rm(tmp, { recursive: true, force: true });
});

interface ZipEntry {
  name: string;
  data?: Buffer | string;
  mode?: number;
  directory?: boolean;
}

/**
 * Builds a zip with yazl. yazl refuses the hostile names these tests need, so an entry can be
 * written under a stand-in name of the same length and renamed in the bytes afterwards.
 */
async function zipFile(name: string, entries: ZipEntry[], renames: Record<string, string> = {}): Promise<string> {
  const zip = new yazl.ZipFile();
  for (const entry of entries) {
    if (entry.directory) zip.addEmptyDirectory(entry.name);
    else zip.addBuffer(Buffer.from(entry.data ?? ''), entry.name, entry.mode === undefined ? {} : { mode: entry.mode });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  for (const [from, to] of Object.entries(renames)) {
    assert.equal(from.length, to.length);
    for (let at = bytes.indexOf(from); at !== -1; at = bytes.indexOf(from, at + 1)) bytes.write(to, at, 'latin1');
  }
  const file = path.join(tmp, name);
  await writeFile(file, bytes);
  return file;
}

async function refusal(promise: Promise<unknown>): Promise<ArchiveError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ArchiveError, `expected an ArchiveError, got ${String(error)}`);
    return error;
  }
  assert.fail('the zip was extracted');
}

describe('extractZip', () => {
  it('extracts files and folders and counts what it wrote', async () => {
    const file = await zipFile('ok.zip', [
      { name: 'glossary/', directory: true },
      { name: 'glossary/translations.xml', data: '<glossary/>' },
      { name: 'glossary/metadata.json', data: '{"languages": {}}' },
      { name: 'content_export/biodiv/news/news/a/a.json', data: '{}' },
      { name: 'empty/', directory: true },
    ]);
    const dest = path.join(tmp, 'ok');
    const result = await extractZip(file, dest);
    assert.deepEqual(result, { files: 3, bytes: 11 + 17 + 2 });
    assert.equal(await readFile(path.join(dest, 'glossary', 'translations.xml'), 'utf8'), '<glossary/>');
    assert.equal(await readFile(path.join(dest, 'content_export/biodiv/news/news/a/a.json'), 'utf8'), '{}');
    assert.ok((await lstat(path.join(dest, 'empty'))).isDirectory());
  });

  it('refuses a zip bomb: 50 MB of zeros squeezed into a few kilobytes', async () => {
    const file = await zipFile('bomb.zip', [
      { name: 'readme.txt', data: 'hello' },
      { name: 'zeros.bin', data: Buffer.alloc(50 * 1024 * 1024) },
    ]);
    const dest = path.join(tmp, 'bomb');
    const error = await refusal(extractZip(file, dest, { maxRatio: 10 }));
    assert.equal(error.entry, 'zeros.bin');
    assert.match(error.message, /bomb\.zip: entry "zeros\.bin" expands .* more than 10 times: refused as a zip bomb/);
    assert.deepEqual(await readdir(dest), ['readme.txt']);
  });

  it('refuses the same bomb with the default limits', async () => {
    const file = await zipFile('bomb-default.zip', [{ name: 'zeros.bin', data: Buffer.alloc(50 * 1024 * 1024) }]);
    const error = await refusal(extractZip(file, path.join(tmp, 'bomb-default')));
    assert.match(error.message, /zip bomb/);
  });

  it('extracts a big entry that compresses within the ratio', async () => {
    const noise = Buffer.alloc(2 * 1024 * 1024);
    for (let i = 0; i < noise.length; i += 1) noise[i] = (i * 7919) % 251;
    const file = await zipFile('fine.zip', [{ name: 'photo.jpg', data: noise }]);
    const result = await extractZip(file, path.join(tmp, 'fine'), { maxRatio: 1000 });
    assert.equal(result.bytes, noise.length);
  });

  it('refuses the entry that takes the extracted bytes past the limit', async () => {
    const file = await zipFile('total.zip', [
      { name: 'a.bin', data: Buffer.alloc(600, 1) },
      { name: 'b.bin', data: Buffer.alloc(600, 2) },
    ]);
    const dest = path.join(tmp, 'total');
    const error = await refusal(extractZip(file, dest, { maxTotalBytes: 1000 }));
    assert.equal(error.entry, 'b.bin');
    assert.deepEqual(await readdir(dest), ['a.bin']);
  });

  it('refuses a zip with more entries than allowed', async () => {
    const file = await zipFile('many.zip', [1, 2, 3].map((n) => ({ name: `${n}.txt`, data: 'x' })));
    const error = await refusal(extractZip(file, path.join(tmp, 'many'), { maxEntries: 2 }));
    assert.match(error.message, /holds 3 entries, more than the 2 allowed/);
  });

  it('refuses an entry climbing out with ../ and writes nothing outside', async () => {
    const file = await zipFile('slip.zip', [{ name: 'XX/evil', data: 'owned' }], { 'XX/evil': '../evil' });
    const dest = path.join(tmp, 'slip', 'dest');
    const error = await refusal(extractZip(file, dest));
    assert.equal(error.entry, '../evil');
    assert.match(error.message, /climbs out of the archive/);
    await assert.rejects(lstat(path.join(tmp, 'slip', 'evil')), { code: 'ENOENT' });
  });

  it('refuses an absolute path and a backslash in a name', async () => {
    const absolute = await zipFile('absolute.zip', [{ name: '_tmp/evil', data: 'x' }], { '_tmp/evil': '/tmp/evil' });
    assert.match((await refusal(extractZip(absolute, path.join(tmp, 'absolute')))).message, /"\/tmp\/evil" is an absolute path/);
    const backslash = await zipFile('backslash.zip', [{ name: 'a#..#evil', data: 'x' }], { 'a#..#evil': 'a\\..\\evil' });
    const error = await refusal(extractZip(backslash, path.join(tmp, 'backslash')));
    assert.equal(error.entry, 'a\\..\\evil');
    assert.match(error.message, /backslash/);
  });

  it('refuses a symbolic link entry and creates no link', async () => {
    const file = await zipFile('link.zip', [{ name: 'passwd', data: '/etc/passwd', mode: 0o120777 }]);
    const dest = path.join(tmp, 'link');
    const error = await refusal(extractZip(file, dest));
    assert.equal(error.entry, 'passwd');
    assert.match(error.message, /symbolic link/);
    assert.deepEqual(await readdir(dest), []);
  });

  it('refuses an entry that appears twice rather than overwrite the first', async () => {
    const file = await zipFile('twice.zip', [
      { name: 'a.txt', data: 'first' },
      { name: 'b.txt', data: 'other' },
    ], { 'b.txt': 'a.txt' });
    const dest = path.join(tmp, 'twice');
    const error = await refusal(extractZip(file, dest));
    assert.match(error.message, /"a\.txt" appears twice/);
    assert.equal(await readFile(path.join(dest, 'a.txt'), 'utf8'), 'first');
  });

  it('refuses an entry whose folder is a file extracted before it', async () => {
    const file = await zipFile('clash.zip', [
      { name: 'a', data: 'file' },
      { name: 'a/b.txt', data: 'x' },
    ]);
    const error = await refusal(extractZip(file, path.join(tmp, 'clash')));
    assert.equal(error.entry, 'a/b.txt');
    assert.match(error.message, /cannot be created/);
  });

  it('reports a truncated zip as unreadable', async () => {
    const whole = await zipFile('whole.zip', [{ name: 'a.txt', data: 'x'.repeat(5000) }]);
    const truncated = path.join(tmp, 'truncated.zip');
    const bytes = await readFile(whole);
    await writeFile(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const error = await refusal(extractZip(truncated, path.join(tmp, 'truncated')));
    assert.match(error.message, /^truncated\.zip is not a readable zip file \(.+\)$/);
  });
});
