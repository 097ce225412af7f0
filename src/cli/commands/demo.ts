import { startServices } from '../../app-services.ts';
import { loadConfig } from '../../config.ts';
import { createDemoNetwork, type DemoReport } from '../../sites/seeds/demo-network.ts';
import type { Output } from '../output.ts';

export function printDemoReport(report: DemoReport, out: Output, port: number): void {
  for (const site of report.sites) {
    out.say(site.created ? `Created site ${site.code} with ${site.items} items: http://${site.code}.localhost:${port}/` : `Site ${site.code} already exists; left unchanged`);
  }
  if (report.admin) {
    out.say(`Created network administrator ${report.admin.email} with password ${report.admin.password}`);
    out.say('  (shown once: keep it now; it is stored only as a hash)');
  }
  out.result(report);
}

/** `ecotone demo`: creates the demo network (sites be, bj, ma and an administrator). */
export async function demo(out: Output): Promise<void> {
  const config = loadConfig();
  const services = await startServices(config);
  try {
    printDemoReport(await createDemoNetwork(services), out, config.port);
  } finally {
    await services.close();
  }
}
