import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import sax from 'sax';
import sharp from 'sharp';
import yauzl from 'yauzl';
import {
  allObjects,
  billionLaughsNyexp,
  buildPtkSite,
  externalEntityNyexp,
  isInNyexp,
  jsonDumpBinaryPath,
  writeExportJson,
  writeGlossary,
  writeHugeBase64Nyexp,
  writeJsonDump,
  writeLargeNyexp,
  writeNyexp,
  writeTruncated,
  type PtkModelObject,
  type PtkModelSite,
} from './support/ptk-generator.ts';

/** A nyexp `<ob>` as a strict XML parser sees it, read independently of the importer. */
interface ParsedOb {
  attributes: Record<string, string>;
  attributeNames: string[];
  localized: Record<string, Record<string, string>>;
  binaries: { element: string; attributes: Record<string, string> }[];
  comments: Record<string, string>[];
  /** CDATA directly inside the `<ob>`: the folder's index template. */
  template: string;
  /** Plain text directly inside the `<ob>` (indentation). */
  looseText: string;
  children: ParsedOb[];
}

function parseNyexp(xml: string): ParsedOb[] {
  const parser = sax.parser(true);
  const roots: ParsedOb[] = [];
  const stack: ParsedOb[] = [];
  let element: { name: string; lang: string; text: string } | null = null;
  parser.onopentag = (tag) => {
    const attributes = tag.attributes as Record<string, string>;
    const current = stack.at(-1);
    if (tag.name === 'ob') {
      const ob: ParsedOb = { attributes, attributeNames: Object.keys(attributes), localized: {}, binaries: [], comments: [], template: '', looseText: '', children: [] };
      (current ? current.children : roots).push(ob);
      stack.push(ob);
    } else if (tag.name === 'img' || tag.name === 'item') current!.binaries.push({ element: tag.name, attributes });
    else if (tag.name === 'comment') current!.comments.push(attributes);
    else if (attributes.lang !== undefined) element = { name: tag.name, lang: attributes.lang, text: '' };
  };
  parser.ontext = (text) => {
    if (element) element.text += text;
    else if (stack.length > 0) stack.at(-1)!.looseText += text;
  };
  parser.oncdata = (text) => {
    if (element) element.text += text;
    else if (stack.length > 0) stack.at(-1)!.template += text;
  };
  parser.onclosetag = (name) => {
    if (name === 'ob') stack.pop();
    else if (element && name === element.name) {
      (stack.at(-1)!.localized[element.name] ??= {})[element.lang] = element.text;
      element = null;
    }
  };
  parser.write(xml).close();
  return roots;
}

function flatten(obs: ParsedOb[], parentPath = ''): Map<string, ParsedOb> {
  const byPath = new Map<string, ParsedOb>();
  for (const ob of obs) {
    const path = parentPath ? `${parentPath}/${ob.attributes.id}` : ob.attributes.id!;
    byPath.set(path, ob);
    for (const [childPath, child] of flatten(ob.children, path)) byPath.set(childPath, child);
  }
  return byPath;
}

const decode = (base64: string) => Buffer.from(base64.replace(/\s+/g, ''), 'base64');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const byPath = (site: PtkModelSite, path: string): PtkModelObject => allObjects(site).find((object) => object.path === path)!;

let dir: string;
let site: PtkModelSite;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ecotone-ptk-generator-'));
  site = await buildPtkSite();
});
after(() => rm(dir, { recursive: true, force: true }));

