import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { loadItems } from '../src/content/service.ts';
import type { Item } from '../src/content/item.ts';
import type { Db } from '../src/db/database.ts';
import { SiteScope } from '../src/db/site-scope.ts';
import { importPtk } from '../src/interop/ptk/import.ts';
import type { PtkImportReport } from '../src/interop/ptk/report.ts';
import type { Site } from '../src/sites/site.ts';
import { AdminSession } from './support/admin-session.ts';
import { buildSite, buildTestApp, hostOf, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';
import {
  allObjects,
  buildPtkSite,
  isInNyexp,
  type PtkModelObject,
  type PtkModelSite,
  writeExportJson,
  writeGlossary,
  writeJsonDump,
  writeNyexp,
} from './support/ptk-generator.ts';

/**
 * The PTK importer end to end (issue 7, ADR 0017, docs/ptk-mapping.md): the real exports in
 * ../shared/fixtures/ptk, then generated exports of every format checked object by object against
 * the generator's model, languages, re-runs, dry runs and the command line.
 */

const fixtures = new URL('../../shared/fixtures/ptk/', import.meta.url).pathname;
const run = promisify(execFile);

/** The table of docs/ptk-mapping.md, written out here so that the test does not read the mapping's own. */
const ecotoneTypeOf: Record<string, string> = {
  'Naaya Folder': 'page',
  'Naaya Document': 'page',
  'Naaya Story': 'news',
  'Naaya News': 'news',
  'Naaya Event': 'event',
  'Naaya File': 'document',
  'Naaya Extended File': 'document',
  'Naaya Blob File': 'document',
  'Naaya URL': 'related-website',
  'Naaya Contact': 'contact-person',
  'Naaya GeoPoint': 'page',
  'Naaya Media File': 'media-item',
};

/** Public address segments of the types items are linked as (`/en/pages/<slug>`). */
const segmentOf: Record<string, string> = { page: 'pages', news: 'news', event: 'events', document: 'documents', 'related-website': 'links', 'contact-person': 'contacts' };

type Outcome = 'created' | 'menu' | 'quarantined';

/** What the model says an object must become: unknown types, untitled objects and events without a start are quarantined. */
function expectedOutcome(object: PtkModelObject): Outcome {
  if (object.metaType === 'Naaya Pointer') return 'menu';
  if (!ecotoneTypeOf[object.metaType]) return 'quarantined';
  if (!Object.values(object.localized.title ?? {}).some((title) => title.trim())) return 'quarantined';
  if (object.metaType === 'Naaya Event' && !String(object.properties.start_date ?? '').trim()) return 'quarantined';
  return 'created';
}

function expectedByType(objects: readonly PtkModelObject[]): Record<string, Partial<Record<Outcome, number>>> {
  const out: Record<string, Partial<Record<Outcome, number>>> = {};
  for (const object of objects) {
    const counts = (out[object.metaType] ??= {});
    const outcome = expectedOutcome(object);
    counts[outcome] = (counts[outcome] ?? 0) + 1;
  }
  return out;
}

/** The report's counts per type without the zero entries, comparable with `expectedByType`. */
function reportedByType(report: PtkImportReport): Record<string, Record<string, number>> {
  return Object.fromEntries(Object.entries(report.byType).map(([type, counts]) => [type, Object.fromEntries(Object.entries(counts).filter(([, n]) => n))]));
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** A Zope DateTime as the instant it names (`2010/05/22 09:00:00 GMT+2` → `2010-05-22T07:00:00.000Z`). */
function zopeInstant(value: string): string {
  const m = /^(\d{4})\/(\d{2})\/(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d+)? GMT([+-]\d+)$/.exec(value);
  assert.ok(m, `the model's date ${value} has the expected form`);
  const [, y, mo, d, h, mi, s, fraction, offset] = m;
  return new Date(Date.UTC(+y!, +mo! - 1, +d!, +h! - +offset!, +mi!, +s!, Math.round(Number(fraction ?? 0) * 1000))).toISOString();
}

interface RecordRow {
  source_path: string;
  meta_type: string;
  outcome: string;
  item_id: number | null;
  media_id: number | null;
  details: string;
}

interface Imported {
  records: Map<string, RecordRow>;
  items: Map<string, Item>;
}

async function imported(db: Db, site: Site): Promise<Imported> {
  const scope = new SiteScope(db.kysely, site.id);
  const rows = (await scope.selectFrom('import_records').select(['source_path', 'meta_type', 'outcome', 'item_id', 'media_id', 'details']).where('source', '=', 'ptk').execute()) as RecordRow[];
  const records = new Map(rows.map((r) => [r.source_path, r]));
  const loaded = new Map((await loadItems(scope, rows.filter((r) => r.item_id !== null).map((r) => r.item_id!))).map((i) => [i.id, i]));
  const items = new Map<string, Item>();
  for (const r of rows) if (r.item_id !== null && loaded.has(r.item_id)) items.set(r.source_path, loaded.get(r.item_id)!);
  return { records, items };
}

const titleIn = (item: Item | undefined, language: string) => item?.translations.find((t) => t.language === language)?.title;
const translation = (item: Item, language: string) => {
  const found = item.translations.find((t) => t.language === language);
  assert.ok(found, `item ${item.id} has a ${language} translation`);
  return found;
};

interface MenuRow {
  id: number;
  language: string;
  parent_id: number | null;
  position: number;
  label: string;
  item_id: number | null;
  url: string | null;
}

async function mainMenu(db: Db, site: Site, language: string): Promise<MenuRow[]> {
  return new SiteScope(db.kysely, site.id)
    .selectFrom('menu_entries')
    .select(['id', 'language', 'parent_id', 'position', 'label', 'item_id', 'url'])
    .where('menu', '=', 'main')
    .where('language', '=', language)
    .orderBy('parent_id')
    .orderBy('position')
    .execute() as Promise<MenuRow[]>;
}

function childrenOf(menu: readonly MenuRow[], parent: number | null): MenuRow[] {
  return menu.filter((e) => e.parent_id === parent).sort((a, b) => a.position - b.position);
}

function depthOf(menu: readonly MenuRow[], entry: MenuRow): number {
  let depth = 1;
  for (let e = entry; e.parent_id !== null; e = menu.find((p) => p.id === e.parent_id)!) depth++;
  return depth;
}

/** Row counts of every table, the site's own rows for the tables that have a site. */
async function tableCounts(db: Db, site: Site): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await db.kysely.introspection.getTables()) {
    if (table.name.startsWith('kysely_')) continue;
    const perSite = table.columns.some((c) => c.name === 'site_id');
    const query = perSite
      ? sql<{ n: number }>`select count(*) as n from ${sql.table(table.name)} where site_id = ${site.id}`
      : sql<{ n: number }>`select count(*) as n from ${sql.table(table.name)}`;
    counts[table.name] = Number((await query.execute(db.kysely)).rows[0]!.n);
  }
  return counts;
}

/** The objects of a real fixture, read with a plain scan of its tags (independent of the importer's reader). */
interface FixtureObject {
  path: string;
  parentPath: string;
  metaType: string;
  sortorder: number;
  position: number;
  publicinterface: string | undefined;
  titles: Record<string, string>;
}

