import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { Secret, TOTP } from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from './support/accessibility.ts';
import { browserSkipReason, launchBrowser } from './support/browser.ts';
import { startSmtpServer } from './support/smtp.ts';
import { type RunningServer, startServerProcess } from './support/server-process.ts';

const run = promisify(execFile);

/** The editorial workflow in a real browser, against a real server process and the demo network. */
describe('editing in the admin, in a browser', { skip: browserSkipReason() }, () => {
  let server: RunningServer;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let browser: Browser;
  let dataDir: string;
  const url = (p: string) => `http://bj.localhost:${server.port}${p}`;

  before(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecotone-admin-browser-'));
    smtp = await startSmtpServer();
    // Every test signs in again from the same address: more than the default 10 a minute.
    server = await startServerProcess({ DATA_DIR: dataDir, SMTP_URL: smtp.url, LOGIN_ATTEMPTS_PER_MINUTE: '60' });
    const env = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
    await run(process.execPath, ['bin/ecotone.js', 'user', 'create', '--email', 'awa@example.org', '--name', 'Awa', '--password', 'contributor-password', '--role', 'bj:contributor'], { env });
    await run(process.execPath, ['bin/ecotone.js', 'user', 'create', '--email', 'koffi@example.org', '--name', 'Koffi', '--password', 'editor-password-1', '--role', 'bj:editor'], { env });
    await run(process.execPath, ['bin/ecotone.js', 'user', 'create', '--email', 'yao@example.org', '--name', 'Yao', '--password', 'editor-password-2', '--role', 'bj:editor'], { env });
    await run(process.execPath, ['bin/ecotone.js', 'user', 'create', '--email', 'manager@example.org', '--name', 'Nafissatou', '--password', 'manager-password-1', '--role', 'bj:site-manager'], { env });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function logIn(page: Page, email: string, password: string) {
    await page.goto(url('/admin'));
    await page.getByLabel(/courriel|e-mail|email/i).fill(email);
    await page.getByLabel(/mot de passe|password/i).fill(password);
    await page.getByRole('button', { name: /connecter|log in/i }).click();
    await page.waitForURL(/\/admin$/);
  }

  test('a contributor submits a French news item; an editor publishes it; visitors see it', async () => {
    const contributor = await browser.newPage();
    await logIn(contributor, 'awa@example.org', 'contributor-password');
    assert.equal(await contributor.getAttribute('html', 'lang'), 'fr', 'the admin speaks the site’s language');
    await contributor.goto(url('/admin/content/news/new?lang=fr'));
    await contributor.locator('#control-title').fill('Recensement des lamantins dans la lagune');
    await contributor.locator('#control-summary').fill('Les équipes ont compté les lamantins d’Afrique de l’Ouest.');
    // The body is written in the rich-text editor, which loads over the plain field.
    await contributor.getByRole('toolbar', { name: 'Mise en forme du texte' }).waitFor();
    const body = contributor.locator('[contenteditable]').and(contributor.getByRole('textbox', { name: 'Texte' }));
    await body.click();
    await contributor.keyboard.type('Un recensement ');
    const bold = contributor.getByRole('toolbar').getByRole('button', { name: 'Gras' });
    await bold.click();
    assert.equal(await bold.getAttribute('aria-pressed'), 'true');
    await contributor.keyboard.type('inédit');
    await bold.click();
    await contributor.keyboard.type('.');
    assert.equal(await contributor.locator('#control-body').inputValue(), '<p>Un recensement <strong>inédit</strong>.</p>', 'the form sends the editor’s HTML');
    // The topic search narrows the long lists of vocabulary terms as one types, accents ignored.
    const topicSearch = contributor.getByLabel('Rechercher dans les thèmes');
    await topicSearch.fill('especes exotiques');
    assert.ok(await contributor.locator('label.check', { has: contributor.locator('input[value="GBF-TARGET-06"]') }).isVisible());
    assert.equal(await contributor.locator('label.check', { has: contributor.locator('input[value="GBF-TARGET-01"]') }).isVisible(), false);
    await topicSearch.fill('zzzz');
    await contributor.getByText('Aucun thème ne correspond à votre saisie.').waitFor();
    await topicSearch.fill('');
    await contributor.locator('input[name="tags"][value="GBF-TARGET-04"]').check();
    await contributor.locator('#control-status').selectOption('review');
    assert.deepEqual(await contributor.locator('#control-status option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value)), ['draft', 'review'], 'a contributor cannot choose to publish');
    await contributor.locator('form.admin-form button[type="submit"]').click();
    await contributor.waitForURL(/\/admin\/items\/\d+\?lang=fr&saved=1/);
    await contributor.close();

    // The editor is told by email, and follows the link in it.
    const email = smtp.received.find((m) => m.to.includes('koffi@example.org') && m.subject.includes('Recensement des lamantins'));
    assert.ok(email, 'the editor received the review email');
    const link = /(http:\/\/\S+\/admin\/items\/\d+\?lang=fr)/.exec(email.text)![1]!;
    const editor = await browser.newPage();
    await logIn(editor, 'koffi@example.org', 'editor-password-1');
    await editor.goto(link);
    await editor.locator('#control-status').selectOption('published');
    await editor.locator('form.admin-form button[type="submit"]').click();
    await editor.waitForURL(/saved=1/);
    await editor.close();

    const visitor = await browser.newPage();
    await visitor.goto(url('/fr/news'));
    await visitor.getByRole('link', { name: 'Recensement des lamantins dans la lagune' }).click();
    assert.equal((await visitor.locator('h1').textContent())!.trim(), 'Recensement des lamantins dans la lagune');
    assert.equal(await visitor.locator('.tag-list a[href$="/gbf/targets/4"]').count(), 1, 'tagged with GBF target 4');
    assert.equal(await visitor.locator('main strong', { hasText: 'inédit' }).count(), 1, 'the formatting made in the editor is published');
    await visitor.close();
  });

  test('every admin page passes an automated accessibility check (no serious or critical axe violations)', async () => {
    const page = await browser.newPage();
    await page.goto(url('/admin/login'));
    const problems: string[] = [];
    const check = async (label: string) => {
      for (const v of await seriousViolations(page)) problems.push(`${label}: ${v.id} (${v.impact}) ${v.help} at ${v.targets.join(', ')}`);
    };
    await check('login');
    await logIn(page, 'koffi@example.org', 'editor-password-1');
    await check('dashboard');
    for (const type of ['news', 'event', 'document', 'project', 'species', 'contact-person', 'media-item']) {
      await page.goto(url(`/admin/content/${type}`));
      await check(`${type} list`);
      await page.goto(url(`/admin/content/${type}/new`));
      await check(`${type} new`);
    }
    await page.goto(url('/admin/content/event'));
    await page.locator('main table a').first().click();
    await check('event edit (default language)');
    await page.goto(`${page.url().split('?')[0]}?lang=en`);
    await check('event edit (translation beside the original)');
    await page.locator('main a[href$="/revisions"]').click();
    await check('revisions');
    await page.goto(url('/admin/content/news?status=published&sort=title&dir=asc&lang=fr'));
    await check('news list, filtered and sorted');
    await page.goto(url('/admin/menus'));
    await check('main menu');
    await page.goto(url('/admin/menus?menu=footer&lang=en'));
    await check('footer menu in English');
    await page.goto(url('/admin/trash'));
    await check('trash');
    await page.goto(url('/admin/account'));
    await check('account');
    await page.goto(url('/admin/account/two-factor'));
    await check('two-factor set-up');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a second editor’s stale save is refused with a way to see the latest version', async () => {
    const first = await browser.newPage();
    const second = await browser.newPage();
    await logIn(first, 'koffi@example.org', 'editor-password-1');
    await logIn(second, 'koffi@example.org', 'editor-password-1');
    await first.goto(url('/admin/content/page'));
    const editHref = await first.locator('main table a').first().getAttribute('href');
    await first.goto(url(`${editHref}?lang=fr`));
    await second.goto(url(`${editHref}?lang=fr`));
    await first.locator('#control-summary').fill('Première modification');
    await first.locator('form.admin-form button[type="submit"]').click();
    await first.waitForURL(/saved=1/);
    await second.locator('#control-summary').fill('Seconde modification, faite sur une version périmée');
    await second.locator('form.admin-form button[type="submit"]').click();
    const alert = second.getByRole('alert').first();
    await alert.waitFor();
    assert.ok(await second.getByRole('link', { name: /dernière version|latest version/i }).isVisible());
    assert.equal(await second.locator('#control-summary').inputValue(), 'Seconde modification, faite sur une version périmée', 'nothing typed is lost');
    await first.close();
    await second.close();
  });

  test('an editor compares two versions and brings the earlier one back', async () => {
    const page = await browser.newPage();
    await logIn(page, 'koffi@example.org', 'editor-password-1');
    await page.goto(url('/admin/content/faq'));
    await page.locator('main table a').first().click();
    const original = await page.locator('#control-summary').inputValue();
    await page.locator('#control-summary').fill('Une réponse à annuler');
    await page.locator('form.admin-form button[type="submit"]').click();
    await page.waitForURL(/saved=1/);
    await page.locator('main a[href$="/revisions"]').click();
    await page.locator('form.admin-form button[type="submit"]').click(); // compare the two newest versions
    await page.waitForURL(/compare/);
    assert.match(await page.locator('table').innerText(), /Une réponse à annuler/);
    await page.goBack();
    await page.locator('form.inline-form button').first().click(); // bring back the version before
    await page.waitForURL(/restored=/);
    await page.locator('main p a[href^="/admin/items/"]').first().click();
    assert.equal(await page.locator('#control-summary').inputValue(), original);
    await page.close();
  });

  test('site managers’ and network administrators’ pages pass the accessibility check too', async () => {
    const problems: string[] = [];
    const check = async (page: Page, label: string) => {
      for (const v of await seriousViolations(page)) problems.push(`${label}: ${v.id} (${v.impact}) ${v.help} at ${v.targets.join(', ')}`);
    };
    const manager = await browser.newPage();
    await logIn(manager, 'manager@example.org', 'manager-password-1');
    for (const p of ['/admin/users', '/admin/settings', '/admin/audit', '/admin/trash']) {
      await manager.goto(url(p));
      await check(manager, p);
    }
    await manager.close();

    const [, email, password] = /Created network administrator (\S+) with password (\S+)/.exec(server.output())!;
    const admin = await browser.newPage();
    await admin.goto(`http://localhost:${server.port}/admin`);
    await admin.locator('#login-email').fill(email!);
    await admin.locator('#login-password').fill(password!);
    await admin.locator('form.admin-form button[type="submit"]').click();
    await admin.waitForURL(/\/admin\/network$/);
    await check(admin, 'network');
    await admin.goto(`http://localhost:${server.port}/admin/outbox`);
    await check(admin, 'outbox');
    await admin.goto(`http://localhost:${server.port}/admin/network/admins`);
    await check(admin, 'network administrators');
    await admin.goto(`http://localhost:${server.port}/admin/forgot`);
    await check(admin, 'forgot');
    await admin.close();
    assert.deepEqual(problems, []);
  });

  test('an editor turns on two-factor sign-in, then signs in with a code from the phone app', async () => {
    const page = await browser.newPage();
    await logIn(page, 'yao@example.org', 'editor-password-2');
    await page.goto(url('/admin/account'));
    await page.getByRole('link', { name: 'Activer la connexion à deux facteurs' }).click();
    // The person types the key shown under the QR code into their app; the test is that app.
    const key = (await page.locator('.secret-key').innerText()).replace(/\s+/g, '');
    const app = new TOTP({ secret: Secret.fromBase32(key) });
    await page.getByLabel('Code de votre application d’authentification').fill(app.generate());
    await page.getByRole('button', { name: 'Confirmer et activer' }).click();
    await page.getByRole('heading', { name: 'Vos codes de secours' }).waitFor();
    assert.equal(await page.locator('.recovery-codes li').count(), 10);
    await page.getByRole('link', { name: 'J’ai conservé mes codes de secours' }).click();
    await page.getByRole('button', { name: 'Se déconnecter', exact: true }).click();

    await page.goto(url('/admin'));
    await page.getByLabel(/courriel|e-mail/i).fill('yao@example.org');
    await page.getByLabel(/mot de passe/i).fill('editor-password-2');
    await page.getByRole('button', { name: /connecter/i }).click();
    await page.waitForURL(/\/admin\/login\/code/);
    assert.equal(await page.locator('main a[href="/admin/account"], nav a[href="/admin/content/news"]').count(), 0, 'the password alone opens nothing');
    // The code of the next 30 seconds: the one used to turn it on cannot be used twice.
    await page.getByLabel('Code de votre application d’authentification').fill(app.generate({ timestamp: Date.now() + 30_000 }));
    await page.getByRole('button', { name: 'Continuer' }).click();
    await page.waitForURL(/\/admin$/);
    assert.equal((await page.locator('h1').textContent())!.trim(), 'Tableau de bord');
    await page.close();
  });

  test('an editor adds a link to the main menu, and moves a page to the trash and back', async () => {
    const page = await browser.newPage();
    await logIn(page, 'koffi@example.org', 'editor-password-1');
    await page.goto(url('/admin/menus'));
    await page.getByLabel('Libellé').fill('Convention sur la diversité biologique');
    await page.getByLabel('Une adresse').check();
    await page.getByLabel('Adresse', { exact: true }).fill('https://www.cbd.int/');
    await page.getByRole('button', { name: 'Ajouter au menu' }).click();
    await page.getByRole('status').first().waitFor();
    const visitor = await browser.newPage();
    await visitor.goto(url('/fr/'));
    assert.equal(await visitor.locator('header nav a[href="https://www.cbd.int/"]').textContent(), 'Convention sur la diversité biologique');

    await page.goto(url('/admin/content/faq'));
    await page.locator('main table a').first().click();
    const title = await page.locator('#control-title').inputValue();
    const publicUrl = url(`/fr/faq/${await page.locator('#control-slug').inputValue()}`);
    assert.equal((await visitor.goto(publicUrl))!.status(), 200);
    await page.getByRole('button', { name: 'Mettre à la corbeille' }).click();
    await page.waitForURL(/\/admin\/trash/);
    assert.equal((await visitor.goto(publicUrl))!.status(), 404, 'gone from the public site');
    await page.getByRole('button', { name: `Restaurer « ${title} »` }).click();
    await page.getByRole('status').filter({ hasText: 'a été restauré' }).waitFor();
    assert.equal((await visitor.goto(publicUrl))!.status(), 200, 'back on the public site');
    await visitor.close();
    await page.close();
  });

  // Last: it changes the site's languages for everyone.
  test('a site manager adds Arabic; the admin and the public pages switch to right-to-left', async () => {
    const page = await browser.newPage();
    await logIn(page, 'manager@example.org', 'manager-password-1');
    await page.locator('nav a[href="/admin/settings"]').click();
    await page.locator('#settings-languages').fill('fr, en, ar');
    await page.locator('form.admin-form button[type="submit"]').click();
    await page.waitForURL(/saved=1/);
    // Arabic now has its own name field; with a name, it can become the default language.
    await page.locator('#settings-names-ar').fill('آلية تبادل المعلومات في بنين');
    await page.locator('#settings-defaultLanguage').fill('ar');
    await page.locator('form.admin-form button[type="submit"]').click();
    await page.waitForURL(/saved=1/);
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl', 'the admin follows the site’s new default language');
    await page.goto(url('/'));
    await page.waitForURL(/\/ar\/$/);
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.equal((await page.locator('h1').textContent())!.trim(), 'آلية تبادل المعلومات في بنين');
    assert.deepEqual(await seriousViolations(page), []);
    await page.close();
  });
});
