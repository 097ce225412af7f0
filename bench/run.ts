/**
 * `npm run bench`: public page throughput, measured in one run against the same machine.
 *
 * The servers run in this process on a fresh database with the demo network; the load comes from
 * autocannon in a child process (the other core). Three kinds of target, all over HTTP:
 *  - cached pages, from a server with the page cache on (the production default, ADR 0015);
 *  - uncached pages, from a second server on the same database with `PAGE_CACHE_MB=0`, which
 *    renders every request (a setting, not a request header: nothing a visitor sends can make
 *    production skip its cache);
 *  - a static file of exactly the same bytes as the item page, served by the cached server through
 *    @fastify/static and the same request hooks.
 * None of them is compressed (autocannon sends no Accept-Encoding), so the three move the same
 * bytes and the ratios isolate what answering a page costs. Targets: cached ≥ 50 % of the static
 * file, uncached ≥ 20 %.
 *
 * Then: the compressed HTML + CSS of each demo site's home and item page against the 14 KB budget,
 * the admin's script sizes, the image variants benchmark, and the search benchmark
 * (`bench/search.ts`) when it is there. Last, the PTK import (`bench/ptk-import.ts`) and the
 * network (`bench/network.ts`: 200 sites × 5,000 items on SQLite, which takes a while; its own
 * BENCH_NETWORK_* options make it smaller).
 *
 * Options: BENCH_SECONDS (default 10 per target), BENCH_CONNECTIONS (default 10),
 * DATABASE_URL (to measure PostgreSQL instead of SQLite).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { type AppServices, startServices } from '../src/app-services.ts';
import { loadConfig } from '../src/config.ts';
import { buildServer } from '../src/server.ts';
import { makeImageVariants, pickVariantWidth, type VariantFormat } from '../src/media/variants.ts';
import { ARTICLE_IMAGE_SIZES, evaluateSizes } from '../src/media/views/sizes.ts';
import { createDemoNetwork } from '../src/sites/seeds/demo-network.ts';
import { adminIslands } from '../src/web/islands.ts';

const run = promisify(execFile);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const benchDir = path.dirname(new URL(import.meta.url).pathname);
/** What a new connection's first round trip carries (ten TCP segments): issue 5's page budget. */
const pageBudget = 14 * 1024;

interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

const autocannon = path.join(benchDir, '..', 'node_modules', 'autocannon', 'autocannon.js');

