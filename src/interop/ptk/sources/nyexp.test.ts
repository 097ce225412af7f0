import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import type { PtkObject, PtkReadProblem } from '../source.ts';
import { readNyexp } from './nyexp.ts';

const fixtures = '/work/shared/fixtures/ptk';

let tmp: string;
before(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'nyexp-'));
});
after(async () => {
  await rm(tmp, { recursive: true, force: true });
});

interface Read {
  objects: PtkObject[];
  problems: PtkReadProblem[];
  /** Everything yielded, in order. */
  items: Array<PtkObject | PtkReadProblem>;
  spillDir: string;
}

/** Reads `input`, given whole or cut into chunks of `chunkSize` bytes. */
async function read(input: string | Buffer | Readable, chunkSize = Infinity): Promise<Read> {
  const spillDir = await mkdtemp(path.join(tmp, 'spill-'));
  let stream: Readable;
  if (input instanceof Readable) stream = input;
  else {
    const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
    const chunks: Buffer[] = [];
    for (let at = 0; at < bytes.length; at += Math.min(chunkSize, bytes.length)) chunks.push(bytes.subarray(at, at + chunkSize));
    stream = Readable.from(chunks);
  }
  const result: Read = { objects: [], problems: [], items: [], spillDir };
  for await (const item of readNyexp(stream, { sourceName: 'test.nyexp', spillDir })) {
    result.items.push(item);
    if ('fatal' in item) result.problems.push(item);
    else result.objects.push(item);
  }
  return result;
}

async function readFixture(name: string): Promise<Read> {
  return read(createReadStream(path.join(fixtures, name)));
}

function byPath(objects: PtkObject[], objectPath: string): PtkObject {
  const found = objects.find((object) => object.path === objectPath);
  assert.ok(found, `no object ${objectPath}`);
  return found;
}

function countByType(objects: PtkObject[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const object of objects) counts[object.metaType] = (counts[object.metaType] ?? 0) + 1;
  return counts;
}

function assertParentsFirst(objects: PtkObject[]): void {
  const seen = new Set<string>();
  for (const object of objects) {
    if (object.parentPath !== '') assert.ok(seen.has(object.parentPath), `${object.path} came before its folder`);
    seen.add(object.path);
  }
}

/** Python's `base64.encodestring`: a newline every 76 characters and one at the end. */
function encodestring(bytes: Buffer): string {
  return (bytes.toString('base64').match(/.{1,76}/g) ?? []).join('\n') + '\n';
}

function ob(metaType: string, id: string, attributes = '', inner = ''): string {
  return `<ob meta_type="${metaType}" param="0" id="${id}" sortorder="100" contributor="jdoe"            approved="1" approved_by="admin" ` +
    `releasedate="2010/11/02 09:15:00 GMT+1" discussion="0" ${attributes}>\n${inner}</ob>\n`;
}

function texts(lang: string, title: string): string {
  return `<title lang="${lang}"><![CDATA[${title}]]></title><description lang="${lang}"><![CDATA[]]></description>` +
    `<coverage lang="${lang}"><![CDATA[]]></coverage><keywords lang="${lang}"><![CDATA[]]></keywords>\n`;
}

