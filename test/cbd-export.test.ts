import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
// Ajv (JSON Schema 2020-12) in strict mode: a schema keyword it does not know is an error, not a pass.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { contentTypeByName } from '../src/content/registry.ts';
import type { Item } from '../src/content/item.ts';
import { SiteScope } from '../src/db/site-scope.ts';
import { type ExportContext, mapItem, normaliseName, otherTermIdentifier, recordIdentifier } from '../src/interop/cbd/export/mapping.ts';
import { exportSiteRecords } from '../src/interop/cbd/export/service.ts';
import { type CbdSchemaName, recordSchemas, shapeProblems } from '../src/interop/cbd/export/shapes.ts';
import { storeUpload } from '../src/media/upload.ts';
import { uploadStagingDir } from '../src/media/storage/open-store.ts';
import { createDemoNetwork } from '../src/sites/seeds/demo-network.ts';
import type { Site } from '../src/sites/site.ts';
import { ensureKeyword } from '../src/vocabularies/keywords.ts';
import { buildItem, buildSite, buildTestApp, hostOf, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';
import { noisyJpeg, pdf } from './support/media.ts';

const run = promisify(execFile);
const past = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

/** The record shapes compiled by an independent validator, as a receiving system would check them. */
function shapeValidators() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  const compiled = Object.fromEntries(Object.entries(recordSchemas).map(([name, schema]) => [name, ajv.compile(schema)])) as Record<CbdSchemaName, ReturnType<typeof ajv.compile>>;
  return {
    ok(schema: CbdSchemaName, record: unknown): boolean {
      return compiled[schema](record) as boolean;
    },
    assertValid(schema: CbdSchemaName, record: unknown, what: string) {
      const validate = compiled[schema];
      assert.ok(validate(record), `${what}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(record).slice(0, 400)}`);
    },
  };
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

describe('CBD record identifiers and names', () => {
  test('an item’s record identifier is the RFC 4122 version 5 UUID of ecotone:<site>:<item>, upper-case', () => {
    // Python: str(uuid.uuid5(uuid.NAMESPACE_URL, 'ecotone:be:1')).upper()
    assert.equal(recordIdentifier('be', 1), '2931F1AB-C9EE-51E6-AA78-B462EF89172F');
    assert.equal(recordIdentifier('be', 1), recordIdentifier('be', 1));
    assert.notEqual(recordIdentifier('be', 1), recordIdentifier('bj', 1));
    assert.notEqual(recordIdentifier('be', 1), recordIdentifier('be', 2));
  });

  test('organization names match across case, spacing and apostrophes', () => {
    assert.equal(normaliseName('  Laboratoire d’écologie   appliquée '), normaliseName("laboratoire d'Écologie appliquée"));
  });
});

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`CBD export [${dialect}]`, { skip }, () => {
    let t: TestApp;
    let site: Site;
    let other: Site;
    const shapes = shapeValidators();

    before(async () => {
      t = await buildTestApp(dialect);
      await createDemoNetwork(t.services);
      site = await buildSite(t.services, { country: 'be', languages: ['en', 'fr', 'nl'], names: { en: 'Export CHM' } });
      other = await buildSite(t.services, { country: 'bj' });
    });
    after(() => t.close());

    /** What the mapping needs, for a site of the test, with the organizations it may refer to. */
    const exportContextFor = (on: Site, find: ExportContext['organizations']['find']): ExportContext => ({
      site: on,
      vocabularies: t.services.vocabularies,
      keywords: new Map(),
      origin: 'https://www.biodiv.example',
      media: () => undefined,
      organizations: { find },
      now: new Date().toISOString(),
    });

    const scopeOf = (s: Site) => new SiteScope(t.services.db.kysely, s.id);
    const exportOf = (s: Site) => exportSiteRecords(scopeOf(s), s, { vocabularies: t.services.vocabularies, origin: `http://${hostOf(s)}` });
    const get = (url: string, s: Site = site) => t.app.inject({ method: 'GET', url, headers: { host: hostOf(s) } });
    const demoSite = (code: string) => t.services.sites.all().find((s) => s.code === code)!;

    test('every demo site exports records of all four shapes that fit them, and accounts for every other published item with a reason', async () => {
      let records = 0;
      for (const code of ['be', 'bj', 'ma']) {
        const s = demoSite(code);
        const result = await exportOf(s);
        for (const r of result.records) shapes.assertValid(r.schema, r.record, `${code} item ${r.itemId} (${r.type})`);
        for (const skipped of result.skipped) assert.ok(skipped.reason.length > 10 && skipped.problems.length > 0, `item ${skipped.itemId} says why`);
        const identifiers = result.records.map((r) => (r.record as { header: { identifier: string } }).header.identifier);
        assert.equal(new Set(identifiers).size, identifiers.length, 'one identifier per record');
        // Every published item is either a record or a reason: nothing is dropped in silence.
        const published = await t.services.db.kysely
          .selectFrom('items')
          .select('id')
          .where('site_id', '=', s.id)
          .where('deleted_at', 'is', null)
          .where((eb) => eb.exists(eb.selectFrom('item_translations').select('id').whereRef('item_id', '=', 'items.id').where('status', '=', 'published')))
          .execute();
        assert.deepEqual([...result.records.map((r) => r.itemId), ...result.skipped.map((x) => x.itemId)].sort((a, b) => a - b), published.map((p) => p.id).sort((a, b) => a - b));
        records += result.records.length;
        const why = (type: string) => result.skipped.filter((x) => x.type === type).map((x) => `item ${x.itemId}: ${x.reason}`).join('\n');
        for (const schema of ['resource', 'organization', 'contact', 'event'] as const) {
          assert.ok(result.records.some((r) => r.schema === schema), `${code} exports no ${schema} record`);
        }
        // At least half of each type that has a CBD record goes; the rest lack what the CBD requires.
        for (const type of ['document', 'learning-resource', 'organization', 'contact-person', 'event']) {
          const exported = result.records.filter((r) => r.type === type).length;
          const skippedOfType = result.skipped.filter((x) => x.type === type).length;
          assert.ok(exported > 0 && exported >= skippedOfType, `${code}: ${exported} of ${exported + skippedOfType} ${type} items exported\n${why(type)}`);
        }
        // Every demo organization has a city, a phone number and an email address.
        assert.equal(why('organization'), '', `${code}: organizations left out`);
        // Each demo event is exported, in every language it is published in.
        const events = result.records.filter((r) => r.schema === 'event');
        assert.ok(events.length >= 7, `${code}: ${events.length} events`);
        for (const event of events) assert.deepEqual((event.record as { header: { languages: string[] } }).header.languages, s.languages);
        // References resolve: the organization a resource or a contact names is a record of the same export.
        const organizationIds = new Set(result.records.filter((r) => r.schema === 'organization').map((r) => (r.record as { header: { identifier: string } }).header.identifier));
        for (const r of result.records) {
          const record = r.record as { organizations?: { identifier: string }[]; contactOrganization?: { identifier: string } };
          const references = r.schema === 'resource' ? record.organizations! : r.schema === 'contact' ? [record.contactOrganization!] : [];
          if (r.schema === 'resource' || r.schema === 'contact') assert.ok(references.length > 0, `${code} item ${r.itemId} names an organization`);
          for (const reference of references) assert.ok(organizationIds.has(reference.identifier), `${code} item ${r.itemId} refers to ${reference.identifier}, which is not exported`);
        }
        assert.ok(result.skipped.some((x) => x.type === 'news' && /no CBD record/.test(x.reason)), `${code}: news are not exported, and that is said`);
      }
      assert.ok(records >= 60, `${records} records checked`);
    });

    test('the demo’s cities, given and family names and learning resources’ authors and dates reach the records', async () => {
      const of = async (code: string) => (await exportOf(demoSite(code))).records.map((r) => ({ ...r, record: r.record as Record<string, any> }));
      const [be, bj, ma] = await Promise.all([of('be'), of('bj'), of('ma')]);
      // A city as each language writes it.
      const rbins = be.find((r) => r.schema === 'organization' && r.record.acronym?.en === 'RBINS')!;
      assert.deepEqual(rbins.record.city, { en: 'Brussels', fr: 'Bruxelles', nl: 'Brussel' });
      assert.deepEqual(rbins.record.country, { identifier: 'be' });
      assert.deepEqual(rbins.record.phones, ['+32 2 000 00 10']);
      const anef = ma.find((r) => r.schema === 'organization' && r.record.acronym?.fr === 'ANEF')!;
      assert.deepEqual(anef.record.city, { ar: 'الرباط', fr: 'Rabat', en: 'Rabat' });
      // A name of three words, split as the editor said rather than guessed.
      const wildlife = bj.find((r) => r.schema === 'contact' && r.record.lastName === 'Gado Sabi');
      assert.equal(wildlife?.record.firstName, 'Ibrahim');
      const focalPoint = bj.find((r) => r.schema === 'contact' && r.record.firstName === 'Sèna Clarisse');
      assert.equal(focalPoint?.record.lastName, 'Akpovi');
      // A learning resource, with its authors and publication date, and the organization among its authors.
      const guide = bj.find((r) => r.type === 'learning-resource' && /Pendjari/.test(r.record.title.en))!;
      assert.deepEqual(guide.record.authors, {
        fr: 'Centre National de Gestion des Réserves de Faune; African Parks',
        en: 'Centre National de Gestion des Réserves de Faune; African Parks',
      });
      assert.match(guide.record.publicationDate, /^\d{4}-\d{2}-\d{2}$/);
      const parks = bj.filter((r) => r.schema === 'organization' && ['Centre National de Gestion des Réserves de Faune', 'African Parks'].includes(r.record.name.fr));
      assert.equal(parks.length, 2);
      assert.deepEqual(guide.record.organizations.map((o: { identifier: string }) => o.identifier).sort(), parks.map((r) => r.record.header.identifier).sort());
      assert.equal(guide.record.resourceTypes[0].customValue.fr, 'Guide');
    });

    test('the shapes reject a record that lacks a mandatory field, has a bad lstring key or a non-GUID identifier', async () => {
      const result = await exportOf(demoSite('be'));
      const event = result.records.find((r) => r.schema === 'event')!.record as Record<string, any>;
      shapes.assertValid('event', event, 'the untouched record');

      const withoutTitle = clone(event);
      delete withoutTitle.title;
      assert.equal(shapes.ok('event', withoutTitle), false, 'no title');
      const withoutStart = clone(event);
      delete withoutStart.startDate;
      assert.equal(shapes.ok('event', withoutStart), false, 'no start date');
      const badKey = clone(event);
      badKey.title = { English: 'Webinar' };
      assert.equal(shapes.ok('event', badKey), false, 'an lstring key that is not a language code');
      const upperKey = clone(event);
      upperKey.title = { EN: 'Webinar' };
      assert.equal(shapes.ok('event', upperKey), false, 'an upper-case language key');
      const emptyText = clone(event);
      emptyText.title = { en: '' };
      assert.equal(shapes.ok('event', emptyText), false, 'an empty text');
      const notGuid = clone(event);
      notGuid.header.identifier = 'ecotone-be-12';
      assert.equal(shapes.ok('event', notGuid), false, 'a non-GUID identifier');
      const lowerGuid = clone(event);
      lowerGuid.header.identifier = lowerGuid.header.identifier.toLowerCase();
      assert.equal(shapes.ok('event', lowerGuid), false, 'a lower-case GUID');
      const wrongSchema = clone(event);
      wrongSchema.header.schema = 'resource';
      assert.equal(shapes.ok('event', wrongSchema), false, 'another schema in the header');
      const extra = clone(event);
      extra.sdgs = [{ identifier: 'SUSTAINABLE-DEVELOPMENT-GOAL-06' }];
      assert.equal(shapes.ok('event', extra), false, 'a field the shape does not have');
      const badTarget = clone(event);
      badTarget.gbfTargets = [{ identifier: 'GBF-TARGET-3' }];
      assert.equal(shapes.ok('event', badTarget), false, 'an unpadded GBF target');
      // The export's own check (TypeBox) agrees with Ajv on these.
      assert.deepEqual(shapeProblems('event', event), []);
      assert.ok(shapeProblems('event', notGuid).some((p) => p.path === '/header/identifier'));
      assert.ok(shapeProblems('event', badKey).length > 0);
      // A resource without subject areas, or without an authoring organization, is refused too.
      assert.equal(shapes.ok('resource', { header: { identifier: recordIdentifier('x', 1), schema: 'resource', languages: ['en'] }, title: { en: 'T' } }), false);
    });

    test('an event keeps its published languages, its tags by vocabulary, its day where it happens and absolute links that resolve', async () => {
      const scope = scopeOf(site);
      const upload = async (bytes: Buffer, filename: string) =>
        (await storeUpload({ scope, store: t.services.media, actorId: null, stagingDir: uploadStagingDir(t.services.config) }, { stream: Readable.from([bytes]), filename })).media.id;
      const imageId = await upload(noisyJpeg, 'heron.jpg');
      const fileId = await upload(pdf, 'programme.pdf');
      const keyword = await ensureKeyword(scope, { en: 'Wetlands', fr: 'Zones humides' });
      const item = await buildItem(t.services, site, {
        type: 'event',
        tags: ['GBF-TARGET-03', 'AICHI-TARGET-11', 'SUSTAINABLE-DEVELOPMENT-GOAL-06', 'GBF-GOAL-A', 'be', keyword.identifier],
        point: { lat: 51.35, lng: 3.3 },
        // 23:30 UTC is already the next day in Brussels.
        fields: { start: { at: '2099-05-21T23:30:00.000Z', zone: 'Europe/Brussels' }, eventUrl: 'https://zwin.example/événement', onlineUrl: 'https://meet.example.org/zwin', leadImage: imageId },
        translations: {
          en: { title: 'Spring migration at the Zwin', summary: 'Birds on the move.', body: '<p>See the <a href="/en/pages/zwin">park page</a>.</p>', status: 'published', publishedAt: past(30), fields: { location: 'Zwin Nature Park', attachments: [fileId] } },
          fr: { title: 'Migration de printemps au Zwin', summary: 'Les oiseaux en route.', status: 'published', publishedAt: past(30), fields: { location: 'Parc naturel du Zwin' } },
          nl: { title: 'Voorjaarstrek in het Zwin', status: 'draft' },
        },
      });
      const response = await get(`/api/v1/items/${item.id}/cbd-record`);
      assert.equal(response.statusCode, 200, response.body);
      const record = response.json();
      shapes.assertValid('event', record, 'the event');
      assert.deepEqual(record.header, { identifier: recordIdentifier(site.code, item.id), schema: 'event', languages: ['en', 'fr'] });
      assert.deepEqual(record.title, { en: 'Spring migration at the Zwin', fr: 'Migration de printemps au Zwin' }, 'the draft in nl is left out');
      assert.deepEqual(record.venue, { en: 'Zwin Nature Park', fr: 'Parc naturel du Zwin' });
      assert.deepEqual(record.government, { identifier: 'be' });
      assert.equal(record.startDate, '2099-05-22');
      assert.deepEqual(record.gbfTargets, [{ identifier: 'GBF-TARGET-03' }]);
      assert.deepEqual(record.aichiTargets, [{ identifier: 'AICHI-TARGET-11' }]);
      assert.deepEqual(record.countryRegions, [{ identifier: 'be' }]);
      assert.deepEqual(record.cbdSubjects, [{ identifier: 'CBD-SUBJECT-GSPC' }, { identifier: 'CBD-SUBJECT-MAR' }, { identifier: 'CBD-SUBJECT-PA' }], 'the subject areas the CBD relates to GBF target 3');
      assert.deepEqual(record.tags, [{ en: 'Wetlands', fr: 'Zones humides' }]);
      assert.doesNotMatch(JSON.stringify(record), /SUSTAINABLE-DEVELOPMENT-GOAL|GBF-GOAL|keyword:/, 'SDGs, goals and keyword identifiers have no field in the record');
      assert.equal(record.description.en, `<p>See the <a href="http://${hostOf(site)}/en/pages/zwin">park page</a>.</p>`, 'site-relative links made absolute');
      assert.deepEqual(record.coordinates, { lat: 51.35, lng: 3.3 });
      assert.equal(record.websites[0].url, 'https://zwin.example/%C3%A9v%C3%A9nement', 'addresses are percent-encoded');
      assert.deepEqual(record.onlineLinks, [{ url: 'https://meet.example.org/zwin' }]);
      // The item's pages, its picture and its programme are public where the links say.
      const links = [...record.websites.slice(1), ...record.images, ...record.relevantDocuments] as { url: string; language?: string }[];
      assert.deepEqual(record.relevantDocuments.map((l: { name: string; language: string }) => [l.name, l.language]), [['programme.pdf', 'en']]);
      assert.equal(links.length, 4);
      for (const link of links) {
        const url = new URL(link.url);
        assert.equal(url.host, hostOf(site));
        const answer = await get(url.pathname);
        assert.equal(answer.statusCode, 200, `${link.url} resolves`);
      }
    });

    test('a document becomes a resource, in every language, when its authors name an organization whose record is exported', async () => {
      const document = await buildItem(t.services, site, {
        type: 'document',
        tags: ['GBF-TARGET-21', 'be'],
        fields: { documentType: 'report', publicationDate: '2025-03-14', authors: ['Research Institute for Nature and Forest (INBO)', 'A. Author'] },
        translations: {
          en: { title: 'Nature report', summary: 'The state of nature.', status: 'published', publishedAt: past(10), fields: { files: [{ url: '/files/report.pdf', title: 'Full report' }] } },
          fr: { title: 'Rapport nature', summary: 'L’état de la nature.', status: 'published', publishedAt: past(10) },
        },
      });
      const organizationId = recordIdentifier(site.code, 999);
      const context = exportContextFor(site, (name) => (normaliseName(name) === normaliseName('research institute for nature and forest (INBO)') ? { itemId: 999, title: 'INBO', identifier: organizationId, problems: [] } : undefined));
      const result = mapItem(document, contentTypeByName('document')!, context);
      assert.ok(result.ok, JSON.stringify(!result.ok && result.problems));
      shapes.assertValid('resource', result.record, 'the resource');
      const record = result.record as Record<string, any>;
      assert.deepEqual(record.header.languages, ['en', 'fr']);
      assert.deepEqual(record.authors, { en: 'Research Institute for Nature and Forest (INBO); A. Author', fr: 'Research Institute for Nature and Forest (INBO); A. Author' });
      assert.deepEqual(record.organizations, [{ identifier: organizationId }]);
      assert.equal(record.publicationDate, '2025-03-14');
      assert.deepEqual(record.resourceTypes, [{ identifier: otherTermIdentifier, customValue: { en: 'Report', fr: 'Rapport' } }]);
      assert.deepEqual(record.cbdSubjects, [{ identifier: 'CBD-SUBJECT-KM' }, { identifier: 'CBD-SUBJECT-STTM' }]);
      assert.deepEqual(
        record.resourceLinks.map((l: { url: string; language?: string }) => [l.url, l.language]),
        [
          ['https://www.biodiv.example/en/documents/nature-report', 'en'],
          ['https://www.biodiv.example/fr/documents/rapport-nature', 'fr'],
          ['https://www.biodiv.example/files/report.pdf', 'en'],
        ],
      );

      // The same document with nothing to refer to, or without a summary in French, is not exported, and says why.
      const alone = mapItem(document, contentTypeByName('document')!, { ...context, organizations: { find: () => undefined } });
      assert.equal(alone.ok, false);
      assert.deepEqual(!alone.ok && alone.problems.map((p) => p.path), ['organizations']);
      const partial = mapItem({ ...document, translations: document.translations.map((tr) => (tr.language === 'fr' ? { ...tr, summary: '' } : tr)) } as Item, contentTypeByName('document')!, context);
      assert.ok(!partial.ok && partial.problems.some((p) => p.path === 'summary' && /missing in fr/.test(p.message)));
      // A copy of a CBD record (kept by the CBD sync) is never sent back.
      const fromCbd = mapItem({ ...document, origin: 'cbd' }, contentTypeByName('document')!, context);
      assert.ok(!fromCbd.ok && /copy of a CBD record/.test(fromCbd.problems[0]!.message));
    });

    test('a contact person becomes a contact with the given and family names entered; a two-word name without them is split, any other is reported, not guessed', async () => {
      const contact = await buildItem(t.services, site, {
        type: 'contact-person',
        tags: [],
        fields: { personName: 'Elise Vanhoutryve', email: 'elise@example.org', phone: '+32 2 000 00 01' },
        translations: {
          en: { title: 'Elise Vanhoutryve', status: 'published', publishedAt: past(10), fields: { function: 'CHM focal point', organizationName: 'Royal Belgian Institute of Natural Sciences' } },
        },
      });
      const context = exportContextFor(site, (name) => (name === 'Royal Belgian Institute of Natural Sciences' ? { itemId: 7, title: 'RBINS', identifier: recordIdentifier(site.code, 7), problems: [] } : undefined));
      const result = mapItem(contact, contentTypeByName('contact-person')!, context);
      assert.ok(result.ok, JSON.stringify(!result.ok && result.problems));
      shapes.assertValid('contact', result.record, 'the contact');
      assert.deepEqual(
        { ...(result.record as Record<string, unknown>), header: undefined, relevantInformation: undefined },
        {
          header: undefined,
          relevantInformation: undefined,
          type: 'person',
          firstName: 'Elise',
          lastName: 'Vanhoutryve',
          designation: { en: 'CHM focal point' },
          organization: { en: 'Royal Belgian Institute of Natural Sciences' },
          country: { identifier: 'be' },
          government: { identifier: 'be' },
          phones: ['+32 2 000 00 01'],
          emails: ['elise@example.org'],
          contactOrganization: { identifier: recordIdentifier(site.code, 7) },
        },
      );
      const threeWords = mapItem({ ...contact, fields: { ...contact.fields, personName: 'Noor El Amrani' } }, contentTypeByName('contact-person')!, context);
      assert.ok(!threeWords.ok && threeWords.problems.some((p) => p.path === 'firstName' && /Noor El Amrani/.test(p.message)));

      // With the given and family names entered, any full name goes, as entered: no splitting.
      const named = await buildItem(t.services, site, {
        type: 'contact-person',
        tags: [],
        fields: { personName: 'Dr Noor El Amrani', givenName: 'Noor', familyName: 'El Amrani', email: 'noor@example.org' },
        translations: { en: { title: 'Noor El Amrani', status: 'published', publishedAt: past(10), fields: { organizationName: 'Royal Belgian Institute of Natural Sciences' } } },
      });
      const split = mapItem(named, contentTypeByName('contact-person')!, context);
      assert.ok(split.ok, JSON.stringify(!split.ok && split.problems));
      shapes.assertValid('contact', split.record, 'the contact with given and family names');
      assert.deepEqual([(split.record as { firstName: string }).firstName, (split.record as { lastName: string }).lastName], ['Noor', 'El Amrani']);
      // One without the other is reported, naming the one missing, even where the full name would split.
      const halfNamed = mapItem({ ...contact, fields: { ...contact.fields, givenName: 'Elise' } }, contentTypeByName('contact-person')!, context);
      assert.deepEqual(!halfNamed.ok && halfNamed.problems.map((p) => p.path), ['lastName']);
    });

    test('an organization becomes an organization record, its city in every language: a translation without one takes the city another gives', async () => {
      const organization = await buildItem(t.services, site, {
        type: 'organization',
        tags: ['GBF-TARGET-21', 'be'],
        point: { lat: 50.8368, lng: 4.3763 },
        fields: { organizationType: 'research', address: 'Rue Vautier 29\n1000 Brussels', email: 'info@example.org', phone: '+32 2 000 00 99', website: 'https://www.naturalsciences.example' },
        translations: {
          en: { title: 'Institute of Natural Sciences', summary: 'A federal research institute.', status: 'published', publishedAt: past(10), fields: { acronym: 'INS', city: 'Brussels' } },
          fr: { title: 'Institut des Sciences naturelles', summary: 'Un institut fédéral de recherche.', status: 'published', publishedAt: past(10), fields: { acronym: 'ISN', city: 'Bruxelles' } },
          nl: { title: 'Instituut voor Natuurwetenschappen', summary: 'Een federaal onderzoeksinstituut.', status: 'published', publishedAt: past(10), fields: { acronym: 'IN' } },
        },
      });
      const response = await get(`/api/v1/items/${organization.id}/cbd-record`);
      assert.equal(response.statusCode, 200, response.body);
      const record = response.json();
      shapes.assertValid('organization', record, 'the organization');
      assert.deepEqual(record.city, { en: 'Brussels', fr: 'Bruxelles', nl: 'Brussels' });
      assert.deepEqual(record.name, { en: 'Institute of Natural Sciences', fr: 'Institut des Sciences naturelles', nl: 'Instituut voor Natuurwetenschappen' });
      assert.deepEqual(record.address, { en: 'Rue Vautier 29\n1000 Brussels', fr: 'Rue Vautier 29\n1000 Brussels', nl: 'Rue Vautier 29\n1000 Brussels' });
      assert.deepEqual(record.country, { identifier: 'be' });
      assert.deepEqual([record.phones, record.emails], [['+32 2 000 00 99'], ['info@example.org']]);
      assert.deepEqual(record.organizationType, { identifier: otherTermIdentifier, customValue: { en: 'Research institute', fr: 'Institut de recherche', nl: 'Onderzoeksinstelling' } });
      assert.deepEqual(record.coordinates, { lat: 50.8368, lng: 4.3763 });

      // Without a city in any translation it is not exported, and the city is named.
      const cityless = await buildItem(t.services, site, {
        type: 'organization',
        tags: [],
        fields: { organizationType: 'ngo', email: 'info@example.org', phone: '+32 2 000 00 98' },
        translations: { en: { title: 'Nameless Friends of Nature', status: 'published', publishedAt: past(10), fields: { acronym: 'NFN' } } },
      });
      const refused = await get(`/api/v1/items/${cityless.id}/cbd-record`);
      assert.equal(refused.statusCode, 422);
      assert.deepEqual(refused.json().error.details, [{ path: 'city', message: 'no city is given, and the CBD requires the city' }]);
    });

    test('a learning resource becomes a resource with its authors and publication date, and is reported without them', async () => {
      const lesson = await buildItem(t.services, site, {
        type: 'learning-resource',
        tags: ['GBF-TARGET-21', 'be'],
        fields: { resourceType: 'lesson-plan', publicationDate: '2025-02-03', authors: ['Institute of Natural Sciences', 'J. Teacher'], resourceUrl: 'https://learning.example.org/wild-bees' },
        translations: {
          en: { title: 'Wild bees in the schoolyard', summary: 'Two lessons on wild bees.', status: 'published', publishedAt: past(10) },
          fr: { title: 'Les abeilles sauvages dans la cour', summary: 'Deux leçons sur les abeilles sauvages.', status: 'published', publishedAt: past(10) },
        },
      });
      const institute = recordIdentifier(site.code, 998);
      const context = exportContextFor(site, (name) => (name === 'Institute of Natural Sciences' ? { itemId: 998, title: 'Institute of Natural Sciences', identifier: institute, problems: [] } : undefined));
      const result = mapItem(lesson, contentTypeByName('learning-resource')!, context);
      assert.ok(result.ok, JSON.stringify(!result.ok && result.problems));
      shapes.assertValid('resource', result.record, 'the learning resource');
      const record = result.record as Record<string, any>;
      assert.deepEqual(record.authors, { en: 'Institute of Natural Sciences; J. Teacher', fr: 'Institute of Natural Sciences; J. Teacher' });
      assert.deepEqual(record.organizations, [{ identifier: institute }]);
      assert.equal(record.publicationDate, '2025-02-03');
      assert.deepEqual(record.resourceTypes, [{ identifier: otherTermIdentifier, customValue: { en: 'Lesson plan', fr: 'Fiche pédagogique' } }]);
      assert.ok(record.resourceLinks.some((l: { url: string }) => l.url === 'https://learning.example.org/wild-bees'));

      const bare = mapItem({ ...lesson, fields: { resourceType: 'lesson-plan' } }, contentTypeByName('learning-resource')!, context);
      assert.deepEqual(!bare.ok && bare.problems.map((p) => p.path), ['authors', 'organizations', 'publicationDate']);
    });

    test('the API answers 422 with the reasons for an item without a record, and 404 for a draft or another site’s item', async () => {
      const news = await buildItem(t.services, site, { translations: { en: { title: 'Heron colony counted', status: 'published', publishedAt: past(5) } } });
      const answer = await get(`/api/v1/items/${news.id}/cbd-record`);
      assert.equal(answer.statusCode, 422);
      assert.equal(answer.json().error.code, 'cbd_record_not_exportable');

      const organization = await buildItem(t.services, site, {
        type: 'organization',
        tags: [],
        fields: { organizationType: 'ngo', address: 'Coxiestraat 11\n2800 Mechelen', email: 'info@example.org' },
        translations: { en: { title: 'Natuurpunt', status: 'published', publishedAt: past(5) } },
      });
      const refused = await get(`/api/v1/items/${organization.id}/cbd-record`);
      assert.equal(refused.statusCode, 422);
      assert.deepEqual(refused.json().error.details.map((d: { path: string }) => d.path), ['city', 'phones']);
      assert.match(refused.json().error.message, /city/);

      const draft = await buildItem(t.services, site, { type: 'event', fields: { start: { at: '2099-01-01T10:00:00.000Z', zone: 'UTC' } }, translations: { en: { title: 'Not yet', status: 'draft' } } });
      const scheduled = await buildItem(t.services, site, {
        type: 'event',
        fields: { start: { at: '2099-01-01T10:00:00.000Z', zone: 'UTC' } },
        translations: { en: { title: 'Later', status: 'published', publishedAt: new Date(Date.now() + 86_400_000).toISOString() } },
      });
      for (const unpublished of [draft, scheduled]) {
        assert.equal((await get(`/api/v1/items/${unpublished.id}/cbd-record`)).statusCode, 404);
      }
      const exported = await exportOf(site);
      const listed = new Set([...exported.records.map((r) => r.itemId), ...exported.skipped.map((s) => s.itemId)]);
      assert.ok(!listed.has(draft.id) && !listed.has(scheduled.id), 'unpublished items are neither exported nor listed');

      const elsewhere = await buildItem(t.services, other, { type: 'event', fields: { start: { at: '2099-01-01T10:00:00.000Z', zone: 'UTC' } }, translations: { en: { title: 'Elsewhere', status: 'published', publishedAt: past(5) } } });
      assert.equal((await get(`/api/v1/items/${elsewhere.id}/cbd-record`, other)).statusCode, 200);
      const crossSite = await get(`/api/v1/items/${elsewhere.id}/cbd-record`, site);
      assert.equal(crossSite.statusCode, 404);
      assert.equal(crossSite.json().error.code, 'item_not_found');
      assert.equal((await get('/api/v1/items/abc/cbd-record')).statusCode, 400);
    });

    test('the OpenAPI document describes the record answers with the same shapes', async () => {
      const doc = (await get('/api/v1/openapi.json')).json() as { paths: Record<string, any>; components: { schemas: Record<string, unknown> } };
      const operation = doc.paths['/items/{id}/cbd-record'].get;
      assert.deepEqual(Object.keys(operation.responses).sort(), ['200', '400', '404', '422', '429']);
      assert.deepEqual(operation.responses['200'].content['application/json'].schema.oneOf.map((r: { $ref: string }) => r.$ref), [
        '#/components/schemas/CbdResource',
        '#/components/schemas/CbdOrganization',
        '#/components/schemas/CbdContact',
        '#/components/schemas/CbdEvent',
      ]);
      const ajv = new Ajv2020({ strict: true, allErrors: true });
      addFormats.default(ajv);
      const validate = ajv.compile(doc.components.schemas.CbdEvent as object);
      const event = (await exportOf(demoSite('be'))).records.find((r) => r.schema === 'event')!;
      assert.ok(validate(event.record), ajv.errorsText(validate.errors));
    });

    test('ecotone export cbd writes a file that parses and fits the shapes, and says what it left out', async () => {
      const dir = fs.mkdtempSync(path.join(t.database.dataDir, 'export-'));
      const file = path.join(dir, 'be.json');
      const env = { ...process.env, ...t.database.env, LOG_LEVEL: 'silent', PORT: '3000' };
      const cli = async (...args: string[]) => {
        try {
          const { stdout, stderr } = await run(process.execPath, ['bin/ecotone.js', ...args], { env, maxBuffer: 64 * 1024 * 1024 });
          return { code: 0, stdout, stderr };
        } catch (error) {
          const e = error as { code: number; stdout: string; stderr: string };
          return { code: e.code, stdout: e.stdout, stderr: e.stderr };
        }
      };
      const written = await cli('export', 'cbd', '--site', 'be', '--out', file, '--json');
      assert.equal(written.code, 0, written.stderr);
      const summary = JSON.parse(written.stdout);
      const document = JSON.parse(fs.readFileSync(file, 'utf8'));
      assert.equal(document.site.code, 'be');
      assert.equal(document.site.origin, 'http://be.localhost:3000');
      assert.ok(!Number.isNaN(Date.parse(document.exportedAt)));
      assert.ok(document.records.length > 0);
      for (const r of document.records) shapes.assertValid(r.schema, r.record, `item ${r.itemId}`);
      assert.equal(summary.records.event, document.records.filter((r: { schema: string }) => r.schema === 'event').length);
      assert.equal(summary.skipped.length, document.skipped.length);
      assert.deepEqual(fs.readdirSync(dir), ['be.json'], 'no partial file left behind');

      const printed = await cli('export', 'cbd', '--site', 'be');
      assert.equal(printed.code, 0, printed.stderr);
      assert.deepEqual(JSON.parse(printed.stdout).records.map((r: { itemId: number }) => r.itemId), document.records.map((r: { itemId: number }) => r.itemId), 'the export on standard output');
      assert.match(printed.stderr, /Exported \d+ CBD records of site be: resource [1-9]\d*, organization [1-9]\d*, contact [1-9]\d*, event [1-9]\d*/);
      // The demo's Biodiversity 2020 strategy predates the GBF: no target of it relates to a CBD subject area.
      assert.match(printed.stderr, /item \d+ \(document\): cbdSubjects: /);

      const unknown = await cli('export', 'cbd', '--site', 'zz');
      assert.equal(unknown.code, 1);
      assert.match(unknown.stderr, /There is no site "zz"/);
      const noSite = await cli('export', 'cbd');
      assert.match(noSite.stderr, /--site is required/);
    });
  });
}
