import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import v8 from 'node:v8';
import vm from 'node:vm';
import yazl from 'yazl';
import { loadItems } from '../src/content/service.ts';
import type { Item } from '../src/content/item.ts';
import { SiteScope } from '../src/db/site-scope.ts';
import { ImportSourceError, importPtk } from '../src/interop/ptk/import.ts';
import type { Site } from '../src/sites/site.ts';
import { buildSite, buildTestApp, hostOf, type TestApp } from './support/app.ts';
import { dialectsToTest, type DialectName } from './support/databases.ts';
import {
  allObjects,
  billionLaughsNyexp,
  buildPtkSite,
  externalEntityNyexp,
  isInNyexp,
  type PtkModelSite,
  writeExportJson,
  writeHugeBase64Nyexp,
  writeJsonDump,
  writeNyexp,
  writeTruncated,
} from './support/ptk-generator.ts';

/**
 * What an old server's export can throw at the importer (issue 7, "Hostile input"): entity bombs
 * and external entities, files cut short, a huge base64 attribute, dates and shapes that vary,
 * wrong encodings, files that are not exports, and hostile zips.
 */

const mb = 1024 * 1024;

// Memory is compared between runs: collecting garbage first keeps what an earlier run left out of the next one's figure.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

async function itemsOf(t: TestApp, site: Site): Promise<Map<string, Item>> {
  const scope = new SiteScope(t.services.db.kysely, site.id);
  const rows = await scope.selectFrom('import_records').select(['source_path', 'item_id']).execute();
  const items = new Map((await loadItems(scope, rows.filter((r) => r.item_id !== null).map((r) => r.item_id!))).map((i) => [i.id, i]));
  return new Map(rows.filter((r) => r.item_id !== null).map((r) => [r.source_path, items.get(r.item_id!)!]));
}

async function recordPaths(t: TestApp, site: Site): Promise<string[]> {
  return (await new SiteScope(t.services.db.kysely, site.id).selectFrom('import_records').select('source_path').execute()).map((r) => r.source_path).sort();
}

/** Runs `body` while sampling the resident memory; returns its result and the largest growth seen. */
async function measuringMemory<T>(body: () => Promise<T>): Promise<{ value: T; growth: number }> {
  collectGarbage();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  try {
    const value = await body();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, growth: peak - baseline };
  } finally {
    clearInterval(sampler);
  }
}

/**
 * Where each object of a pretty nyexp is complete, as a byte offset: an item at the end of its
 * `</ob>`; a folder once its first child starts (its own properties come before its children),
 * else at its `</ob>`. Read with a plain scan of the tags, not with the importer's reader.
 */
function completeAt(bytes: Buffer): Map<string, number> {
  const text = bytes.toString('latin1');
  const complete = new Map<string, number>();
  const stack: { path: string; started: number; hasChild: boolean }[] = [];
  for (const m of text.matchAll(/<ob\s[^>]*?\bid="([^"]*)"[^>]*>|<\/ob>/g)) {
    if (m[0] === '</ob>') {
      const done = stack.pop()!;
      if (!complete.has(done.path)) complete.set(done.path, m.index + m[0].length);
      continue;
    }
    const parent = stack.at(-1);
    if (parent && !parent.hasChild) {
      parent.hasChild = true;
      complete.set(parent.path, m.index + '<ob '.length);
    }
    stack.push({ path: parent ? `${parent.path}/${m[1]}` : m[1]!, started: m.index, hasChild: false });
  }
  return complete;
}

/** A one-line nyexp holding one Naaya File whose base64 `file` attribute is a PDF of `megabytes` MiB, streamed. */
async function writeHugePdfNyexp(file: string, megabytes: number): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  const out = createWriteStream(file);
  const write = (chunk: string) => new Promise<void>((resolve, reject) => out.write(chunk, (error) => (error ? reject(error) : resolve())));
  await write(
    '<?xml version="1.0" encoding="utf-8"?><export><ob meta_type="Naaya File" param="0" id="atlas" sortorder="100" contributor="admin" approved="1" approved_by="admin" ' +
      'releasedate="2010/06/01 12:00:00 GMT+2" discussion="0" downloadfilename="atlas.pdf" content_type="application/pdf" precondition="" validation_status="0" validation_date="" validation_by="" validation_comment="" file="',
  );
  const total = megabytes * mb;
  const head = Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1');
  const tail = Buffer.from('\n%%EOF\n');
  // Chunks of a multiple of 3 bytes, so their base64 joins without padding in the middle.
  const chunkSize = 3 * (1 << 18);
  let written = 0;
  while (written < total) {
    const size = Math.min(chunkSize, total - written);
    const chunk = randomBytes(size);
    if (written === 0) head.copy(chunk);
    if (written + size === total) tail.copy(chunk, size - tail.length);
    hash.update(chunk);
    await write(chunk.toString('base64'));
    written += size;
  }
  await write('"><title lang="en"><![CDATA[Biodiversity atlas]]></title><discussion></discussion></ob></export>');
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return { sha256: hash.digest('hex'), bytes: total };
}

