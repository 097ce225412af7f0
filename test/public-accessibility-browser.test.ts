import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { startServices } from '../src/app-services.ts';
import { loadConfig } from '../src/config.ts';
import { allViolations } from './support/accessibility.ts';
import { browserSkipReason, launchBrowser } from './support/browser.ts';
import { justNow, saveSyncedItem, seedSyncedRecords } from './support/national-data.ts';
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
    ['GBF overview (en)', 'be.localhost', '/en/gbf'],
    ['GBF target (en)', 'be.localhost', '/en/gbf/targets/3'],
    ['synced record (en)', 'be.localhost', '/en/national-targets/sample-synced-target-protect-30-of-land-and-sea'],
    ['synced listing (en)', 'be.localhost', '/en/nbsaps'],
    ['focal points (en)', 'be.localhost', '/en/focal-points'],
    ['home (ar)', 'ma.localhost', '/ar/'],
    ['listing (ar)', 'ma.localhost', '/ar/news'],
    ['item (ar)', 'ma.localhost', ''],
    ['search (ar)', 'ma.localhost', '/ar/search?q=%D8%A7%D9%84%D8%AA%D9%86%D9%88%D8%B9'],
    ['404 (ar)', 'ma.localhost', '/ar/nowhere-to-be-found'],
    ['GBF overview (ar)', 'ma.localhost', '/ar/gbf'],
    ['GBF target (ar)', 'ma.localhost', '/ar/gbf/targets/3'],
    ['synced record (ar)', 'ma.localhost', `/ar/nbsaps/${encodeURIComponent('الاستراتيجية-الوطنية-التجريبية')}`],
    ['focal points (ar)', 'ma.localhost', '/ar/focal-points'],
  ];

  before(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecotone-public-a11y-'));
    server = await startServerProcess({ DATA_DIR: dataDir });
    // Records as the CBD sync leaves them (sample data), written into the server's database beside it.
    const services = await startServices(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', SITE_REFRESH_INTERVAL_MS: '0' }), { log: { info: () => undefined, warn: () => undefined } });
    try {
      const be = services.sites.byCodeOrUndefined('be')!;
      const ma = services.sites.byCodeOrUndefined('ma')!;
      await seedSyncedRecords(services, be, { en: { nbsap: 'Sample synced NBSAP', target: 'Sample synced target: protect 30% of land and sea' } });
      await seedSyncedRecords(services, ma, { ar: { nbsap: 'الاستراتيجية الوطنية التجريبية', target: 'غاية وطنية تجريبية: حماية 30 في المائة من البر والبحر' } });
      for (const [site, title, organization] of [
        [be, 'Ms. Sample Focal Point', 'Federal Public Service Environment'],
        [ma, 'السيدة جهة اتصال تجريبية', 'وزارة الانتقال الطاقي والتنمية المستدامة'],
      ] as const) {
        await saveSyncedItem(services, site, {
          type: 'focal-point',
          fields: { categories: ['CBD-FP1', 'CHM-FP'], emails: ['focal.point@environment.example'], phones: ['+32 2 524 95 00'] },
          translations: { [site.defaultLanguage]: { title, status: 'published', publishedAt: justNow(), fields: { organization } } },
        });
      }
    } finally {
      await services.close();
    }
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

  test('home, listing, item, search, 404, GBF and synced-record pages in English and Arabic have no axe violation at all', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    for (const [label, host, p] of pages) {
      const target = p || (await firstNewsItem(host, label.includes('(ar)') ? 'ar' : 'en'));
      const response = await page.goto(url(host, target));
      // A page that is not there would pass as the 404 page: each is checked for what it is.
      assert.equal(response?.status(), label.startsWith('404') ? 404 : 200, `${label} ${target}`);
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
