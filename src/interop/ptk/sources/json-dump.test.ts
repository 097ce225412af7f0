import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { PtkObject, PtkReadProblem } from '../source.ts';
import { readJsonDump } from './json-dump.ts';

let tmp: string;
before(async () => {
  tmp = await mkdtemp(os.tmpdir() + '/ptk-');
});
after(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function put(file: string, content: string | Buffer | object): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, typeof content === 'string' || Buffer.isBuffer(content) ? content : JSON.stringify(content));
}

async function read(root: string): Promise<{ objects: PtkObject[]; problems: PtkReadProblem[] }> {
  const objects: PtkObject[] = [];
  const problems: PtkReadProblem[] = [];
  for await (const item of readJsonDump(root)) {
    if ('fatal' in item) problems.push(item);
    else objects.push(item);
  }
  return { objects, problems };
}

const byPath = (objects: PtkObject[], objectPath: string): PtkObject => {
  const found = objects.find((object) => object.path === objectPath);
  assert.ok(found, `no object ${objectPath}`);
  return found;
};

/** The 2016 layout: News and Events only, no meta_type, `url` as the key. */
async function writeRealDump(base: string): Promise<string> {
  const portal = path.join(base, 'content_export', 'biodiv');
  await put(path.join(base, 'migrate-config.json'), { sites: { biodiv: { source_dir_news: 'x' } } });
  const news = path.join(portal, 'news', 'news', 'cop10');
  await put(path.join(news, 'cop10.json'), {
    url: 'news/cop10',
    folder: '/var/export/news',
    _local_properties: {
      title: { en: ['COP10 outcomes', 1296072533.37], fr: ['Résultats de la CdP10', 1296072533.37] },
      details: { en: ['<p>Body</p>', 1296072533.37] },
    },
    _local_properties_metadata: [{ id: 'title', type: 'string' }],
    __ac_local_roles__: { jdoe: ['Owner'] },
    contributor: 'jdoe',
    approved: 1,
    sortorder: 100,
    releasedate: '2010-11-02T09:15:00',
    geo_location: [50.85, 4.35, 'Brussels'],
    bigpicture: 'http://www.biodiv.example.be/news/cop10/getBigPicture',
    smallpicture: 'http://www.biodiv.example.be/news/cop10/getSmallPicture',
    _NyComments__comments_collection: null,
  });
  await put(path.join(news, 'bigpicture.jpg'), Buffer.alloc(1234, 1));
  await put(path.join(news, 'smallpicture.jpg'), Buffer.alloc(321, 2));
  await put(path.join(news, 'comment_c2.json'), { id: 'c2', title: 'Spam', body: 'Buy', author: 'bot', releasedate: '2010-11-04T10:00:00', spamstatus: true });
  await put(path.join(news, 'comment_c1.json'), { id: 'c1', title: 'Thanks', body: 'Useful', author: 'anna', date: '2010/11/03 10:00:00 GMT+1', spamstatus: 0 });

  const events = path.join(portal, 'events', 'events');
  await put(path.join(events, 'iyb', 'iyb.json'), {
    url: '/events/iyb/',
    _local_properties: { title: { en: ['IYB conference', 1] } },
    start_date: '2010-05-22T09:00:00',
    location: 'Brussels',
    host: { en: ['RBINS', 1], fr: ['IRSNB', 2] },
  });
  await put(path.join(events, 'day', 'day.json'), {
    url: 'events/day',
    _local_properties: { title: { en: ['Biodiversity day', 1] } },
    location: { en: ['Ghent', 1], nl: ['Gent', 1] },
    location_address: { fr: 'Rue X 1' },
  });
  return base;
}

