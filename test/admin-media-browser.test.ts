import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { createUser } from '../src/accounts/service.ts';
import { SiteScope } from '../src/db/site-scope.ts';
import { uploadStagingDir } from '../src/media/storage/open-store.ts';
import { makeVariantsFor } from '../src/media/variant-job.ts';
import type { Site } from '../src/sites/site.ts';
import { seriousViolations } from './support/accessibility.ts';
import { buildSite, buildTestApp, type TestApp } from './support/app.ts';
import { browserSkipReason, launchBrowser } from './support/browser.ts';

const password = 'correct horse battery staple';
const marsh = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#2f7a4d' } }).jpeg().toBuffer();
const heron = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#445566' } }).png().toBuffer();
const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');

/** The media library with its islands, in Chromium, against an in-process server. */
describe('the media library in a browser', { skip: browserSkipReason() }, () => {
  let t: TestApp;
  let site: Site;
  let browser: Browser;
  let page: Page;
  let origin: string;
  const db = () => t.services.db.kysely;

  before(async () => {
    t = await buildTestApp('sqlite');
    site = await buildSite(t.services, { code: 'mlib', names: { en: 'Media in a browser' }, languages: ['en', 'fr'] });
    await createUser(db(), { email: 'editor@mlib.example', displayName: 'Ama', password, memberships: [{ siteId: site.id, role: 'editor' }] });
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    origin = `http://mlib.localhost:${(t.app.server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
    page = await browser.newPage();
    await page.goto(`${origin}/admin/login`);
    await page.getByLabel(/e-?mail/i).fill('editor@mlib.example');
    await page.getByLabel(/password/i).fill(password);
    await page.getByRole('button', { name: /log in/i }).click();
    await page.waitForURL(/\/admin$/);
  });
  after(async () => {
    await browser?.close();
    await t?.close();
  });

  /** Drops files on the upload area as a drag from the desktop would. */
  async function dropFiles(files: { name: string; type: string; bytes: Buffer }[]) {
    await page.locator('[data-media-upload]').evaluate(
      (section, list) => {
        const transfer = new DataTransfer();
        for (const file of list) transfer.items.add(new File([Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0))], file.name, { type: file.type }));
        section.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
        section.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      },
      files.map((f) => ({ name: f.name, type: f.type, base64: f.bytes.toString('base64') })),
    );
  }

  test('dropped files upload one by one with progress and outcomes, and the list refreshes in place', async () => {
    await page.goto(`${origin}/admin/media`);
    await page.getByText('Drop files here, or choose them below.').waitFor();
    await dropFiles([
      { name: 'marsh.jpg', type: 'image/jpeg', bytes: marsh },
      { name: 'logo.svg', type: 'image/svg+xml', bytes: svg },
    ]);
    const progress = page.locator('[data-media-upload-list]');
    await progress.locator('li[data-outcome="refused"]').waitFor();
    await progress.locator('li[data-outcome="stored"]').waitFor();
    assert.match(await progress.locator('li[data-outcome="stored"]').innerText(), /marsh\.jpg[\s\S]*Stored in the library/);
    assert.match(await progress.locator('li[data-outcome="refused"]').innerText(), /logo\.svg[\s\S]*SVG/);
    assert.equal(await progress.locator('li[data-outcome="stored"] progress').getAttribute('value'), '100');
    assert.equal(await progress.getAttribute('aria-live'), 'polite');
    await page.locator('.media-grid').getByRole('link', { name: 'marsh.jpg' }).waitFor();
    assert.match(await page.locator('[data-media-results] p.meta').innerText(), /^1 file$/);
    assert.equal(page.url(), `${origin}/admin/media`, 'no page load happened');
  });

  test('files picked with the plain input go through the island too; a known file is reported as a duplicate', async () => {
    await page.goto(`${origin}/admin/media`);
    await page.getByText('Drop files here, or choose them below.').waitFor();
    await page.getByLabel('Files to upload').setInputFiles([
      { name: 'heron.png', mimeType: 'image/png', buffer: heron },
      { name: 'marsh-again.jpg', mimeType: 'image/jpeg', buffer: marsh },
    ]);
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    await page.locator('[data-media-upload-list] li[data-outcome="duplicate"]').waitFor();
    assert.match(await page.locator('[data-media-upload-list] li[data-outcome="duplicate"]').innerText(), /Already in the library/);
    await page.locator('.media-grid').getByRole('link', { name: 'heron.png' }).waitFor();
    assert.equal((await db().selectFrom('media_files').select('id').where('site_id', '=', site.id).execute()).length, 2);
  });

  test('editing alt text and setting the focal point by clicking the preview', async () => {
    const file = await db().selectFrom('media_files').select('id').where('filename', '=', 'heron.png').executeTakeFirstOrThrow();
    await makeVariantsFor({ scope: new SiteScope(db(), site.id), store: t.services.media, stagingDir: uploadStagingDir(t.services.config) }, file.id);
    await page.goto(`${origin}/admin/media/${file.id}`);
    const preview = page.locator('[data-focal-point] img');
    await page.locator('.focal-picker__marker').waitFor({ state: 'attached' });
    const box = (await preview.boundingBox())!;
    await preview.click({ position: { x: box.width * 0.25, y: box.height * 0.75 } });
    assert.ok(Math.abs(Number(await page.locator('#media-focal-x').inputValue()) - 25) <= 1);
    assert.ok(Math.abs(Number(await page.locator('#media-focal-y').inputValue()) - 75) <= 1);
    await page.locator('[data-focal-point]').focus();
    await page.keyboard.press('ArrowRight');
    assert.ok(Math.abs(Number(await page.locator('#media-focal-x').inputValue()) - 26) <= 1, 'the arrow keys move the point');

    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Nothing was saved: correct the fields marked below.').waitFor();
    assert.equal(await page.locator('#media-alt-en').getAttribute('aria-invalid'), 'true');
    await page.locator('#media-alt-en').fill('A grey heron standing in shallow water');
    await page.locator('#media-alt-fr').fill('Un héron cendré dans l’eau peu profonde');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('The file’s description was saved.').waitFor();
    assert.equal(await page.locator('#media-alt-fr').inputValue(), 'Un héron cendré dans l’eau peu profonde');
    const row = await db().selectFrom('media_files').select(['focal_x', 'focal_y']).where('id', '=', file.id).executeTakeFirstOrThrow();
    assert.ok(Math.abs(Number(row.focal_x) - 0.26) <= 0.01 && Math.abs(Number(row.focal_y) - 0.75) <= 0.01, JSON.stringify(row));
  });

  test('the library, a file’s page and the delete confirmation pass an automated accessibility check', async () => {
    const file = await db().selectFrom('media_files').select('id').where('filename', '=', 'marsh.jpg').executeTakeFirstOrThrow();
    const problems: string[] = [];
    for (const path of ['/admin/media', '/admin/media?kind=image&alt=missing', `/admin/media/${file.id}`, `/admin/media/${file.id}/delete`]) {
      await page.goto(`${origin}${path}`);
      await page.waitForLoadState('networkidle');
      for (const v of await seriousViolations(page)) problems.push(`${path}: ${v.id} (${v.impact}) ${v.help} at ${v.targets.join(', ')}`);
    }
    assert.deepEqual(problems, []);
  });
});