async function load(url: string, host: string): Promise<LoadResult> {
  // A short unmeasured run first, so that JIT warm-up does not count against the first target.
  await run(process.execPath, [autocannon, '-j', '-c', String(connections), '-d', '2', '-H', `host=${host}`, url], { maxBuffer: 16 * 1024 * 1024 });
  const { stdout } = await run(process.execPath, [autocannon, '-j', '-c', String(connections), '-d', String(seconds), '-H', `host=${host}`, url], { maxBuffer: 16 * 1024 * 1024 });
  const result = JSON.parse(stdout);
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors, non2xx: result.non2xx };
}

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  return `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecotone-bench-'));
const staticDir = path.join(dataDir, 'static');
fs.mkdirSync(staticDir);
const config = loadConfig({ ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent', SITE_REFRESH_INTERVAL_MS: '0' });
const services = await startServices(config);
try {
  if (services.sites.all().length === 0) await createDemoNetwork(services);
  const app = await buildServer(services, { logger: false });
  await app.register(fastifyStatic, { root: staticDir, prefix: '/bench-static/' });
  const cachedBase = await listen(app);
  // The same database and services, with the page cache turned off.
  const uncachedServices: AppServices = { ...services, config: { ...services.config, pageCacheBytes: 0 } };
  const uncachedApp = await buildServer(uncachedServices, { logger: false });
  const uncachedBase = await listen(uncachedApp);
  const host = 'be.localhost';

  // fetch() may not set Host, so the set-up requests go through inject().
  const list = (await app.inject({ url: '/api/v1/items?type=news&lang=en&limit=1', headers: { host } })).json() as { items: { url: string }[] };
  const itemPath = new URL(list.items[0]!.url).pathname;
  const page = (await app.inject({ url: itemPath, headers: { host } })).rawPayload;
  fs.writeFileSync(path.join(staticDir, 'item.html'), page);
  for (const [server, expected] of [[app, 'hit'], [uncachedApp, 'miss']] as const) {
    const check = await server.inject({ url: itemPath, headers: { host } });
    if (check.headers['x-cache'] !== expected) throw new Error(`bench set-up: expected an X-Cache ${expected} from ${server === app ? 'the cached' : 'the uncached'} server, got ${check.headers['x-cache']}`);
  }

  const targets: [string, string][] = [
    ['item page, cached', cachedBase + itemPath],
    ['item page, uncached', uncachedBase + itemPath],
    ['static file, same bytes', `${cachedBase}/bench-static/item.html`],
    ['home page, cached', `${cachedBase}/en/`],
    ['home page, uncached', `${uncachedBase}/en/`],
    ['listing page, uncached', `${uncachedBase}/en/news`],
  ];
  console.log(`Ecotone bench — ${services.db.describe}, Node ${process.version}, ${os.cpus().length} cores, ${connections} connections, ${seconds} s per target`);
  console.log(`item page: ${itemPath} (${page.length} bytes)\n`);
  const results = new Map<string, LoadResult>();
  for (const [name, url] of targets) {
    const result = await load(url, host);
    results.set(name, result);
    console.log(`${name.padEnd(26)} ${result.requestsPerSecond.toFixed(0).padStart(7)} req/s   p50 ${String(result.p50).padStart(3)} ms   p99 ${String(result.p99).padStart(4)} ms${result.errors || result.non2xx ? `   errors ${result.errors}, non-2xx ${result.non2xx}` : ''}`);
  }
  const file = results.get('static file, same bytes')!.requestsPerSecond;
  console.log('');
  for (const [name, target] of [['item page, cached', 0.5], ['item page, uncached', 0.2]] as const) {
    const ratio = results.get(name)!.requestsPerSecond / file;
    console.log(`${`${name} / static file:`.padEnd(36)} ${(ratio * 100).toFixed(1).padStart(5)} % (target: at least ${target * 100} %) ${ratio >= target ? 'MET' : 'NOT MET'}`);
  }

  // The first-round-trip budget: what a browser downloads (brotli) for the page and its CSS.
  console.log(`\npage + CSS as sent with brotli (budget: ${pageBudget} bytes; content images not counted)`);
  for (const site of services.sites.all()) {
    const siteHost = `${site.code}.localhost`;
    const language = site.defaultLanguage;
    const news = (await app.inject({ url: `/api/v1/items?type=news&lang=${language}&limit=1`, headers: { host: siteHost } })).json() as { items: { url: string }[] };
    for (const [name, url] of [['home', `/${language}/`], ['item', new URL(news.items[0]!.url).pathname]] as const) {
      const headers = { host: siteHost, 'accept-encoding': 'br' };
      const html = await app.inject({ url, headers });
      const scripts = [...html.body.matchAll(/<script\b[^>]*>/g)].filter((m) => !m[0].includes('application/ld+json')).length;
      let css = 0;
      for (const match of (await app.inject({ url, headers: { host: siteHost } })).body.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)) {
        css += (await app.inject({ url: match[1]!, headers })).rawPayload.length;
      }
      const total = html.rawPayload.length + css;
      console.log(`${`${site.code} ${name} page`.padEnd(26)} HTML ${String(html.rawPayload.length).padStart(5)} + CSS ${String(css).padStart(5)} = ${String(total).padStart(5)} bytes, ${scripts} scripts ${total <= pageBudget && scripts === 0 ? 'MET' : 'NOT MET'}`);
    }
  }

  // What an editor downloads for the admin's scripts: the entry script on every admin page, the
  // rich-text editor and the tag search only on edit forms (then cached for a year).
  console.log('\nadmin scripts (bytes: as built / gzip / brotli, as sent when the browser accepts it)');
  for (const asset of (await adminIslands()).assets) {
    const sizes = [];
    for (const encoding of ['identity', 'gzip', 'br']) {
      sizes.push((await app.inject({ url: asset.url, headers: { host, 'accept-encoding': encoding } })).rawPayload.length);
    }
    const name = path.basename(asset.url).replace(/\.[A-Z0-9]+\.js$/, '');
    console.log(`${name.padEnd(26)} ${sizes.map((n) => String(n).padStart(7)).join(' / ')}`);
  }
  await uncachedApp.close();
  await app.close();

  await mediaBench();
} finally {
  await services.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
await searchBench();
await ptkImportBench();
await networkBench();

/** One installation hosting the whole network (issue 8), from `bench/network.ts`. */
async function networkBench() {
  const { runNetworkBench } = await import('./network.ts');
  console.log('');
  await runNetworkBench();
}

/** The PTK importer's speed, from `bench/ptk-import.ts`. */
async function ptkImportBench() {
  const { runPtkImportBench } = await import('./ptk-import.ts');
  console.log('');
  await runPtkImportBench();
}

/** The search engine's figures, from `bench/search.ts` (written alongside), when it is there. */
async function searchBench() {
  const file = path.join(benchDir, 'search.ts');
  if (!fs.existsSync(file)) return console.log('\nsearch: skipped (no bench/search.ts)');
  // A computed specifier: the file may not exist when this one is type-checked.
  const module = (await import(pathToFileURL(file).href)) as { runSearchBench?: unknown };
  if (typeof module.runSearchBench !== 'function') return console.log('\nsearch: skipped (bench/search.ts exports no runSearchBench)');
  console.log('');
  await module.runSearchBench();
}

/**
 * A photo-like 4000×3000 JPEG at quality 90: large soft colour areas, mid-scale texture and fine
 * grain (noise at three scales, upscaled and overlaid), so that it compresses like a photograph —
 * a few megabytes — rather than like a flat gradient. Deterministic, so runs compare.
 */
async function photoLikeJpeg(width: number, height: number): Promise<Buffer> {
  const layer = async (w: number, h: number, seed: number, contrast: number, blur?: number) => {
    const noise = Buffer.alloc(w * h * 3);
    let state = seed;
    for (let i = 0; i < noise.length; i++) {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      noise[i] = state >>> 24;
    }
    let image = sharp(noise, { raw: { width: w, height: h, channels: 3 } }).resize(width, height, { kernel: 'cubic' });
    if (blur) image = image.blur(blur);
    return image.linear(contrast, 128 * (1 - contrast)).png({ compressionLevel: 0 }).toBuffer();
  };
  const base = await sharp(await layer(16, 12, 1, 1, 40)).modulate({ saturation: 0.6 }).png({ compressionLevel: 0 }).toBuffer();
  const texture = await layer(200, 150, 2, 0.5, 2);
  const grain = await layer(Math.round(width / 3), Math.round(height / 3), 3, 0.3);
  return sharp(base).composite([{ input: texture, blend: 'overlay' }, { input: grain, blend: 'overlay' }]).jpeg({ quality: 90 }).toBuffer();
}

/** Image variants: the cost of making them, and what they save a visitor on a phone. */
async function mediaBench() {
  const photo = await photoLikeJpeg(4000, 3000);
  const started = performance.now();
  const { variants } = await makeImageVariants(photo);
  const seconds = (performance.now() - started) / 1000;
  const total = variants.reduce((sum, v) => sum + v.size, 0);
  const widths = [...new Set(variants.map((v) => v.width))];
  const formats: VariantFormat[] = ['avif', 'webp', 'jpeg'];
  const fmt = (n: number) => n.toLocaleString('en-US').replace(/,/g, ' ');

  console.log(`\nmedia: one photo-like 12-megapixel JPEG (4000×3000, quality 90, ${fmt(photo.length)} bytes)`);
  console.log(`all variants: ${seconds.toFixed(2)} s wall, ${variants.length} files (${widths.join(', ')} px × ${formats.join(', ')}), ${fmt(total)} bytes`);
  for (const format of formats) {
    const list = variants.filter((v) => v.format === format);
    console.log(`  ${format.padEnd(5)} ${list.map((v) => `${v.width}w ${fmt(v.size)}`).join(' · ')}`);
  }

  // What the browser picks on a 360-px-wide phone at device pixel ratio 2, from the same `sizes`
  // the article view writes.
  const viewport = 360;
  const dpr = 2;
  const slot = evaluateSizes(ARTICLE_IMAGE_SIZES, viewport);
  const chosen = pickVariantWidth(widths, slot, dpr)!;
  const originals = 3 * photo.length;
  console.log(`article with 3 such images, ${viewport}-px screen at ${dpr}x: sizes "${ARTICLE_IMAGE_SIZES}" gives a ${slot}-px slot, ${slot * dpr} px needed, the ${chosen}w variant`);
  for (const format of formats) {
    const bytes = 3 * variants.find((v) => v.format === format && v.width === chosen)!.size;
    console.log(`  ${format.padEnd(5)} ${fmt(bytes).padStart(11)} bytes   ${((bytes / originals) * 100).toFixed(1).padStart(4)} % of the originals (1/${(originals / bytes).toFixed(0)})`);
  }
  console.log(`  originals ${fmt(originals).padStart(9)} bytes`);
}
