/**
 * `tsx bench/search.ts`: search latency on a site with 20,000 published items (ADR 0013's budget:
 * p95 under 50 ms), on SQLite and, when `DATABASE_URL` or `TEST_DATABASE_URL` names a PostgreSQL
 * server, on a fresh database there too (created and dropped here).
 *
 * The items are written straight into `items` in batches, and indexed through `indexItems`, the
 * same code that indexes every save, so the index rows are the ones a real site would have. Their
 * text is generated from small English, French, Arabic and Chinese word lists with a Zipf-like
 * spread, so some words are in half the items and others in a handful. Each query goes through
 * `search()`, facets and snippets included, as the search page calls it.
 *
 * Options: BENCH_SEARCH_ITEMS (default 20000), BENCH_SEARCH_QUERIES (default 200), BENCH_SEARCH_KEEP=1
 * (keep the SQLite file and the PostgreSQL database, to look at query plans; drop the latter by hand).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { type AppServices, startServices } from '../src/app-services.ts';
import { loadConfig } from '../src/config.ts';
import type { Item, ItemTranslation } from '../src/content/item.ts';
import { refreshPlannerStatistics } from '../src/db/database.ts';
import { SiteScope } from '../src/db/site-scope.ts';
import { indexItems, search, type SearchOptions } from '../src/search/service.ts';
import { createSite } from '../src/sites/service.ts';

const budgetMs = 50;

const en = `biodiversity wetland forest species habitat restoration conservation protected area river marsh coast ecosystem pollinator bee
  butterfly bird migration climate water soil invasive native plant tree grassland mountain lake fish coral reef mangrove peatland
  national strategy action plan target report monitoring indicator survey census population decline recovery funding community
  indigenous knowledge education awareness volunteer park reserve corridor landscape agriculture farming pesticide nutrient pollution
  plastic ocean marine fishery sustainable use benefit sharing genetic resource access traditional health urban green infrastructure
  spatial planning degraded land rewilding seed bank herbarium museum collection taxonomy inventory database open data portal
  workshop conference meeting partnership ministry institute university researcher scientist student citizen science observation
  record atlas map satellite drone camera trap otter beaver wolf lynx bison stork crane eel salmon frog newt orchid heather moss
  lichen fungus beetle dragonfly bat hedgehog badger deer boar fox hare owl eagle falcon swallow nightingale cuckoo lapwing godwit`.split(/\s+/);
const fr = `biodiversité zone humide forêt espèce habitat restauration conservation aire protégée rivière marais côte écosystème
  pollinisateur abeille papillon oiseau migration climat eau sol espèce exotique envahissante plante indigène arbre prairie montagne lac
  poisson récif corallien mangrove tourbière stratégie nationale plan d'action cible rapport suivi indicateur inventaire recensement
  population déclin rétablissement financement communauté autochtone savoir éducation sensibilisation bénévole parc réserve corridor
  paysage agriculture pesticide nutriment pollution plastique océan marin pêche durable utilisation partage des avantages ressource
  génétique accès traditionnel santé vert infrastructure aménagement terres dégradées réensauvagement banque de graines herbier musée
  collection taxonomie base de données atelier conférence réunion partenariat ministère université chercheur élève science citoyenne
  observation atlas carte satellite loutre castor loup lynx bison cigogne grue anguille saumon grenouille triton orchidée bruyère mousse
  lichen champignon scarabée libellule chauve-souris hérisson blaireau cerf sanglier renard lièvre chouette aigle faucon hirondelle`.split(/\s+/);
const ar = `التنوع البيولوجي الغابات المحميات الطبيعية الأنواع الموائل الاستعادة الحفاظ المياه التربة المناخ الطيور المهاجرة النحل
  الأراضي الرطبة الشعاب المرجانية الساحل البحر المحيط الصيد المستدام الزراعة التلوث البلاستيك الاستراتيجية الوطنية خطة العمل الهدف
  التقرير الرصد المؤشر المجتمع المعارف التقليدية التعليم التوعية الحديقة الوطنية النباتات الأشجار الجبال البحيرات الأسماك`.split(/\s+/);
const zh = `生物 多样性 湿地 森林 物种 栖息地 恢复 保护 保护区 河流 海岸 生态 系统 传粉 蜜蜂 蝴蝶 鸟类 迁徙 气候 水资源 土壤 入侵 植物
  树木 草原 山地 湖泊 鱼类 珊瑚 红树林 泥炭 国家 战略 行动 计划 目标 报告 监测 指标 调查 种群 下降 资金 社区 传统 知识 教育 公园
  走廊 景观 农业 农药 污染 塑料 海洋 渔业 可持续 利用 惠益 分享 遗传 资源 健康 城市 绿色 基础设施`.split(/\s+/);

/** A deterministic pseudo-random generator, so every run indexes the same text. */
export function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words drawn with a Zipf-like spread: the first words of a list are common, the last rare. */
function words(random: () => number, list: readonly string[], n: number, joiner = ' '): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(list[Math.min(list.length - 1, Math.floor(list.length * random() ** 2.2))]!);
  return out.join(joiner);
}

