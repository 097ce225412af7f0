/**
 * `tsx bench/network.ts`: one installation hosting a whole network (issue 8's target: 200 sites
 * with 5,000 items each, on SQLite), measured in one run on this machine.
 *
 *  - Seeding: a fresh SQLite database gets the sites (live; two or three languages each, mixes
 *    such as en+fr, fr+en, ar+fr+en; named after real countries) and their published news,
 *    events (past and upcoming dates), documents and pages, with translations, through the
 *    importers' bulk path `createItems` (batches of 500 in one transaction through a `SiteScope`),
 *    so every item has its translations, first revision and search entries as a real site has.
 *    Items are generated batch by batch, so memory stays flat however many there are.
 *  - Memory: `ecotone serve` then runs in a child process of its own (so its RSS is the server's
 *    alone) on that database, and its resident set (`VmRSS` in `/proc/<pid>/status`) is read after
 *    start, after the home page of every site, and after the latency passes.
 *  - Latency: listing pages (`/{lang}/news`, `/{lang}/events`, `/{lang}/documents`, page 1 and deeper
 *    `?page=N`, in each site's default language and one other) of all sites in one shuffled order,
 *    ten requests in flight: cold (every page's first request: rendered) and warm (the same pages
 *    again in another order, from the page cache), slice by slice so that the warm requests come
 *    within the cache's one-minute lifetime; and item pages of every site the same way. Each
 *    request's time is taken from sending it to the end of its body.
 *
 * Options: BENCH_NETWORK_SITES (default 200), BENCH_NETWORK_ITEMS (per site, default 5000),
 * BENCH_NETWORK_CONCURRENCY (default 10), BENCH_NETWORK_KEEP=1 (keep the data directory).
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServices } from '../src/app-services.ts';
import { loadConfig } from '../src/config.ts';
import { createItems, type NewItem } from '../src/content/create-items.ts';
import type { TranslationInput } from '../src/content/item.ts';
import { slugify } from '../src/content/slug.ts';
import { refreshPlannerStatistics } from '../src/db/database.ts';
import { SiteScope } from '../src/db/site-scope.ts';
import { createSite } from '../src/sites/service.ts';
import type { Site } from '../src/sites/site.ts';
import { countryCodes } from '../src/vocabularies/data/countries.ts';
import { startServerProcess } from '../test/support/server-process.ts';
// The same deterministic generator and GBF target list as the search bench, so both write repeatable data.
import { rng, targets } from './search.ts';

const batchSize = 500;
/** Items per listing page (`pageSize` in `src/public/routes.ts`). */
const listingPageSize = 12;

const languageMixes = [['en', 'fr'], ['fr', 'en'], ['ar', 'fr', 'en'], ['es', 'en'], ['en', 'fr', 'es'], ['ru', 'en'], ['zh', 'en'], ['fr', 'ar'], ['nl', 'fr', 'en'], ['es', 'fr', 'en']];

/** A few dozen words a language, enough for titles and paragraphs that index and render like text. */
const words: Record<string, string[]> = {
  en: 'biodiversity wetland forest species habitat restoration conservation protected area river coast ecosystem pollinator bird migration climate water soil invasive native plant national strategy action plan target report monitoring indicator community knowledge education park reserve corridor agriculture pollution ocean marine fishery sustainable genetic resource workshop meeting partnership ministry university citizen science atlas'.split(' '),
  fr: 'biodiversité zone humide forêt espèce habitat restauration conservation aire protégée rivière côte écosystème pollinisateur oiseau migration climat eau sol plante stratégie nationale plan action cible rapport suivi indicateur communauté savoir éducation parc réserve corridor agriculture pollution océan pêche durable ressource atelier réunion partenariat ministère université science citoyenne'.split(' '),
  es: 'biodiversidad humedal bosque especie hábitat restauración conservación área protegida río costa ecosistema polinizador ave migración clima agua suelo planta estrategia nacional plan acción meta informe seguimiento indicador comunidad conocimiento educación parque reserva corredor agricultura contaminación océano pesca sostenible recurso taller reunión ministerio universidad'.split(' '),
  ar: 'التنوع البيولوجي الغابات المحميات الطبيعية الأنواع الموائل الاستعادة الحفاظ المياه التربة المناخ الطيور المهاجرة النحل الأراضي الرطبة الشعاب المرجانية الساحل البحر المحيط الصيد المستدام الزراعة التلوث الاستراتيجية الوطنية خطة العمل الهدف التقرير الرصد المؤشر المجتمع المعارف التعليم'.split(' '),
  nl: 'biodiversiteit wetland bos soort habitat herstel natuurbehoud beschermd gebied rivier kust ecosysteem bestuiver vogel trek klimaat water bodem plant nationale strategie actieplan doel rapport monitoring indicator gemeenschap kennis onderwijs park reservaat corridor landbouw vervuiling oceaan visserij duurzaam workshop vergadering ministerie universiteit'.split(' '),
  ru: 'биоразнообразие водно-болотные леса виды среда обитания восстановление сохранение охраняемые территории река побережье экосистема опылители птицы миграция климат вода почва растения национальная стратегия план действий цель доклад мониторинг показатель сообщество знания образование парк заповедник сельское хозяйство загрязнение океан рыболовство устойчивое'.split(' '),
  zh: '生物 多样性 湿地 森林 物种 栖息地 恢复 保护 保护区 河流 海岸 生态 系统 传粉 蜜蜂 鸟类 迁徙 气候 水资源 土壤 入侵 植物 国家 战略 行动 计划 目标 报告 监测 指标 社区 传统 知识 教育 公园 走廊 农业 污染 海洋 渔业 可持续 利用'.split(' '),
};

