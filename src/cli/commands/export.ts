import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startServices } from '../../app-services.ts';
import { loadConfig } from '../../config.ts';
import { nowIso } from '../../db/database.ts';
import { SiteScope } from '../../db/site-scope.ts';
import { BadRequestError, NotFoundError } from '../../errors.ts';
import { shapeForType } from '../../interop/cbd/export/mapping.ts';
import { exportSiteRecords, type SiteExport } from '../../interop/cbd/export/service.ts';
import { recordSchemas } from '../../interop/cbd/export/shapes.ts';
import { primaryOrigin } from '../../public/page-builder.ts';
import { findSiteByCode } from '../../sites/service.ts';
import { createOutput, type Output } from '../output.ts';

export interface ExportOptions {
  site?: string;
  out?: string;
  json?: boolean;
}

const usage = 'ecotone export cbd --site <code> [--out file.json]';

/** What the file (or standard output) holds: the records of one site, and what could not be exported and why. */
export interface CbdExportDocument extends SiteExport {
  exportedAt: string;
  site: { code: string; country: string | null; origin: string };
}

/**
 * `ecotone export cbd --site be [--out be.json]`: the site's published items as records of the CBD's
 * Clearing-House (docs/cbd-exchange.md). With `--out` the file is written whole or not at all, and
 * a summary is printed; without it the export goes to standard output and the summary to standard
 * error, so that `> be.json` works.
 */
export async function exportCommand(action: string | undefined, options: ExportOptions, out: Output, streams: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream } = process): Promise<void> {
  if (action !== 'cbd') throw new BadRequestError(`${action ? `There is no "${action}" export` : 'Say what to export'}; usage: ${usage}`, 'invalid_option');
  if (!options.site) throw new BadRequestError(`--site is required: the code of the site to export; usage: ${usage}`, 'invalid_option');
  const config = loadConfig();
  const services = await startServices(config);
  try {
    const site = await findSiteByCode(services.db.kysely, options.site.trim().toLowerCase());
    if (!site) throw new NotFoundError(`There is no site "${options.site}" (see ecotone site list)`, 'site_not_found');
    // Links in the records must work from the CBD: the primary domain, else the address the server answers on.
    const origin = primaryOrigin(site) ?? `http://${site.code}.${config.localSiteSuffix}:${config.port}`;
    const exportedAt = nowIso();
    const result = await exportSiteRecords(new SiteScope(services.db.kysely, site.id), site, { vocabularies: services.vocabularies, origin, now: exportedAt });
    const document: CbdExportDocument = { exportedAt, site: { code: site.code, country: site.country, origin }, ...result };
    const text = `${JSON.stringify(document, null, 2)}\n`;
    let target: string | null = null;
    if (options.out) {
      target = path.resolve(options.out);
      // Written beside the target, then renamed over it: an interrupted export never leaves half a file.
      const partial = `${target}.${process.pid}.partial`;
      await writeFile(partial, text, 'utf8');
      await rename(partial, target);
    } else {
      streams.stdout.write(text);
    }
    // Without --out, standard output carries the export itself; the summary goes beside it.
    const summary = options.out ? out : createOutput(out.json, streams.stderr);
    printSummary(document, target, summary);
  } finally {
    await services.close();
  }
}

function printSummary(document: CbdExportDocument, target: string | null, out: Output): void {
  const counts = Object.fromEntries(Object.keys(recordSchemas).map((schema) => [schema, document.records.filter((r) => r.schema === schema).length]));
  out.say(
    `Exported ${document.records.length} CBD record${document.records.length === 1 ? '' : 's'} of site ${document.site.code}${target ? ` to ${target}` : ''}: ` +
      Object.entries(counts).map(([schema, n]) => `${schema} ${n}`).join(', '),
  );
  const withoutShape = document.skipped.filter((s) => !shapeForType(s.type));
  const lacking = document.skipped.filter((s) => shapeForType(s.type));
  if (lacking.length) {
    out.say(`Not exported, ${lacking.length} item${lacking.length === 1 ? '' : 's'} lacking what the CBD requires:`);
    for (const s of lacking) out.say(`  item ${s.itemId} (${s.type}): ${s.reason}`);
  }
  if (withoutShape.length) {
    const byType = new Map<string, number>();
    for (const s of withoutShape) byType.set(s.type, (byType.get(s.type) ?? 0) + 1);
    out.say(`Not exported, types without a CBD record: ${[...byType].map(([type, n]) => `${type} ${n}`).join(', ')}`);
  }
  if (out.json && target) {
    out.result({
      site: document.site.code,
      exportedAt: document.exportedAt,
      out: target,
      records: counts,
      skipped: document.skipped.map(({ itemId, type, reason }) => ({ itemId, type, reason })),
    });
  }
}
