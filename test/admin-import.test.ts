import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { permissionsOn } from '../src/accounts/policy.ts';
import { createUser } from '../src/accounts/service.ts';
import { ImportsPage, type ImportsPageProps } from '../src/admin/views/import-pages.tsx';
import type { AdminContext } from '../src/admin/views/admin-layout.tsx';
import { nowIso } from '../src/db/database.ts';
import { SiteScope } from '../src/db/site-scope.ts';
import type { Site } from '../src/sites/site.ts';
import { AdminSession } from './support/admin-session.ts';
import { buildSite, buildTestApp, hostOf, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';
import { translator } from '../src/i18n/translator.ts';
import { type MultipartPart, postMultipart } from './support/multipart.ts';
import { writeLargeNyexp } from './support/ptk-generator.ts';

const password = 'correct horse battery staple 42';

/** A folder holding a document, a news and a type Ecotone has no mapping for, in English and French. */
const nyexp = `<?xml version="1.0" encoding="utf-8"?>
<export>
<ob meta_type="Naaya Folder" param="0" id="wetlands" sortorder="10" contributor="jdoe" approved="1" approved_by="admin" releasedate="2007/01/17 17:21:17.812 GMT+1" discussion="0" custom_index="" maintainer_email="" folder_meta_types="">
<title lang="en"><![CDATA[Wetlands]]></title><description lang="en"><![CDATA[<p>Our wetlands.</p>]]></description><coverage lang="en"><![CDATA[]]></coverage><keywords lang="en"><![CDATA[]]></keywords>
<title lang="fr"><![CDATA[Zones humides]]></title><description lang="fr"><![CDATA[]]></description><coverage lang="fr"><![CDATA[]]></coverage><keywords lang="fr"><![CDATA[]]></keywords>
<ob meta_type="Naaya Document" param="0" id="ramsar-sites" sortorder="20" contributor="jdoe" approved="1" approved_by="admin" releasedate="2008/03/02 10:00:00 GMT+1" discussion="0" validation_status="0" validation_date="" validation_by="" validation_comment="">
<title lang="en"><![CDATA[Ramsar sites]]></title><description lang="en"><![CDATA[<p>The sites.</p>]]></description><coverage lang="en"><![CDATA[]]></coverage><keywords lang="en"><![CDATA[]]></keywords>
<title lang="fr"><![CDATA[Sites Ramsar]]></title><description lang="fr"><![CDATA[]]></description><coverage lang="fr"><![CDATA[]]></coverage><keywords lang="fr"><![CDATA[]]></keywords>
<body lang="en"><![CDATA[<p>Three sites are listed.</p>]]></body><body lang="fr"><![CDATA[<p>Trois sites.</p>]]></body>
<discussion></discussion></ob>
<ob meta_type="Naaya News" param="0" id="cop10-report" sortorder="100" contributor="jdoe" approved="1" approved_by="admin" releasedate="2010/11/02 09:15:00 GMT+1" discussion="0" expirationdate="" topitem="1" resourceurl="http://www.cbd.int/cop10/" smallpicture="" bigpicture="">
<title lang="en"><![CDATA[COP10 outcomes]]></title><description lang="en"><![CDATA[<p>Summary.</p>]]></description><coverage lang="en"><![CDATA[]]></coverage><keywords lang="en"><![CDATA[Nagoya]]></keywords>
<details lang="en"><![CDATA[<p>Body.</p>]]></details><source lang="en"><![CDATA[CBD]]></source>
<discussion></discussion></ob>
<ob meta_type="Naaya SMAP Expert" param="0" id="expert-1" sortorder="0" contributor="jdoe" approved="1" approved_by="admin" releasedate="" discussion="0">
<title lang="en"><![CDATA[Dr Ada Lovelace]]></title><description lang="en"><![CDATA[]]></description><coverage lang="en"><![CDATA[]]></coverage><keywords lang="en"><![CDATA[]]></keywords>
<discussion></discussion></ob>
</ob>
</export>
`;
const smapPath = 'wetlands/expert-1';
const noMapping = /no mapping for the PTK type &quot;Naaya SMAP Expert&quot;|no mapping for the PTK type "Naaya SMAP Expert"/;

describe('the runs page while an import runs', () => {
  const ctx: AdminContext = { t: translator('en'), language: 'en', dir: 'ltr', cssUrl: '/site.css', scriptUrl: '/admin.js', siteName: 'Site', publicHref: '/en/', csrfToken: 'token', user: null, can: permissionsOn(null, 1), nav: [] };
  const running: ImportsPageProps = {
    ctx,
    runs: [{ id: 7, sourceName: 'big.nyexp', format: 'nyexp', startedBy: 'Root', startedAt: '2026-03-01T10:00:00.000Z', status: 'running', dryRun: false, progress: { done: 1500, total: 20000 }, totals: {} }],
    openQuarantine: 0,
    canImport: false,
    busy: true,
    refresh: true,
    form: { values: { dryRun: false, zone: '', siteUrls: '' }, errors: new Map() },
    timeZones: ['UTC'],
    maxUploadBytes: 2_000_000_000,
  };
  const render = (props: ImportsPageProps) => renderToString(h(ImportsPage, props));

  test('shows how far a running import is and reloads itself every 5 s, with a link that stops it', () => {
    const html = render(running);
    assert.match(html, /<td>Running: 1,500 of 20,000 objects<\/td>/);
    assert.match(html, /<meta http-equiv="refresh" content="5"\/>/);
    assert.match(html, /<a href="\/admin\/imports">Stop refreshing<\/a>/);
  });

  test('stays still once asked to, offering to refresh again, and when nothing runs', () => {
    const stopped = render({ ...running, refresh: false });
    assert.doesNotMatch(stopped, /http-equiv="refresh"/);
    assert.match(stopped, /Automatic refreshing is off; an import is still running\. <a href="\/admin\/imports\?refresh=on">Refresh every 5 seconds<\/a>/);
    const idle = render({ ...running, busy: false, runs: [{ ...running.runs[0]!, status: 'completed', progress: null, totals: { created: 19000, quarantined: 1000 } }] });
    assert.doesNotMatch(idle, /http-equiv="refresh"|Stop refreshing/);
    assert.match(idle, /<td>19,000 created and 1,000 quarantined<\/td>/);
  });
});

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`the admin's PTK import pages (${dialect})`, { skip }, () => {
    let t: TestApp;
    let site: Site;
    let otherSite: Site;
    let admin: AdminSession;
    let manager: AdminSession;
    let contributor: AdminSession;
    let otherManager: AdminSession;
    let counter = 0;
    const tag = dialect === 'sqlite' ? 's' : 'p';
    const db = () => t.services.db.kysely;
    const scope = () => new SiteScope(db(), site.id);
    const session = (s: Site) => new AdminSession(t.app, `${hostOf(s)}:3000`, `10.17.${dialect === 'sqlite' ? 1 : 2}.${++counter}`);
    const upload = (s: AdminSession, parts: MultipartPart[]) => postMultipart(t.app, s, '/admin/imports', parts);
    const nyexpPart = (filename = 'wetlands.nyexp', data = Buffer.from(nyexp)): MultipartPart => ({ name: 'file', filename, data, contentType: 'application/xml' });
    /** A GET carrying the cookie a multipart response set (the session only keeps those of its own requests). */
    const getWith = (s: AdminSession, url: string, response: LightMyRequestResponse) => {
      const extra = [response.headers['set-cookie'] ?? []].flat().map((c) => c.split(';')[0]).join('; ');
      return t.app.inject({ url, headers: { host: s.host, cookie: [s.cookieHeader(), extra].filter(Boolean).join('; ') } });
    };
    const runCount = async () => Number((await scope().selectFrom('import_runs').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const openEntry = (path: string) => scope().selectFrom('quarantine').selectAll().where('source_path', '=', path).executeTakeFirst();

    /** Follows the runs page, as a person would, until nothing is being read or imported. */
    async function waitForImports(s: AdminSession): Promise<string> {
      const deadline = Date.now() + 20_000;
      for (;;) {
        const page = await s.get('/admin/imports?refresh=off');
        assert.equal(page.statusCode, 200);
        if (!/data-status="(running|preparing)"/.test(page.body)) return page.body;
        assert.ok(Date.now() < deadline, 'the import ends within 20 s');
        await sleep(50);
      }
    }

    before(async () => {
      t = await buildTestApp(dialect);
      site = await buildSite(t.services, { code: `imp${tag}`, names: { en: 'Import site', fr: 'Site d’import' }, languages: ['en', 'fr'] });
      otherSite = await buildSite(t.services, { code: `imo${tag}`, names: { en: 'Other site' }, languages: ['en'] });
      await createUser(db(), { email: `root@import-${dialect}.example`, displayName: 'Network administrator', password, isNetworkAdmin: true });
      await createUser(db(), { email: `manager@import-${dialect}.example`, displayName: 'Site manager', password, memberships: [{ siteId: site.id, role: 'site-manager' }] });
      await createUser(db(), { email: `contributor@import-${dialect}.example`, displayName: 'Contributor', password, memberships: [{ siteId: site.id, role: 'contributor' }] });
      await createUser(db(), { email: `other@import-${dialect}.example`, displayName: 'Other manager', password, memberships: [{ siteId: otherSite.id, role: 'site-manager' }] });
      admin = session(site);
      await admin.login(`root@import-${dialect}.example`, password);
      manager = session(site);
      await manager.login(`manager@import-${dialect}.example`, password);
      contributor = session(site);
      await contributor.login(`contributor@import-${dialect}.example`, password);
      otherManager = session(otherSite);
      await otherManager.login(`other@import-${dialect}.example`, password);
    });
    after(() => t?.close());

    test('a network administrator uploads a nyexp export, follows it, and reads its report', async () => {
      const page = await admin.get('/admin/imports');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /No import has been run on this site yet/);
      const form = /<form method="post" action="\/admin\/imports" enctype="multipart\/form-data"[^>]*>([\s\S]*?)<\/form>/.exec(page.body)?.[1] ?? '';
      assert.match(form, /^\s*<input type="hidden" name="_csrf"/, 'the token comes before every other field');
      assert.match(form, /<input id="import-file" type="file" name="file" required accept="\.nyexp,\.xml,\.json,\.zip"/);
      assert.match(form, /<option value="Europe\/Brussels">/, 'the time zones are offered');
      assert.ok(form.indexOf('name="file"') > form.indexOf('name="siteUrls"'), 'the file comes after the options it is read with');

      const response = await upload(admin, [
        { name: '_csrf', value: admin.csrf },
        { name: 'zone', value: 'Europe/Brussels' },
        { name: 'siteUrls', value: 'http://www.biodiv.example\r\n\r\nhttps://biodiv.example/' },
        nyexpPart(),
      ]);
      assert.equal(response.statusCode, 303, response.body.slice(0, 500));
      assert.equal(response.headers.location, '/admin/imports');
      const followed = await getWith(admin, '/admin/imports', response);
      assert.match(followed.body, /The import of “wetlands\.nyexp” has started/);

      const runs = await waitForImports(admin);
      assert.match(runs, /<tr data-status="completed"><th scope="row">wetlands\.nyexp<\/th><td>nyexp XML<\/td><td>Network administrator<\/td>/);
      assert.match(runs, /3 created and 1 quarantined/);
      assert.match(runs, /Quarantine: 1 object is waiting for a decision/);
      assert.doesNotMatch(runs, /http-equiv="refresh"/, 'nothing runs any more: the page stays still');
      const runId = Number(/href="\/admin\/imports\/(\d+)"/.exec(runs)?.[1]);
      assert.ok(runId > 0);

      const report = await admin.get(`/admin/imports/${runId}`);
      assert.equal(report.statusCode, 200);
      assert.match(report.body, /<h1>Import report: wetlands\.nyexp<\/h1>/);
      assert.match(report.body, /<th scope="row">Naaya Document<\/th><td>1<\/td><td>0<\/td>/, 'one document created');
      assert.match(report.body, /<th scope="row">Naaya SMAP Expert<\/th><td>0<\/td><td>0<\/td><td>0<\/td><td>0<\/td><td>0<\/td><td>1<\/td>/, 'the unknown type quarantined');
      assert.match(report.body, /<th scope="row">Total<\/th><td>3<\/td>/);
      assert.match(report.body, /<dt>Objects read<\/dt><dd>4<\/dd>/);
      assert.match(report.body, /<dt>Placeholder authors \(accounts that can never sign in\)<\/dt><dd>1<\/dd>/);
      assert.match(report.body, /<h2>1 warning<\/h2>/);
      assert.match(report.body, new RegExp(`<code>${smapPath}</code></td><td>quarantined: Ecotone has no mapping`));

      const started = await db().selectFrom('audit_events').select(['subject', 'details', 'user_id']).where('site_id', '=', site.id).where('action', '=', 'import.start').execute();
      assert.equal(started.length, 1);
      assert.deepEqual(JSON.parse(started[0]!.details), { file: 'wetlands.nyexp', dryRun: false, zone: 'Europe/Brussels', siteUrls: ['http://www.biodiv.example', 'https://biodiv.example/'] });
    });

    test('the quarantine lists the unknown type with its reason and the object as read; Retry keeps it there with the same reason; Dismiss takes it off the open list', async () => {
      const list = await manager.get('/admin/imports/quarantine');
      assert.equal(list.statusCode, 200);
      assert.match(list.body, /1 entry/);
      assert.match(list.body, new RegExp(`<code>${smapPath}</code>`));
      assert.match(list.body, /<td>Naaya SMAP Expert<\/td>/);
      assert.match(list.body, noMapping);
      assert.match(list.body, /<details><summary>The object as read<\/summary><pre class="mail-text">\{\n {2}&quot;object&quot;: \{/, 'pretty-printed and escaped');
      const entry = (await openEntry(smapPath))!;

      const retried = await manager.post(`/admin/imports/quarantine/${entry.id}/retry`, { back: '/admin/imports/quarantine?status=open' });
      assert.equal(retried.statusCode, 303);
      assert.equal(retried.headers.location, '/admin/imports/quarantine?status=open');
      const afterRetry = await manager.get('/admin/imports/quarantine?status=open');
      assert.match(afterRetry.body, new RegExp(`<p class="notice notice--error">“${smapPath}” is still in quarantine: Ecotone has no mapping`));
      const still = (await openEntry(smapPath))!;
      assert.deepEqual([still.status, still.reason], ['open', entry.reason]);

      await manager.get('/admin/imports/quarantine');
      const dismissed = await manager.post(`/admin/imports/quarantine/${entry.id}/dismiss`, { back: 'https://evil.example/' });
      assert.equal(dismissed.statusCode, 303);
      assert.equal(dismissed.headers.location, '/admin/imports/quarantine', 'only the quarantine listing is a place to come back to');
      const open = await manager.get('/admin/imports/quarantine');
      assert.match(open.body, new RegExp(`“${smapPath}” was dismissed`));
      assert.doesNotMatch(open.body, new RegExp(`<code>${smapPath}</code>`));
      assert.match(open.body, /Nothing is waiting in quarantine/);
      const dismissedList = await manager.get('/admin/imports/quarantine?status=dismissed');
      assert.match(dismissedList.body, new RegExp(`<code>${smapPath}</code>`));
      assert.doesNotMatch(dismissedList.body, /\/dismiss"/, 'a dismissed entry offers Retry only');
      assert.match((await manager.get('/admin/imports')).body, /Quarantine: nothing is waiting/);

      const events = await db().selectFrom('audit_events').select(['action', 'subject']).where('site_id', '=', site.id).where('action', 'in', ['import.retry', 'import.dismiss']).orderBy('id').execute();
      assert.deepEqual(events.map((e) => [e.action, e.subject]), [['import.retry', `quarantine:${entry.id}`], ['import.dismiss', `quarantine:${entry.id}`]]);
    });

    test('retrying an entry whose object the mapping now takes imports it and links to the new item', async () => {
      // An object an earlier mapping refused, kept as the importer keeps one (the SMAP expert's raw, now a document).
      const model = JSON.parse((await openEntry(smapPath))!.raw) as { object: Record<string, unknown> };
      const object = { ...model.object, metaType: 'Naaya Document', path: 'wetlands/lakes', localized: { title: { en: 'Lakes', fr: 'Lacs' }, body: { en: '<p>Two lakes.</p>' } } };
      const now = nowIso();
      await scope()
        .insertInto('quarantine', { source: 'ptk', source_path: 'wetlands/lakes', meta_type: 'Naaya Document', reason: 'an earlier mapping could not read it', raw: JSON.stringify({ object }), status: 'open', run_id: 0, created_at: now, updated_at: now, dismissed_by: null })
        .execute();
      const entry = (await openEntry('wetlands/lakes'))!;
      await manager.get('/admin/imports/quarantine');
      assert.equal((await manager.post(`/admin/imports/quarantine/${entry.id}/retry`, {})).statusCode, 303);
      assert.equal(await openEntry('wetlands/lakes'), undefined, 'the object left the quarantine');
      const record = await scope().selectFrom('import_records').select('item_id').where('source_path', '=', 'wetlands/lakes').executeTakeFirstOrThrow();
      assert.ok(record.item_id);
      const notice = await manager.get('/admin/imports/quarantine');
      assert.match(notice.body, new RegExp(`“wetlands/lakes” is now imported\\. <a href="/admin/items/${record.item_id}">Open it</a>`));
      const title = await scope().selectFrom('item_translations').select('title').where('item_id', '=', record.item_id).where('language', '=', 'en').executeTakeFirstOrThrow();
      assert.equal(title.title, 'Lakes');
    });

    test('a dry run writes nothing, and its report is kept and says so', async () => {
      const items = async () => Number((await scope().selectFrom('items').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
      const before = await items();
      await admin.get('/admin/imports');
      const response = await upload(admin, [{ name: '_csrf', value: admin.csrf }, { name: 'dryRun', value: '1' }, nyexpPart('again.nyexp')]);
      assert.equal(response.statusCode, 303, response.body.slice(0, 500));
      assert.match((await getWith(admin, '/admin/imports', response)).body, /The dry run of “again\.nyexp” has started: nothing will be written/);
      const runs = await waitForImports(admin);
      assert.match(runs, /<th scope="row">again\.nyexp<\/th>[\s\S]*?Completed <span class="badge">Dry run<\/span>/);
      assert.equal(await items(), before);
      const runId = Number(/href="\/admin\/imports\/(\d+)" aria-label="Report of the import of “again\.nyexp”"/.exec(runs)?.[1]);
      const report = await admin.get(`/admin/imports/${runId}`);
      assert.match(report.body, /This was a dry run: nothing was written/);
      assert.match(report.body, /<th scope="row">Naaya Document<\/th><td>0<\/td><td>0<\/td><td>1<\/td>/, 'read again unchanged');
    });

    test('an upload the importer cannot read ends as a failed run whose report says why, naming the file and none of the server’s folders', async () => {
      await admin.get('/admin/imports');
      const response = await upload(admin, [{ name: '_csrf', value: admin.csrf }, { name: 'file', filename: 'notes.json', data: Buffer.from('hello, this is not an export') }]);
      assert.equal(response.statusCode, 303);
      const runs = await waitForImports(admin);
      assert.match(runs, /<tr data-status="failed"><th scope="row">notes\.json<\/th><td>Not recognised<\/td>/);
      const runId = Number(/href="\/admin\/imports\/(\d+)" aria-label="Report of the import of “notes\.json”"/.exec(runs)?.[1]);
      const report = await admin.get(`/admin/imports/${runId}`);
      assert.match(report.body, /<p class="notice notice--error" role="alert">This import failed: notes\.json is not a PTK export/);
      assert.ok(!report.body.includes(t.database.dataDir), 'the upload folder is not shown');
    });

    test('while an upload is under way the page follows it (refreshing itself when asked), and a second upload waits its turn (409)', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'ecotone-import-test-'));
      try {
        await writeLargeNyexp(join(dir, 'large.nyexp'), { objects: 3000 });
        const large = await readFile(join(dir, 'large.nyexp'));
        await admin.get('/admin/imports');
        const first = await upload(admin, [{ name: '_csrf', value: admin.csrf }, { name: 'dryRun', value: '1' }, nyexpPart('large.nyexp', large)]);
        assert.equal(first.statusCode, 303, first.body.slice(0, 500));
        const second = await upload(admin, [{ name: '_csrf', value: admin.csrf }, nyexpPart('second.nyexp')]);
        assert.equal(second.statusCode, 409);
        assert.match(second.body, /An import is already running on this site: wait for it to end/);
        const during = await admin.get('/admin/imports');
        assert.match(during.body, /<tr data-status="(preparing|running)"><th scope="row">large\.nyexp<\/th>/);
        assert.doesNotMatch(during.body, /http-equiv="refresh"/, 'no reload nobody asked for');
        assert.match(during.body, /href="\/admin\/imports\?refresh=on"/);
        assert.match((await admin.get('/admin/imports?refresh=on')).body, /<meta http-equiv="refresh" content="5"\/>/);
        await waitForImports(admin);
        assert.equal(await scope().selectFrom('import_runs').select('id').where('source_name', '=', 'second.nyexp').executeTakeFirst(), undefined);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });

    test('an upload without a file, an empty file, an unknown time zone or a wrong address gets the form again (400), naming the problem, and starts nothing', async () => {
      await admin.get('/admin/imports');
      const runs = await runCount();
      const csrf = { name: '_csrf', value: admin.csrf };

      const empty = await upload(admin, [csrf, nyexpPart('empty.nyexp', Buffer.alloc(0))]);
      assert.equal(empty.statusCode, 400);
      assert.match(empty.body, /<ul class="field-errors" id="import-file-errors"><li>“empty\.nyexp” is empty: choose the complete export file\.<\/li><\/ul>/);
      assert.match(empty.body, /aria-invalid="true" aria-describedby="import-file-errors"/);

      // What a browser sends when no file was chosen: an empty part with no name.
      const none = await upload(admin, [csrf, { name: 'file', filename: '', data: Buffer.alloc(0) }]);
      assert.equal(none.statusCode, 400);
      assert.match(none.body, /Choose an export file to import\./);

      const zone = await upload(admin, [csrf, { name: 'dryRun', value: '1' }, { name: 'zone', value: 'Mars/Olympus_Mons' }, nyexpPart()]);
      assert.equal(zone.statusCode, 400);
      assert.match(zone.body, /“Mars\/Olympus_Mons” is not a time zone name/);
      assert.match(zone.body, /<input id="import-dry-run" type="checkbox" name="dryRun" value="1" checked/, 'what was chosen is kept');
      assert.match(zone.body, /value="Mars\/Olympus_Mons"/);

      const address = await upload(admin, [csrf, { name: 'siteUrls', value: 'http://www.biodiv.example\nftp://files.biodiv.example' }, nyexpPart()]);
      assert.equal(address.statusCode, 400);
      assert.match(address.body, /“ftp:\/\/files\.biodiv\.example” is not a web address/);

      await sleep(100);
      assert.equal(await runCount(), runs, 'no run was started or recorded');
    });

    test('an upload needs the form’s token before its file', async () => {
      await admin.get('/admin/imports');
      const runs = await runCount();
      assert.equal((await upload(admin, [nyexpPart()])).statusCode, 403, 'no token');
      assert.equal((await upload(admin, [{ name: '_csrf', value: 'forged' }, nyexpPart()])).statusCode, 403, 'a wrong token');
      assert.equal((await upload(admin, [nyexpPart(), { name: '_csrf', value: admin.csrf }])).statusCode, 403, 'the token after the file');
      await sleep(100);
      assert.equal(await runCount(), runs);
    });

    test('a site manager follows runs, reports and the quarantine, but gets no upload form and cannot upload (403)', async () => {
      const page = await manager.get('/admin/imports');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<a href="\/admin\/imports"[^>]*aria-current="page"|aria-current="page"[^>]*href="\/admin\/imports"/, 'the navigation leads here');
      assert.match(page.body, /wetlands\.nyexp/);
      assert.doesNotMatch(page.body, /enctype="multipart\/form-data"/);
      const runId = /href="\/admin\/imports\/(\d+)"/.exec(page.body)![1];
      assert.equal((await manager.get(`/admin/imports/${runId}`)).statusCode, 200);
      const refused = await upload(manager, [{ name: '_csrf', value: manager.csrf }, nyexpPart()]);
      assert.equal(refused.statusCode, 403);
    });

    test('a contributor gets 403 on every import page and action, and no Imports link', async () => {
      const home = await contributor.get('/admin');
      assert.doesNotMatch(home.body, /href="\/admin\/imports"/);
      const run = await scope().selectFrom('import_runs').select('id').orderBy('id').executeTakeFirstOrThrow();
      const entry = (await openEntry(smapPath))!;
      for (const url of ['/admin/imports', `/admin/imports/${run.id}`, '/admin/imports/quarantine']) assert.equal((await contributor.get(url)).statusCode, 403, url);
      for (const action of ['retry', 'dismiss']) assert.equal((await contributor.post(`/admin/imports/quarantine/${entry.id}/${action}`, {})).statusCode, 403, action);
      assert.equal((await upload(contributor, [{ name: '_csrf', value: contributor.csrf }, nyexpPart()])).statusCode, 403);
    });

    test("another site's run and quarantine entry are not found (404) from a site one manages", async () => {
      const run = await scope().selectFrom('import_runs').select('id').orderBy('id').executeTakeFirstOrThrow();
      const entry = (await openEntry(smapPath))!;
      await otherManager.get('/admin/imports/quarantine');
      assert.equal((await otherManager.get(`/admin/imports/${run.id}`)).statusCode, 404);
      assert.equal((await otherManager.post(`/admin/imports/quarantine/${entry.id}/retry`, {})).statusCode, 404);
      assert.equal((await otherManager.post(`/admin/imports/quarantine/${entry.id}/dismiss`, {})).statusCode, 404);
      assert.equal((await otherManager.get('/admin/imports/not-a-number')).statusCode, 404);
      const unchanged = (await openEntry(smapPath))!;
      assert.deepEqual([unchanged.status, unchanged.updated_at], [entry.status, entry.updated_at]);
      assert.doesNotMatch((await otherManager.get('/admin/imports')).body, /wetlands\.nyexp/);
    });
  });
}