const types = ['news', 'news', 'news', 'document', 'project', 'species', 'protected-area', 'page'];
export const targets = Array.from({ length: 23 }, (_, i) => `GBF-TARGET-${String(i + 1).padStart(2, '0')}`);

interface EngineResult {
  engine: string;
  items: number;
  indexSeconds: number;
  queries: number;
  p50: number;
  p95: number;
  max: number;
  met: boolean;
  slowest: { query: string; ms: number }[];
}

/** Builds the site and its items, then times the queries. */
async function benchEngine(services: AppServices, engine: string, itemCount: number, queryCount: number): Promise<EngineResult> {
  const site = await createSite(services.db.kysely, { code: 'searchbench', names: { en: 'Search bench', fr: 'Banc de recherche' }, languages: ['en', 'fr', 'ar', 'zh'] });
  const scope = new SiteScope(services.db.kysely, site.id);
  const random = rng(42);
  const started = performance.now();
  const now = Date.now();
  for (let batch = 0; batch < itemCount; batch += 1000) {
    const size = Math.min(1000, itemCount - batch);
    await scope.transaction(async (trx) => {
      const stamp = new Date(now).toISOString();
      const rows = Array.from({ length: size }, (_, i) => ({
        type: types[(batch + i) % types.length]!,
        author_id: null,
        data: '{}',
        promoted: 0,
        sticky: 0,
        sort_order: 0,
        geo_lat: null,
        geo_lng: null,
        starts_at: null,
        ends_at: null,
        version: 1,
        created_at: stamp,
        updated_at: stamp,
        deleted_at: null,
        deleted_by: null,
        origin: null,
      }));
      const inserted = await trx.insertInto('items', rows).returning('id').execute();
      const items: Item[] = inserted.map(({ id }, i) => {
        const r = random();
        // 45% English, 35% French, 10% Arabic, 10% Chinese; a fifth of the English ones also in French.
        const languages = r < 0.45 ? (random() < 0.2 ? ['en', 'fr'] : ['en']) : r < 0.8 ? ['fr'] : r < 0.9 ? ['ar'] : ['zh'];
        const publishedAt = new Date(now - Math.floor(random() * 3 * 365 * 86_400_000)).toISOString();
        const translations: ItemTranslation[] = languages.map((language) => {
          const list = language === 'en' ? en : language === 'fr' ? fr : language === 'ar' ? ar : zh;
          const joiner = language === 'zh' ? '' : ' ';
          return {
            language,
            title: words(random, list, 4 + Math.floor(random() * 5), joiner),
            slug: `item-${id}`,
            summary: words(random, list, 15 + Math.floor(random() * 10), joiner),
            body: `<p>${words(random, list, 80 + Math.floor(random() * 80), joiner)}</p>`,
            fields: {},
            status: 'published',
            publishedAt,
            publishAt: null,
            unpublishAt: null,
            scheduleZone: null,
            updatedAt: stamp,
          };
        });
        const tags = [targets[Math.floor(random() ** 1.5 * targets.length)]!, ...(random() < 0.3 ? [targets[Math.floor(random() * targets.length)]!] : [])];
        return { id, siteId: site.id, type: rows[i]!.type, authorId: null, fields: {}, promoted: false, sticky: false, sortOrder: 0, point: null, tags: [...new Set(tags)], version: 1, origin: null, createdAt: stamp, updatedAt: stamp, translations };
      });
      await indexItems(trx, items, services.vocabularies);
    });
  }
  // As after any bulk load (imports, the demo network): without statistics PostgreSQL guesses one
  // row per table until autovacuum comes round.
  await refreshPlannerStatistics(services.db);
  const indexSeconds = (performance.now() - started) / 1000;

  // The query mix a public site sees: common and rare words, two words, a word being typed,
  // accents typed or not, a typo, Arabic and Chinese, and a facet filter now and then.
  const mix: Omit<SearchOptions, 'limit' | 'offset'>[] = [];
  for (let i = 0; mix.length < queryCount; i++) {
    const k = i % 10;
    const pick = (list: readonly string[], rare: boolean) => list[rare ? list.length - 1 - (i % 15) : i % 12]!;
    if (k === 0) mix.push({ language: 'en', query: pick(en, false) });
    else if (k === 1) mix.push({ language: 'en', query: pick(en, true) });
    else if (k === 2) mix.push({ language: 'en', query: `${pick(en, false)} ${en[(i * 7) % 40]!}` });
    else if (k === 3) mix.push({ language: 'en', query: pick(en, false).slice(0, 4) });
    else if (k === 4) mix.push({ language: 'fr', query: fr[(i * 3) % 30]! });
    else if (k === 5) mix.push({ language: 'fr', query: fr[(i * 3) % 30]!.normalize('NFD').replace(/\p{M}/gu, '') });
    else if (k === 6) mix.push({ language: 'en', query: pick(en, i % 20 === 6).replace(/(.)(.)$/, '$2$1') + (i % 20 === 6 ? '' : 'x') });
    else if (k === 7) mix.push({ language: 'zh', query: zh[i % zh.length]! });
    else if (k === 8) mix.push({ language: 'ar', query: ar[i % ar.length]! });
    else mix.push({ language: 'en', query: pick(en, false), type: 'news', target: targets[i % 5] });
  }
  for (const q of mix.slice(0, 20)) await search(scope, { ...q, limit: 12, offset: 0 }); // warm-up, not measured
  const timings: { query: string; ms: number }[] = [];
  for (const q of mix) {
    const t0 = performance.now();
    await search(scope, { ...q, limit: 12, offset: 0 });
    timings.push({ query: `${q.language}:${q.query}${q.type ? ` type=${q.type}` : ''}${q.target ? ` target=${q.target}` : ''}`, ms: performance.now() - t0 });
  }
  const sorted = timings.map((t) => t.ms).sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  const p95 = at(95);
  return {
    engine,
    items: itemCount,
    indexSeconds,
    queries: timings.length,
    p50: at(50),
    p95,
    max: sorted[sorted.length - 1]!,
    met: p95 < budgetMs,
    slowest: [...timings].sort((a, b) => b.ms - a.ms).slice(0, 3),
  };
}

