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
 * The network portal's pages on the demo network, in a real browser: no axe violation (WCAG 2.1
 * A/AA and best practices) in English and in Arabic (right to left), and usable without script.
 */
describe('network portal, accessibility and no JavaScript, in a browser', { skip: browserSkipReason() }, () => {
  let server: RunningServer;
  let browser: Browser;
  let dataDir: string;
  const url = (p: string) => `http://localhost:${server.port}${p}`;

  before(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecotone-portal-a11y-'));
    server = await startServerProcess({ DATA_DIR: dataDir });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('home, status and search pages in English and Arabic have no axe violation at all', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    for (const p of ['/?lang=en', '/status?lang=en', '/search?q=biodiversity&lang=en', '/?lang=ar', '/status?lang=ar', '/search?q=biodiversity&lang=ar']) {
      const response = await page.goto(url(p));
      assert.equal(response?.status(), 200, p);
      for (const v of await allViolations(page)) problems.push(`${p}: ${v.id} (${v.impact}) ${v.help} at ${v.targets.join(', ')}`);
    }
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('without JavaScript, a visitor reads the network’s news, searches every site and opens a result on its site', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url('/?lang=en'));
    assert.ok((await page.locator('#portal-news + ul li').count()) > 0, 'the demo sites’ news is listed');
    await page.getByRole('banner').getByRole('searchbox').fill('biodiversity');
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/search\?q=biodiversity&lang=en/);
    const first = page.locator('main article h2 a').first();
    const title = (await first.textContent())!.trim();
    await first.click();
    await page.waitForURL(/\.localhost:\d+\/[a-z]{2}\//);
    assert.equal((await page.locator('h1').textContent())!.trim(), title);
    await context.close();
  });
});
