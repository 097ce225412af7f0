import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createUser } from '../src/accounts/service.ts';
import { findPublishedItem, transitionTranslation } from '../src/content/service.ts';
import { utcToZonedInput } from '../src/content/zoned-time.ts';
import { publishScheduledJob } from '../src/jobs/publish-scheduled.ts';
import { jobContextFor, runScheduledJobsNow } from '../src/jobs/runner.ts';
import type { Site } from '../src/sites/site.ts';
import { AdminSession } from './support/admin-session.ts';
import { buildSite, buildTestApp, contextFor, hostOf, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';
import { startSmtpServer } from './support/smtp.ts';

const password = 'correct horse battery staple';
const zone = 'Europe/Brussels';
const hour = 3_600_000;

async function waitFor<T>(read: () => T | undefined, what: string): Promise<T> {
  for (let i = 0; i < 150; i++) {
    const value = read();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/** A whole minute `hours` from now, as an instant and as the form's local time in Brussels. */
function inHours(hours: number): { at: Date; local: string } {
  const at = new Date(Math.floor((Date.now() + hours * hour) / 60_000) * 60_000);
  return { at, local: utcToZonedInput(at.toISOString(), zone) };
}

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`scheduled publishing and review [${dialect}]`, { skip }, () => {
    let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
    let t: TestApp;
    let site: Site;
    let address = 0;
    const session = async (email: string) => {
      const s = new AdminSession(t.app, `${hostOf(site)}:3000`, `10.9.${dialect === 'sqlite' ? 1 : 2}.${++address}`);
      assert.equal((await s.login(email, password)).statusCode, 303);
      return s;
    };
    const publicPage = (path: string) => t.app.inject({ url: path, headers: { host: `${hostOf(site)}:3000` } });
    const runJobsAt = (now: Date) => runScheduledJobsNow(t.services, { now, log: { info() {}, warn() {}, error() {} } });
    const publication = (results: Awaited<ReturnType<typeof runJobsAt>>) => results.find((r) => r.name === 'publish-scheduled')!;

    /** A contributor's news item in French, submitted for review; returns its id and slug. */
    async function submitted(title: string): Promise<{ id: number; slug: string }> {
      const contributor = await session('awa@example.org');
      await contributor.get('/admin/content/news/new?lang=fr');
      const created = await contributor.post('/admin/content/news', { lang: 'fr', title, summary: 'Résumé.', status: 'review' });
      assert.equal(created.statusCode, 303, created.body.slice(0, 500));
      const id = Number(/\/admin\/items\/(\d+)/.exec(created.headers.location as string)![1]);
      const row = await t.services.db.kysely.selectFrom('item_translations').select('slug').where('item_id', '=', id).executeTakeFirstOrThrow();
      return { id, slug: row.slug };
    }

    before(async () => {
      smtp = await startSmtpServer();
      t = await buildTestApp(dialect, { SMTP_URL: smtp.url });
      site = await buildSite(t.services, { code: `sched${dialect === 'sqlite' ? 'a' : 'b'}`, names: { fr: 'CHM du Bénin', en: 'Benin CHM' }, languages: ['fr', 'en'] });
      const db = t.services.db.kysely;
      await createUser(db, { email: 'awa@example.org', displayName: 'Awa', password, memberships: [{ siteId: site.id, role: 'contributor' }] });
      await createUser(db, { email: 'koffi@example.org', displayName: 'Koffi', password, memberships: [{ siteId: site.id, role: 'editor' }] });
    });
    after(async () => {
      await t.close();
      await smtp.close();
    });

    test('an editor schedules a French translation: hidden until the job runs past the time, then published with a revision and an email to the author', async () => {
      const { id, slug } = await submitted('Lancement de l’atlas des zones humides');
      const editor = await session('koffi@example.org');
      const form = await editor.get(`/admin/items/${id}?lang=fr`);
      assert.match(form.body, /id="control-publishAt"/);
      const when = inHours(48);
      const saved = await editor.post(`/admin/items/${id}`, { lang: 'fr', title: 'Lancement de l’atlas des zones humides', summary: 'Résumé.', status: 'review', version: '1', publishAt: when.local, unpublishAt: '', scheduleZone: zone });
      assert.equal(saved.statusCode, 303, saved.body.slice(0, 2000));
      const stored = await t.services.db.kysely.selectFrom('item_translations').select(['status', 'publish_at', 'schedule_zone']).where('item_id', '=', id).executeTakeFirstOrThrow();
      assert.deepEqual(stored, { status: 'review', publish_at: when.at.toISOString(), schedule_zone: zone });
      const page = await editor.get(`/admin/items/${id}?lang=fr`);
      assert.match(page.body, /Publication programmée le [^<]*\(Europe\/Brussels\)/, 'shown back in its zone, the zone named');
      assert.match(page.body, new RegExp(`id="control-publishAt"[^>]*value="${when.local}"`));

      assert.equal((await publicPage(`/fr/news/${slug}`)).statusCode, 404, 'not public before the time');
      const early = await runJobsAt(new Date(when.at.getTime() - 60_000));
      assert.deepEqual(publication(early).result, { published: 0, unpublished: 0, skipped: 0, failed: 0 });
      assert.equal((await publicPage(`/fr/news/${slug}`)).statusCode, 404);

      const revisionsBefore = await t.services.db.kysely.selectFrom('item_revisions').select('version').where('item_id', '=', id).execute();
      const results = await runJobsAt(new Date(when.at.getTime() + 60_000));
      assert.ok(results.every((r) => r.ok), JSON.stringify(results));
      assert.equal((publication(results).result as { published: number }).published, 1);
      // Public pages read the real clock, still before the schedule: ask the service at the job's time.
      const scope = contextFor(t.services, site).scope;
      const later = new Date(when.at.getTime() + 60_000).toISOString();
      assert.ok(await findPublishedItem(scope, site, 'news', slug, 'fr', later), 'public once the job ran past the time');
      assert.equal(await findPublishedItem(scope, site, 'news', slug, 'fr', new Date(when.at.getTime() - 60_000).toISOString()), undefined, 'dated when it was meant to be');
      const row = await t.services.db.kysely.selectFrom('item_translations').select(['status', 'published_at', 'publish_at']).where('item_id', '=', id).executeTakeFirstOrThrow();
      assert.deepEqual(row, { status: 'published', published_at: when.at.toISOString(), publish_at: null }, 'dated when it was meant to be published');
      const revisions = await t.services.db.kysely.selectFrom('item_revisions').select(['version', 'user_id', 'changes']).where('item_id', '=', id).orderBy('version').execute();
      assert.equal(revisions.length, revisionsBefore.length + 1);
      assert.equal(revisions.at(-1)!.user_id, null, 'the system made it');
      assert.ok(JSON.parse(revisions.at(-1)!.changes).includes('translations.fr.status'));
      const events = await t.services.db.kysely.selectFrom('audit_events').select(['action', 'user_id', 'details']).where('subject', '=', `item:${id}`).execute();
      assert.ok(events.some((e) => e.action === 'item.publish' && e.user_id === null && JSON.parse(e.details).scheduled === true));
      const email = await waitFor(() => smtp.received.find((m) => m.to.includes('awa@example.org') && /Lancement de l’atlas/.test(m.subject) && /Publié/.test(m.subject)), 'the published email');
      assert.match(email.text, new RegExp(`/admin/items/${id}\\?lang=fr`));
      const indexed = await scope.selectFrom('search_entries').select(['language', 'published_at']).where('item_id', '=', id).execute();
      assert.deepEqual(indexed, [{ language: 'fr', published_at: when.at.toISOString() }], 'in the search index');

      const again = await runJobsAt(new Date(when.at.getTime() + 120_000));
      assert.equal((publication(again).result as { published: number }).published, 0, 'a second run changes nothing');
      assert.equal((await t.services.db.kysely.selectFrom('item_revisions').select('version').where('item_id', '=', id).execute()).length, revisions.length);
    });

    test('two runs racing for the same due translation make one transition', async () => {
      const { id } = await submitted('Course entre deux serveurs');
      const editor = await session('koffi@example.org');
      await editor.get(`/admin/items/${id}?lang=fr`);
      const when = inHours(5);
      await editor.post(`/admin/items/${id}`, { lang: 'fr', title: 'Course entre deux serveurs', status: 'draft', version: '1', publishAt: when.local, scheduleZone: zone });
      const now = new Date(when.at.getTime() + 1000).toISOString();
      const transition = { itemId: id, language: 'fr', to: 'published' as const, from: ['draft', 'review'] as const, due: 'publish' as const, now };
      const outcomes = await Promise.allSettled([transitionTranslation(contextFor(t.services, site), transition), transitionTranslation(contextFor(t.services, site), transition)]);
      const done = outcomes.filter((o) => o.status === 'fulfilled' && o.value !== null);
      assert.equal(done.length, 1, JSON.stringify(outcomes.map((o) => o.status)));
      const ctx = jobContextFor(t.services, { now, log: { info() {}, warn() {}, error() {} } });
      const [a, b] = (await Promise.all([publishScheduledJob.perform({}, ctx), publishScheduledJob.perform({}, ctx)])) as { published: number }[];
      assert.equal(a!.published + b!.published, 0, 'nothing left to do');
      const revisions = await t.services.db.kysely.selectFrom('item_revisions').select('version').where('item_id', '=', id).execute();
      assert.equal(revisions.length, 3, 'created, scheduled, published: once');
    });

    test('a published translation is unpublished at the time given', async () => {
      const editor = await session('koffi@example.org');
      await editor.get('/admin/content/page/new?lang=fr');
      const until = inHours(24);
      const created = await editor.post('/admin/content/page', { lang: 'fr', title: 'Appel à projets 2026', status: 'published', publishAt: '', unpublishAt: until.local, scheduleZone: zone });
      assert.equal(created.statusCode, 303, created.body.slice(0, 1000));
      assert.equal((await publicPage('/fr/pages/appel-a-projets-2026')).statusCode, 200);
      await runJobsAt(new Date(until.at.getTime() - 1000));
      assert.equal((await publicPage('/fr/pages/appel-a-projets-2026')).statusCode, 200, 'still there just before');
      const results = await runJobsAt(new Date(until.at.getTime() + 1000));
      assert.equal((results[0]!.result as { unpublished: number }).unpublished, 1);
      assert.equal((await publicPage('/fr/pages/appel-a-projets-2026')).statusCode, 404);
      const row = await t.services.db.kysely.selectFrom('item_translations').select(['status', 'unpublish_at']).where('title', '=', 'Appel à projets 2026').executeTakeFirstOrThrow();
      assert.deepEqual(row, { status: 'archived', unpublish_at: null });
    });

    test('a contributor cannot schedule: no controls, and a crafted form is refused with 403', async () => {
      const contributor = await session('awa@example.org');
      const form = await contributor.get('/admin/content/news/new?lang=fr');
      assert.doesNotMatch(form.body, /name="publishAt"/);
      const refused = await contributor.post('/admin/content/news', { lang: 'fr', title: 'Publiée en douce', status: 'draft', publishAt: inHours(3).local, scheduleZone: zone });
      assert.equal(refused.statusCode, 403);
      const stored = await t.services.db.kysely.selectFrom('item_translations').select('id').where('title', '=', 'Publiée en douce').execute();
      assert.equal(stored.length, 0);
    });

    test('an invalid schedule gives field errors in the editor’s language and keeps what was typed', async () => {
      const editor = await session('koffi@example.org');
      await editor.get('/admin/content/news/new?lang=fr');
      const past = inHours(-2);
      const response = await editor.post('/admin/content/news', { lang: 'fr', title: 'Mauvais calendrier', summary: 'À garder', status: 'draft', publishAt: past.local, unpublishAt: inHours(-3).local, scheduleZone: zone });
      assert.equal(response.statusCode, 422);
      assert.match(response.body, /id="control-publishAt"[^>]*aria-invalid="true"/);
      assert.match(response.body, /id="control-publishAt-errors"[\s\S]*Choisissez une date et une heure dans le futur\./);
      assert.match(response.body, /id="control-unpublishAt-errors"[\s\S]*Le retrait doit avoir lieu après la publication\./);
      assert.match(response.body, new RegExp(`value="${past.local}"`));
      assert.match(response.body, /À garder/);

      const zoneless = await editor.post('/admin/content/news', { lang: 'fr', title: 'Fuseau inconnu', status: 'draft', publishAt: inHours(3).local, scheduleZone: 'Mars/Olympus' });
      assert.equal(zoneless.statusCode, 422);
      assert.match(zoneless.body, /id="control-scheduleZone-errors"[\s\S]*Mars\/Olympus/);

      const publishedLater = await editor.post('/admin/content/news', { lang: 'fr', title: 'Publié mais plus tard', status: 'published', publishAt: inHours(3).local, scheduleZone: zone });
      assert.equal(publishedLater.statusCode, 422);
      assert.match(publishedLater.body, /id="control-publishAt-errors"[\s\S]*Brouillon ou En relecture/);
    });

    test('an editor sends a translation back with a comment: the author is emailed the comment and sees it on the edit page', async () => {
      const { id } = await submitted('Inventaire des mangroves');
      const editor = await session('koffi@example.org');
      const form = await editor.get(`/admin/items/${id}?lang=fr`);
      assert.match(form.body, /id="control-comment"/);
      assert.equal(form.body.match(/<form[^>]*class="admin-form"/g)?.length, 1, 'one edit form; sending back is a form of its own');
      const empty = await editor.post(`/admin/items/${id}/send-back`, { lang: 'fr', version: '1', comment: '  ' });
      assert.equal(empty.statusCode, 422);
      assert.match(empty.body, /id="control-comment-errors"[\s\S]*Ce champ est obligatoire\./);

      const comment = 'Merci ! Ajoutez la source des chiffres, s’il vous plaît.';
      const sent = await editor.post(`/admin/items/${id}/send-back`, { lang: 'fr', version: '1', comment });
      assert.equal(sent.statusCode, 303);
      const row = await t.services.db.kysely.selectFrom('item_translations').select('status').where('item_id', '=', id).executeTakeFirstOrThrow();
      assert.equal(row.status, 'draft');
      const email = await waitFor(() => smtp.received.find((m) => m.to.includes('awa@example.org') && /Inventaire des mangroves/.test(m.subject)), 'the sent-back email');
      assert.match(email.subject, /Renvoyé avec un commentaire/);
      assert.ok(email.text.includes(comment), email.text);
      assert.match(email.text, new RegExp(`/admin/items/${id}\\?lang=fr`));
      const note = await t.services.db.kysely.selectFrom('item_revisions').select('note').where('item_id', '=', id).orderBy('version', 'desc').executeTakeFirstOrThrow();
      assert.equal(note.note, comment);
      assert.ok((await t.services.db.kysely.selectFrom('audit_events').select('action').where('action', '=', 'item.sendBack').execute()).length >= 1);

      const contributor = await session('awa@example.org');
      const page = await contributor.get(`/admin/items/${id}?lang=fr`);
      assert.match(page.body, /Commentaire de Koffi au renvoi/);
      assert.ok(page.body.includes('Merci ! Ajoutez la source des chiffres, s’il vous plaît.'));
      assert.doesNotMatch(page.body, /id="control-comment"/, 'contributors do not send back');
      assert.equal((await contributor.post(`/admin/items/${id}/send-back`, { lang: 'fr', version: '2', comment: 'x' })).statusCode, 403);
    });

    test('field controls: a point and dates are checked, links come as rows, tags as searchable groups', async () => {
      const editor = await session('koffi@example.org');
      const form = await editor.get('/admin/content/document/new?lang=fr');
      assert.match(form.body, /data-tag-picker/);
      assert.match(form.body, /<details class="tag-group" open[^>]*>\s*<summary>Cibles du Cadre mondial de la biodiversité/);
      assert.match(form.body, /input type="checkbox" name="tags" value="GBF-TARGET-04"/);
      assert.match(form.body, /name="tags" value="be"/, 'countries too');
      assert.match(form.body, /<fieldset class="tag-picker" data-tag-picker="true">/, 'marked for the tag search island');
      assert.match(form.body, /name="l\.files\.url" type="url"/);

      const bad = await editor.post('/admin/content/project', { lang: 'fr', title: 'Projet mal daté', 'f.projectStatus': 'ongoing', 'f.startDate': '2024-02-30', 'point.lat': '95', 'point.lng': '', status: 'draft' });
      assert.equal(bad.statusCode, 422);
      assert.match(bad.body, /id="control-point-lat"[^>]*aria-invalid="true"/);
      assert.match(bad.body, /id="control-point-errors"[\s\S]*Saisissez une latitude/);
      assert.match(bad.body, /id="control-f-startDate-errors"/);
      assert.match(bad.body, /value="95"/);

      const links = await editor.post('/admin/content/document', { lang: 'fr', title: 'Rapport national', 'f.documentType': 'report', 'l.files.url': ['https://example.org/rapport.pdf', 'pas une adresse', ''], 'l.files.title': ['Rapport', '', ''], status: 'draft' });
      assert.equal(links.statusCode, 422);
      assert.match(links.body, /id="control-l-files-errors"/);
      const good = await editor.post('/admin/content/document', { lang: 'fr', title: 'Rapport national', 'f.documentType': 'report', 'l.files.url': ['https://example.org/rapport.pdf', '', ''], 'l.files.title': ['Rapport', '', ''], 'point.lat': '6.37', 'point.lng': '2.43', status: 'draft' });
      assert.equal(good.statusCode, 303, good.body.slice(0, 1000));
      const page = await editor.get(good.headers.location as string);
      assert.match(page.body, /name="l\.files\.url" type="url" value="https:\/\/example\.org\/rapport\.pdf"/);
      assert.equal(page.body.match(/name="l\.files\.url"/g)?.length, 3, 'the link and two empty rows');

      const event = await editor.post('/admin/content/event', { lang: 'fr', title: 'Atelier', 'f.start': '2030-05-04T09:30', 'f.start.zone': 'Africa/Porto-Novo', status: 'draft' });
      assert.equal(event.statusCode, 303);
      const eventPage = await editor.get(event.headers.location as string);
      assert.match(eventPage.body, /value="2030-05-04T09:30"/);
      assert.match(eventPage.body, /fuseau horaire Africa\/Porto-Novo/, 'the zone is named');
    });
  });
}