/** Of every 20 items: 8 news, 5 events, 5 documents, 2 pages. */
const typeCycle = ['news', 'event', 'document', 'news', 'event', 'news', 'document', 'page', 'news', 'event', 'document', 'news', 'event', 'news', 'document', 'page', 'news', 'event', 'document', 'news'];
const segments: Record<string, string> = { news: 'news', event: 'events', document: 'documents', page: 'pages' };
const documentTypes = ['report', 'strategy', 'law', 'guideline', 'factsheet', 'publication'];


function phrase(random: () => number, language: string, n: number): string {
  const list = words[language] ?? words.en!;
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(list[Math.floor(list.length * random() ** 1.8)]!);
  const text = out.join(language === 'zh' ? '' : ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The sites to create: real countries (ISO 3166 codes), named in each of their languages. */
function networkSites(count: number): { code: string; country: string | null; names: Record<string, string>; languages: string[] }[] {
  // The shipped ISO 3166-1 list, less uninhabited territories: 240-odd real site codes.
  const uninhabited = new Set(['aq', 'bv', 'hm', 'um', 'tf', 'gs', 'io']);
  const countries = countryCodes.map((c) => c.alpha2).filter((c) => !uninhabited.has(c));
  return Array.from({ length: count }, (_, i) => {
    const languages = languageMixes[i % languageMixes.length]!;
    const country = countries[i] ?? null;
    const names = Object.fromEntries(
      languages.map((l) => [l, country ? `CHM ${new Intl.DisplayNames([l], { type: 'region' }).of(country.toUpperCase())}` : `CHM network site ${i + 1}`]),
    );
    return { code: country ?? `site-${i + 1}`, country, names, languages };
  });
}

/** What the seeding wrote that the serving passes need: per site, published items per language and type, and a few item addresses. */
interface SeededSite {
  code: string;
  languages: string[];
  counts: Map<string, number>;
  upcomingEvents: Map<string, number>;
  itemPaths: string[];
}

function generateBatch(site: Site, first: number, size: number, random: () => number, seeded: SeededSite): NewItem[] {
  const now = Date.now();
  const day = 86_400_000;
  const entries: NewItem[] = [];
  for (let n = first; n < first + size; n++) {
    const type = typeCycle[n % typeCycle.length]!;
    const fields: Record<string, unknown> = {};
    if (type === 'event') {
      // Three years back to one year ahead: a quarter of the events are upcoming.
      const start = now + Math.floor((random() * 4 - 3) * 365) * day + 9 * 3_600_000;
      fields.start = { at: new Date(start).toISOString(), zone: 'UTC' };
      fields.end = { at: new Date(start + Math.floor(random() * 3) * day + 8 * 3_600_000).toISOString(), zone: 'UTC' };
      fields.attendance = random() < 0.5 ? 'in-person' : 'hybrid';
    }
    if (type === 'document') {
      fields.documentType = documentTypes[n % documentTypes.length];
      fields.publicationDate = new Date(now - Math.floor(random() * 3650) * day).toISOString().slice(0, 10);
    }
    const publishedAt = new Date(now - Math.floor(random() * 3650 * day)).toISOString();
    const translations: Record<string, TranslationInput> = {};
    for (const [position, language] of site.languages.entries()) {
      // The default language always; the others for 70 % of the items.
      if (position > 0 && random() >= 0.7) continue;
      const title = phrase(random, language, 4 + Math.floor(random() * 5));
      const slug = `${slugify(title).slice(0, 60).replace(/-+$/, '')}-${n}`;
      const body = Array.from({ length: 3 }, () => `<p>${phrase(random, language, 30 + Math.floor(random() * 30))}.</p>`).join('');
      const translation: TranslationInput = { title, slug, summary: `${phrase(random, language, 15)}.`, body, status: 'published', publishedAt };
      if (type === 'event') translation.fields = { location: phrase(random, language, 2) };
      translations[language] = translation;
      const key = `${language}|${type}`;
      seeded.counts.set(key, (seeded.counts.get(key) ?? 0) + 1);
      if (type === 'event' && Date.parse((fields.end as { at: string }).at) > now) seeded.upcomingEvents.set(language, (seeded.upcomingEvents.get(language) ?? 0) + 1);
      if (n % 1663 === 0) seeded.itemPaths.push(`/${language}/${segments[type]}/${encodeURIComponent(slug)}`);
    }
    const tags = random() < 0.5 ? [targets[Math.floor(random() * targets.length)]!] : [];
    entries.push({ input: { type, fields, promoted: n % 50 === 0, tags, translations }, authorId: null });
  }
  return entries;
}

interface Seeding {
  sites: SeededSite[];
  items: number;
  seconds: number;
  databaseBytes: number;
}

async function seed(dataDir: string, siteCount: number, itemsPerSite: number): Promise<Seeding> {
  const services = await startServices(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', SITE_REFRESH_INTERVAL_MS: '0', JOBS_INTERVAL_MS: '0' }));
  const seeded: SeededSite[] = [];
  const started = performance.now();
  let written = 0;
  let lastProgress = started;
  try {
    const known = targets.filter((t) => services.vocabularies.has(t));
    if (known.length < targets.length) targets.splice(0, targets.length, ...known);
    for (const [index, spec] of networkSites(siteCount).entries()) {
      const site = await createSite(services.db.kysely, { ...spec, defaultLanguage: spec.languages[0], status: 'live' });
      const scope = new SiteScope(services.db.kysely, site.id);
      const context = { scope, site, vocabularies: services.vocabularies, actorId: null };
      const record: SeededSite = { code: site.code, languages: site.languages, counts: new Map(), upcomingEvents: new Map(), itemPaths: [] };
      const random = rng(index + 1);
      for (let first = 0; first < itemsPerSite; first += batchSize) {
        const batch = generateBatch(site, first, Math.min(batchSize, itemsPerSite - first), random, record);
        const results = await createItems(context, batch);
        const refused = results.find((r) => 'error' in r);
        if (refused && 'error' in refused) throw new Error(`bench seeding: an item of site ${site.code} was refused: ${refused.error.message}`);
        written += batch.length;
        if (performance.now() - lastProgress > 10_000) {
          lastProgress = performance.now();
          const rate = written / ((lastProgress - started) / 1000);
          process.stderr.write(`network bench: seeding ${written.toLocaleString('en-US')} / ${(siteCount * itemsPerSite).toLocaleString('en-US')} items (site ${index + 1}/${siteCount}), ${rate.toFixed(0)} items/s\n`);
        }
      }
      seeded.push(record);
    }
    await refreshPlannerStatistics(services.db);
  } finally {
    await services.close();
  }
  const seconds = (performance.now() - started) / 1000;
  const databaseBytes = fs.readdirSync(dataDir).filter((f) => f.startsWith('ecotone.sqlite')).reduce((sum, f) => sum + fs.statSync(path.join(dataDir, f)).size, 0);
  return { sites: seeded, items: written, seconds, databaseBytes };
}

/** The listing pages of one site: page 1 and a deeper page of news and documents, upcoming and past events. */
function listingPaths(site: SeededSite): string[] {
  const paths: string[] = [];
  // The default language and one other (the second), as visitors spread over a site's languages.
  for (const language of site.languages.slice(0, 2)) {
    const pages = (type: string) => Math.max(1, Math.ceil((site.counts.get(`${language}|${type}`) ?? 0) / listingPageSize));
    const deep = (type: string) => Math.max(2, Math.floor(pages(type) / 2));
    paths.push(`/${language}/news`, `/${language}/news?page=2`, `/${language}/news?page=${deep('news')}`);
    paths.push(`/${language}/events`, `/${language}/events?when=past&page=${Math.max(2, Math.floor(((site.counts.get(`${language}|event`) ?? 0) - (site.upcomingEvents.get(language) ?? 0)) / listingPageSize / 2))}`);
    paths.push(`/${language}/documents`, `/${language}/documents?page=${deep('document')}`);
  }
  return paths;
}

interface Timing {
  ms: number;
  bytes: number;
  status: number;
  cache: string | undefined;
}

interface PassResult {
  requests: number;
  seconds: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  cacheHits: number;
  /** The mean size of a page as sent (uncompressed: no Accept-Encoding). */
  meanBytes: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

type Target = readonly [host: string, path: string];

/** Requests every target once, `concurrency` at a time, and sums them up. */
async function pass(port: number, targetList: readonly Target[], concurrency: number): Promise<PassResult> {
  const { timings, seconds } = await requestAll(port, targetList, concurrency);
  process.stderr.write(`network bench: ${targetList.length} requests in ${seconds.toFixed(0)} s\n`);
  return summarise(timings, seconds);
}

/**
 * A cold and a warm pass over the same targets, slice by slice: each slice's pages are requested
 * once (rendered), then again in another order (from the page cache), so the warm request comes
 * seconds after the cold one, well within the cache's time to live (a minute), at any network size.
 */
async function coldAndWarm(port: number, targetList: readonly Target[], concurrency: number, random: () => number): Promise<{ cold: PassResult; warm: PassResult }> {
  const cold: Timing[] = [];
  const warm: Timing[] = [];
  let coldSeconds = 0;
  let warmSeconds = 0;
  const slice = concurrency * 20;
  for (let i = 0; i < targetList.length; i += slice) {
    const part = targetList.slice(i, i + slice);
    const first = await requestAll(port, part, concurrency);
    const second = await requestAll(port, shuffled(part, random), concurrency);
    cold.push(...first.timings);
    warm.push(...second.timings);
    coldSeconds += first.seconds;
    warmSeconds += second.seconds;
  }
  process.stderr.write(`network bench: ${targetList.length} pages, cold in ${coldSeconds.toFixed(0)} s, warm in ${warmSeconds.toFixed(0)} s\n`);
  return { cold: summarise(cold, coldSeconds), warm: summarise(warm, warmSeconds) };
}

async function requestAll(port: number, targetList: readonly Target[], concurrency: number): Promise<{ timings: Timing[]; seconds: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const timings: Timing[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < targetList.length) {
      const [host, urlPath] = targetList[next++]!;
      timings.push(await timedGet(agent, port, host, urlPath));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return { timings, seconds };
}

function summarise(timings: readonly Timing[], seconds: number): PassResult {
  const sorted = timings.map((t) => t.ms).sort((a, b) => a - b);
  return {
    requests: timings.length,
    seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    non2xx: timings.filter((t) => t.status < 200 || t.status >= 300).length,
    cacheHits: timings.filter((t) => t.cache === 'hit').length,
    meanBytes: timings.reduce((sum, t) => sum + t.bytes, 0) / Math.max(1, timings.length),
  };
}

function timedGet(agent: http.Agent, port: number, host: string, urlPath: string): Promise<Timing> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const request = http.get({ host: '127.0.0.1', port, path: urlPath, agent, headers: { host } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => resolve({ ms: performance.now() - started, bytes, status: response.statusCode ?? 0, cache: response.headers['x-cache'] as string | undefined }));
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

function shuffled<T>(list: readonly T[], random: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The resident set of a process, in bytes, from `/proc` (Linux). */
function residentBytes(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /^VmRSS:\s+(\d+) kB/m.exec(status);
  if (!kb) throw new Error(`No VmRSS in /proc/${pid}/status`);
  return Number(kb[1]) * 1024;
}

export interface NetworkBenchResult {
  sites: number;
  items: number;
  seeding: { seconds: number; itemsPerSecond: number; databaseBytes: number };
  rss: { afterStart: number; afterEverySite: number; perSite: number; afterPasses: number };
  home: PassResult;
  listingsCold: PassResult;
  listingsWarm: PassResult;
  itemsCold: PassResult;
  itemsWarm: PassResult;
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
const fmt = (n: number) => n.toLocaleString('en-US').replace(/,/g, ' ');

function passLine(name: string, r: PassResult): string {
  const cache = `, ${((r.cacheHits / r.requests) * 100).toFixed(0)} % cache hits, ${(r.meanBytes / 1e3).toFixed(0)} kB a page`;
  const errors = r.non2xx ? `, ${r.non2xx} non-2xx` : '';
  return `${name.padEnd(30)} ${String(r.requests).padStart(5)} req ${(r.requests / r.seconds).toFixed(0).padStart(6)} req/s   p50 ${r.p50.toFixed(1).padStart(6)} ms   p95 ${r.p95.toFixed(1).padStart(6)} ms   p99 ${r.p99.toFixed(1).padStart(6)} ms${cache}${errors}`;
}

/**
 * Seeds the network, serves it from a child process, prints the figures and returns them.
 *
 * @example
 *   const result = await runNetworkBench(); // from bench/run.ts
 */
export async function runNetworkBench(env: NodeJS.ProcessEnv = process.env): Promise<NetworkBenchResult> {
  const siteCount = Number(env.BENCH_NETWORK_SITES ?? 200);
  const itemsPerSite = Number(env.BENCH_NETWORK_ITEMS ?? 5000);
  const concurrency = Number(env.BENCH_NETWORK_CONCURRENCY ?? 10);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecotone-network-bench-'));
  console.log(`network: ${siteCount} sites × ${fmt(itemsPerSite)} published items on SQLite, one \`ecotone serve\` process, ${concurrency} requests in flight`);
  try {
    const seeding = await seed(dataDir, siteCount, itemsPerSite);
    const itemsPerSecond = seeding.items / seeding.seconds;
    console.log(`seeding (createItems, ${batchSize} a batch)   ${fmt(seeding.items)} items in ${seeding.seconds.toFixed(0)} s = ${itemsPerSecond.toFixed(0)} items/s; database ${mb(seeding.databaseBytes)} (${fmt(Math.round(seeding.databaseBytes / seeding.items))} bytes an item)`);

    // The seeded SQLite file, whatever DATABASE_URL or MEDIA_STORE this shell has (the child inherits the environment).
    const server = await startServerProcess({ DATA_DIR: dataDir, DATABASE_URL: '', MEDIA_STORE: '', JOBS_INTERVAL_MS: '0' }, ['serve']);
    try {
      const random = rng(2026);
      const afterStart = residentBytes(server.pid);
      const hosts = new Map(seeding.sites.map((s) => [s.code, `${s.code}.localhost`]));
      const home = await pass(server.port, shuffled(seeding.sites.map((s) => [hosts.get(s.code)!, `/${s.languages[0]}/`] as const), random), concurrency);
      const afterEverySite = residentBytes(server.pid);
      const listings = shuffled(seeding.sites.flatMap((s) => listingPaths(s).map((p) => [hosts.get(s.code)!, p] as const)), random);
      const { cold: listingsCold, warm: listingsWarm } = await coldAndWarm(server.port, listings, concurrency, random);
      const items = shuffled(seeding.sites.flatMap((s) => s.itemPaths.map((p) => [hosts.get(s.code)!, p] as const)), random);
      const { cold: itemsCold, warm: itemsWarm } = await coldAndWarm(server.port, items, concurrency, random);
      const afterPasses = residentBytes(server.pid);
      const load = os.loadavg().map((l) => l.toFixed(1)).join(', ');
      const perSite = (afterEverySite - afterStart) / siteCount;

      console.log(`server RSS                     after start ${mb(afterStart)}, after the home page of every site ${mb(afterEverySite)} (${(perSite / 1e3).toFixed(0)} kB a site), after the passes below ${mb(afterPasses)}`);
      console.log(`machine                        ${os.cpus().length} cores, load average ${load} at the end (other work on the machine slows every figure)`);
      console.log(passLine('home page of every site', home));
      console.log(passLine('listing pages, cold', listingsCold));
      console.log(passLine('listing pages, warm', listingsWarm));
      console.log(passLine('item pages, cold', itemsCold));
      console.log(passLine('item pages, warm', itemsWarm));
      return {
        sites: siteCount,
        items: seeding.items,
        seeding: { seconds: seeding.seconds, itemsPerSecond, databaseBytes: seeding.databaseBytes },
        rss: { afterStart, afterEverySite, perSite, afterPasses },
        home,
        listingsCold,
        listingsWarm,
        itemsCold,
        itemsWarm,
      };
    } finally {
      await server.stop();
    }
  } finally {
    if (env.BENCH_NETWORK_KEEP === '1') console.log(`network bench data kept in ${dataDir}`);
    else fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await runNetworkBench();
}