describe('the model site', () => {
  test('holds every content type the importer must handle, each path once', () => {
    const types = new Set(allObjects(site).map((object) => object.metaType));
    for (const type of ['Naaya Folder', 'Naaya Document', 'Naaya Story', 'Naaya News', 'Naaya Event', 'Naaya File', 'Naaya Extended File', 'Naaya Blob File', 'Naaya URL', 'Naaya Pointer', 'Naaya Contact', 'Naaya GeoPoint', 'Naaya SMAP Expert', 'Naaya Forum']) {
      assert.ok(types.has(type), type);
    }
    const paths = allObjects(site).map((object) => object.path);
    assert.equal(new Set(paths).size, paths.length);
    assert.ok(paths.includes('convention/cbd_global/decisions/cop10/decision-x-2'), 'an item four folders deep');
  });

  test('lists parents before their children', () => {
    const seen = new Set<string>();
    for (const object of allObjects(site)) {
      const parent = object.path.split('/').slice(0, -1).join('/');
      if (parent) assert.ok(seen.has(parent), object.path);
      seen.add(object.path);
    }
  });

  test('keeps only the requested languages, a regional code taking its base language text', async () => {
    const belgian = await buildPtkSite({ languages: ['fr-BE', 'nl'] });
    const news = byPath(belgian, 'news/cop10-report');
    assert.deepEqual(news.localized.title, { 'fr-BE': 'Résultats de la CdP10' });
    assert.deepEqual(byPath(belgian, 'information/rapport').binaries.map((binary) => binary.language), []);
  });

  test('carries real pictures and PDFs, and an HTML page named report.pdf', async () => {
    const news = byPath(site, 'news/cop10-report');
    const big = await sharp(news.binaries.find((binary) => binary.role === 'bigpicture')!.bytes).metadata();
    assert.deepEqual([big.format, big.width, big.height], ['jpeg', 200, 150]);
    const small = await sharp(news.binaries.find((binary) => binary.role === 'smallpicture')!.bytes).metadata();
    assert.equal(small.format, 'png');
    const leaflet = byPath(site, 'information/chm-leaflet').binaries[0]!.bytes.toString('latin1');
    assert.match(leaflet, /^%PDF-1\.4\n[\s\S]*startxref\n(\d+)\n%%EOF\n$/);
    const xrefOffset = Number(/startxref\n(\d+)/.exec(leaflet)![1]);
    assert.equal(leaflet.slice(xrefOffset, xrefOffset + 4), 'xref', 'the xref offset points at the table');
    const lying = byPath(site, 'information/annual-report').binaries[0]!;
    assert.equal(lying.fileName, 'report.pdf');
    assert.match(lying.bytes.toString(), /^<!DOCTYPE html>/);
  });
});