describe('readJsonDump on a 2016 News and Events dump', () => {
  let objects: PtkObject[];
  let problems: PtkReadProblem[];
  before(async () => {
    ({ objects, problems } = await read(await writeRealDump(path.join(tmp, 'real'))));
  });

  it('reports nothing for a well-formed dump, the root migrate-config.json included', () => {
    assert.deepEqual(problems, []);
  });

  it('keys each object by its url, without slashes at its ends', () => {
    assert.deepEqual(objects.map((object) => object.path).sort(), ['events/day', 'events/iyb', 'news/cop10']);
    assert.equal(byPath(objects, 'events/iyb').parentPath, 'events');
    assert.equal(byPath(objects, 'news/cop10').location, 'content_export/biodiv/news/news/cop10/cop10.json');
    assert.equal(byPath(objects, 'news/cop10').format, 'json-dump');
  });

  it('types objects without meta_type by their section directory', () => {
    assert.equal(byPath(objects, 'news/cop10').metaType, 'Naaya News');
    assert.equal(byPath(objects, 'events/day').metaType, 'Naaya Event');
  });

  it('reads _local_properties as localized values without their timestamps', () => {
    assert.deepEqual(byPath(objects, 'news/cop10').localized, {
      title: { en: 'COP10 outcomes', fr: 'Résultats de la CdP10' },
      details: { en: '<p>Body</p>' },
    });
  });

  it('keeps plain fields and drops the dump’s bookkeeping and the picture URLs', () => {
    assert.deepEqual(byPath(objects, 'news/cop10').properties, {
      contributor: 'jdoe',
      approved: 1,
      sortorder: 100,
      releasedate: '2010-11-02T09:15:00',
      geo_location: [50.85, 4.35, 'Brussels'],
    });
  });

  it('reads event location and host as localized when per language, as properties when a string', () => {
    const iyb = byPath(objects, 'events/iyb');
    assert.equal(iyb.properties.location, 'Brussels');
    assert.deepEqual(iyb.localized.host, { en: 'RBINS', fr: 'IRSNB' });
    const day = byPath(objects, 'events/day');
    assert.deepEqual(day.localized.location, { en: 'Ghent', nl: 'Gent' });
    assert.deepEqual(day.localized.location_address, { fr: 'Rue X 1' });
    assert.equal('location' in day.properties, false);
  });

  it('takes the pictures beside the JSON as binaries, with their sizes', () => {
    const binaries = byPath(objects, 'news/cop10').binaries.map(({ role, fileName, size, path: file }) => ({ role, fileName, size, file: path.basename(file) }));
    assert.deepEqual(binaries, [
      { role: 'bigpicture', fileName: 'bigpicture.jpg', size: 1234, file: 'bigpicture.jpg' },
      { role: 'smallpicture', fileName: 'smallpicture.jpg', size: 321, file: 'smallpicture.jpg' },
    ]);
  });

  it('reads comments from releasedate or date, spam from spamstatus', () => {
    assert.deepEqual(byPath(objects, 'news/cop10').comments, [
      { id: 'c1', title: 'Thanks', body: 'Useful', author: 'anna', date: '2010/11/03 10:00:00 GMT+1', spam: false },
      { id: 'c2', title: 'Spam', body: 'Buy', author: 'bot', date: '2010-11-04T10:00:00', spam: true },
    ]);
  });
});

