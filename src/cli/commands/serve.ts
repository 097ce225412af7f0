import { startServices } from '../../app-services.ts';
import { loadConfig } from '../../config.ts';
import { buildServer } from '../../server.ts';
import { startPeriodicJobs } from '../../jobs/periodic.ts';
import { runCbdSync } from '../../interop/cbd/service.ts';
import { backgroundCbdSyncEnded } from '../../jobs/cbd-sync.ts';
import { createDemoNetwork } from '../../sites/seeds/demo-network.ts';
import type { AppServices } from '../../app-services.ts';
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
  let services = await startServices(config);
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
  // Scheduled publishing and other periodic tasks; stopped before the database closes.
  const jobs = startPeriodicJobs(services, { intervalMs: config.jobsIntervalMs, log: app.log });
  const shutdown = async (signal: string) => {
    app.log.info(`${signal} received, closing`);
    await jobs.stop();
    await backgroundCbdSyncEnded(services);
    await app.close();
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