describe('writeNyexp', () => {
  const variants = [
    { layout: 'pretty', folderAttribute: 'custom_index', languageCase: 'as-written' },
    { layout: 'one-line', folderAttribute: 'publicinterface', languageCase: 'upper' },
    { layout: 'pretty', folderAttribute: 'publicinterface', languageCase: 'upper' },
    { layout: 'one-line', folderAttribute: 'custom_index', languageCase: 'as-written' },
  ] as const;

  async function written(options: (typeof variants)[number]): Promise<{ xml: string; obs: Map<string, ParsedOb>; roots: ParsedOb[] }> {
    const file = join(dir, `site-${options.layout}-${options.folderAttribute}-${options.languageCase}.nyexp`);
    await writeNyexp(site, file, options);
    const xml = await readFile(file, 'utf8');
    const roots = parseNyexp(xml);
    return { xml, roots, obs: flatten(roots) };
  }

  test('parses with a strict XML parser and holds every exportable object at its path, in every variant', async () => {
    const expected = allObjects(site).filter(isInNyexp).map((object) => object.path);
    for (const variant of variants) {
      const { obs } = await written(variant);
      assert.deepEqual([...obs.keys()].sort(), [...expected].sort(), JSON.stringify(variant));
      for (const path of expected) assert.equal(obs.get(path)!.attributes.meta_type, byPath(site, path).metaType);
    }
  });

  test('leaves out Blob Files, forums, CHM terms and geo_location, as Naaya does', async () => {
    const { xml, obs } = await written(variants[0]);
    assert.ok(![...obs.values()].some((ob) => ['Naaya Blob File', 'Naaya Forum'].includes(ob.attributes.meta_type!)));
    assert.doesNotMatch(xml, /chm_terms|geo_location|Protected areas/);
  });

  test('writes the common attributes in order, with the spaces of the exporter\'s line continuation', async () => {
    const { xml, obs } = await written(variants[0]);
    const openTags = xml.match(/<ob [^>]*>/g)!;
    assert.equal(openTags.length, obs.size);
    for (const tag of openTags) {
      assert.match(tag, /^<ob meta_type="[^"]+" param="0" id="[^"]+" sortorder="\d+" contributor="[^"]*" {13}approved="[01]" approved_by="[^"]*" releasedate="[^"]*" discussion="[01]" /);
    }
    const news = obs.get('news/cop10-report')!;
    assert.deepEqual(news.attributeNames, ['meta_type', 'param', 'id', 'sortorder', 'contributor', 'approved', 'approved_by', 'releasedate', 'discussion', 'expirationdate', 'topitem', 'resourceurl', 'smallpicture', 'bigpicture']);
    assert.equal(obs.get('news/draft-news')!.attributes.approved, '0');
    assert.equal(obs.get('news/undated-news')!.attributes.releasedate, 'None');
    assert.equal(obs.get('events/biodiversity-day-2007')!.attributes.releasedate, '2007/01/17 17:21:17.812 GMT+1');
    assert.equal(obs.get('events/biodiversity-day-2007')!.attributes.end_date, '2010/02/30');
  });

  test('writes the four common texts for every language and keeps every localized value, a "]]>" in a body included', async () => {
    const { obs } = await written(variants[0]);
    for (const object of allObjects(site).filter(isInNyexp)) {
      const ob = obs.get(object.path)!;
      for (const language of site.languages) {
        for (const name of ['title', 'description', 'coverage', 'keywords']) {
          assert.equal(ob.localized[name]?.[language], object.localized[name]?.[language] ?? '', `${object.path} ${name} ${language}`);
        }
      }
      for (const [name, values] of Object.entries(object.localized)) {
        if (name === 'chm_terms') continue;
        for (const [language, value] of Object.entries(values)) assert.equal(ob.localized[name]?.[language], value, `${object.path} ${name} ${language}`);
      }
    }
    const body = obs.get('convention/why-biodiversity')!.localized.body!.en!;
    assert.ok(body.includes('counts[order[0]]>1'));
    assert.deepEqual(obs.get('information')!.localized.title, { en: 'Information', fr: '' });
    assert.deepEqual(obs.get('events/biodiversity-day-2007')!.localized.location, { en: 'Brussels', fr: '' });
    assert.deepEqual(obs.get('information/untitled-page')!.localized.title, { en: '', fr: '' });
  });

  test('encodes files as base64 wrapped at 76 characters that decodes to the model\'s bytes', async () => {
    const { xml, obs } = await written(variants[0]);
    const leaflet = byPath(site, 'information/chm-leaflet');
    const raw = /id="chm-leaflet"[^>]*? file="([^"]*)"/.exec(xml)![1]!;
    const lines = raw.split('\n');
    assert.equal(lines.at(-1), '', 'every line ends with a newline');
    assert.ok(lines.slice(0, -2).every((line) => line.length === 76));
    assert.ok(lines.at(-2)!.length <= 76);
    const leafletOb = obs.get('information/chm-leaflet')!;
    assert.deepEqual(decode(leafletOb.attributes.file!), leaflet.binaries[0]!.bytes);
    assert.equal(leafletOb.attributes.downloadfilename, 'chm-leaflet.pdf');
    assert.equal(obs.get('information/annual-report')!.attributes.downloadfilename, 'report.pdf');

    const items = obs.get('information/rapport')!.binaries;
    assert.deepEqual(items.map((item) => [item.element, item.attributes.lang]), [['item', 'en'], ['item', 'fr']]);
    for (const [index, binary] of byPath(site, 'information/rapport').binaries.entries()) assert.deepEqual(decode(items[index]!.attributes.file!), binary.bytes);

    const news = byPath(site, 'news/cop10-report');
    for (const role of ['smallpicture', 'bigpicture']) {
      assert.deepEqual(decode(obs.get('news/cop10-report')!.attributes[role]!), news.binaries.find((binary) => binary.role === role)!.bytes, role);
    }
    assert.deepEqual(decode(obs.get('about/brussels-green-spaces')!.attributes.frontpicture!), byPath(site, 'about/brussels-green-spaces').binaries[0]!.bytes);
    const [img] = obs.get('convention/why-biodiversity')!.binaries;
    assert.equal(img!.attributes.id, 'chm-logo.png');
    assert.deepEqual(decode(img!.attributes.content!), byPath(site, 'convention/why-biodiversity').binaries[0]!.bytes);
  });

  test('writes comments inside <discussion>, escaped', async () => {
    const { obs } = await written(variants[0]);
    const comments = obs.get('news/cop10-report')!.comments;
    assert.deepEqual(comments, byPath(site, 'news/cop10-report').comments.map((comment) => ({ ...comment })));
    assert.equal(obs.get('news/cop10-report')!.attributes.discussion, '1');
  });

  test('writes a folder\'s items before its subfolders', async () => {
    const { obs } = await written(variants[0]);
    const types = obs.get('convention')!.children.map((child) => child.attributes.meta_type);
    assert.deepEqual(types, ['Naaya Document', 'Naaya Pointer', 'Naaya Pointer', 'Naaya Folder']);
  });

  test('writes custom_index, or publicinterface with the index template as bare CDATA', async () => {
    const newer = (await written(variants[0])).obs;
    assert.equal(newer.get('news')!.attributes.custom_index, 'news_folder_index');
    assert.equal(newer.get('events')!.attributes.custom_index, '');
    assert.equal(newer.get('news')!.template, '');
    assert.ok(!('publicinterface' in newer.get('news')!.attributes));

    const older = (await written(variants[2])).obs;
    assert.equal(older.get('news')!.attributes.publicinterface, '1');
    assert.equal(older.get('events')!.attributes.publicinterface, '0');
    assert.match(older.get('news')!.template, /here\/news_folder_index/);
    assert.equal(older.get('events')!.template, '');
    assert.ok(!('custom_index' in older.get('news')!.attributes));
  });

  test('upper-cases every language code when asked', async () => {
    const { xml } = await written(variants[1]);
    const codes = new Set<string>();
    const parser = sax.parser(true);
    parser.onopentag = (tag) => {
      const lang = (tag.attributes as Record<string, string>).lang;
      if (lang !== undefined) codes.add(lang);
    };
    parser.write(xml).close();
    assert.deepEqual([...codes].sort(), ['EN', 'FR']);
  });

  test('one-line layout puts nothing between elements; pretty layout only whitespace', async () => {
    const oneLine = await written(variants[1]);
    assert.ok(oneLine.xml.startsWith('<?xml version="1.0" encoding="utf-8"?><export '));
    for (const ob of oneLine.obs.values()) assert.equal(ob.looseText, '');
    const pretty = await written(variants[0]);
    for (const ob of pretty.obs.values()) {
      assert.equal(ob.looseText.trim(), '');
      assert.notEqual(ob.looseText, '');
    }
  });
});

