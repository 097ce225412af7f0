/**
 * Lighthouse on the public pages, with mobile settings (Lighthouse's defaults: a mid-range phone,
 * a slow 4G connection, simulated throttling) and Debian's Chromium: `npm run lighthouse`.
 *
 * Starts `ecotone serve --demo-if-empty` on a fresh data directory, waits until the demo's images
 * have their variants, then scores the home, listing and item pages of the Belgian and Moroccan
 * (Arabic, right-to-left) demo sites for performance, accessibility, best practices and SEO.
 * Prints one line per page and exits with 1 when a score is below 100.
 *
 * Options: CHROMIUM_PATH (default /usr/bin/chromium).
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startServerProcess } from '../test/support/server-process.ts';

const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** A page's HTML, fetched here (Node does not resolve `*.localhost`, so the host goes in the header). */
function getHtml(pageUrl: string): Promise<string> {
  const target = new URL(pageUrl);
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port: target.port, path: target.pathname + target.search, headers: { host: target.host } }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve(body));
      })
      .on('error', reject);
  });
}

/** Waits until a page's images are served as variants (the job makes them within seconds of the demo's creation). */
async function waitForVariants(pageUrl: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const html = await getHtml(pageUrl);
    if (!/<img(?![^>]*srcset)[^>]*src="\/media\//.test(html)) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`The images of ${pageUrl} still have no variants after a minute`);
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecotone-lighthouse-'));
// The same way the browser tests start it: `ecotone serve --demo-if-empty` in a process of its own.
const server = await startServerProcess({ DATA_DIR: dataDir, JOBS_INTERVAL_MS: '1000' });
const { port } = server;
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-default-apps'],
});
let failed = false;
try {
  const origin = (host: string) => `http://${host}.localhost:${port}`;
  const firstItem = async (host: string, language: string) => {
    const html = await getHtml(`${origin(host)}/${language}/news`);
    const href = /<article class="card">[\s\S]*?<h2><a href="([^"]+)"/.exec(html)?.[1];
    if (!href) throw new Error(`No news item on ${host}`);
    return `${origin(host)}${href}`;
  };
  const pages = [
    ['home (en)', `${origin('be')}/en/`],
    ['listing (en)', `${origin('be')}/en/news`],
    ['item (en)', await firstItem('be', 'en')],
    ['home (ar)', `${origin('ma')}/ar/`],
    ['listing (ar)', `${origin('ma')}/ar/news`],
    ['item (ar)', await firstItem('ma', 'ar')],
  ];
  for (const [, pageUrl] of pages) await waitForVariants(pageUrl!);
  console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile settings, ${chromePath}\n`);
  console.log(`${'page'.padEnd(14)} ${categories.map((c) => c.padStart(15)).join('')}`);
  for (const [label, pageUrl] of pages) {
    const result = await lighthouse(pageUrl!, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
    if (!result) throw new Error(`Lighthouse gave no result for ${pageUrl}`);
    const scores = categories.map((c) => Math.round((result.lhr.categories[c]?.score ?? 0) * 100));
    if (scores.some((s) => s < 100)) failed = true;
    console.log(`${label!.padEnd(14)} ${scores.map((s) => String(s).padStart(15)).join('')}`);
    for (const category of categories) {
      const refs = result.lhr.categories[category]?.auditRefs ?? [];
      for (const ref of refs) {
        const audit = result.lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) console.log(`    ${category}: ${audit.id} (${audit.score}) ${audit.title}${audit.displayValue ? ` — ${audit.displayValue}` : ''}`);
      }
    }
  }
} finally {
  await chrome.kill();
  await server.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