describe('readJsonDump on a dump of every type', () => {
  let root: string;
  before(async () => {
    root = path.join(tmp, 'general', 'biodiv');
    const convention = path.join(root, 'convention', 'convention');
    await put(path.join(convention, 'convention.json'), { meta_type: 'Naaya Folder', url: 'convention', _local_properties: { title: { en: ['Convention', 1] } } });
    await put(path.join(convention, 'zeta', 'zeta.json'), { meta_type: 'Naaya Document', url: 'convention/zeta' });
    await put(path.join(convention, 'alpha', 'alpha.json'), { meta_type: 'Naaya Folder', url: 'convention/alpha' });
    await put(path.join(convention, 'alpha', 'deep', 'deep.json'), { meta_type: 'Naaya Document', url: 'convention/alpha/deep' });
    const report = path.join(convention, 'rapport');
    await put(path.join(report, 'rapport.json'), { meta_type: 'Naaya Extended File', url: 'convention/rapport' });
    await put(path.join(report, 'fr', 'rapport-fr.pdf'), '%PDF-1.4 fr');
    await put(path.join(report, 'fr-BE', 'rapport-be.pdf'), '%PDF-1.4 be');
    await put(path.join(report, 'rapport.pdf'), '%PDF-1.4 any');
    const about = path.join(root, 'about', 'about');
    await put(path.join(about, 'link', 'link.json'), { _local_properties: { locator: { en: ['http://cbd.int', 1] } } });
    await put(path.join(about, 'page', 'page.json'), { _local_properties: { body: { en: ['<p>x</p>', 1] } } });
    await put(path.join(about, 'person', 'person.json'), { _local_properties: { firstname: { en: ['Ann', 1] } } });
    await put(path.join(about, 'goto', 'goto.json'), { pointer: 'news/cop10' });
    await put(path.join(about, 'expert', 'expert.json'), { meta_type: 'Naaya SMAP Expert', expertise: 'Bats' });
    await put(path.join(about, 'thing', 'thing.json'), { colour: 'blue' });
    await put(path.join(about, 'story', 'story.json'), { meta_type: 'Naaya Story' });
    await put(path.join(about, 'garden', 'garden.json'), { latitude: 50.85, longitude: 4.35, pointer: '' });
    await put(path.join(about, 'tale', 'tale.json'), { frontpicture: 'http://x.be/about/tale/getFrontPicture', _local_properties: { body: { en: ['<p>Once</p>', 1] } } });
    await put(path.join(about, 'story', 'frontpicture.png'), Buffer.alloc(10));
  });

  it('yields each object before its children, children in name order, numbered among their siblings', async () => {
    const { objects } = await read(root);
    const convention = objects.filter((object) => object.path.startsWith('convention'));
    assert.deepEqual(
      convention.map((object) => [object.path, object.parentPath, object.position]),
      [
        ['convention', '', 0],
        ['convention/alpha', 'convention', 0],
        ['convention/alpha/deep', 'convention/alpha', 0],
        ['convention/rapport', 'convention', 1],
        ['convention/zeta', 'convention', 2],
      ],
    );
  });

  it('takes the path below the section directory when the JSON has no url', async () => {
    const { objects } = await read(root);
    assert.ok(objects.some((object) => object.path === 'about/link' && object.parentPath === 'about'));
  });

  it('reads language directories as that language’s files, and other files as the object’s', async () => {
    const { objects } = await read(root);
    const binaries = byPath(objects, 'convention/rapport').binaries.map(({ role, language, fileName }) => ({ role, language, fileName }));
    assert.deepEqual(binaries, [
      { role: 'file', language: undefined, fileName: 'rapport.pdf' },
      { role: 'file', language: 'fr', fileName: 'rapport-fr.pdf' },
      { role: 'file', language: 'fr-BE', fileName: 'rapport-be.pdf' },
    ]);
    assert.deepEqual(
      byPath(objects, 'about/story').binaries.map((binary) => binary.role),
      ['frontpicture'],
    );
  });

  it('keeps a meta_type the JSON names, and infers a missing one from the fields', async () => {
    const { objects } = await read(root);
    const typeOf = (objectPath: string) => byPath(objects, objectPath).metaType;
    assert.equal(typeOf('about/link'), 'Naaya URL');
    assert.equal(typeOf('about/page'), 'Naaya Document');
    assert.equal(typeOf('about/person'), 'Naaya Contact');
    assert.equal(typeOf('about/goto'), 'Naaya Pointer');
    assert.equal(typeOf('about/expert'), 'Naaya SMAP Expert');
    assert.equal(typeOf('about/thing'), '');
    assert.equal(typeOf('about/garden'), 'Naaya GeoPoint');
    assert.equal(typeOf('about/tale'), 'Naaya Story');
  });
});