describe('writeJsonDump', () => {
  const objectDir = (root: string, object: PtkModelObject) => join(root, 'content_export', 'biodiv', object.path.split('/')[0]!, ...object.path.split('/'));
  const readJson = async (file: string) => JSON.parse(await readFile(file, 'utf8'));

  test('writes every object as <id>.json in its own directory under its section, with per-language values and timestamps', async () => {
    const root = join(dir, 'dump');
    await writeJsonDump(site, root);
    for (const object of allObjects(site)) {
      const json = await readJson(join(objectDir(root, object), `${object.id}.json`));
      assert.equal(json.url, object.path);
      assert.equal(json.meta_type, object.metaType);
      assert.equal(json.approved, object.approved ? 1 : 0);
      for (const [language, value] of Object.entries(object.localized.title ?? {})) {
        assert.equal(json._local_properties.title[language][0], value);
        assert.equal(typeof json._local_properties.title[language][1], 'number');
      }
    }
    const news = await readJson(join(root, 'content_export/biodiv/news/news/cop10-report/cop10-report.json'));
    assert.deepEqual(news._local_properties.chm_terms.en[0], 'Protected areas|Climate change');
    assert.deepEqual(news.geo_location, [35.1709, 136.8815, 'Nagoya Congress Center, Nagoya, Japan']);
    assert.equal(news.bigpicture, 'http://www.biodiv.example.be/news/cop10-report/getBigPicture');
  });

  test('writes binaries beside the object: pictures by role, per-language files under their language', async () => {
    const root = join(dir, 'dump');
    for (const object of allObjects(site)) {
      for (const binary of object.binaries) {
        assert.deepEqual(await readFile(join(objectDir(root, object), jsonDumpBinaryPath(binary))), binary.bytes, `${object.path} ${binary.role}`);
      }
    }
    await stat(join(root, 'content_export/biodiv/news/news/cop10-report/bigpicture.jpg'));
    await stat(join(root, 'content_export/biodiv/information/information/rapport/fr/rapport-fr.pdf'));
    await stat(join(root, 'content_export/biodiv/information/information/strategy/en/strategy-en.pdf'));
  });

  test('writes comments as comment_<id>.json, the first dated by releasedate and the next by the older date key', async () => {
    const base = join(dir, 'dump', 'content_export/biodiv/news/news/cop10-report');
    const [first, second] = byPath(site, 'news/cop10-report').comments;
    const one = await readJson(join(base, `comment_${first!.id}.json`));
    assert.deepEqual(one, { id: first!.id, title: first!.title, body: first!.body, author: first!.author, releasedate: '2010-11-03T10:12:00', spamstatus: 0 });
    const two = await readJson(join(base, `comment_${second!.id}.json`));
    assert.equal(two.date, '2010-11-04T14:30:05');
    assert.ok(!('releasedate' in two));
  });

  test('writes dates as naive ISO, no date as null, and an impossible date as written', async () => {
    const base = join(dir, 'dump', 'content_export/biodiv');
    const conference = await readJson(join(base, 'events/events/iyb-2010-conference/iyb-2010-conference.json'));
    assert.equal(conference.start_date, '2010-05-22T09:00:00');
    const day = await readJson(join(base, 'events/events/biodiversity-day-2007/biodiversity-day-2007.json'));
    assert.equal(day.releasedate, '2007-01-17T17:21:17');
    assert.equal(day.start_date, null);
    assert.equal(day.end_date, '2010/02/30');
    assert.equal((await readJson(join(base, 'news/news/undated-news/undated-news.json'))).releasedate, null);
  });

  test('writes an event\'s location as a plain string for one event and a per-language map for the other', async () => {
    const base = join(dir, 'dump', 'content_export/biodiv/events/events');
    const conference = await readJson(join(base, 'iyb-2010-conference/iyb-2010-conference.json'));
    assert.equal(conference.location.fr[0], 'Palais d’Egmont');
    assert.equal(typeof conference.host.en[1], 'number');
    assert.ok(!('location' in conference._local_properties));
    const day = await readJson(join(base, 'biodiversity-day-2007/biodiversity-day-2007.json'));
    assert.equal(day.location, 'Brussels');
    assert.equal(day.host, 'RBINS');
  });

  test('without meta_type, leaves items untyped and keeps the folders\' type', async () => {
    const root = join(dir, 'dump-untyped');
    await writeJsonDump(site, root, { withMetaType: false, portalId: 'chm_be' });
    for (const object of allObjects(site)) {
      const json = await readJson(join(root, 'content_export', 'chm_be', object.path.split('/')[0]!, ...object.path.split('/'), `${object.id}.json`));
      assert.equal(json.meta_type, object.metaType === 'Naaya Folder' ? 'Naaya Folder' : undefined, object.path);
    }
  });
});

