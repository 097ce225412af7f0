import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from './support/accessibility.ts';
import { browserSkipReason, launchBrowser } from './support/browser.ts';
import { type RunningServer, startServerProcess } from './support/server-process.ts';

/** What a visitor does, in a real browser, against `ecotone serve --demo-if-empty` on an empty database. */
describe('the demo network in a browser', { skip: browserSkipReason() }, () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let dataDir: string;
  const url = (host: string, p: string) => `http://${host}:${server.port}${p}`;

  before(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecotone-browser-'));
    server = await startServerProcess({ DATA_DIR: dataDir });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('npm start on an empty database prints the demo URLs and an administrator login', () => {
    assert.match(server.output(), /Created site be with \d+ items/);
    assert.match(server.output(), /Created network administrator \S+ with password \S{16}/);
  });

  test('the demo shows each site’s national data from the CBD (the sample stand-in), labelled as sample data', async () => {
    for (const code of ['be', 'bj', 'ma']) assert.match(server.output(), new RegExp(`Synced ${code}'s national data from the sample CBD API: [1-9]\\d* records`));
    page = await browser.newPage();
    for (const [host, path] of [['be.localhost', '/en/national-targets'], ['bj.localhost', '/fr/nbsaps'], ['ma.localhost', '/ar/national-reports'], ['be.localhost', '/en/focal-points']] as const) {
      const response = await page.goto(url(host, path));
      assert.equal(response!.status(), 200, `${host}${path}`);
      assert.ok((await page.locator('main .sample-data').count()) > 0, `${host}${path} says it is sample data`);
      assert.ok((await page.locator('main a[href*="/' + path.split('/')[2] + '/"]').count()) > 0, `${host}${path} lists records`);
    }
    await page.close();
  });

  test('a visitor goes from the network portal to a site, changes language and reads an article', async () => {
    page = await browser.newPage();
    await page.goto(url('localhost', '/'));
    await page.getByRole('link', { name: /^Visit Belgian Clearing-House Mechanism/ }).click();
    await page.waitForURL(/be\.localhost:\d+\/en\/$/);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');

    await page.getByRole('navigation', { name: 'Choose a language' }).getByRole('link', { name: 'Français' }).click();
    await page.waitForURL(/\/fr\/$/);
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');

    await page.getByRole('navigation', { name: /navigation/i }).getByRole('link', { name: 'Actualités' }).click();
    await page.waitForURL(/\/fr\/news$/);
    const first = page.locator('main article h2 a').first();
    const title = (await first.textContent())!.trim();
    await first.click();
    assert.equal((await page.locator('h1').textContent())!.trim(), title);
    // The language switcher keeps the page: Dutch goes to the Dutch translation of this article.
    await page.getByRole('navigation', { name: /langue/i }).getByRole('link', { name: 'Nederlands' }).click();
    await page.waitForURL(/\/nl\/news\/.+/);
    assert.equal(await page.getAttribute('html', 'lang'), 'nl');
    await page.close();
  });

  test('the keyboard reaches the skip link first, and it moves focus to the content', async () => {
    page = await browser.newPage();
    await page.goto(url('bj.localhost', '/fr/'));
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({ href: (document.activeElement as HTMLAnchorElement).getAttribute('href'), visible: (document.activeElement as HTMLElement).getBoundingClientRect().top >= 0 }));
    assert.deepEqual(focused, { href: '#main', visible: true });
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    await page.close();
  });

  test('Arabic pages are right-to-left and mirror the layout', async () => {
    page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    await page.goto(url('ma.localhost', '/ar/'));
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    const brand = await page.locator('.site-brand').boundingBox();
    const search = await page.locator('header .search-form').boundingBox();
    assert.ok(brand!.x > search!.x, 'the site name sits on the right, the search on the left');
    await page.close();
  });

  test('pages fit a small phone screen without sideways scrolling', async () => {
    page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    for (const p of ['/en/', '/en/events', '/en/species']) {
      await page.goto(url('be.localhost', p));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${p} overflows by ${overflow}px`);
    }
    await page.close();
  });

  test('public pages pass an automated accessibility check (no serious or critical axe violations)', async () => {
    page = await browser.newPage();
    const problems: string[] = [];
    for (const [host, p] of [['localhost', '/'], ['be.localhost', '/en/'], ['be.localhost', '/en/events'], ['be.localhost', '/nl/species'], ['ma.localhost', '/ar/'], ['bj.localhost', '/fr/search?q=parc'], ['be.localhost', '/en/gbf/targets/3']] as const) {
      await page.goto(url(host, p));
      for (const v of await seriousViolations(page)) problems.push(`${host}${p}: ${v.id} (${v.impact}) ${v.help} at ${v.targets.join(', ')}`);
    }
    await page.goto(url('be.localhost', '/en/news'));
    await page.locator('main article h2 a').first().click();
    for (const v of await seriousViolations(page)) problems.push(`item page: ${v.id} (${v.impact}) ${v.help} at ${v.targets.join(', ')}`);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('an unknown address shows a helpful 404 page in the site language', async () => {
    page = await browser.newPage();
    const response = await page.goto(url('bj.localhost', '/fr/nulle-part'));
    assert.equal(response!.status(), 404);
    assert.equal((await page.locator('h1').textContent())!.trim(), 'Page introuvable');
    await page.close();
  });
});
