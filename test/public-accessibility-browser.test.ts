import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { allViolations } from './support/accessibility.ts';
import { browserSkipReason, launchBrowser } from './support/browser.ts';
import { type RunningServer, startServerProcess } from './support/server-process.ts';

/**
 * The public pages a visitor meets, in English and in Arabic (right to left), checked in a real
 * browser: every WCAG 2.1 A/AA rule and axe's best practices with no violation at all, and the
 * same pages used with JavaScript turned off.
 */
describe('public pages, accessibility and no JavaScript, in a browser', { skip: browserSkipReason() }, () => {
  let server: RunningServer;
  let browser: Browser;
  let dataDir: string;
  const url = (host: string, p: string) => `http://${host}:${server.port}${p}`;

  const pages: [string, string, string][] = [
    ['home (en)', 'be.localhost', '/en/'],
    ['listing (en)', 'be.localhost', '/en/news'],
    ['events (en)', 'be.localhost', '/en/events'],
    ['item (en)', 'be.localhost', ''],
    ['search (en)', 'be.localhost', '/en/search?q=biodiversity'],
    ['404 (en)', 'be.localhost', '/en/nowhere-to-be-found'],
    ['home (ar)', 'ma.localhost', '/ar/'],
    ['listing (ar)', 'ma.localhost', '/ar/news'],
    ['item (ar)', 'ma.localhost', ''],
    ['search (ar)', 'ma.localhost', '/ar/search?q=%D8%A7%D9%84%D8%AA%D9%86%D9%88%D8%B9'],
    ['404 (ar)', 'ma.localhost', '/ar/nowhere-to-be-found'],
  ];

  before(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecotone-public-a11y-'));
    server = await startServerProcess({ DATA_DIR: dataDir });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** The first article of a site's news listing (an item page with a lead image in the demo). */
  async function firstNewsItem(host: string, language: string): Promise<string> {
    const page = await browser.newPage();
    await page.goto(url(host, `/${language}/news`));
    const href = await page.locator('main article h2 a').first().getAttribute('href');
    await page.close();
    assert.ok(href, `${host} has news`);
    return href;
  }

  test('home, listing, item, search and 404 pages in English and Arabic have no axe violation at all', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    for (const [label, host, p] of pages) {
      const target = p || (await firstNewsItem(host, label.includes('(ar)') ? 'ar' : 'en'));
      await page.goto(url(host, target));
      for (const v of await allViolations(page)) problems.push(`${label} ${target}: ${v.id} (${v.impact}) ${v.help} at ${v.targets.join(', ')}`);
    }
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('with JavaScript turned off, a visitor reads, searches, changes language and follows the menus', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url('be.localhost', '/en/'));
    await page.getByRole('search').getByRole('searchbox').fill('wetland');
    await page.getByRole('search').getByRole('button').click();
    await page.waitForURL(/\/en\/search\?q=wetland/);
    assert.ok((await page.locator('main').textContent())!.length > 0);

    await page.goto(url('be.localhost', '/en/news'));
    const first = page.locator('main article h2 a').first();
    const title = (await first.textContent())!.trim();
    await first.click();
    assert.equal((await page.locator('h1').textContent())!.trim(), title);
    assert.ok(await page.locator('article picture img, article figure img').first().isVisible(), 'the lead image shows without script');
    await page.getByRole('navigation', { name: 'Choose a language' }).getByRole('link', { name: 'Français' }).click();
    await page.waitForURL(/\/fr\/news\/.+/);

    await page.goto(url('ma.localhost', '/ar/'));
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    const nav = page.getByRole('navigation').first();
    const link = nav.getByRole('link').first();
    await link.click();
    assert.equal(page.url().startsWith(url('ma.localhost', '/ar')), true);
    await context.close();
  });
});