describe('writeExportJson', () => {
  test('writes every object under /<path> with {lang: value} maps, CHM terms and geo_location', async () => {
    const file = join(dir, 'export.json');
    await writeExportJson(site, file);
    const json = JSON.parse(await readFile(file, 'utf8'));
    assert.deepEqual(Object.keys(json).sort(), allObjects(site).map((object) => `/${object.path}`).sort());
    const news = json['/news/cop10-report'];
    assert.equal(news.meta_type, 'Naaya News');
    assert.deepEqual(news.title, { en: 'COP10 outcomes', fr: 'Résultats de la CdP10' });
    assert.deepEqual(news.chm_terms, { en: 'Protected areas|Climate change', fr: 'Aires protégées|Changement climatique' });
    assert.equal(news.geo_location[2], 'Nagoya Congress Center, Nagoya, Japan');
    assert.equal(news.releasedate, '2010/11/02 09:15:00 GMT+1');
    assert.ok(!('approved' in news) && !('contributor' in news));
    assert.equal(json['/news/undated-news'].releasedate, null);
    assert.equal(json['/events/biodiversity-day-2007'].location, 'Brussels');
    assert.deepEqual(json['/events/iyb-2010-conference'].host, byPath(site, 'events/iyb-2010-conference').localized.host);
  });
});

