import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { seriousViolations } from './support/accessibility.ts';
import { browserSkipReason, launchBrowser } from './support/browser.ts';
import { type RunningServer, startServerProcess } from './support/server-process.ts';

const run = promisify(execFile);

/** An editor puts library images into an article, in a real browser against the demo network. */
describe('choosing images from the library while writing, in a browser', { skip: browserSkipReason() }, () => {
  let server: RunningServer;
  let browser: Browser;
  let dataDir: string;
  const url = (p: string) => `http://bj.localhost:${server.port}${p}`;

  before(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecotone-media-picker-'));
    // Variants are made at once, so that the public page shows them.
    server = await startServerProcess({ DATA_DIR: dataDir, JOBS_INTERVAL_MS: '500' });
    const env = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
    await run(process.execPath, ['bin/ecotone.js', 'user', 'create', '--email', 'koffi@example.org', '--name', 'Koffi', '--password', 'editor-password-1', '--role', 'bj:editor'], { env });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('an editor picks a lead image and puts another in the text; visitors see both as responsive pictures', async () => {
    const page = await browser.newPage();
    await page.goto(url('/admin'));
    await page.getByLabel(/courriel|e-mail|email/i).fill('koffi@example.org');
    await page.getByLabel(/mot de passe|password/i).fill('editor-password-1');
    await page.getByRole('button', { name: /connecter|log in/i }).click();
    await page.waitForURL(/\/admin$/);

    await page.goto(url('/admin/content/news/new?lang=fr'));
    await page.locator('#control-title').fill('Les marais de Ouidah en images');

    // The lead image: the chooser lists the library's images with their descriptions.
    await page.getByRole('button', { name: 'Choisir une image…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Choisir dans la médiathèque' });
    await dialog.waitFor();
    await dialog.getByText('Illustration : roselières et eau libre sous un ciel matinal').waitFor();
    const problems = (await seriousViolations(page)).map((v) => `${v.id} (${v.impact}) ${v.help} at ${v.targets.join(', ')}`);
    assert.deepEqual(problems, [], 'the chooser is accessible');
    await dialog.getByRole('searchbox').fill('wetland');
    await dialog.getByRole('button', { name: /forest\.jpg/ }).waitFor({ state: 'detached', timeout: 5000 }); // the search narrows the list
    await dialog.getByRole('button', { name: /wetland\.jpg/ }).waitFor();
    await dialog.getByRole('button', { name: /wetland\.jpg/ }).click();
    await dialog.waitFor({ state: 'detached' });
    const leadField = page.locator('fieldset[data-media-field="image"]');
    assert.match(await leadField.locator('input').inputValue(), /^\d+$/, 'the chosen file’s number is in the form');
    assert.equal(await leadField.locator('.media-control__name').textContent(), 'wetland.jpg');

    // An image in the text, from the editor's toolbar.
    await page.getByRole('toolbar', { name: 'Mise en forme du texte' }).waitFor();
    await page.locator('[contenteditable]').click();
    await page.keyboard.type('La forêt classée au petit matin.');
    await page.getByRole('toolbar').getByRole('button', { name: 'Image' }).click();
    const again = page.getByRole('dialog', { name: 'Choisir dans la médiathèque' });
    await again.getByRole('button', { name: /forest\.jpg/ }).click();
    await again.waitFor({ state: 'detached' });
    assert.match(await page.locator('#control-body').inputValue(), /<img src="\/media\/\d+\/[0-9a-f]{64}\.jpg" alt="Illustration : collines boisées/, 'the text holds the library image with its description');

    await page.locator('#control-status').selectOption('published');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL(/saved=1/);

    // The visitor's page: both images as pictures with variants, all of them loaded.
    const visitor = await browser.newPage({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
    const deadline = Date.now() + 30_000;
    let pictures = 0;
    while (pictures < 2) {
      assert.ok(Date.now() < deadline, 'the variants job makes the variants within 30 s');
      await visitor.goto(url('/fr/news/les-marais-de-ouidah-en-images'));
      pictures = await visitor.locator('article picture').count();
      if (pictures < 2) await new Promise((r) => setTimeout(r, 500));
    }
    const lead = visitor.locator('article figure img').first();
    assert.equal(await lead.getAttribute('alt'), 'Illustration : roselières et eau libre sous un ciel matinal');
    await visitor.locator('.prose img').scrollIntoViewIfNeeded();
    await visitor.waitForFunction(() => [...document.querySelectorAll('article img')].every((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0));
    const chosen = await lead.evaluate((img) => (img as HTMLImageElement).currentSrc);
    assert.match(chosen, /\/media\/\d+\/(640|1024)w\.[0-9a-f]{16}\.avif$/, `a 360-px phone at 2x gets a mid-size AVIF (${chosen})`);
    await visitor.close();
    await page.close();
  });
});
