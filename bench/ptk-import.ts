/**
 * `node --v8-pool-size=2 --import tsx bench/ptk-import.ts` (as `npm run bench` runs it): PTK import speed (issue 7's target: at least 2,000 items/s on SQLite)
 * on a generated text-only nyexp export of 20,000 objects (folders, news, documents, events, URLs
 * in two languages, Word-pasted HTML with links), into a fresh site: on SQLite, and on PostgreSQL
 * when `DATABASE_URL` or `TEST_DATABASE_URL` names a server (a database created and dropped here).
 * It times the whole `importPtk` call (the count and language scan, reading and mapping in the
 * worker thread, the writes, and the finishing links, menus and redirects), then a second run of
 * the same file, which finds every object unchanged.
 *
 * Options: BENCH_PTK_OBJECTS (default 20000).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { type AppServices, startServices } from '../src/app-services.ts';
import { loadConfig } from '../src/config.ts';
import { importPtk, type PtkImportProgress } from '../src/interop/ptk/import.ts';
import { createSite } from '../src/sites/service.ts';
import { writeLargeNyexp } from '../test/support/ptk-generator.ts';

const target = 2000;

interface ImportResult {
  engine: string;
  objects: number;
  seconds: number;
  phases: { scan: number; importing: number; finishing: number };
  rerunSeconds: number;
}

async function benchEngine(services: AppServices, engine: string, file: string): Promise<ImportResult> {
  await createSite(services.db.kysely, { code: 'ptk', names: { en: 'PTK bench' }, languages: ['en', 'fr'], defaultLanguage: 'en' });
  await services.sites.refresh();
  const site = services.sites.byCodeOrUndefined('ptk')!;
  const started = performance.now();
  const marks: Partial<Record<PtkImportProgress['phase'], number>> = {};
  const onProgress = (p: PtkImportProgress) => {
    marks[p.phase] ??= performance.now();
  };
  const report = await importPtk(services, { site, path: file, onProgress });
  const ended = performance.now();
  if (report.status !== 'completed') throw new Error(`The bench import did not complete: ${report.fatal}`);
  const rerunStarted = performance.now();
  const rerun = await importPtk(services, { site, path: file });
  const rerunSeconds = (performance.now() - rerunStarted) / 1000;
  if (rerun.totals.unchanged !== report.objectsRead) throw new Error(`The second run found changes: ${JSON.stringify(rerun.totals)}`);
  // The first batch's progress marks the end of the scan (plus one batch): close enough to split the time.
  const importingAt = marks.importing ?? started;
  const finishingAt = marks.finishing ?? ended;
  return {
    engine,
    objects: report.objectsRead,
    seconds: (ended - started) / 1000,
    phases: { scan: (importingAt - started) / 1000, importing: (finishingAt - importingAt) / 1000, finishing: (ended - finishingAt) / 1000 },
    rerunSeconds,
  };
}

function report(r: ImportResult): void {
  const rate = r.objects / r.seconds;
  console.log(
    `${`PTK import, ${r.engine}:`.padEnd(24)} ${r.objects} objects in ${r.seconds.toFixed(1)} s = ${rate.toFixed(0)} items/s (target: at least ${target} on SQLite${r.engine === 'SQLite' ? `) ${rate >= target ? 'MET' : 'NOT MET'}` : ', none here)'}`,
  );
  console.log(
    `${''.padEnd(24)} scan ${r.phases.scan.toFixed(1)} s, read + map + write ${r.phases.importing.toFixed(1)} s (${(r.objects / r.phases.importing).toFixed(0)} items/s), links + menus + redirects ${r.phases.finishing.toFixed(1)} s; unchanged re-run ${r.rerunSeconds.toFixed(1)} s`,
  );
}

/**
 * Runs the bench on each engine and prints its lines; returns the results.
 *
 * @example
 *   const results = await runPtkImportBench(); // from bench/run.ts
 */
export async function runPtkImportBench(env: NodeJS.ProcessEnv = process.env): Promise<ImportResult[]> {
  const objects = Number(env.BENCH_PTK_OBJECTS ?? 20_000);
  const results: ImportResult[] = [];
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecotone-ptk-bench-'));
  try {
    const file = path.join(dataDir, 'site.nyexp');
    const written = await writeLargeNyexp(file, { objects });
    console.log(`PTK import: a generated nyexp export of ${written.objects} objects (${(written.bytes / 1e6).toFixed(1)} MB, text only, en + fr)`);
    const services = await startServices(loadConfig({ DATA_DIR: path.join(dataDir, 'sqlite'), LOG_LEVEL: 'silent', SITE_REFRESH_INTERVAL_MS: '0' }));
    try {
      results.push(await benchEngine(services, 'SQLite', file));
      report(results.at(-1)!);
    } finally {
      await services.close();
    }
    const url = env.DATABASE_URL ?? env.TEST_DATABASE_URL;
    if (url && /^postgres(ql)?:\/\//.test(url)) {
      const name = `ecotone_ptk_bench_${process.pid}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        await admin.query(`create database ${name}`);
        const database = new URL(url);
        database.pathname = `/${name}`;
        const pgServices = await startServices(loadConfig({ DATA_DIR: path.join(dataDir, 'pg'), DATABASE_URL: database.toString(), LOG_LEVEL: 'silent', SITE_REFRESH_INTERVAL_MS: '0' }));
        try {
          results.push(await benchEngine(pgServices, 'PostgreSQL', file));
          report(results.at(-1)!);
        } finally {
          await pgServices.close();
        }
      } finally {
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
      }
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return results;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await runPtkImportBench();
}