describe('writeGlossary', () => {
  function parseGlossary(xml: string) {
    const parser = sax.parser(true);
    const terms: { tag: string; id: string; names: Record<string, string>; definitions: Record<string, string> }[] = [];
    let part: 'names' | 'definitions' = 'names';
    let lang = '';
    parser.onopentag = (tag) => {
      const attributes = tag.attributes as Record<string, string>;
      if (tag.name === 'folder' || tag.name === 'element') terms.push({ tag: tag.name, id: attributes.id!, names: {}, definitions: {} });
      if (tag.name === 'name') part = 'names';
      if (tag.name === 'definition') part = 'definitions';
      if (tag.name === 'translation') lang = attributes.lang!;
    };
    parser.ontext = (text) => {
      if (lang) terms.at(-1)![part][lang] = (terms.at(-1)![part][lang] ?? '') + text;
    };
    parser.onclosetag = (name) => {
      if (name === 'translation') lang = '';
    };
    parser.write(xml).close();
    return terms;
  }

  test('writes translations.xml and metadata.json in a folder, readable and equal to the model', async () => {
    const target = join(dir, 'glossary-folder');
    const glossary = await writeGlossary(target);
    const xml = await readFile(join(target, 'glossary/translations.xml'), 'utf8');
    assert.doesNotMatch(xml, /[^\x00-\x7f]/, 'non-ASCII written as character references');
    const terms = parseGlossary(xml);
    assert.deepEqual(terms.map((term) => `${term.tag} ${term.id}`), ['folder 01', 'element 01_01', 'element 01_02', 'element 01_03', 'folder 02', 'element 02_01', 'element 02_02', 'element 02_03']);
    const modelTerms = glossary.folders.flatMap((folder) => [folder, ...folder.elements]);
    for (const [index, term] of terms.entries()) {
      assert.deepEqual(term.names, modelTerms[index]!.names);
      assert.deepEqual(term.definitions, modelTerms[index]!.definitions);
      assert.deepEqual(Object.keys(term.names), ['en', 'fr', 'fr-BE', 'nl']);
    }
    const metadata = JSON.parse(await readFile(join(target, 'glossary/metadata.json'), 'utf8'));
    assert.deepEqual(metadata, { languages: glossary.languages, properties: { parent_anchors: true, description: glossary.description } });
  });

  test('writes a zip holding exactly the two files of the folder form', async () => {
    const zipFile = join(dir, 'glossary.zip');
    await writeGlossary(zipFile, { zip: true });
    const entries = await new Promise<Map<string, Buffer>>((resolve, reject) => {
      const found = new Map<string, Buffer>();
      yauzl.open(zipFile, { lazyEntries: true }, (error, zip) => {
        if (error) return reject(error);
        zip.on('entry', (entry: yauzl.Entry) => {
          zip.openReadStream(entry, (streamError, stream) => {
            if (streamError) return reject(streamError);
            const chunks: Buffer[] = [];
            stream.on('data', (chunk: Buffer) => chunks.push(chunk));
            stream.on('end', () => {
              found.set(entry.fileName, Buffer.concat(chunks));
              zip.readEntry();
            });
          });
        });
        zip.on('end', () => resolve(found));
        zip.readEntry();
      });
    });
    assert.deepEqual([...entries.keys()].sort(), ['glossary/metadata.json', 'glossary/translations.xml']);
    assert.deepEqual(entries.get('glossary/translations.xml'), await readFile(join(dir, 'glossary-folder/glossary/translations.xml')));
  });
});

