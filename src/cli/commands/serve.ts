import { startServices } from '../../app-services.ts';
import { loadConfig } from '../../config.ts';
import { buildServer } from '../../server.ts';
import { startPeriodicJobs } from '../../jobs/periodic.ts';
import { createDemoNetwork } from '../../sites/seeds/demo-network.ts';
import { printDemoReport } from './demo.ts';
import type { Output } from '../output.ts';

/** `ecotone serve [--demo-if-empty]`: runs the server; with the flag, an empty database gets the demo network. */
export async function serve(args: { demoIfEmpty: boolean }, out: Output): Promise<void> {
  const config = loadConfig();
  const services = await startServices(config);
  if (args.demoIfEmpty && services.sites.all().length === 0) {
    out.say('The database is empty: creating the demo network (this takes a few seconds)…');
    printDemoReport(await createDemoNetwork(services), out, config.port);
  }
  services.sites.watch(config.siteRefreshIntervalMs);
  const app = await buildServer(services);
  // Scheduled publishing and other periodic tasks; stopped before the database closes.
  const jobs = startPeriodicJobs(services, { intervalMs: config.jobsIntervalMs, log: app.log });
  const shutdown = async (signal: string) => {
    app.log.info(`${signal} received, closing`);
    await jobs.stop();
    await app.close();
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
