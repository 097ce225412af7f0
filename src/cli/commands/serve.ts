import { startServices } from '../../app-services.ts';
import { loadConfig } from '../../config.ts';
import { buildServer } from '../../server.ts';
import { startChangeBroadcast } from '../../db/change-broadcast.ts';
import { startJobRunner } from '../../jobs/runner.ts';
import { runCbdSync } from '../../interop/cbd/service.ts';
import { createDemoNetwork } from '../../sites/seeds/demo-network.ts';
import type { AppServices } from '../../app-services.ts';
import type { MailLog } from '../../mail/mailer.ts';
import { printDemoReport } from './demo.ts';
import type { Output } from '../output.ts';

/**
 * `ecotone serve [--demo-if-empty]`: runs the server; with the flag, an empty database gets the
 * demo network. The demo works offline: unless `CBD_API_URL` is set, its national data comes from
 * the local stand-in of the CBD API (sample data, labelled as such on its pages), which this
 * process then serves on a loopback port for as long as it runs.
 */
export async function serve(args: { demoIfEmpty: boolean }, out: Output): Promise<void> {
  let config = loadConfig();
  // Email and other background work log through the server's JSON logger once it exists.
  let serverLog: MailLog | undefined;
  const backgroundLog: MailLog = {
    info: (object, message) => (serverLog ? serverLog.info(object, message) : console.info(message, JSON.stringify(object))),
    warn: (object, message) => (serverLog ? serverLog.warn(object, message) : console.warn(message, JSON.stringify(object))),
  };
  let services = await startServices(config, { log: backgroundLog });
  const creatingDemo = args.demoIfEmpty && services.sites.all().length === 0;
  let standIn: { url: string; close(): Promise<void> } | undefined;
  if (args.demoIfEmpty && !process.env.CBD_API_URL?.trim() && (creatingDemo || (await holdsSampleData(services)))) {
    // The stand-in is the tests' fixture; it is loaded only here, for the demo.
    const { startCbdStandIn } = await import('../../../test/cbd-stand-in/server.ts');
    standIn = await startCbdStandIn();
    config = { ...config, cbdApiUrl: standIn.url };
    services = { ...services, config };
  }
  if (creatingDemo) {
    out.say('The database is empty: creating the demo network (this takes a few seconds)…');
    printDemoReport(await createDemoNetwork(services), out, config.port);
    const report = await runCbdSync(services, { sites: services.sites.all().filter((s) => s.country), sampleData: standIn !== undefined, log: quietLog });
    for (const result of report.sites) {
      out.say(result.ok ? `Synced ${result.site}'s national data from ${standIn ? 'the sample CBD API' : config.cbdApiUrl}: ${result.counts.added} records` : `Could not sync ${result.site}'s national data: ${result.error}`);
    }
  }
  services.sites.watch(config.siteRefreshIntervalMs);
  const app = await buildServer(services);
  serverLog = app.log;
  // On PostgreSQL every serving process tells the others what it wrote, so their cached pages,
  // menus and site registry follow within a fraction of a second (ADR 0023).
  const broadcast = config.databaseUrl
    ? await startChangeBroadcast({ db: services.db.kysely, databaseUrl: config.databaseUrl, sites: services.sites, log: app.log })
    : undefined;
  // The job runner (ADR 0018): scheduled publishing, syncs, variants…; every serving process runs
  // one, sharing the queue. Stopped before the database closes: running jobs finish or are given back.
  const jobs = startJobRunner(services, { intervalMs: config.jobsIntervalMs, concurrency: config.jobsConcurrency, leaseMs: config.jobsLeaseMs, log: app.log });
  const shutdown = async (signal: string) => {
    app.log.info(`${signal} received, closing`);
    await jobs.stop();
    await app.close();
    await broadcast?.close();
    await standIn?.close();
    await services.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ host: config.host, port: config.port });
  const port = (app.server.address() as { port: number }).port;
  out.say(`Ecotone is serving ${services.sites.all().length} site(s) from ${services.db.describe}`);
  out.say(`  network portal: http://localhost:${port}/`);
  for (const site of services.sites.all()) out.say(`  ${site.code}: http://${site.code}.${config.localSiteSuffix}:${port}/${site.defaultLanguage}/`);
}

const quietLog = { info: () => {}, warn: () => {}, error: () => {} };

/** Whether this database's national data came from the sample stand-in (a demo network started earlier). */
async function holdsSampleData(services: AppServices): Promise<boolean> {
  return (await services.db.kysely.selectFrom('cbd_site_syncs').select('id').where('sample_data', '=', 1).limit(1).executeTakeFirst()) !== undefined;
}