describe('writeLargeNyexp', () => {
  async function streamCount(file: string) {
    const types = new Map<string, number>();
    const titles = new Set<string>();
    let obs = 0;
    let inTitle = false;
    let title = '';
    const parser = sax.createStream(true);
    parser.on('opentag', (tag) => {
      if (tag.name === 'ob') {
        obs += 1;
        const type = String(tag.attributes.meta_type);
        types.set(type, (types.get(type) ?? 0) + 1);
      }
      if (tag.name === 'title' && tag.attributes.lang === 'en') {
        inTitle = true;
        title = '';
      }
    });
    parser.on('cdata', (text) => {
      if (inTitle) title += text;
    });
    parser.on('closetag', (name) => {
      if (name === 'title' && inTitle) {
        titles.add(title);
        inTitle = false;
      }
    });
    await new Promise<void>((resolve, reject) => {
      parser.on('end', resolve);
      parser.on('error', reject);
      createReadStream(file).pipe(parser);
    });
    return { obs, types, titles };
  }

  test('writes 20,000 objects in a few seconds: that many <ob>, unique titles, the mix asked and the byte count returned', async () => {
    const file = join(dir, 'large.nyexp');
    const started = performance.now();
    const result = await writeLargeNyexp(file, { objects: 20_000 });
    const elapsed = performance.now() - started;
    assert.ok(elapsed < 10_000, `took ${Math.round(elapsed)} ms`);
    assert.deepEqual(result, { objects: 20_000, bytes: (await stat(file)).size });
    const { obs, types, titles } = await streamCount(file);
    assert.equal(obs, 20_000);
    assert.equal(titles.size, 20_000);
    const share = (type: string) => (types.get(type) ?? 0) / obs;
    assert.ok(Math.abs(share('Naaya News') - 0.6) < 0.02, `news ${share('Naaya News')}`);
    assert.ok(Math.abs(share('Naaya Document') - 0.2) < 0.02, `documents ${share('Naaya Document')}`);
    assert.ok(Math.abs(share('Naaya Event') - 0.15) < 0.02, `events ${share('Naaya Event')}`);
    assert.ok(Math.abs(share('Naaya Folder') + share('Naaya URL') - 0.05) < 0.02);
  });

  test('writes exactly the count asked when it is not a multiple of a folder\'s size, in the languages asked', async () => {
    const file = join(dir, 'odd.nyexp');
    assert.equal((await writeLargeNyexp(file, { objects: 253, languages: ['fr', 'nl', 'en'] })).objects, 253);
    assert.equal((await streamCount(file)).obs, 253);
    const langs = new Set([...(await readFile(file, 'utf8')).matchAll(/ lang="([^"]*)"/g)].map((match) => match[1]));
    assert.deepEqual([...langs].sort(), ['en', 'fr', 'nl']);
  });
});

describe('hostile inputs', () => {
  test('the billion laughs document nests entities that would expand to a billion "lol"s', () => {
    const xml = billionLaughsNyexp();
    const definitions = new Map([...xml.matchAll(/<!ENTITY (\w+) "([^"]*)">/g)].map((match) => [match[1]!, match[2]!]));
    const lengths = new Map<string, number>();
    const expandedLength = (name: string): number => {
      if (!lengths.has(name)) {
        const parts = definitions.get(name)!.split(/(&\w+;)/).filter(Boolean);
        lengths.set(name, parts.reduce((length, part) => length + (part.startsWith('&') ? expandedLength(part.slice(1, -1)) : part.length), 0));
      }
      return lengths.get(name)!;
    };
    assert.equal(expandedLength('lol9'), 3 * 10 ** 9);
    assert.match(xml, /<title lang="en">&lol9;<\/title>/);
  });

  test('the external entity document declares a SYSTEM entity on the target and uses it', () => {
    assert.match(externalEntityNyexp(), /<!ENTITY xxe SYSTEM "file:\/\/\/etc\/passwd">/);
    const custom = externalEntityNyexp('http://attacker.example/x');
    assert.match(custom, /<!ENTITY xxe SYSTEM "http:\/\/attacker\.example\/x">/);
    assert.equal(custom.match(/&xxe;/g)!.length, 2);
  });

  test('a truncated copy holds exactly the first part of the source', async () => {
    const source = join(dir, 'to-truncate.nyexp');
    await writeNyexp(site, source);
    const whole = await readFile(source);
    await writeTruncated(source, join(dir, 'half.nyexp'), 0.5);
    const half = await readFile(join(dir, 'half.nyexp'));
    assert.equal(half.length, Math.floor(whole.length * 0.5));
    assert.deepEqual(half, whole.subarray(0, half.length));
    await writeTruncated(source, join(dir, 'none.nyexp'), 0);
    assert.equal((await stat(join(dir, 'none.nyexp'))).size, 0);
    await assert.rejects(writeTruncated(source, join(dir, 'bad.nyexp'), 1.5), RangeError);
  });

  test('the huge base64 document is one line, well-formed, and its file decodes to the size and digest returned', async () => {
    const file = join(dir, 'huge.nyexp');
    const result = await writeHugeBase64Nyexp(file, 3);
    assert.equal(result.bytes, 3 * 1024 * 1024);
    const xml = await readFile(file, 'utf8');
    assert.ok(!xml.includes('\n'));
    const obs = flatten(parseNyexp(xml));
    const bytes = decode(obs.get('files/huge')!.attributes.file!);
    assert.equal(bytes.length, result.bytes);
    assert.equal(sha256(bytes), result.sha256);
  });
});