/** A zip of `entries`; names in `rename` are replaced in the written bytes (yazl refuses to write `../`). */
async function writeZip(file: string, entries: { name: string; data: Buffer }[], rename: Record<string, string> = {}): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const entry of entries) zip.addBuffer(entry.data, entry.name);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  let bytes = Buffer.concat(chunks).toString('latin1');
  for (const [from, to] of Object.entries(rename)) {
    assert.equal(from.length, to.length, 'a rename keeps the entry name\'s length');
    bytes = bytes.replaceAll(from, to);
  }
  await writeFile(file, Buffer.from(bytes, 'latin1'));
}

const document = (id: string, attributes: string, inner: string) =>
  `<ob meta_type="Naaya Document" param="0" id="${id}" sortorder="100" contributor="" approved="1" approved_by="" discussion="0" ${attributes}>${inner}<discussion></discussion></ob>`;

function truncationSuite(dialect: DialectName, skip: string | false, fractions: readonly ['30 %' | '60 %' | 'a base64 attribute', number | 'base64'][]) {
  describe(`a truncated nyexp (${dialect})`, { skip }, () => {
    let t: TestApp;
    let dir: string;
    let full: Buffer;
    let model: PtkModelSite;

    before(async () => {
      t = await buildTestApp(dialect);
      dir = await mkdtemp(join(tmpdir(), 'ptk-truncated-'));
      model = await buildPtkSite();
      await writeNyexp(model, join(dir, 'full.nyexp'));
      full = await readFile(join(dir, 'full.nyexp'));
    });
    after(async () => {
      await t?.close();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    for (const [name, fraction] of fractions) {
      test(`cut at ${name}: what came before the cut is imported whole, nothing after, the stop named by line and column; the full file then completes the rest`, async () => {
        const file = join(dir, `cut-${String(fraction)}.nyexp`);
        let cut: number;
        if (fraction === 'base64') {
          const attribute = full.indexOf('bigpicture="/9j/');
          assert.ok(attribute > 0, 'the news has a base64 big picture');
          cut = attribute + 'bigpicture="'.length + 200;
          await writeFile(file, full.subarray(0, cut));
        } else {
          await writeTruncated(join(dir, 'full.nyexp'), file, fraction);
          cut = (await stat(file)).size;
        }
        const complete = completeAt(full);
        const expected = [...complete].filter(([, at]) => at <= cut).map(([path]) => path).sort();
        assert.ok(expected.length > 0 && expected.length < complete.size, 'the cut falls inside the export');

        const site = await buildSite(t.services, { code: `cut${String(fraction).replace(/\W/g, '')}${dialect.slice(0, 2)}`, languages: ['en', 'fr'] });
        const report = await importPtk(t.services, { site, path: file });
        assert.equal(report.status, 'failed');
        assert.match(report.fatal ?? '', /line \d+, column \d+/);
        assert.deepEqual(await recordPaths(t, site), expected, 'exactly the objects complete before the cut');
        const items = await itemsOf(t, site);
        for (const object of allObjects(model).filter((o) => expected.includes(o.path))) {
          const item = items.get(object.path);
          if (!item) continue; // quarantined or a pointer
          for (const language of ['en', 'fr']) {
            assert.equal(item.translations.find((tr) => tr.language === language)?.title, object.localized.title?.[language] || undefined, `${object.path} is whole (${language})`);
          }
        }

        const rerun = await importPtk(t.services, { site, path: join(dir, 'full.nyexp') });
        assert.equal(rerun.status, 'completed', rerun.fatal ?? '');
        assert.equal(rerun.totals.unchanged, expected.length, 'what the first run imported is unchanged');
        const rest = allObjects(model).filter(isInNyexp).filter((o) => !expected.includes(o.path));
        assert.equal(rerun.totals.created + rerun.totals.quarantined + rerun.totals.menu, rest.length, 'the rest is new');
        assert.deepEqual(await recordPaths(t, site), allObjects(model).filter(isInNyexp).map((o) => o.path).sort());
        // A page read before the cut, linking to objects after it, gets its links once they exist.
        const page = (await itemsOf(t, site)).get('convention/why-biodiversity')!;
        const events = (await itemsOf(t, site)).get('events/iyb-2010-conference')!;
        const body = page.translations.find((tr) => tr.language === 'en')!.body;
        assert.ok(body.includes(`href="/en/events/${events.translations.find((tr) => tr.language === 'en')!.slug}"`), 'the link to the event is rewritten');
      });
    }
  });
}

describe('hostile PTK exports (sqlite)', () => {
  let t: TestApp;
  let dir: string;
  let site: Site;
  let n = 0;
  const freshSite = () => buildSite(t.services, { code: `hostile${++n}`, languages: ['en', 'fr'] });

  before(async () => {
    t = await buildTestApp('sqlite');
    dir = await mkdtemp(join(tmpdir(), 'ptk-hostile-'));
    site = await freshSite();
  });
  after(async () => {
    await t?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function nothingImported(target: Site) {
    const scope = new SiteScope(t.services.db.kysely, target.id);
    assert.deepEqual(await scope.selectFrom('import_records').select('id').execute(), []);
    assert.deepEqual(await scope.selectFrom('items').select('id').execute(), []);
  }

  test('an entity bomb fails the import with the line and column, expands nothing, and the server keeps serving', async () => {
    const file = join(dir, 'laughs.nyexp');
    await writeFile(file, billionLaughsNyexp());
    const target = await freshSite();
    const { value: report, growth } = await measuringMemory(() => importPtk(t.services, { site: target, path: file }));
    assert.equal(report.status, 'failed');
    assert.match(report.fatal ?? '', /line \d+, column \d+/);
    // Expanded, the bomb is 3 GB of text; the import's own reading thread takes a few tens of MB.
    assert.ok(growth < 150 * mb, `memory grew by ${Math.round(growth / mb)} MB`);
    await nothingImported(target);
    const page = await t.app.inject({ url: '/en/', headers: { host: hostOf(target) } });
    assert.equal(page.statusCode, 200);
  });

  test('an external entity is never read: the import fails, and nothing of /etc/passwd is anywhere in the database', async () => {
    const file = join(dir, 'xxe.nyexp');
    await writeFile(file, externalEntityNyexp());
    const target = await freshSite();
    const report = await importPtk(t.services, { site: target, path: file });
    assert.equal(report.status, 'failed');
    assert.match(report.fatal ?? '', /line \d+, column \d+/);
    await nothingImported(target);
    const passwd = existsSync('/etc/passwd') ? (await readFile('/etc/passwd', 'utf8')).split('\n')[0]! : 'root:x:0:0:';
    for (const name of await readdir(t.database.dataDir)) {
      if (!name.startsWith('ecotone.sqlite')) continue;
      const bytes = await readFile(join(t.database.dataDir, name));
      assert.equal(bytes.indexOf(passwd), -1, `${name} holds nothing of /etc/passwd`);
    }
    const page = await t.app.inject({ url: '/en/', headers: { host: hostOf(target) } });
    assert.equal(page.statusCode, 200);
  });

  /**
   * What memory an import of a file three times larger takes beyond the import of the file itself:
   * the peak growths of the two imports, subtracted. Held in memory, a base64 attribute costs its
   * text and its bytes, so tripling a 60 MB file would add at least 120 MB of text and 120 MB of
   * bytes; streamed, the two imports take the same (their reading threads, stream buffers the
   * garbage collector frees late: 35 to 110 MB each here), and the difference is noise (±90 MB).
   */
  async function growthWhenTripled(write: (file: string, megabytes: number) => Promise<unknown>, megabytes: number, name: string): Promise<{ growth: number; site: Site; file: string }> {
    const file = join(dir, `${name}.nyexp`);
    const larger = join(dir, `${name}-larger.nyexp`);
    await write(file, megabytes);
    await write(larger, megabytes * 3);
    await importPtk(t.services, { site: await freshSite(), path: file }); // warms the reading thread's code
    const site = await freshSite();
    const measured = await measuringMemory(() => importPtk(t.services, { site, path: file }));
    assert.equal(measured.value.status, 'completed', measured.value.fatal ?? '');
    const largerSite = await freshSite();
    const tripled = await measuringMemory(() => importPtk(t.services, { site: largerSite, path: larger }));
    await rm(larger, { force: true });
    return { growth: tripled.growth - measured.growth, site, file };
  }

  test('a 60 MB base64 file attribute is streamed into the library: the attachment has the same SHA-256, memory does not grow with it', async (context) => {
    let written = { sha256: '', bytes: 0 };
    const { growth, site: target, file } = await growthWhenTripled(async (path, megabytes) => {
      const result = await writeHugePdfNyexp(path, megabytes);
      if (megabytes === 60) written = result;
    }, 60, 'atlas');
    context.diagnostic(`tripling the file took ${Math.round(growth / mb)} MB more memory`);
    // Held, it would be 240 MB or more; streamed, runs here measured −28 to 87 MB.
    assert.ok(growth < 150 * mb, `tripling the ${Math.round((await stat(file)).size / mb)} MB file took ${Math.round(growth / mb)} MB more memory`);
    const item = (await itemsOf(t, target)).get('atlas')!;
    assert.equal(item.type, 'document');
    const ids = item.translations.find((tr) => tr.language === 'en')!.fields.attachments as number[];
    const media = await new SiteScope(t.services.db.kysely, target.id).selectFrom('media_files').select(['sha256', 'bytes', 'content_type']).where('id', 'in', ids).execute();
    assert.deepEqual(media, [{ sha256: written.sha256, bytes: written.bytes, content_type: 'application/pdf' }]);
  });

  test('a 60 MB attribute of bytes the library does not take is streamed all the same, and refused on its own', async () => {
    const { growth, site: target } = await growthWhenTripled(writeHugeBase64Nyexp, 60, 'huge');
    assert.ok(growth < 150 * mb, `tripling the file took ${Math.round(growth / mb)} MB more memory`);
    assert.equal((await itemsOf(t, target)).get('files/huge')?.type, 'document', 'the document is kept');
    const quarantined = await new SiteScope(t.services.db.kysely, target.id).selectFrom('quarantine').select(['source_path', 'reason']).execute();
    assert.equal(quarantined.length, 1);
    assert.match(quarantined[0]!.source_path, /^files\/huge\/.*huge\.bin$/);
    assert.match(quarantined[0]!.reason, /huge\.bin/);
  });

  test('invalid dates (None, empty, 2007/13/45, 2010/02/30) are warnings, never a crash; odd valid ones are read exactly', async () => {
    const event = (id: string, start: string, end: string, releasedate = '2010/01/10 10:00:00 GMT+1') =>
      `<ob meta_type="Naaya Event" param="0" id="${id}" sortorder="100" contributor="" approved="1" approved_by="" releasedate="${releasedate}" discussion="0" location_url="" start_date="${start}" end_date="${end}" agenda_url="" event_url="" topitem="0" event_type="" contact_person="" contact_email="" contact_phone="" contact_fax="">` +
      `<title lang="en"><![CDATA[Event ${id}]]></title><discussion></discussion></ob>`;
    const news = (id: string, releasedate: string, expirationdate: string) =>
      `<ob meta_type="Naaya News" param="0" id="${id}" sortorder="100" contributor="" approved="1" approved_by="" releasedate="${releasedate}" discussion="0" expirationdate="${expirationdate}" topitem="0" resourceurl="" smallpicture="" bigpicture="">` +
      `<title lang="en"><![CDATA[News ${id}]]></title><details lang="en"><![CDATA[<p>Text.</p>]]></details><discussion></discussion></ob>`;
    const file = join(dir, 'dates.nyexp');
    await writeFile(
      file,
      '<?xml version="1.0" encoding="utf-8"?>\n<export>\n' +
        [
          event('odd-but-valid', '2007/01/17 17:21:17.812 GMT+1', 'None'),
          event('impossible-end', '2010/05/22 09:00:00 GMT+2', '2007/13/45'),
          event('no-such-day', '2010/02/30', ''),
          news('thirteenth-month', '2007/13/45', ''),
          news('empty-release', '', '2010/02/30'),
          news('none-release', 'None', 'None'),
        ].join('\n') +
        '\n</export>\n',
    );
    const target = await freshSite();
    const started = new Date().toISOString();
    const report = await importPtk(t.services, { site: target, path: file });
    assert.equal(report.status, 'completed', report.fatal ?? '');
    const items = await itemsOf(t, target);
    assert.deepEqual(items.get('odd-but-valid')?.fields.start, { at: '2007-01-17T16:21:17.812Z', zone: 'UTC' });
    assert.equal(items.get('odd-but-valid')?.fields.end, undefined, 'no end: None');
    assert.equal(items.get('impossible-end')?.fields.end, undefined);
    assert.ok(report.warnings.some((w) => w.path === 'impossible-end' && w.message.includes('2007/13/45')));
    assert.equal(items.get('no-such-day'), undefined, 'an event whose start is not a date waits in quarantine');
    const quarantined = await new SiteScope(t.services.db.kysely, target.id).selectFrom('quarantine').select(['source_path', 'reason']).execute();
    assert.ok(quarantined.some((q) => q.source_path === 'no-such-day' && /\bstart\b/.test(q.reason)));
    assert.ok(report.warnings.some((w) => w.path === 'thirteenth-month' && w.message.includes('2007/13/45')));
    assert.ok(report.warnings.some((w) => w.path === 'empty-release' && w.message.includes('2010/02/30')));
    for (const path of ['thirteenth-month', 'empty-release', 'none-release']) {
      const published = items.get(path)?.translations[0]?.publishedAt;
      assert.ok(published && published >= started && published <= report.finishedAt, `${path} is published at the import's date (got ${published})`);
      assert.equal(items.get(path)?.fields.unpublishOn, undefined);
    }
  });

  test('mixed shapes: a JSON dump with location as a string and as a per-language map, an export_json with a plain-string title', async () => {
    const model = await buildPtkSite();
    // Give the event with plain-string location a start, so that it is imported.
    allObjects(model).find((o) => o.path === 'events/biodiversity-day-2007')!.properties.start_date = '2007/01/17 17:21:17.812 GMT+1';
    const dump = join(dir, 'mixed-dump');
    await writeJsonDump(model, dump);
    const dumped = JSON.parse(await readFile(join(dump, 'content_export/biodiv/events/events/biodiversity-day-2007/biodiversity-day-2007.json'), 'utf8')) as Record<string, unknown>;
    assert.equal(typeof dumped.location, 'string', 'the dump has the string shape');
    const mapped = JSON.parse(await readFile(join(dump, 'content_export/biodiv/events/events/iyb-2010-conference/iyb-2010-conference.json'), 'utf8')) as Record<string, unknown>;
    assert.equal(typeof mapped.location, 'object', 'and the map shape');
    const target = await freshSite();
    const report = await importPtk(t.services, { site: target, path: dump });
    assert.equal(report.status, 'completed', report.fatal ?? '');
    const items = await itemsOf(t, target);
    const location = (path: string, language: string) => items.get(path)?.translations.find((tr) => tr.language === language)?.fields.location;
    assert.match(String(location('events/biodiversity-day-2007', 'en')), /^Brussels/);
    assert.match(String(location('events/iyb-2010-conference', 'en')), /^Egmont Palace/);
    assert.match(String(location('events/iyb-2010-conference', 'fr')), /^Palais d’Egmont/);

    const exportFile = join(dir, 'mixed-export.json');
    await writeExportJson(model, exportFile);
    const exported = JSON.parse(await readFile(exportFile, 'utf8')) as Record<string, Record<string, unknown>>;
    exported['/information/red-list']!.title = 'Red list (a plain string)';
    await writeFile(exportFile, JSON.stringify(exported));
    const other = await freshSite();
    const second = await importPtk(t.services, { site: other, path: exportFile });
    assert.equal(second.status, 'completed', second.fatal ?? '');
    const redList = (await itemsOf(t, other)).get('information/red-list');
    assert.equal(redList?.translations.find((tr) => tr.language === 'en')?.title, 'Red list (a plain string)');
  });

  test('a latin-1 nyexp that says so imports its accents right', async () => {
    const file = join(dir, 'latin1.nyexp');
    await writeFile(
      file,
      Buffer.from(`<?xml version="1.0" encoding="iso-8859-1"?>\n<export>\n${document('ete', 'releasedate="2007/07/01 10:00:00 GMT+2"', '<title lang="fr"><![CDATA[Été à Liège]]></title><body lang="fr"><![CDATA[<p>Crème brûlée, façon «maison».</p>]]></body>')}\n</export>\n`, 'latin1'),
    );
    const target = await freshSite();
    const report = await importPtk(t.services, { site: target, path: file });
    assert.equal(report.status, 'completed', report.fatal ?? '');
    const fr = (await itemsOf(t, target)).get('ete')?.translations.find((tr) => tr.language === 'fr');
    assert.equal(fr?.title, 'Été à Liège');
    assert.match(fr?.body ?? '', /Crème brûlée, façon «maison»\./);
  });

  test('invalid UTF-8 in a UTF-8 file fails the import naming the line; what came before is kept', async () => {
    const file = join(dir, 'broken-utf8.nyexp');
    await writeFile(
      file,
      Buffer.concat([
        Buffer.from(`<?xml version="1.0" encoding="utf-8"?>\n<export>\n${document('fine', 'releasedate=""', '<title lang="en"><![CDATA[Fine]]></title>')}\n`),
        Buffer.from('<ob meta_type="Naaya Document" param="0" id="broken" sortorder="100" contributor="" approved="1" approved_by="" releasedate="" discussion="0"><title lang="en"><![CDATA[Broken '),
        Buffer.from([0xff, 0xfe, 0xc3, 0x28]),
        Buffer.from(']]></title><discussion></discussion></ob>\n</export>\n'),
      ]),
    );
    const target = await freshSite();
    const report = await importPtk(t.services, { site: target, path: file });
    assert.equal(report.status, 'failed');
    assert.match(report.fatal ?? '', /line 4\b/);
    assert.deepEqual(await recordPaths(t, target), ['fine']);
  });

  test('an empty file and a file that is not an export are refused with a clear error naming the file', async () => {
    const empty = join(dir, 'empty.nyexp');
    await writeFile(empty, '');
    const letter = join(dir, 'letter.nyexp');
    await writeFile(letter, 'Dear colleagues,\nplease find the export attached.\n');
    for (const file of [empty, letter]) {
      await assert.rejects(
        () => importPtk(t.services, { site, path: file }),
        (error: unknown) => error instanceof ImportSourceError && error.code === 'import_source_invalid' && error.message.includes(file),
      );
    }
    await nothingImported(site);
  });

  test('a zip bomb and a zip climbing out with ../ are refused, and nothing is written outside the data directory', async () => {
    const zips = join(dir, 'zips', 'inner');
    await mkdir(zips, { recursive: true });
    const bomb = join(zips, 'bomb.zip');
    await writeZip(bomb, [
      { name: 'glossary/metadata.json', data: Buffer.from('{"languages": {"en": "English"}, "properties": {}}') },
      { name: 'glossary/translations.xml', data: Buffer.alloc(80 * mb, 0x20) },
    ]);
    const slip = join(zips, 'slip.zip');
    await writeZip(slip, [{ name: 'XX/evil', data: Buffer.from('owned') }, { name: 'glossary/metadata.json', data: Buffer.from('{}') }], { 'XX/evil': '../evil' });

    const bytesIn = async (folder: string): Promise<number> => {
      let total = 0;
      for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
      return total;
    };
    const dataBefore = await bytesIn(t.database.dataDir);
    await assert.rejects(() => importPtk(t.services, { site, path: bomb }), (error: unknown) => error instanceof ImportSourceError && /bomb\.zip/.test(error.message) && /zip bomb/.test(error.message));
    await assert.rejects(() => importPtk(t.services, { site, path: slip }), (error: unknown) => error instanceof ImportSourceError && /slip\.zip/.test(error.message) && error.message.includes('../evil'));

    for (const folder of [zips, dirname(zips), dirname(t.database.dataDir), t.database.dataDir]) assert.equal(existsSync(join(folder, 'evil')), false, `no evil in ${folder}`);
    assert.deepEqual((await readdir(t.database.dataDir)).filter((name) => name.startsWith('import-work-')), [], 'the work folders are gone');
    assert.ok((await bytesIn(t.database.dataDir)) - dataBefore < 5 * mb, 'the bomb was not unpacked into the data directory');
    await nothingImported(site);
  });
});

// The truncated cases on SQLite, and one on PostgreSQL.
truncationSuite('sqlite', false, [['30 %', 0.3], ['60 %', 0.6], ['a base64 attribute', 'base64']]);
for (const { dialect, skip } of await dialectsToTest()) {
  if (dialect === 'postgres') truncationSuite(dialect, skip, [['60 %', 0.6]]);
}