function fixtureObjects(xml: string): FixtureObject[] {
  const objects: FixtureObject[] = [];
  const stack: { object: FixtureObject; children: number }[] = [];
  let topLevel = 0;
  for (const m of xml.matchAll(/<ob\s([^>]*)>|<\/ob>|<title lang="([^"]+)"><!\[CDATA\[([\s\S]*?)\]\]><\/title>/g)) {
    if (m[0] === '</ob>') {
      stack.pop();
    } else if (m[1] !== undefined) {
      const attribute = (name: string) => new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(m[1]!)?.[1];
      const parent = stack.at(-1);
      const id = attribute('id')!;
      const object: FixtureObject = {
        path: parent ? `${parent.object.path}/${id}` : id,
        parentPath: parent?.object.path ?? '',
        metaType: attribute('meta_type')!,
        sortorder: Number(attribute('sortorder')),
        position: parent ? parent.children++ : topLevel++,
        publicinterface: attribute('publicinterface'),
        titles: {},
      };
      objects.push(object);
      stack.push({ object, children: 0 });
    } else {
      stack.at(-1)!.object.titles[m[2]!] = m[3]!;
    }
  }
  return objects;
}

/** A glossary's translations.xml read with a plain scan: every term's names and definitions, entities decoded. */
function glossaryTerms(xml: string): { id: string; parentId: string | null; names: Record<string, string>; definitions: Record<string, string> }[] {
  const decode = (text: string) =>
    text.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!);
  const terms: ReturnType<typeof glossaryTerms> = [];
  let folder: string | null = null;
  let section: 'names' | 'definitions' = 'names';
  for (const m of xml.matchAll(/<(folder|element) id="([^"]*)"|<(name|definition)>|<translation lang="([^"]+)">([\s\S]*?)<\/translation>/g)) {
    if (m[1]) {
      if (m[1] === 'folder') folder = m[2]!;
      terms.push({ id: m[2]!, parentId: m[1] === 'element' ? folder : null, names: {}, definitions: {} });
    } else if (m[3]) section = m[3] === 'name' ? 'names' : 'definitions';
    else terms.at(-1)![section][m[4]!] = decode(m[5]!);
  }
  return terms;
}

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`PTK import (${dialect})`, { skip }, () => {
    let t: TestApp;
    let dir: string;
    let model: PtkModelSite;
    const db = () => t.services.db;
    const get = (site: Site, url: string) => t.app.inject({ url, headers: { host: hostOf(site) } });
    const enFrSite = (code: string) => buildSite(t.services, { code: `${code}${dialect.slice(0, 2)}`, languages: ['en', 'fr'], defaultLanguage: 'en' });
    const enSite = (code: string) => buildSite(t.services, { code: `${code}${dialect.slice(0, 2)}`, languages: ['en'], defaultLanguage: 'en', names: { en: code } });

    before(async () => {
      t = await buildTestApp(dialect);
      dir = await mkdtemp(join(tmpdir(), 'ptk-import-'));
      model = await buildPtkSite();
      await writeNyexp(model, join(dir, 'site.nyexp'), { folderAttribute: 'publicinterface' });
    });
    after(async () => {
      await t?.close();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    describe('the real exports', () => {
      test('chm-default-structure: 34 folders become pages in the main menu, in their order and nesting, and their old addresses redirect', async () => {
        const xml = await readFile(join(fixtures, 'chm-default-structure.nyexp'), 'utf8');
        const objects = fixtureObjects(xml);
        const folders = objects.filter((o) => o.metaType === 'Naaya Folder');
        assert.equal(folders.length, 34, 'the fixture as described');
        const site = await enSite('chm');
        const report = await importPtk(t.services, { site, path: join(fixtures, 'chm-default-structure.nyexp') });
        assert.equal(report.status, 'completed', report.fatal ?? '');
        assert.deepEqual(reportedByType(report), { 'Naaya Folder': { created: 34 }, 'Naaya Document': { created: 1 } });

        const { items } = await imported(db(), site);
        assert.equal(items.size, 35);
        for (const folder of folders) {
          const item = items.get(folder.path);
          assert.equal(item?.type, 'page', `${folder.path} is a page`);
          assert.equal(titleIn(item, 'en'), folder.titles.en);
        }
        assert.equal(items.get('info/copyright')?.type, 'page');
        assert.match(translation(items.get('info/copyright')!, 'en').body, /European Communities, 2000/);

        const menu = await mainMenu(db(), site, 'en');
        const byOrder = (a: FixtureObject, b: FixtureObject) => a.sortorder - b.sortorder || a.position - b.position;
        const topFolders = folders.filter((f) => !f.parentPath).sort(byOrder);
        assert.deepEqual(topFolders.map((f) => f.path), ['convention', 'cooperation', 'network', 'information', 'info', 'About', 'stories', 'news', 'events']);
        assert.deepEqual(
          childrenOf(menu, null).map((e) => [e.label, e.item_id]),
          topFolders.map((f) => [f.titles.en, items.get(f.path)!.id]),
          'the top-level folders, in their sortorder',
        );
        for (const parent of folders) {
          const entry = menu.find((e) => e.item_id === items.get(parent.path)!.id)!;
          const subfolders = folders.filter((f) => f.parentPath === parent.path).sort(byOrder);
          assert.deepEqual(
            childrenOf(menu, entry.id).map((e) => e.item_id),
            subfolders.map((f) => items.get(f.path)!.id),
            `the subfolders of ${parent.path}, under its entry`,
          );
        }
        assert.equal(menu.length, 34, 'one entry per folder and nothing else');

        const slug = translation(items.get('convention/cbd_global')!, 'en').slug;
        const moved = await get(site, '/convention/cbd_global');
        assert.equal(moved.statusCode, 301, 'the old address of a folder answers with its new one');
        assert.equal(moved.headers.location, `/en/pages/${slug}`);
      });

      test('naaya-default-structure: the folder info and its 3 documents, their bodies with headings, lists and links', async () => {
        const site = await enSite('naaya');
        const report = await importPtk(t.services, { site, path: join(fixtures, 'naaya-default-structure.nyexp') });
        assert.equal(report.status, 'completed');
        const { items } = await imported(db(), site);
        assert.deepEqual([...items.keys()].sort(), ['info', 'info/accessibility', 'info/contact', 'info/cookie_policy']);
        assert.deepEqual(['info/accessibility', 'info/contact', 'info/cookie_policy'].map((p) => titleIn(items.get(p), 'en')), ['Accessibility statement', 'Contact us', 'Cookie policy']);
        const accessibility = translation(items.get('info/accessibility')!, 'en').body;
        assert.match(accessibility, /<h2>Keyboard shortcuts<\/h2>/);
        assert.match(accessibility, /<li>access key 1 - link to home page<\/li>/);
        assert.match(accessibility, /<a href="http:\/\/www\.w3\.org\/TR\/WAI-WEBCONTENT\/wai-pageauth\.html">Web Content Accessibility Guidelines 1\.0<\/a>/);
        assert.match(translation(items.get('info/cookie_policy')!, 'en').body, /<strong>cookie<\/strong>/);
        assert.match(translation(items.get('info/contact')!, 'en').body, /contact information/);

        const page = await get(site, `/en/pages/${translation(items.get('info/accessibility')!, 'en').slug}`);
        assert.equal(page.statusCode, 200, 'an imported document with no release date is on the public site');
        assert.match(page.body, /Keyboard shortcuts/);
      });

      test('semide-country: 6 folders, the 3 with a ZPT index template imported without it, each template named in the report', async () => {
        const xml = await readFile(join(fixtures, 'semide-country.nyexp'), 'utf8');
        const folders = fixtureObjects(xml);
        const withTemplate = folders.filter((f) => f.publicinterface === '1').map((f) => f.path);
        assert.deepEqual(withTemplate, ['contacts', 'legislation_water', 'project_water']);
        const site = await enSite('semide');
        const report = await importPtk(t.services, { site, path: join(fixtures, 'semide-country.nyexp') });
        assert.equal(report.status, 'completed');
        assert.deepEqual(reportedByType(report), { 'Naaya Folder': { created: 6 } });
        const { items, records } = await imported(db(), site);
        assert.deepEqual([...items.keys()].sort(), folders.map((f) => f.path).sort());
        for (const path of withTemplate) {
          assert.ok(report.warnings.some((w) => w.path === path && /template/i.test(w.message)), `the report names ${path}'s template`);
          assert.match(JSON.parse(records.get(path)!.details).kept?.customIndexSource ?? '', /tal:/, 'the template source stays in the import record');
        }
        for (const [path, item] of items) {
          for (const tr of item.translations) assert.doesNotMatch(`${tr.title} ${tr.summary} ${tr.body}`, /tal:|metal:|i18n:|standard_html_(header|footer)|here\/|python:/, `no ZPT in ${path}`);
        }
      });

      test('chm-terms glossary: a site vocabulary of 8 themes and 38 terms, every name and definition of the dump kept, each term a site keyword', async () => {
        const site = await enSite('terms');
        const xml = await readFile(join(fixtures, 'chm-terms-glossary/glossary/translations.xml'), 'utf8');
        const expected = glossaryTerms(xml);
        const report = await importPtk(t.services, { site, path: join(fixtures, 'chm-terms-glossary') });
        assert.equal(report.status, 'completed');
        assert.equal(report.format, 'glossary');
        const scope = new SiteScope(db().kysely, site.id);
        const vocabulary = await scope.selectFrom('site_vocabularies').select(['code', 'source']).execute();
        assert.deepEqual(vocabulary, [{ code: 'chm-terms', source: 'ptk-glossary' }]);
        const terms = await scope.selectFrom('site_vocabulary_terms').select(['term_id', 'parent_term_id', 'names', 'definitions', 'keyword']).where('vocabulary', '=', 'chm-terms').execute();
        assert.equal(terms.filter((term) => term.parent_term_id === null).length, 8);
        assert.equal(terms.filter((term) => term.parent_term_id !== null).length, 38);
        const byId = new Map(terms.map((term) => [term.term_id, term]));
        for (const term of expected) {
          const stored = byId.get(term.id);
          assert.ok(stored, `term ${term.id}`);
          assert.equal(stored.parent_term_id, term.parentId);
          assert.deepEqual(JSON.parse(stored.names), term.names, `every name of ${term.id}`);
          assert.deepEqual(JSON.parse(stored.definitions), term.definitions, `every definition of ${term.id}`);
        }
        const first = JSON.parse(byId.get('01')!.names) as Record<string, string>;
        assert.equal(first.fr, 'Situation et tendances des composantes de la diversité biologique');
        assert.equal(first['fr-BE'], first.fr, 'fr-BE kept as written');

        const keywords = new Map((await scope.selectFrom('site_keywords').select(['identifier', 'labels']).execute()).map((k) => [k.identifier, JSON.parse(k.labels) as Record<string, string>]));
        for (const term of terms) assert.deepEqual(keywords.get(term.keyword), { en: JSON.parse(term.names).en }, `the keyword of ${term.term_id}, in the site's language`);
      });
    });

    describe('a generated site exported as nyexp (pretty, publicinterface)', () => {
      let site: Site;
      let report: PtkImportReport;
      let result: Imported;
      const objects = () => allObjects(model).filter(isInNyexp);
      const object = (path: string) => allObjects(model).find((o) => o.path === path)!;
      const item = (path: string) => {
        const found = result.items.get(path);
        assert.ok(found, `${path} became an item`);
        return found;
      };
      let started: string;

      before(async () => {
        site = await enFrSite('gen');
        started = new Date().toISOString();
        report = await importPtk(t.services, { site, path: join(dir, 'site.nyexp'), siteUrls: [model.siteUrl] });
        result = await imported(db(), site);
      });

      test('every object of the export is accounted for: one import record per path, quarantine rows for what could not be mapped', async () => {
        assert.equal(report.status, 'completed', report.fatal ?? '');
        assert.equal(report.objectsRead, objects().length);
        assert.deepEqual([...result.records.keys()].sort(), objects().map((o) => o.path).sort());
        assert.deepEqual(reportedByType(report), expectedByType(objects()));
        const quarantine = await new SiteScope(db().kysely, site.id).selectFrom('quarantine').select(['source_path', 'status']).execute();
        const quarantinedPaths = objects().filter((o) => expectedOutcome(o) === 'quarantined').map((o) => o.path);
        for (const path of quarantinedPaths) {
          assert.equal(result.records.get(path)?.outcome, 'quarantine', path);
          assert.ok(quarantine.some((q) => q.source_path === path && q.status === 'open'), `${path} waits in quarantine`);
        }
        assert.equal(quarantine.length, quarantinedPaths.length + 1, 'the quarantined objects and the refused file');
      });

      test('each mapped type becomes its Ecotone type, with its titles in English and French', () => {
        for (const o of objects().filter((o) => expectedOutcome(o) === 'created')) {
          const found = item(o.path);
          assert.equal(found.type, ecotoneTypeOf[o.metaType], `${o.path} (${o.metaType})`);
          for (const language of ['en', 'fr']) {
            const title = o.localized.title?.[language];
            assert.equal(titleIn(found, language), title || undefined, `${o.path} in ${language}`);
          }
        }
      });

      test('the folder tree becomes the main menu, in sortorder, with the 4th level listed at the 3rd', async () => {
        const en = await mainMenu(db(), site, 'en');
        const id = (path: string) => item(path).id;
        assert.deepEqual(childrenOf(en, null).map((e) => e.item_id), ['convention', 'information', 'news', 'events', 'about'].map(id));
        const fr = await mainMenu(db(), site, 'fr');
        assert.deepEqual(childrenOf(fr, null).map((e) => [e.item_id, e.label]), [
          [id('convention'), 'Convention et politique'],
          [id('news'), 'Actualités'],
          [id('events'), 'Événements'],
          [id('about'), 'À propos'],
        ], 'a folder titled only in English is not in the French menu');
        const entryOf = (path: string) => en.find((e) => e.item_id === id(path))!;
        const convention = entryOf('convention');
        assert.deepEqual(childrenOf(en, convention.id).map((e) => [e.label, e.item_id]), [['COP10 news', id('news/cop10-report')], ['CBD at Global level', id('convention/cbd_global')]]);
        const decisions = entryOf('convention/cbd_global/decisions');
        const cop10 = entryOf('convention/cbd_global/decisions/cop10');
        assert.equal(decisions.parent_id, entryOf('convention/cbd_global').id);
        assert.equal(depthOf(en, decisions), 3);
        assert.equal(depthOf(en, cop10), 3, 'the fourth level ends at the menu\'s third');
        assert.equal(cop10.parent_id, decisions.parent_id, 'listed beside its third-level ancestor');
        assert.ok(en.every((e) => depthOf(en, e) <= 3));
      });

      test('a news item: promoted, lead image, source, unpublish date, release date, comments kept and shown', async () => {
        const news = item('news/cop10-report');
        const source = object('news/cop10-report');
        assert.equal(news.promoted, true);
        const media = await new SiteScope(db().kysely, site.id).selectFrom('media_files').select(['id', 'kind', 'sha256']).execute();
        const lead = media.find((m) => m.id === news.fields.leadImage);
        assert.equal(lead?.kind, 'image');
        assert.equal(lead?.sha256, sha256(source.binaries.find((b) => b.role === 'bigpicture')!.bytes), 'the big picture is the lead image');
        assert.ok(media.some((m) => m.sha256 === sha256(source.binaries.find((b) => b.role === 'smallpicture')!.bytes)), 'the small picture is kept in the library');
        assert.equal(news.fields.sourceUrl, 'http://www.cbd.int/cop10/');
        assert.equal(translation(news, 'en').fields.source, 'CBD Secretariat');
        assert.equal(translation(news, 'fr').fields.source, 'Secrétariat de la CDB');
        assert.equal(news.fields.unpublishOn, '2011-01-31', 'the expiration date as written (2011/01/31 00:00:00 GMT+1)');
        for (const language of ['en', 'fr']) assert.equal(translation(news, language).publishedAt, zopeInstant(source.releasedate));

        const comments = await new SiteScope(db().kysely, site.id).selectFrom('item_comments').select(['author_name', 'title', 'body', 'posted_at', 'status']).where('item_id', '=', news.id).orderBy('posted_at').execute();
        assert.deepEqual(comments, [
          { author_name: 'mdupont', title: 'Great news', body: 'Congratulations & thanks to all negotiators', posted_at: '2010-11-03T09:12:00.000Z', status: 'published' },
          { author_name: 'anonymous', title: 'Question', body: 'Is the "Nagoya Protocol" text online?', posted_at: '2010-11-04T13:30:05.123Z', status: 'published' },
        ]);
        const page = await get(site, `/en/news/${translation(news, 'en').slug}`);
        assert.equal(page.statusCode, 200);
        assert.match(page.body, /Great news/);
        assert.match(page.body, /Congratulations &amp; thanks to all negotiators/);
        assert.match(page.body, /Is the (&quot;|")Nagoya Protocol(&quot;|") text online\?/);
      });

      test('a story becomes a promoted news with its front picture as lead image', async () => {
        const story = item('about/brussels-green-spaces');
        assert.equal(story.type, 'news');
        assert.equal(story.promoted, true);
        const lead = await new SiteScope(db().kysely, site.id).selectFrom('media_files').select(['kind', 'sha256']).where('id', '=', Number(story.fields.leadImage)).executeTakeFirst();
        assert.deepEqual(lead, { kind: 'image', sha256: sha256(object('about/brussels-green-spaces').binaries[0]!.bytes) });
        assert.equal(translation(story, 'fr').fields.source, 'Bruxelles Environnement');
      });

      test('approved=0 is a draft in every language; release dates are publication dates, the import date when there is none', () => {
        const draft = item('news/draft-news');
        assert.deepEqual(draft.translations.map((tr) => [tr.language, tr.status]).sort(), [['en', 'draft'], ['fr', 'draft']]);
        for (const o of objects().filter((o) => expectedOutcome(o) === 'created' && o.approved && /^\d{4}\//.test(o.releasedate))) {
          for (const tr of item(o.path).translations) assert.equal(tr.publishedAt, zopeInstant(o.releasedate), `${o.path} ${tr.language}`);
        }
        const undated = item('news/undated-news');
        for (const tr of undated.translations) {
          assert.ok(tr.publishedAt && tr.publishedAt >= started && tr.publishedAt <= report.finishedAt, `undated news (${tr.language}) is published at the import's date, got ${tr.publishedAt}`);
        }
        // `None` is Naaya's "no date", like an empty one (docs/ptk-mapping.md): no warning for it.
        assert.ok(!report.warnings.some((w) => w.path === 'news/undated-news' && /release date/i.test(w.message)));
        for (const folder of objects().filter((o) => o.metaType === 'Naaya Folder')) {
          for (const tr of item(folder.path).translations) assert.ok(tr.publishedAt !== null, `folder ${folder.path} (${tr.language}) has a publication date, so its page is live`);
        }
      });

      test('contributors become placeholder authors that can never sign in', async () => {
        const authors = await db().kysely.selectFrom('users').select(['id', 'email', 'password_hash', 'display_name']).where('email', 'like', `%.${site.code}@%`).execute();
        assert.deepEqual(authors.map((a) => a.display_name).sort(), ['admin', 'contrib1', 'jdoe']);
        for (const author of authors) {
          assert.match(author.email, /\.invalid$/);
          assert.equal(author.password_hash, null);
        }
        const jdoe = authors.find((a) => a.display_name === 'jdoe')!;
        assert.equal(item('news/cop10-report').authorId, jdoe.id);
        assert.equal(item('news/draft-news').authorId, authors.find((a) => a.display_name === 'contrib1')!.id);
        for (const password of ['', 'jdoe', 'correct horse battery staple 42']) {
          const login = await new AdminSession(t.app, hostOf(site)).login(jdoe.email, password);
          assert.notEqual(login.statusCode, 303, `no login with "${password}"`);
        }
      });

      test('an event: start and end instants, location and organiser per language, agenda and contacts in the text', () => {
        const event = item('events/iyb-2010-conference');
        const source = object('events/iyb-2010-conference');
        assert.deepEqual(event.fields.start, { at: zopeInstant(String(source.properties.start_date)), zone: 'UTC' });
        assert.deepEqual(event.fields.end, { at: zopeInstant(String(source.properties.end_date)), zone: 'UTC' });
        assert.equal((event.fields.start as { at: string }).at, '2010-05-22T07:00:00.000Z');
        assert.equal(event.fields.eventUrl, 'http://www.iyb2010.example.be/');
        const en = translation(event, 'en');
        const fr = translation(event, 'fr');
        assert.match(String(en.fields.location), /Egmont Palace/);
        assert.match(String(fr.fields.location), /Palais d’Egmont/);
        assert.equal(en.fields.organiser, 'Belgian Biodiversity Platform');
        assert.equal(fr.fields.organiser, 'Plate-forme belge de la biodiversité');
        for (const text of ['http://www.iyb2010.example.be/agenda', 'Marie Dupont', 'iyb@biodiv.example.be', '+32 2 627 45 45', '+32 2 627 41 41']) {
          assert.ok(en.body.includes(text), `${text} is in the text`);
          assert.ok(fr.body.includes(text), `${text} is in the French text`);
        }
      });

      test('files become documents with their file per language; the HTML named .pdf is refused and quarantined on its own', async () => {
        const scope = new SiteScope(db().kysely, site.id);
        const media = new Map((await scope.selectFrom('media_files').select(['id', 'sha256', 'content_type']).execute()).map((m) => [m.id, m]));
        const attachments = (path: string, language: string) => ((translation(item(path), language).fields.attachments as number[] | undefined) ?? []).map((id) => media.get(id));
        const bytesOf = (path: string, language?: string) => sha256(object(path).binaries.find((b) => b.language === language)!.bytes);

        assert.equal(item('information/chm-leaflet').type, 'document');
        assert.deepEqual(attachments('information/chm-leaflet', 'en').map((m) => [m?.sha256, m?.content_type]), [[bytesOf('information/chm-leaflet'), 'application/pdf']]);
        assert.deepEqual(attachments('information/rapport', 'en').map((m) => m?.sha256), [bytesOf('information/rapport', 'en')]);
        assert.deepEqual(attachments('information/rapport', 'fr').map((m) => m?.sha256), [bytesOf('information/rapport', 'fr')]);

        assert.equal(item('information/annual-report').type, 'document', 'the document is kept without its file');
        assert.deepEqual(attachments('information/annual-report', 'en'), []);
        const refused = await scope.selectFrom('quarantine').select(['source_path', 'reason', 'raw']).where('source_path', 'like', 'information/annual-report/%').execute();
        assert.equal(refused.length, 1);
        assert.match(refused[0]!.source_path, /report\.pdf/);
        assert.match(refused[0]!.reason, /report\.pdf/);
        assert.ok(!media.has(Number.NaN) && ![...media.values()].some((m) => m.sha256 === bytesOf('information/annual-report')), 'the HTML is not in the library');
      });

      test('a URL, a contact and a geographic point keep their fields', () => {
        const url = item('information/cbd-website');
        assert.equal(url.type, 'related-website');
        assert.equal(url.fields.url, 'https://www.cbd.int/');
        assert.ok(translation(url, 'fr').body.includes('https://www.cbd.int/fr/'), 'the French address is kept in its text');

        const contact = item('information/focal-point');
        assert.deepEqual(
          { personName: contact.fields.personName, givenName: contact.fields.givenName, familyName: contact.fields.familyName, email: contact.fields.email, phone: contact.fields.phone },
          { personName: 'Dr Marie Dupont', givenName: 'Marie', familyName: 'Dupont', email: 'marie.dupont@biodiv.example.be', phone: '+32 2 627 45 45' },
        );
        assert.equal(translation(contact, 'en').fields.function, 'CHM national focal point');
        assert.equal(translation(contact, 'fr').fields.function, 'Point focal national du CHM');
        assert.equal(translation(contact, 'en').fields.organizationName, 'Royal Belgian Institute of Natural Sciences');
        for (const text of ['+32 2 627 41 41', 'Biodiversity Services', 'Rue Vautier 29, 1000 Brussels', 'http://www.naturalsciences.be/']) assert.ok(translation(contact, 'en').body.includes(text), text);

        const point = item('information/botanic-garden-meise');
        assert.deepEqual(point.point, { lat: 50.85, lng: 4.35 });
        assert.ok(translation(point, 'en').body.includes('Nieuwelaan 38, 1860 Meise'));
      });

      test('a pointer becomes a menu entry linking to its target; the lost pointer is a warning', async () => {
        assert.equal(result.records.get('convention/cop10-news')?.outcome, 'menu');
        const target = item('news/cop10-report').id;
        for (const [language, label] of [['en', 'COP10 news'], ['fr', 'Nouvelles de la CdP10']] as const) {
          const entry = (await mainMenu(db(), site, language)).find((e) => e.label === label);
          assert.equal(entry?.item_id, target, `the ${language} entry links to the news`);
        }
        assert.ok(report.warnings.some((w) => w.path === 'convention/lost-pointer' && /information\/old-red-list/.test(w.message)));
        for (const language of ['en', 'fr']) assert.ok(!(await mainMenu(db(), site, language)).some((e) => /Old red list|Ancienne liste rouge/.test(e.label)));
      });

      test('unknown types, the untitled page and the event without a start wait in quarantine with the reason and the raw object', async () => {
        const rows = new Map((await new SiteScope(db().kysely, site.id).selectFrom('quarantine').select(['source_path', 'meta_type', 'reason', 'raw']).execute()).map((q) => [q.source_path, q]));
        const expert = rows.get('information/expert-jansen')!;
        assert.equal(expert.meta_type, 'Naaya SMAP Expert');
        assert.match(expert.reason, /Naaya SMAP Expert/);
        const raw = JSON.stringify(JSON.parse(expert.raw));
        for (const value of ['Pieter', 'Jansen', 'pieter.jansen@example.be', 'Water management', 'Gestion de l’eau']) assert.ok(raw.includes(value), `the raw object holds ${value}`);
        assert.match(rows.get('information/untitled-page')!.reason, /title/);
        assert.match(rows.get('events/biodiversity-day-2007')!.reason, /\bstart\b/);
        assert.ok(JSON.parse(rows.get('events/biodiversity-day-2007')!.raw).object, 'raw object kept for a retry');
      });

      test('HTML is cleaned in every stored text: no Word markup, font tags, inline styles or scripts; tables, lists and headings kept', () => {
        for (const [path, found] of result.items) {
          for (const tr of found.translations) {
            for (const html of [tr.body, tr.summary]) {
              assert.doesNotMatch(html, /<font|\sstyle=|mso-|class="Mso|<o:p|<script|document\.write/i, `${path} (${tr.language})`);
            }
          }
        }
        const body = translation(item('convention/why-biodiversity'), 'en').body;
        assert.match(body, /<table[\s>]/);
        assert.match(body, /<li>Ecosystems<\/li>/);
        assert.match(body, /<h2>/);
        assert.match(body, /Belgium hosts about 36,000 species\./);
      });

      test('links to other imported objects point at their new addresses; external links, mail links and fragments are kept', () => {
        const addressOf = (path: string, language: string) => {
          const target = item(path);
          return `/${language}/${segmentOf[target.type]}/${translation(target, language).slug}`;
        };
        for (const language of ['en', 'fr']) {
          const body = translation(item('convention/why-biodiversity'), language).body;
          assert.ok(body.includes(`href="${addressOf('news/cop10-report', language)}"`), `absolute link (${language})`);
          assert.ok(body.includes(`href="${addressOf('events/iyb-2010-conference', language)}"`), `root-relative link with index_html (${language})`);
          assert.ok(body.includes(`href="${addressOf('information/red-list', language)}#section"`), `relative link with its fragment (${language})`);
          assert.ok(body.includes('href="https://www.cbd.int/"'), 'external link untouched');
          assert.ok(body.includes('href="mailto:chm@biodiv.example.be"'), 'mail link untouched');
          assert.match(body, /<img [^>]*src="\/media\/[^"]+"/, `the embedded image is a library file (${language})`);
          assert.ok(!body.includes(model.siteUrl), 'nothing points at the old site any more');
        }
        assert.deepEqual(report.warnings.filter((w) => /points at nothing/.test(w.message)), [], 'every link leads to something imported, embedded images included');
      });

      test('keywords become keyword tags labelled per language; the coverage "Belgium" becomes the country', async () => {
        const doc = item('convention/why-biodiversity');
        assert.ok(doc.tags.includes('be'), 'Belgium → be');
        assert.ok(doc.tags.includes('keyword:biodiversity') && doc.tags.includes('keyword:species'), doc.tags.join(', '));
        const keyword = await new SiteScope(db().kysely, site.id).selectFrom('site_keywords').select('labels').where('identifier', '=', 'keyword:biodiversity').executeTakeFirstOrThrow();
        assert.deepEqual(JSON.parse(keyword.labels), { en: 'biodiversity', fr: 'biodiversité' });
        assert.ok(item('news/cop10-report').tags.includes('be'));
      });

      test('old addresses answer 301 with the new ones', async () => {
        const news = item('news/cop10-report');
        for (const old of ['/news/cop10-report', '/news/cop10-report/index_html']) {
          const response = await get(site, old);
          assert.equal(response.statusCode, 301, old);
          assert.equal(response.headers.location, `/en/news/${translation(news, 'en').slug}`);
        }
        const folder = await get(site, '/convention/cbd_global');
        assert.equal(folder.statusCode, 301, 'a folder\'s old address');
        assert.equal(folder.headers.location, `/en/pages/${translation(item('convention/cbd_global'), 'en').slug}`);
      });
    });

    describe('the other formats', () => {
      test('nyexp on one line, with custom_index and upper-case language codes: the same objects, titles per language', async () => {
        const file = join(dir, 'one-line.nyexp');
        await writeNyexp(model, file, { layout: 'one-line', folderAttribute: 'custom_index', languageCase: 'upper' });
        const site = await enFrSite('line');
        const report = await importPtk(t.services, { site, path: file });
        assert.equal(report.status, 'completed', report.fatal ?? '');
        const objects = allObjects(model).filter(isInNyexp);
        assert.deepEqual(reportedByType(report), expectedByType(objects));
        assert.deepEqual(report.languageMap, { EN: 'en', FR: 'fr' });
        assert.deepEqual(report.languagesAdded, []);
        const { items, records } = await imported(db(), site);
        assert.deepEqual([...records.keys()].sort(), objects.map((o) => o.path).sort());
        for (const o of objects.filter((o) => expectedOutcome(o) === 'created')) {
          for (const language of ['en', 'fr']) assert.equal(titleIn(items.get(o.path), language), o.localized.title?.[language] || undefined, `${o.path} ${language}`);
        }
        assert.equal(JSON.parse(records.get('news')!.details).kept?.customIndexSource, undefined, 'a custom_index names a template, it has no source');
      });

      test('a JSON dump with meta_type: every object, binaries into the library, comments, CHM terms on the glossary\'s keywords', async () => {
        const dump = join(dir, 'dump');
        await writeJsonDump(model, dump);
        const site = await enFrSite('dump');
        await writeGlossary(join(dir, 'chm_terms.zip'), { zip: true });
        const glossary = await importPtk(t.services, { site, path: join(dir, 'chm_terms.zip') });
        assert.equal(glossary.format, 'glossary');
        const report = await importPtk(t.services, { site, path: dump });
        assert.equal(report.status, 'completed', report.fatal ?? '');
        assert.equal(report.format, 'json-dump');
        const objects = allObjects(model);
        assert.deepEqual(reportedByType(report), expectedByType(objects));
        const { items, records } = await imported(db(), site);
        assert.deepEqual([...records.keys()].sort(), objects.map((o) => o.path).sort());
        for (const o of objects.filter((o) => expectedOutcome(o) === 'created')) {
          for (const language of ['en', 'fr']) assert.equal(titleIn(items.get(o.path), language), o.localized.title?.[language] || undefined, `${o.path} ${language}`);
        }
        const scope = new SiteScope(db().kysely, site.id);
        const media = new Map((await scope.selectFrom('media_files').select(['id', 'sha256']).execute()).map((m) => [m.id, m.sha256]));
        const strategy = items.get('information/strategy')!;
        const strategyModel = objects.find((o) => o.path === 'information/strategy')!;
        for (const language of ['en', 'fr']) {
          const ids = translation(strategy, language).fields.attachments as number[];
          assert.deepEqual(ids.map((id) => media.get(id)), [sha256(strategyModel.binaries.find((b) => b.language === language)!.bytes)], `the Blob File's ${language} file`);
        }
        assert.equal(media.get(Number(items.get('news/cop10-report')!.fields.leadImage)), sha256(objects.find((o) => o.path === 'news/cop10-report')!.binaries.find((b) => b.role === 'bigpicture')!.bytes));
        const comments = await scope.selectFrom('item_comments').select('title').where('item_id', '=', items.get('news/cop10-report')!.id).execute();
        assert.deepEqual(comments.map((c) => c.title).sort(), ['Great news', 'Question']);
        const forum = await scope.selectFrom('quarantine').select(['reason', 'raw']).where('source_path', '=', 'information/chm-forum').executeTakeFirstOrThrow();
        assert.match(forum.reason, /Naaya Forum/);
        assert.ok(['CHM', 'Biodiversity', 'Other'].every((category) => forum.raw.includes(category)), 'the forum\'s properties are kept raw');
        const terms = await scope.selectFrom('site_vocabulary_terms').select(['keyword', 'names']).where('vocabulary', '=', 'chm-terms').execute();
        const protectedAreas = terms.find((term) => JSON.parse(term.names).en === 'Protected areas')!;
        assert.deepEqual(JSON.parse(protectedAreas.names), { en: 'Protected areas', fr: 'Aires protégées', 'fr-BE': 'Aires protégées', nl: 'Beschermde gebieden' });
        const keyword = await scope.selectFrom('site_keywords').select('labels').where('identifier', '=', protectedAreas.keyword).executeTakeFirstOrThrow();
        assert.deepEqual(JSON.parse(keyword.labels), { en: 'Protected areas', fr: 'Aires protégées' }, 'the term\'s keyword, labelled in the site\'s languages');
        assert.ok(items.get('news/cop10-report')!.tags.includes(protectedAreas.keyword), 'the news\'s CHM term is the glossary\'s keyword');
        assert.equal(glossary.languageMap['fr-BE'], 'fr');
      });

      test('a JSON dump\'s naive wall times (2010-05-22T09:00:00) are read in the zone given to the import', async () => {
        const dump = join(dir, 'dump-zoned');
        await writeJsonDump(model, dump);
        const site = await enFrSite('zoned');
        const report = await importPtk(t.services, { site, path: dump, zone: 'Europe/Brussels' });
        assert.equal(report.status, 'completed', report.fatal ?? '');
        const { items } = await imported(db(), site);
        assert.deepEqual(items.get('events/iyb-2010-conference')!.fields.start, { at: '2010-05-22T07:00:00.000Z', zone: 'Europe/Brussels' }, '09:00 in Brussels in May');
        assert.equal(translation(items.get('news/cop10-report')!, 'en').publishedAt, '2010-11-02T08:15:00.000Z', '09:15 in Brussels in November');
        const comments = await new SiteScope(db().kysely, site.id).selectFrom('item_comments').select('posted_at').where('item_id', '=', items.get('news/cop10-report')!.id).orderBy('posted_at').execute();
        assert.equal(comments[0]!.posted_at, '2010-11-03T09:12:00.000Z', 'a comment written at 10:12 in Brussels');
      });

      test('a JSON dump without meta_type: every object accounted for, news and events typed by their section', async () => {
        const dump = join(dir, 'dump-bare');
        await writeJsonDump(model, dump, { withMetaType: false });
        const site = await enFrSite('bare');
        const report = await importPtk(t.services, { site, path: dump });
        assert.equal(report.status, 'completed', report.fatal ?? '');
        const { items, records } = await imported(db(), site);
        const objects = allObjects(model);
        assert.deepEqual([...records.keys()].sort(), objects.map((o) => o.path).sort());
        for (const o of objects.filter((o) => /^(news|events)\//.test(o.path) && expectedOutcome(o) === 'created')) {
          assert.equal(items.get(o.path)?.type, ecotoneTypeOf[o.metaType], o.path);
          assert.equal(titleIn(items.get(o.path), 'fr'), o.localized.title?.fr);
        }
        const quarantined = await new SiteScope(db().kysely, site.id).selectFrom('quarantine').select('source_path').execute();
        for (const [path, record] of records) if (record.outcome === 'quarantine') assert.ok(quarantined.some((q) => q.source_path === path), `${path} is in quarantine`);
      });

      test('export_json: every object, titles per language, everything published', async () => {
        const file = join(dir, 'export_json');
        await writeExportJson(model, file);
        const site = await enFrSite('ejson');
        const report = await importPtk(t.services, { site, path: file });
        assert.equal(report.status, 'completed', report.fatal ?? '');
        assert.equal(report.format, 'export-json');
        const objects = allObjects(model);
        assert.deepEqual(reportedByType(report), expectedByType(objects));
        const { items } = await imported(db(), site);
        for (const o of objects.filter((o) => expectedOutcome(o) === 'created')) {
          for (const language of ['en', 'fr']) assert.equal(titleIn(items.get(o.path), language), o.localized.title?.[language] || undefined, `${o.path} ${language}`);
        }
        assert.ok(items.get('news/draft-news')!.translations.every((tr) => tr.status === 'published'), 'export_json has no approval: published');
      });

      test('export_json over an earlier nyexp import of the same site updates the items and keeps their files', async () => {
        const site = await enFrSite('over');
        await importPtk(t.services, { site, path: join(dir, 'site.nyexp') });
        const before = await imported(db(), site);
        const file = join(dir, 'export_json');
        await writeExportJson(model, file);
        const report = await importPtk(t.services, { site, path: file });
        assert.equal(report.status, 'completed');
        assert.equal(report.totals.created, allObjects(model).filter((o) => !isInNyexp(o) && expectedOutcome(o) === 'created').length, 'only what nyexp could not carry is new');
        const after = await imported(db(), site);
        for (const [path, item] of before.items) assert.equal(after.items.get(path)?.id, item.id, `${path} keeps its item`);
        const leaflet = (found: Imported) => translation(found.items.get('information/chm-leaflet')!, 'en').fields.attachments;
        assert.ok(Array.isArray(leaflet(before)) && (leaflet(before) as number[]).length === 1);
        assert.deepEqual(leaflet(after), leaflet(before), 'the leaflet keeps its PDF');
        for (const language of ['en', 'fr']) {
          assert.deepEqual(translation(after.items.get('information/rapport')!, language).fields.attachments, translation(before.items.get('information/rapport')!, language).fields.attachments);
        }
        assert.equal(after.items.get('news/cop10-report')!.fields.leadImage, before.items.get('news/cop10-report')!.fields.leadImage, 'the news keeps its lead image');
      });
    });

    describe('languages', () => {
      test('FR and fr-BE are read as fr: nothing lost, and the report says how each code was read', async () => {
        const regional = await buildPtkSite({ languages: ['en', 'FR', 'fr-BE'] });
        // This page has its French text only under fr-BE.
        const redList = allObjects(regional).find((o) => o.path === 'information/red-list')!;
        delete redList.localized.title!.FR;
        delete redList.localized.body!.FR;
        const file = join(dir, 'regional.nyexp');
        await writeNyexp(regional, file);
        const site = await enFrSite('regio');
        const report = await importPtk(t.services, { site, path: file });
        assert.equal(report.status, 'completed', report.fatal ?? '');
        assert.deepEqual(report.languageMap, { en: 'en', FR: 'fr', 'fr-BE': 'fr' });
        assert.deepEqual(report.languagesAdded, []);
        assert.deepEqual(t.services.sites.byCodeOrUndefined(site.code)?.languages, ['en', 'fr']);
        const { items, records } = await imported(db(), site);
        const objects = allObjects(regional).filter(isInNyexp);
        assert.deepEqual([...records.keys()].sort(), objects.map((o) => o.path).sort());
        for (const o of objects.filter((o) => expectedOutcome(o) === 'created')) {
          const french = o.localized.title?.FR || o.localized.title?.['fr-BE'];
          assert.equal(titleIn(items.get(o.path), 'fr'), french || undefined, o.path);
        }
        assert.equal(titleIn(items.get('information/red-list'), 'fr'), 'Liste rouge des espèces belges');
        assert.match(translation(items.get('information/red-list')!, 'fr').body, /Espèces menacées/);
      });

      test('a language the site lacks (de) is added to the site and its titles kept', async () => {
        const german = await buildPtkSite({ languages: ['en', 'fr', 'de'] });
        const titles: Record<string, string> = { convention: 'Übereinkommen und Politik', 'news/cop10-report': 'Ergebnisse der COP10', 'information/red-list': 'Rote Liste der belgischen Arten' };
        for (const o of allObjects(german)) if (titles[o.path]) o.localized.title!.de = titles[o.path]!;
        const file = join(dir, 'german.nyexp');
        await writeNyexp(german, file);
        const site = await enFrSite('deu');
        const report = await importPtk(t.services, { site, path: file });
        assert.equal(report.status, 'completed', report.fatal ?? '');
        assert.deepEqual(report.languagesAdded, ['de']);
        assert.deepEqual(t.services.sites.byCodeOrUndefined(site.code)?.languages, ['en', 'fr', 'de']);
        const { items } = await imported(db(), site);
        for (const [path, title] of Object.entries(titles)) assert.equal(titleIn(items.get(path), 'de'), title, path);
        assert.ok((await mainMenu(db(), site, 'de')).some((e) => e.label === 'Übereinkommen und Politik' && e.item_id === items.get('convention')!.id), 'the German menu has the folder');
      });
    });

    describe('re-running an import', () => {
      test('a link left dangling is reported in every run, and the links already rewritten never are', async () => {
        const site = await enFrSite('dangling');
        const file = join(dir, 'dangling.nyexp');
        const ob = (type: string, id: string, inner: string) =>
          `<ob meta_type="${type}" id="${id}" sortorder="100" approved="1" releasedate="2009/03/01 10:00:00 GMT+1">${inner}</ob>`;
        await writeFile(file, `<?xml version="1.0" encoding="utf-8"?><export>${ob('Naaya Folder', 'info', '<title lang="en"><![CDATA[Information]]></title>'
          + ob('Naaya Document', 'guide', '<title lang="en"><![CDATA[Guide]]></title><body lang="en"><![CDATA[<p>See <a href="species">the species</a> and <a href="/archive/2004">the archive</a>.</p>]]></body>')
          + ob('Naaya Document', 'species', '<title lang="en"><![CDATA[Species]]></title>'))}</export>`);
        const dangling = (report: { warnings: { path: string; message: string }[] }) => report.warnings.filter((w) => /points at nothing/.test(w.message)).map((w) => `${w.path}: ${w.message}`);
        const expected = ['info/guide: a link to /archive/2004 points at nothing that was imported; it is left as written'];
        const first = await importPtk(t.services, { site, path: file });
        assert.equal(first.made.linksRewritten, 1);
        assert.deepEqual(dangling(first), expected);
        const guide = (await imported(db(), site)).items.get('info/guide')!;
        assert.match(translation(guide, 'en').body, /href="\/en\/[^"]+\/species"/);
        const second = await importPtk(t.services, { site, path: file });
        assert.equal(second.made.linksRewritten, 0);
        assert.deepEqual(dangling(second), expected, 'the new address of the species page is not taken for an old one');
        assert.equal((await imported(db(), site)).items.get('info/guide')!.version, guide.version, 'nothing to save again');
      });

      test('the same file again changes nothing; a changed title and a changed news text are exactly what is updated', async () => {
        const site = await enFrSite('again');
        const file = join(dir, 'again.nyexp');
        const changed = await buildPtkSite();
        await writeNyexp(changed, file);
        const first = await importPtk(t.services, { site, path: file });
        assert.equal(first.status, 'completed');
        const countsBefore = await tableCounts(db(), site);
        const before = await imported(db(), site);

        const second = await importPtk(t.services, { site, path: file });
        assert.equal(second.status, 'completed');
        assert.deepEqual(second.totals, { created: 0, updated: 0, unchanged: second.objectsRead, media: 0, menu: 0, quarantined: 0 });
        assert.deepEqual({ ...second.made, linksRewritten: 0 }, { media: 0, menuEntries: 0, comments: 0, redirects: 0, linksRewritten: 0, placeholderAuthors: 0 });
        const countsAfter = await tableCounts(db(), site);
        assert.deepEqual({ ...countsAfter, import_runs: 0 }, { ...countsBefore, import_runs: 0 }, 'no new item, revision, menu entry, redirect, comment, file or quarantine row');
        assert.equal(countsAfter.import_runs, countsBefore.import_runs! + 1);
        const again = await imported(db(), site);
        for (const [path, item] of before.items) assert.deepEqual([again.items.get(path)?.id, again.items.get(path)?.version], [item.id, item.version], path);

        const revisionCount = async (path: string) =>
          (await new SiteScope(db().kysely, site.id).selectFrom('item_revisions').select('version').where('item_id', '=', before.items.get(path)!.id).execute()).length;
        const revisionsBefore = { redList: await revisionCount('information/red-list'), news: await revisionCount('news/cop10-report') };
        const objects = allObjects(changed);
        objects.find((o) => o.path === 'information/red-list')!.localized.title!.en = 'Red list of Belgian species (2010 edition)';
        objects.find((o) => o.path === 'news/cop10-report')!.localized.details!.fr = '<p>La dixième Conférence des Parties a adopté le Protocole de Nagoya.</p>';
        await writeNyexp(changed, file);
        const third = await importPtk(t.services, { site, path: file });
        assert.equal(third.status, 'completed');
        assert.equal(third.totals.updated, 2);
        assert.equal(third.totals.unchanged, third.objectsRead - 2);
        assert.deepEqual(third.byType['Naaya Document']?.updated, 1);
        assert.deepEqual(third.byType['Naaya News']?.updated, 1);
        const updated = await imported(db(), site);
        const redList = updated.items.get('information/red-list')!;
        const news = updated.items.get('news/cop10-report')!;
        assert.equal(redList.id, before.items.get('information/red-list')!.id);
        assert.equal(news.id, before.items.get('news/cop10-report')!.id);
        assert.equal(titleIn(redList, 'en'), 'Red list of Belgian species (2010 edition)');
        assert.match(translation(news, 'fr').body, /a adopté le Protocole de Nagoya/);
        assert.equal(redList.version, before.items.get('information/red-list')!.version + 1);
        assert.equal(news.version, before.items.get('news/cop10-report')!.version + 1);
        assert.equal(await revisionCount('information/red-list'), revisionsBefore.redList + 1, 'a new revision of the page');
        assert.equal(await revisionCount('news/cop10-report'), revisionsBefore.news + 1, 'a new revision of the news');
        // The folder's page lists its pages by title: the retitled page changes that list, and nothing else changes.
        const changedVersions = [...updated.items].filter(([path, item]) => item.version !== before.items.get(path)!.version).map(([path]) => path).sort();
        assert.deepEqual(changedVersions.filter((path) => path !== 'information'), ['information/red-list', 'news/cop10-report']);
        assert.equal((await tableCounts(db(), site)).items, countsAfter.items);
      });
    });

    describe('a dry run', () => {
      test('writes nothing, and predicts what the real run then does', async () => {
        const site = await enFrSite('dry');
        const before = await tableCounts(db(), site);
        const dry = await importPtk(t.services, { site, path: join(dir, 'site.nyexp'), dryRun: true });
        assert.equal(dry.dryRun, true);
        assert.equal(dry.runId, null);
        assert.deepEqual(await tableCounts(db(), site), before, 'not a row written, in any table');
        const real = await importPtk(t.services, { site, path: join(dir, 'site.nyexp') });
        assert.deepEqual(reportedByType(dry), reportedByType(real));
        assert.deepEqual(dry.totals, real.totals);
      });
    });

    describe('the command line', () => {
      let site: Site;
      const ecotone = async (...args: string[]) => {
        try {
          const { stdout, stderr } = await run(process.execPath, ['bin/ecotone.js', ...args], { env: { ...process.env, ...t.database.env, LOG_LEVEL: 'silent' }, maxBuffer: 64 * 1024 * 1024 });
          return { code: 0, stdout, stderr };
        } catch (error) {
          const e = error as { code: number; stdout: string; stderr: string };
          return { code: e.code, stdout: e.stdout, stderr: e.stderr };
        }
      };
      const recordCount = async () => (await new SiteScope(db().kysely, site.id).selectFrom('import_records').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n;

      before(async () => {
        site = await enFrSite('cli');
      });

      test('--dry-run --json prints the predicted report and writes nothing', async () => {
        const result = await ecotone('import', 'ptk', '--site', site.code, '--dry-run', '--json', join(dir, 'site.nyexp'));
        assert.equal(result.code, 0, result.stderr);
        const report = JSON.parse(result.stdout) as PtkImportReport;
        assert.equal(report.dryRun, true);
        assert.equal(report.totals.created, allObjects(model).filter(isInNyexp).filter((o) => expectedOutcome(o) === 'created').length);
        assert.equal(Number(await recordCount()), 0);
      });

      test('--json prints the report as JSON and exits 0', async () => {
        const result = await ecotone('import', 'ptk', '--site', site.code, '--json', join(dir, 'site.nyexp'));
        assert.equal(result.code, 0, result.stderr);
        const report = JSON.parse(result.stdout) as PtkImportReport;
        assert.equal(report.status, 'completed');
        assert.equal(report.site, site.code);
        assert.deepEqual(reportedByType(report), expectedByType(allObjects(model).filter(isInNyexp)));
        assert.equal(Number(await recordCount()), allObjects(model).filter(isInNyexp).length);
      });

      test('without --json and not on a terminal: plain progress lines, then the report as a table', async () => {
        const result = await ecotone('import', 'ptk', '--site', site.code, join(dir, 'site.nyexp'));
        assert.equal(result.code, 0, result.stderr);
        assert.doesNotMatch(result.stdout, /\x1b\[/, 'no terminal control codes');
        assert.match(result.stdout, /^importing: \d+ of \d+ objects/m);
        assert.match(result.stdout, /^Import completed: site\.nyexp \(nyexp\) into site /m);
        assert.match(result.stdout, /^\s+type(\s+(created|updated|unchanged|menu|quarantined))+\s*$/m, 'a header row of outcomes');
        assert.match(result.stdout, /^\s+Naaya Folder\s+8\b/m, 'a row per type');
      });

      test('a missing file and an unknown site are explained, with a non-zero exit', async () => {
        const missing = join(dir, 'no-such-export.nyexp');
        const noFile = await ecotone('import', 'ptk', '--site', site.code, missing);
        assert.notEqual(noFile.code, 0);
        assert.ok(noFile.stderr.includes(missing), noFile.stderr);
        assert.doesNotMatch(noFile.stderr, /\bat .+\.ts:\d+/, 'no stack trace');
        const noSite = await ecotone('import', 'ptk', '--site', 'nowhere', join(dir, 'site.nyexp'));
        assert.notEqual(noSite.code, 0);
        assert.match(noSite.stderr, /no site "nowhere"/);
      });
    });
  });
}