function report(r: EngineResult): void {
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  console.log(
    `search ${r.engine.padEnd(10)} ${r.items} items (indexed in ${r.indexSeconds.toFixed(1)} s), ${r.queries} queries: ` +
      `p50 ${ms(r.p50)}, p95 ${ms(r.p95)}, max ${ms(r.max)} — budget p95 < ${budgetMs} ms: ${r.met ? 'MET' : 'NOT MET'}`,
  );
  console.log(`  slowest: ${r.slowest.map((s) => `${s.query} ${ms(s.ms)}`).join('; ')}`);
}

/**
 * Runs the search bench on SQLite, then on PostgreSQL when a server is named, printing one line
 * per engine, and returns the figures.
 *
 * @example
 *   const results = await runSearchBench(); // from bench/run.ts
 */
export async function runSearchBench(env: NodeJS.ProcessEnv = process.env): Promise<EngineResult[]> {
  const itemCount = Number(env.BENCH_SEARCH_ITEMS ?? 20_000);
  const queryCount = Number(env.BENCH_SEARCH_QUERIES ?? 200);
  const results: EngineResult[] = [];
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecotone-search-bench-'));
  try {
    const services = await startServices(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', SITE_REFRESH_INTERVAL_MS: '0' }));
    try {
      results.push(await benchEngine(services, 'SQLite', itemCount, queryCount));
      report(results.at(-1)!);
    } finally {
      await services.close();
    }
    const url = env.DATABASE_URL ?? env.TEST_DATABASE_URL;
    if (url && /^postgres(ql)?:\/\//.test(url)) {
      const name = `ecotone_search_bench_${process.pid}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        await admin.query(`create database ${name}`);
        const target = new URL(url);
        target.pathname = `/${name}`;
        const services = await startServices(loadConfig({ DATA_DIR: dataDir, DATABASE_URL: target.toString(), LOG_LEVEL: 'silent', SITE_REFRESH_INTERVAL_MS: '0' }));
        try {
          results.push(await benchEngine(services, 'PostgreSQL', itemCount, queryCount));
          report(results.at(-1)!);
        } finally {
          await services.close();
        }
      } finally {
        if (env.BENCH_SEARCH_KEEP) console.log(`kept the PostgreSQL database ${name}`);
        else {
          // The pool's connections may still be closing: terminating them (`force`) while they say
          // goodbye makes the pool throw, so wait for them a moment first.
          for (let i = 0; i < 50; i++) {
            const { rows } = await admin.query('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
            if (!rows[0]?.n) break;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
          await admin.query(`drop database if exists ${name} with (force)`);
        }
        await admin.end();
      }
    } else {
      console.log('search PostgreSQL: skipped (set DATABASE_URL or TEST_DATABASE_URL to a postgres:// URL)');
    }
  } finally {
    if (env.BENCH_SEARCH_KEEP) console.log(`kept the SQLite database in ${dataDir}`);
    else fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return results;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await runSearchBench();
}