describe('readJsonDump on damaged or hostile dumps', () => {
  it('reports a JSON that does not parse, with its line and column, and still reads the objects below it', async () => {
    const root = path.join(tmp, 'broken', 'biodiv');
    const folder = path.join(root, 'docs', 'docs');
    await put(path.join(folder, 'docs.json'), '{\n  "url": "docs",\n  "title": oops\n}');
    await put(path.join(folder, 'child', 'child.json'), { meta_type: 'Naaya Document', url: 'docs/child' });
    const { objects, problems } = await read(root);
    assert.deepEqual(
      objects.map((object) => [object.path, object.parentPath]),
      [['docs/child', 'docs']],
    );
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.fatal, false);
    assert.equal(problems[0]!.location, 'docs/docs/docs.json line 3, column 12');
  });

  it('reports a JSON that is not an object, a comment that does not parse, and an oversized JSON', async () => {
    const root = path.join(tmp, 'odd', 'biodiv');
    const section = path.join(root, 'docs', 'docs');
    await put(path.join(section, 'list', 'list.json'), '[1, 2]');
    await put(path.join(section, 'ok', 'ok.json'), { meta_type: 'Naaya Document' });
    await put(path.join(section, 'ok', 'comment_1.json'), '{"id": ');
    await put(path.join(section, 'big', 'big.json'), '{');
    await truncate(path.join(section, 'big', 'big.json'), 50 * 1024 * 1024 + 1);
    const { objects, problems } = await read(root);
    assert.deepEqual(
      objects.map((object) => [object.path, object.comments.length]),
      [['docs/ok', 0]],
    );
    assert.deepEqual(problems.map((problem) => problem.location.split(' ')[0]).sort(), ['docs/docs/big/big.json', 'docs/docs/list/list.json', 'docs/docs/ok/comment_1.json']);
    assert.ok(problems.every((problem) => !problem.fatal));
    assert.match(problems.find((problem) => problem.location.startsWith('docs/docs/big'))!.message, /50\.0 MB/);
  });

  it('refuses symbolic links instead of following them', async () => {
    const outside = path.join(tmp, 'outside', 'secret');
    await put(path.join(outside, 'secret.json'), { meta_type: 'Naaya Document', url: 'secret' });
    await put(path.join(tmp, 'outside', 'passwd'), 'root:x:0:0');
    const root = path.join(tmp, 'links', 'biodiv');
    const page = path.join(root, 'docs', 'docs', 'page');
    await put(path.join(page, 'page.json'), { meta_type: 'Naaya Document', url: 'docs/page' });
    await symlink(path.join(tmp, 'outside', 'passwd'), path.join(page, 'attachment.txt'));
    await symlink(outside, path.join(page, 'secret'));
    const { objects, problems } = await read(root);
    assert.deepEqual(
      objects.map((object) => object.path),
      ['docs/page'],
    );
    assert.deepEqual(byPath(objects, 'docs/page').binaries, []);
    assert.deepEqual(problems.map((problem) => problem.location).sort(), ['docs/docs/page/attachment.txt', 'docs/docs/page/secret']);
    assert.ok(problems.every((problem) => /symbolic link/.test(problem.message)));
  });

  it('walks objects found inside a language directory instead of taking them for files', async () => {
    const root = path.join(tmp, 'language-folder', 'biodiv');
    const about = path.join(root, 'about', 'about');
    await put(path.join(about, 'about.json'), { meta_type: 'Naaya Folder', url: 'about' });
    await put(path.join(about, 'fr', 'guide.pdf'), '%PDF-1.4');
    await put(path.join(about, 'fr', 'contact', 'contact.json'), { meta_type: 'Naaya Contact', url: 'about/fr/contact' });
    const { objects, problems } = await read(root);
    assert.deepEqual(problems, []);
    assert.deepEqual(
      objects.map((object) => object.path),
      ['about', 'about/fr/contact'],
    );
    assert.deepEqual(
      byPath(objects, 'about').binaries.map((binary) => [binary.language, binary.fileName]),
      [['fr', 'guide.pdf']],
    );
  });

  it('reports files that belong to no object', async () => {
    const root = path.join(tmp, 'stray', 'biodiv');
    await put(path.join(root, 'docs', 'notes.txt'), 'x');
    await put(path.join(root, 'docs', 'docs', 'page', 'page.json'), { meta_type: 'Naaya Document' });
    const { objects, problems } = await read(root);
    assert.equal(objects.length, 1);
    assert.deepEqual(
      problems.map((problem) => problem.location),
      ['docs/notes.txt'],
    );
  });
});

describe('readJsonDump roots', () => {
  it('reads the same objects from the directory holding content_export, content_export, and the portal', async () => {
    const base = await writeRealDump(path.join(tmp, 'roots'));
    const paths = async (root: string) => (await read(root)).objects.map((object) => object.path);
    const expected = await paths(base);
    assert.equal(expected.length, 3);
    assert.deepEqual(await paths(path.join(base, 'content_export')), expected);
    assert.deepEqual(await paths(path.join(base, 'content_export', 'biodiv')), expected);
  });

  it('looks through a folder wrapping content_export, as a zip may have it', async () => {
    await writeRealDump(path.join(tmp, 'wrapped', 'my-export'));
    const { objects } = await read(path.join(tmp, 'wrapped'));
    assert.equal(objects.length, 3);
    assert.equal(objects[0]!.location, 'my-export/content_export/biodiv/events/events/day/day.json');
  });

  it('refuses a content_export holding several portals, naming them', async () => {
    const base = path.join(tmp, 'portals', 'content_export');
    await put(path.join(base, 'biodiv', 'news', 'news', 'a', 'a.json'), { url: 'news/a' });
    await put(path.join(base, 'chm-nl', 'news', 'news', 'b', 'b.json'), { url: 'news/b' });
    const { objects, problems } = await read(base);
    assert.deepEqual(objects, []);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.fatal, true);
    assert.match(problems[0]!.message, /biodiv, chm-nl/);
  });

  it('reports a root that does not exist as fatal', async () => {
    const { problems } = await read(path.join(tmp, 'nowhere'));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.fatal, true);
  });
});