function nyexp(body: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<export>\n${body}</export>\n`;
}

const fatalOf = (result: Read): PtkReadProblem => {
  const fatal = result.problems.filter((problem) => problem.fatal);
  assert.equal(fatal.length, 1, `expected one fatal problem, got ${JSON.stringify(result.problems)}`);
  assert.equal(result.items.at(-1), fatal[0], 'the fatal problem is the last thing yielded');
  return fatal[0]!;
};

describe('readNyexp on real exports', () => {
  it('reads chm-default-structure as 34 folders and a document, each folder before its children', async () => {
    const { objects, problems } = await readFixture('chm-default-structure.nyexp');
    assert.deepEqual(problems, []);
    assert.deepEqual(countByType(objects), { 'Naaya Folder': 34, 'Naaya Document': 1 });
    assertParentsFirst(objects);
    const copyright = byPath(objects, 'info/copyright');
    assert.equal(copyright.parentPath, 'info');
    assert.equal(copyright.position, 0);
    assert.equal(copyright.location, 'test.nyexp line 182');
    assert.equal(copyright.localized.title?.en, 'Copyright');
    const convention = byPath(objects, 'convention');
    assert.equal(convention.parentPath, '');
    assert.equal(convention.properties.publicinterface, '0');
    assert.equal(convention.properties.folder_meta_types, 'Naaya Folder,Naaya URL,Naaya File,Naaya Pointer,Naaya Document,Naaya TalkBack Consultation');
    assert.deepEqual(objects.filter((o) => o.parentPath === 'convention').map((o) => [o.path, o.position]), [
      ['convention/F1125911898', 0], ['convention/F1117799202', 1], ['convention/cbd_global', 2], ['convention/cbd_regional', 3],
      ['convention/cbd_ec', 4], ['convention/cbd_national', 5], ['convention/other_conv', 6],
    ]);
    assert.match(String(byPath(objects, 'news').properties.customIndexSource), /^<metal:block use-macro=.*news_folder_index/);
  });

  it('reads naaya-default-structure as a folder and three documents with their HTML bodies', async () => {
    const { objects, problems } = await readFixture('naaya-default-structure.nyexp');
    assert.deepEqual(problems, []);
    assert.deepEqual(countByType(objects), { 'Naaya Folder': 1, 'Naaya Document': 3 });
    assert.deepEqual(objects.map((o) => o.path), ['info', 'info/accessibility', 'info/cookie_policy', 'info/contact']);
    const body = byPath(objects, 'info/accessibility').localized.body?.en ?? '';
    assert.match(body, /^<h2>Keyboard shortcuts<\/h2>/);
    // The layout after the CDATA is not part of the value, and CRLF reads as LF.
    assert.match(body, /<\/ul>$/);
    assert.ok(!body.includes('\r'));
    assert.equal(byPath(objects, 'info/accessibility').properties.validation_status, '0');
  });

  it("reads semide-country as 6 folders, keeping the contacts folder's index template", async () => {
    const { objects, problems } = await readFixture('semide-country.nyexp');
    assert.deepEqual(problems, []);
    assert.deepEqual(countByType(objects), { 'Naaya Folder': 6 });
    const contacts = byPath(objects, 'contacts');
    assert.equal(contacts.properties.publicinterface, '1');
    const index = String(contacts.properties.customIndexSource);
    assert.match(index, /^<span tal:replace="structure here\/standard_html_header" \/>/);
    assert.match(index, /<span tal:replace="structure here\/standard_html_footer"\/>$/);
    assert.equal(byPath(objects, 'national_program').properties.customIndexSource, undefined);
    assert.equal(byPath(objects, 'links').location, 'test.nyexp line 465');
  });
});

describe('readNyexp: what an object carries', () => {
  it('reads a news item with its pictures and comments', async () => {
    const small = randomBytes(300);
    const smallValue = encodestring(small).replace(/\n/g, '&#10;');
    const xml = nyexp(ob('Naaya News', 'cop10', `expirationdate="2011/01/31 00:00:00 GMT+1" topitem="1" resourceurl="http://www.cbd.int/cop10/" smallpicture="${smallValue}" bigpicture=""`,
      texts('en', 'COP10 outcomes') + texts('fr', 'Résultats de la CdP10') +
      '<details lang="en"><![CDATA[<p>Body…</p>]]></details><source lang="en"><![CDATA[CBD]]></source>\n' +
      '<discussion>\n' +
      '<comment id="c1" title="Thanks" body="Great &amp; useful" author="anna" date="2010/11/03 10:00:00 GMT+1"/>\n' +
      '<comment id="c2" title="Old" body="Kept" author="ben" releasedate="2010/11/04 11:00:00 GMT+1"/>\n' +
      '</discussion>\n'));
    const { objects, problems } = await read(xml);
    assert.deepEqual(problems, []);
    const [news] = objects;
    assert.ok(news);
    assert.equal(news.path, 'cop10');
    assert.equal(news.metaType, 'Naaya News');
    assert.deepEqual(news.localized.title, { en: 'COP10 outcomes', fr: 'Résultats de la CdP10' });
    assert.equal(news.localized.details?.en, '<p>Body…</p>');
    assert.equal(news.properties.topitem, '1');
    assert.equal(news.properties.expirationdate, '2011/01/31 00:00:00 GMT+1');
    assert.ok(!('smallpicture' in news.properties) && !('bigpicture' in news.properties), 'base64 stays out of the properties');
    assert.equal(news.binaries.length, 1);
    const [picture] = news.binaries;
    assert.equal(picture?.role, 'smallpicture');
    assert.equal(picture?.fileName, 'cop10-smallpicture');
    assert.equal(picture?.size, 300);
    assert.deepEqual(await readFile(picture!.path), small);
    assert.deepEqual(news.comments, [
      { id: 'c1', title: 'Thanks', body: 'Great & useful', author: 'anna', date: '2010/11/03 10:00:00 GMT+1', spam: false },
      { id: 'c2', title: 'Old', body: 'Kept', author: 'ben', date: '2010/11/04 11:00:00 GMT+1', spam: false },
    ]);
  });

  it("reads a Naaya File's bytes under its download name and declared type", async () => {
    const bytes = Buffer.from('%PDF-1.4 a small file');
    const xml = nyexp(ob('Naaya File', 'report', `downloadfilename="Report 2010.pdf" file="${encodestring(bytes)}" content_type="application/pdf" precondition=""`, texts('en', 'Report')));
    const { objects, problems } = await read(xml);
    assert.deepEqual(problems, []);
    const [file] = objects[0]!.binaries;
    assert.deepEqual({ ...file, path: undefined }, { role: 'file', fileName: 'Report 2010.pdf', declaredType: 'application/pdf', size: bytes.length, path: undefined });
    assert.deepEqual(await readFile(file!.path), bytes);
    assert.equal(objects[0]!.properties.downloadfilename, 'Report 2010.pdf');
    assert.ok(!('file' in objects[0]!.properties));
  });

  it("reads an Extended File's two language items as one file per language", async () => {
    const english = Buffer.from('English edition');
    const french = Buffer.from('Édition française');
    const xml = nyexp(ob('Naaya Extended File', 'guide', 'validation_status="0" validation_date="" validation_by="" validation_comment=""',
      texts('en', 'Guide') + texts('fr', 'Guide') +
      '<downloadfilename lang="en"><![CDATA[guide-en.pdf]]></downloadfilename><downloadfilename lang="fr"><![CDATA[]]></downloadfilename>\n' +
      `<item lang="en" file="${encodestring(english)}" content_type="application/pdf" precondition=""/>\n` +
      `<item lang="fr" file="${encodestring(french)}" precondition=""/>\n<discussion></discussion>\n`));
    const { objects, problems } = await read(xml);
    assert.deepEqual(problems, []);
    const binaries = objects[0]!.binaries;
    assert.deepEqual(binaries.map(({ path: _path, ...rest }) => rest), [
      { role: 'file', language: 'en', fileName: 'guide-en.pdf', declaredType: 'application/pdf', size: english.length },
      { role: 'file', language: 'fr', fileName: 'guide', size: french.length },
    ]);
    assert.deepEqual(await readFile(binaries[1]!.path), french);
  });

  it('keeps language codes exactly as written', async () => {
    const xml = nyexp(ob('Naaya Document', 'page', '', texts('FR', 'Page') + texts('fr-BE', 'Page belge') + '<body lang="NL"><![CDATA[<p>Hallo</p>]]></body>\n'));
    const { objects } = await read(xml);
    assert.deepEqual(objects[0]!.localized.title, { FR: 'Page', 'fr-BE': 'Page belge' });
    assert.deepEqual(objects[0]!.localized.body, { NL: '<p>Hallo</p>' });
  });

  it('reads a custom_index folder as it is and a publicinterface folder with its index template', async () => {
    const xml = nyexp(
      ob('Naaya Folder', 'newer', 'custom_index="local:index" maintainer_email="" folder_meta_types=""', texts('en', 'Newer')) +
      ob('Naaya Folder', 'older', 'publicinterface="1" maintainer_email="" folder_meta_types=""',
        texts('en', 'Older') + '\t\t<![CDATA[\n<h1 tal:content="here/title"/>\n\t]]>\n' + ob('Naaya Document', 'child', '', texts('en', 'Child'))) +
      ob('Naaya Folder', 'plain', 'publicinterface="0"', texts('en', 'Plain') + '   \n\t'),
    );
    const { objects, problems } = await read(xml);
    assert.deepEqual(problems, []);
    assert.deepEqual(objects.map((o) => o.path), ['newer', 'older', 'older/child', 'plain']);
    assert.equal(objects[0]!.properties.custom_index, 'local:index');
    assert.equal(objects[0]!.properties.customIndexSource, undefined);
    assert.equal(objects[1]!.properties.customIndexSource, '<h1 tal:content="here/title"/>');
    assert.equal(objects[3]!.properties.customIndexSource, undefined);
  });

  it('keeps embedded images, a media file, page templates and elements it does not know', async () => {
    const image = randomBytes(40);
    const video = randomBytes(50);
    const xml = nyexp(
      ob('Naaya Folder', 'section', 'custom_index=""',
        texts('en', 'Section') +
        `<img param="0" id="map.png" content="${encodestring(image)}" />\n` +
        '<template id="index" param="0" title="Custom index"><![CDATA[<p tal:content="here/title"/>]]></template>\n' +
        '<extra_note>Kept as it is</extra_note><subtitle lang="en"><![CDATA[Sub]]></subtitle>\n' +
        ob('Naaya Media File', 'clip', '', texts('en', 'Clip') + `<file param="0" id="clip.flv" content="${encodestring(video)}"/>\n`)),
    );
    const { objects, problems } = await read(xml);
    assert.deepEqual(problems, []);
    const [section, clip] = objects;
    assert.deepEqual(section!.binaries.map((b) => [b.role, b.fileName, b.size]), [['img', 'map.png', 40]]);
    assert.deepEqual(await readFile(section!.binaries[0]!.path), image);
    assert.deepEqual(section!.properties.templates, [{ id: 'index', title: 'Custom index', source: '<p tal:content="here/title"/>' }]);
    assert.equal(section!.properties.extra_note, 'Kept as it is');
    assert.deepEqual(section!.localized.subtitle, { en: 'Sub' });
    assert.deepEqual(clip!.binaries.map((b) => [b.role, b.fileName, b.size]), [['media', 'clip.flv', 50]]);
  });

  it('keeps attribute values as raw strings, the literal None included', async () => {
    const xml = nyexp(ob('Naaya Event', 'meeting', 'start_date="None" end_date="" location_url="http://x.org/?a=1&amp;b=&quot;2&quot;" contact_person="O&apos;Neil &lt;chair&gt;"', texts('en', 'Meeting')));
    const { objects } = await read(xml);
    const { properties } = objects[0]!;
    assert.equal(properties.start_date, 'None');
    assert.equal(properties.end_date, '');
    assert.equal(properties.location_url, 'http://x.org/?a=1&b="2"');
    assert.equal(properties.contact_person, "O'Neil <chair>");
    assert.equal(properties.releasedate, '2010/11/02 09:15:00 GMT+1');
    assert.equal(properties.contributor, 'jdoe');
    assert.ok(!('meta_type' in properties) && !('id' in properties) && !('param' in properties));
  });

  it('keeps markup that was not put in CDATA as markup', async () => {
    const xml = nyexp(ob('Naaya Document', 'page', '', texts('en', 'Page') + '<body lang="en"><p class="x">One &amp; <b>two</b><br/></p></body>\n'));
    const { objects } = await read(xml);
    assert.equal(objects[0]!.localized.body?.en, '<p class="x">One & <b>two</b><br/></p>');
  });

  it('reads a one-line export like a pretty-printed one', async () => {
    const pretty = nyexp(ob('Naaya Folder', 'a', 'custom_index=""', texts('en', 'A') + texts('fr', 'A fr') + ob('Naaya URL', 'b', 'locator="http://x"', texts('en', 'B'))));
    const oneLine = pretty.replace(/\n/g, '');
    const [fromPretty, fromOneLine] = await Promise.all([read(pretty), read(oneLine)]);
    const strip = (objects: PtkObject[]) => objects.map(({ location: _location, ...rest }) => rest);
    assert.deepEqual(strip(fromOneLine.objects), strip(fromPretty.objects));
    assert.equal(fromOneLine.objects.length, 2);
    assert.equal(fromOneLine.objects[1]!.location, 'test.nyexp line 1');
  });

  it('reports an object without an id and skips it with its contents', async () => {
    const xml = nyexp(ob('Naaya Folder', '', '', texts('en', 'Lost') + ob('Naaya Document', 'inside', '', texts('en', 'Inside'))) + ob('Naaya Document', 'next', '', texts('en', 'Next')));
    const { objects, problems } = await read(xml);
    assert.deepEqual(objects.map((o) => [o.path, o.position]), [['next', 1]]);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.fatal, false);
    assert.equal(problems[0]!.location, 'test.nyexp line 3');
    assert.match(problems[0]!.message, /has no id/);
  });
});

describe('readNyexp: hostile and broken files', () => {
  const laughs = () => {
    const entities = ['<!ENTITY lol "lol">'];
    for (let level = 1; level <= 9; level++) entities.push(`<!ENTITY lol${level} "${`&lol${level === 1 ? '' : level - 1};`.repeat(10)}">`);
    return `<?xml version="1.0"?>\n<!DOCTYPE export [\n${entities.join('\n')}\n]>\n<export>\n` +
      ob('Naaya Document', 'first', '', texts('en', 'Before the bomb')) +
      ob('Naaya Document', 'laughs', '', '<title lang="en">&lol9;</title>\n') + '</export>\n';
  };

  it('does not expand an entity bomb: one fatal problem naming the entity, after what came before', async () => {
    const result = await read(laughs());
    const fatal = fatalOf(result);
    assert.deepEqual(result.objects.map((o) => o.path), ['first']);
    assert.equal(fatal.location, 'test.nyexp line 19, column 23');
    assert.equal(fatal.message, 'entity &lol9; is not defined (entities declared in a DOCTYPE are not expanded, for safety)');
  });

  it('does not read an external entity such as /etc/passwd', async () => {
    const xml = '<?xml version="1.0"?>\n<!DOCTYPE export [\n<!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n<export>\n' +
      ob('Naaya Document', 'xxe', '', '<title lang="en">Leak &xxe;</title>\n<body lang="en">&xxe;</body>\n') + '</export>\n';
    const result = await read(xml);
    const fatal = fatalOf(result);
    assert.equal(result.objects.length, 0);
    assert.match(fatal.message, /^entity &xxe; is not defined/);
    assert.match(fatal.location, /line 7, column \d+$/);
    const everything = JSON.stringify(result.items);
    assert.ok(!everything.includes('root:'), 'nothing of /etc/passwd appears');
    assert.deepEqual(await readdir(result.spillDir), []);
  });

  const whole = nyexp(
    ob('Naaya Folder', 'news', 'custom_index=""', texts('en', 'News') +
      ob('Naaya News', 'first', 'smallpicture="" bigpicture=""', texts('en', 'First')) +
      ob('Naaya News', 'second', 'smallpicture="" bigpicture=""', texts('en', 'Second') + '<details lang="en"><![CDATA[<p>Long text</p>]]></details>\n')),
  );
  const cut = (marker: string, offset = 0) => whole.slice(0, whole.indexOf(marker) + offset);
  for (const [name, text, paths, message] of [
    ['in the middle of an attribute', cut('id="second"', 6), ['news', 'news/first'], /^the file ends inside the value of the id attribute of <ob>, before the <ob> element opened at line 3 is closed \(is it truncated\?\)$/],
    ['inside a CDATA section', cut('Long text'), ['news', 'news/first'], /^the file ends inside a CDATA section, before the <details> element opened at line 10 is closed \(is it truncated\?\)$/],
    ['between two objects', cut('<ob meta_type="Naaya News" param="0" id="second"'), ['news', 'news/first'], /^the file ends before the <ob> element opened at line 3 is closed \(is it truncated\?\)$/],
    ['before the end of the root', cut('</export>'), ['news', 'news/first', 'news/second'], /^the file ends before the <export> element opened at line 2 is closed/],
  ] as const) {
    it(`yields what came before, then one fatal problem, for a file cut ${name}`, async () => {
      const result = await read(text);
      assert.deepEqual(result.objects.map((o) => o.path), paths);
      const fatal = fatalOf(result);
      assert.match(fatal.message, message);
      assert.match(fatal.location, /^test\.nyexp line \d+, column \d+$/);
    });
  }

  it('reports a mismatched closing tag with the element it should have closed, keeping the objects before', async () => {
    const xml = nyexp(ob('Naaya Document', 'good', '', texts('en', 'Good')) + ob('Naaya Document', 'bad', '', '<title lang="en"><![CDATA[Bad]]></ob>\n'));
    const result = await read(xml);
    assert.deepEqual(result.objects.map((o) => o.path), ['good']);
    const fatal = fatalOf(result);
    assert.equal(fatal.message, 'the closing tag </ob> does not match the <title> element opened at line 7');
    assert.match(fatal.location, /^test\.nyexp line 7, column \d+$/);
  });

  it('refuses a file whose root is not <export>, and an empty file', async () => {
    const notExport = await read('<?xml version="1.0"?>\n<rss><channel/></rss>\n');
    assert.match(fatalOf(notExport).message, /^the root element is <rss>, not <export>/);
    const empty = await read('');
    assert.match(fatalOf(empty).message, /holds no XML element/);
  });

  it('refuses the control character the reader uses for its own placeholders', async () => {
    const xml = nyexp(ob('Naaya Document', 'a', '', texts('en', 'A')) + ob('Naaya File', 'forged', 'file="\u0001spill:0"', texts('en', 'Forged')));
    const result = await read(xml);
    assert.deepEqual(result.objects.map((o) => o.path), ['a']);
    const fatal = fatalOf(result);
    assert.match(fatal.message, /U\+0001/);
    assert.equal(fatal.location, 'test.nyexp line 6');
  });
});

describe('readNyexp: encodings', () => {
  const latinDocument = (encoding: string, title: Buffer) => Buffer.concat([
    Buffer.from(`<?xml version="1.0" encoding="${encoding}"?>\n<export>\n${ob('Naaya Document', 'page', '', '<title lang="fr"><![CDATA[')}`.replace(/<\/ob>\n$/, '')),
    title,
    Buffer.from(']]></title>\n</ob>\n</export>\n'),
  ]);

  it('reads a UTF-8 file with a byte order mark', async () => {
    const { objects, problems } = await read(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(nyexp(ob('Naaya Document', 'page', '', texts('en', 'Café'))))]));
    assert.deepEqual(problems, []);
    assert.equal(objects[0]!.localized.title?.en, 'Café');
  });

  it('reads the encoding the XML declaration names: ISO-8859-1 and windows-1252', async () => {
    const latin = await read(latinDocument('ISO-8859-1', Buffer.from([0x43, 0x61, 0x66, 0xe9])));
    assert.equal(latin.objects[0]!.localized.title?.fr, 'Café');
    const windows = await read(latinDocument('windows-1252', Buffer.from([0x93, 0x4f, 0x6b, 0x94, 0x20, 0x80])));
    assert.equal(windows.objects[0]!.localized.title?.fr, '“Ok” €');
  });

  it('reads a UTF-16 file with a byte order mark', async () => {
    const text = nyexp(ob('Naaya Document', 'page', '', texts('en', 'Ünïcode'))).replace('encoding="utf-8"', 'encoding="UTF-16"');
    const { objects, problems } = await read(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 101);
    assert.deepEqual(problems, []);
    assert.equal(objects[0]!.localized.title?.en, 'Ünïcode');
  });

  it('stops with a problem naming an encoding it does not know', async () => {
    const result = await read(latinDocument('klingon-8', Buffer.from('x')));
    assert.equal(result.objects.length, 0);
    assert.match(fatalOf(result).message, /"klingon-8"/);
  });

  it('stops at bytes that are not UTF-8, naming their line, after the objects before them', async () => {
    const head = nyexp(ob('Naaya Document', 'good', '', texts('en', 'Good')) + ob('Naaya Document', 'bad', '', '<title lang="en"><![CDATA[Caf'));
    const bytes = Buffer.concat([Buffer.from(head.slice(0, head.lastIndexOf('</export>')).replace(/<\/ob>\n$/, '')), Buffer.from([0xe9]), Buffer.from(']]></title></ob></export>')]);
    const result = await read(bytes, 16);
    assert.deepEqual(result.objects.map((o) => o.path), ['good']);
    const fatal = fatalOf(result);
    assert.equal(fatal.location, 'test.nyexp line 7');
    assert.match(fatal.message, /not valid UTF-8/);
  });

  it('decodes a character cut between two chunks', async () => {
    const xml = nyexp(ob('Naaya Document', 'page', '', texts('ja', '日本語のページ 🌍')));
    for (const size of [1, 2, 3, 5]) {
      const { objects, problems } = await read(xml, size);
      assert.deepEqual(problems, []);
      assert.equal(objects[0]!.localized.title?.ja, '日本語のページ 🌍', `chunks of ${size}`);
    }
  });
});

describe('readNyexp: binaries and chunking', () => {
  it('reads the same objects whatever the size of the chunks the file arrives in', async () => {
    const small = randomBytes(100);
    const medium = randomBytes(5000);
    // 80 KB of base64, more than sax holds: only a scan that kept in step with the markup reads it.
    const big = randomBytes(60_000);
    const xml = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE export [\n<!-- a comment with a \' quote -->\n<!ATTLIST ob note CDATA "a > b">\n]>\n' +
      '<export>\n<!-- <ob id="not-an-object" file="x"> -->\n<?naaya note="<ob>"?>\n' +
      ob('Naaya Folder', 'section', 'custom_index="" title_note=\'a "quoted" > sign\'', texts('en', 'Section ]] > ]]') +
        `<img param="0" id="small.png" content="${encodestring(small)}"/>\n` +
        ob('Naaya File', 'doc', `downloadfilename="é.pdf" file='${encodestring(medium)}' content_type="application/pdf"`,
          texts('fr', 'Événement — 日本 ]]]') + `<img param="0" id="big.png" content="${encodestring(big)}"/>\n`)) +
      '</export>\n';
    const bytes = Buffer.from(xml);
    const summary = async (result: Read) => {
      assert.deepEqual(result.problems, []);
      return Promise.all(result.objects.map(async (object) => ({
        ...object,
        binaries: await Promise.all(object.binaries.map(async (b) => ({ ...b, path: createHash('sha256').update(await readFile(b.path)).digest('hex') }))),
      })));
    };
    const expected = await summary(await read(bytes));
    const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
    assert.deepEqual(expected.map((o) => o.binaries.map((b) => b.path)), [[sha256(small)], [sha256(medium), sha256(big)]]);
    assert.equal(expected[1]!.location, `test.nyexp line ${xml.slice(0, xml.indexOf('id="doc"')).split('\n').length}`);
    // Tiny chunks up to well inside the big value, so every construct and the diversion itself are cut everywhere.
    const tinyUntil = bytes.indexOf('id="big.png"') + 6000;
    for (const size of [1, 2, 3, 5, 7]) {
      const chunks: Buffer[] = [];
      for (let at = 0; at < bytes.length; at += at < tinyUntil ? size : 65_536) chunks.push(bytes.subarray(at, at + (at < tinyUntil ? size : 65_536)));
      assert.deepEqual(await summary(await read(Readable.from(chunks))), expected, `chunks of ${size} bytes`);
    }
  });

  it('streams a 60 MB base64 attribute to its spill file without holding it in memory', async (t) => {
    const byteCount = 45 * 1024 * 1024; // 60 MiB of base64
    const piece = 48 * 1024; // a multiple of 3: the pieces' base64 join without padding
    const hash = createHash('sha256');
    const header = '<?xml version="1.0" encoding="utf-8"?><export>' +
      '<ob meta_type="Naaya File" param="0" id="huge" sortorder="100" contributor="admin"            approved="1" approved_by="admin" releasedate="" discussion="0" downloadfilename="huge.bin" file="';
    const footer = '" content_type="application/octet-stream" precondition=""><title lang="en"><![CDATA[Huge]]></title></ob>' +
      ob('Naaya Document', 'after', '', texts('en', 'After')) + '</export>';
    let sent = 0;
    let peak = 0;
    const baseline = process.memoryUsage.rss();
    const input = new Readable({
      read() {
        peak = Math.max(peak, process.memoryUsage.rss());
        if (sent === 0) this.push(header);
        if (sent >= byteCount) {
          this.push(footer);
          this.push(null);
          sent = Infinity;
          return;
        }
        const bytes = randomBytes(Math.min(piece, byteCount - sent));
        hash.update(bytes);
        sent += bytes.length;
        this.push(bytes.toString('base64'));
      },
    });
    const { objects, problems } = await read(input);
    assert.deepEqual(problems, []);
    assert.deepEqual(objects.map((o) => o.path), ['huge', 'after']);
    const [file] = objects[0]!.binaries;
    assert.equal(file!.size, byteCount);
    assert.equal(file!.fileName, 'huge.bin');
    const written = createHash('sha256');
    for await (const chunk of createReadStream(file!.path)) written.update(chunk as Buffer);
    assert.equal(written.digest('hex'), hash.digest('hex'));
    const growth = (peak - baseline) / 1024 / 1024;
    t.diagnostic(`memory growth while reading: ${growth.toFixed(1)} MB`);
    // Mostly the young generation filling between collections; holding the value would add 60 MB.
    assert.ok(growth < 40, `memory grew by ${growth.toFixed(1)} MB`);
  });

  it('keeps line numbers right after a long multi-line base64 value', async () => {
    const picture = encodestring(randomBytes(20_000));
    const xml = nyexp(ob('Naaya News', 'one', `smallpicture="${picture}" bigpicture=""`, texts('en', 'One')) + ob('Naaya News', 'two', '', texts('en', 'Two')));
    const { objects } = await read(xml, 1000);
    const line = xml.slice(0, xml.indexOf('id="two"')).split('\n').length;
    assert.equal(objects[1]!.location, `test.nyexp line ${line}`);
  });

  it('drops bytes that are not base64 with a problem naming the attribute and line, and reads on', async () => {
    const long = encodestring(randomBytes(6000));
    const broken = long.slice(0, 5000) + '*' + long.slice(5000);
    const xml = nyexp(
      ob('Naaya News', 'long', `smallpicture="${broken}" bigpicture="AAAA!"`, texts('en', 'Long')) +
      ob('Naaya News', 'fine', `smallpicture="${encodestring(Buffer.from('ok'))}"`, texts('en', 'Fine')),
    );
    const result = await read(xml);
    assert.deepEqual(result.objects.map((o) => [o.path, o.binaries.length]), [['long', 0], ['fine', 1]]);
    assert.equal(result.problems.length, 2);
    assert.ok(result.problems.every((p) => !p.fatal));
    assert.match(result.problems[0]!.message, /^the smallpicture attribute of <ob> at line 3 in long is not valid base64 \(unexpected character "\*"\)/);
    assert.match(result.problems[1]!.message, /^the bigpicture attribute of <ob> at line 3 in long is not valid base64/);
    assert.deepEqual((await readdir(result.spillDir)).sort(), [path.basename(result.objects[1]!.binaries[0]!.path)]);
  });

  it('reads base64 without its final padding', async () => {
    const xml = nyexp(ob('Naaya News', 'n', `smallpicture="${Buffer.from('abcd').toString('base64').replace(/=+$/, '')}"`, texts('en', 'N')));
    const { objects } = await read(xml);
    assert.deepEqual(await readFile(objects[0]!.binaries[0]!.path), Buffer.from('abcd'));
  });

  it('names the right line for a file that ends inside a long base64 value', async () => {
    const xml = nyexp(ob('Naaya File', 'cut', `file="${encodestring(randomBytes(30_000))}"`, texts('en', 'Cut')));
    const text = xml.slice(0, xml.indexOf('file="') + 20_000);
    const result = await read(text, 4096);
    const fatal = fatalOf(result);
    assert.equal(fatal.location.replace(/, column \d+$/, ''), `test.nyexp line ${text.split('\n').length}`);
    assert.match(fatal.message, /^the file ends inside the value of the file attribute of <ob> begun at line 3, before the <export> element opened at line 2 is closed/);
    assert.deepEqual(await readdir(result.spillDir), []);
  });

  it('leaves no spill file behind for an object the file ends inside', async () => {
    const xml = nyexp(ob('Naaya Folder', 'files', '', texts('en', 'Files') + ob('Naaya File', 'cut', `file="${encodestring(randomBytes(10_000))}"`, texts('en', 'Cut'))));
    const result = await read(xml.slice(0, xml.indexOf('<title lang="en"><![CDATA[Cut')));
    assert.deepEqual(result.objects.map((o) => o.path), ['files'], 'the folder is complete once its first child starts');
    fatalOf(result);
    assert.deepEqual(await readdir(result.spillDir), []);
  });

  it('reads 20,000 small objects in two languages quickly', async (t) => {
    const count = 20_000;
    let next = 0;
    const input = new Readable({
      read() {
        if (next === 0) this.push('<?xml version="1.0" encoding="utf-8"?>\n<export>\n');
        let batch = '';
        for (const end = Math.min(next + 200, count); next < end; next++) {
          batch += ob('Naaya Document', `page-${next}`, 'validation_status="0" validation_date="" validation_by="" validation_comment=""',
            texts('en', `Page ${next}`) + texts('fr', `Page ${next} (fr)`) + '<body lang="en"><![CDATA[<p>Text</p>]]></body><body lang="fr"><![CDATA[<p>Texte</p>]]></body>\n<discussion></discussion>\n');
        }
        this.push(batch);
        if (next === count) {
          this.push('</export>\n');
          this.push(null);
        }
      },
    });
    const spillDir = await mkdtemp(path.join(tmp, 'spill-'));
    const started = performance.now();
    const cpu = process.cpuUsage();
    // Counted, not kept: an importer holds a batch at a time, and keeping them all would time the collector.
    let objects = 0;
    let last: PtkObject | undefined;
    for await (const item of readNyexp(input, { sourceName: 'test.nyexp', spillDir })) {
      if ('fatal' in item) assert.fail(`${item.location}: ${item.message}`);
      objects++;
      last = item;
    }
    t.diagnostic(`${count} objects in ${Math.round(performance.now() - started)} ms (${Math.round(process.cpuUsage(cpu).user / 1000)} ms of CPU)`);
    assert.equal(objects, count);
    assert.deepEqual(last?.localized.title, { en: `Page ${count - 1}`, fr: `Page ${count - 1} (fr)` });
  });
});
