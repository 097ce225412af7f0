import cliProgress from 'cli-progress';
import { startServices } from '../../app-services.ts';
import { loadConfig } from '../../config.ts';
import { BadRequestError, NotFoundError } from '../../errors.ts';
import { importPtk, type PtkImportProgress } from '../../interop/ptk/import.ts';
import { formatReport } from '../../interop/ptk/report.ts';
import type { Output } from '../output.ts';

export interface ImportCommandOptions {
  site?: string;
  'dry-run'?: boolean;
  zone?: string;
  'site-url'?: string[];
  'batch-size'?: string;
}

/**
 * `ecotone import ptk --site be <path> [--dry-run] [--zone Europe/Brussels] [--site-url http://www.biodiv.be]…`:
 * imports a PTK/Naaya export (nyexp, JSON dump, export_json, glossary dump, or a zip of one) into
 * a site. A terminal sees a progress bar with counts and an ETA, anything else plain lines; the
 * report is printed at the end (`--json` prints it whole). Exits 2 when the source could not be
 * read to its end (what came before is imported; a re-run after fixing it goes on from there).
 */
export async function importCommand(kind: string | undefined, options: ImportCommandOptions, paths: readonly string[], out: Output): Promise<number> {
  if (kind !== 'ptk') throw new BadRequestError(`import needs what to import: ptk${kind ? ` (got "${kind}")` : ''}, e.g. ecotone import ptk --site be export.nyexp`, 'missing_option');
  if (!options.site) throw new BadRequestError('import ptk needs --site <code>: the site to import into', 'missing_option');
  if (paths.length !== 1) throw new BadRequestError(`import ptk needs one file or folder to import${paths.length ? ` (got ${paths.length})` : ''}`, 'missing_option');
  const batchSize = options['batch-size'] === undefined ? undefined : Number(options['batch-size']);
  if (batchSize !== undefined && (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000)) throw new BadRequestError('--batch-size is a whole number from 1 to 10000', 'invalid_option');
  if (options.zone && !Intl.supportedValuesOf('timeZone').includes(options.zone) && options.zone !== 'UTC') throw new BadRequestError(`--zone ${options.zone} is not an IANA time zone (e.g. Europe/Brussels)`, 'invalid_option');

  const services = await startServices(loadConfig());
  try {
    const site = services.sites.byCodeOrUndefined(options.site);
    if (!site) throw new NotFoundError(`There is no site "${options.site}"`, 'unknown_site');
    const progress = progressReporter(out);
    const report = await importPtk(services, {
      site,
      path: paths[0]!,
      dryRun: options['dry-run'] ?? false,
      zone: options.zone,
      siteUrls: options['site-url'] ?? [],
      batchSize,
      onProgress: progress.update,
    });
    progress.stop();
    out.say(formatReport(report));
    out.result(report);
    return report.status === 'completed' ? 0 : 2;
  } finally {
    await services.close();
  }
}

/** A bar with counts and an ETA on a terminal; a plain line every few seconds otherwise (logs, CI). */
function progressReporter(out: Output): { update: (p: PtkImportProgress) => void; stop: () => void } {
  if (out.json) return { update: () => {}, stop: () => {} };
  if (process.stdout.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: '{phase} [{bar}] {value}/{total} objects · {percentage}% · ETA {eta_formatted}', hideCursor: true, clearOnComplete: true, etaBuffer: 50 },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update: (p) => {
        if (!started) {
          bar.start(Math.max(p.total, p.done), p.done, { phase: p.phase });
          started = true;
        } else {
          bar.setTotal(Math.max(p.total, p.done));
          bar.update(p.done, { phase: p.phase });
        }
      },
      stop: () => started && bar.stop(),
    };
  }
  const began = Date.now();
  let last = 0;
  let lastPhase = '';
  return {
    update: (p) => {
      const now = Date.now();
      if (now - last < 5000 && p.phase === lastPhase) return;
      last = now;
      lastPhase = p.phase;
      const rate = p.done / Math.max((now - began) / 1000, 0.001);
      const eta = p.total > p.done && rate > 0 ? ` · about ${Math.ceil((p.total - p.done) / rate)} s left` : '';
      out.say(`${p.phase}: ${p.done} of ${p.total} objects${eta}`);
    },
    stop: () => {},
  };
}
