import { startServices } from '../../app-services.ts';
import { loadConfig } from '../../config.ts';
import { BadRequestError } from '../../errors.ts';
import type { HarvestSourceInput } from '../../interop/harvest/schema.ts';
import { createHarvestSource, harvestDueFeeds, harvestSourcesNow, type HarvestRoundReport, listHarvestSources, removeHarvestSource } from '../../interop/harvest/service.ts';
import type { Output } from '../output.ts';
import { table } from '../output.ts';

export interface HarvestCommandOptions {
  name?: string[];
  country?: string;
  home?: string;
  feed?: string[];
  all?: boolean;
}

/** `--name "CHM France" --name fr="CHM de la France"`: a name without a language is the default; else the first given. */
function namesFrom(values: readonly string[]): Pick<HarvestSourceInput, 'name' | 'names'> {
  const names: Record<string, string> = {};
  let name = '';
  for (const value of values) {
    const match = /^([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)=(.*)$/.exec(value);
    if (match) names[match[1]!] = match[2]!;
    else name = value;
  }
  return { name: name || Object.values(names)[0] || '', names };
}

/** `--feed news:fr:https://…` (kind, language, address). */
function feedFrom(value: string): HarvestSourceInput['feeds'][number] {
  const match = /^([^:]*):([^:]*):(.+)$/.exec(value);
  if (!match) throw new BadRequestError(`--feed must be kind:language:address, e.g. news:fr:https://chm.example.fr/rss.xml (got "${value}")`, 'invalid_option');
  return { kind: match[1]!, language: match[2]!, url: match[3]! };
}

function sourceIdFrom(raw: string | undefined, action: string): number {
  if (!raw || !/^\d{1,10}$/.test(raw)) throw new BadRequestError(`harvest ${action} needs a source number (see ecotone harvest list)${raw ? `, got "${raw}"` : ''}`, 'missing_option');
  return Number(raw);
}

function printRound(report: HarvestRoundReport, out: Output): void {
  if (!report.feeds.length) {
    out.say('No feed is due.');
    return;
  }
  out.say(
    table([
      ['feed', 'result', 'status', 'new', 'changed', 'seconds', 'address'],
      ...report.feeds.map((f) => [String(f.feedId), f.outcome, f.status === null ? '-' : String(f.status), String(f.added), String(f.updated), (f.durationMs / 1000).toFixed(1), f.url]),
    ]),
  );
  for (const f of report.feeds) if (f.error) out.say(`  feed ${f.feedId}: ${f.error}`);
}

/**
 * `ecotone harvest add|list|run|remove` (ADR 0020):
 * - `add --name "CHM France" [--name fr="CHM de la France"] --country fr --home https://… --feed news:fr:https://…/rss.xml…`
 * - `list`: sources, feeds and each feed's state;
 * - `run [<source>] [--all]`: one harvest round (the feeds due), or every feed of one source or
 *   of all sources now; exits 2 when a feed failed;
 * - `remove <source>`: the source, its feeds and entries.
 */
export async function harvestCommand(action: string | undefined, options: HarvestCommandOptions, rest: string[], out: Output): Promise<number> {
  if (!action || !['add', 'list', 'run', 'remove'].includes(action)) {
    throw new BadRequestError(`harvest needs an action: add, list, run or remove${action ? ` (got "${action}")` : ''}`, 'missing_option');
  }
  const services = await startServices(loadConfig());
  try {
    const db = services.db.kysely;
    if (action === 'add') {
      const source = await createHarvestSource(db, { ...namesFrom(options.name ?? []), country: options.country ?? '', homeUrl: options.home ?? '', feeds: (options.feed ?? []).map(feedFrom) });
      out.say(`Added source ${source.id}: ${source.name} (${source.country}) with ${source.feeds.length} feed(s); they are fetched in the next harvest round (or now: ecotone harvest run ${source.id}).`);
      out.result(source);
      return 0;
    }
    if (action === 'remove') {
      const id = sourceIdFrom(rest[0], 'remove');
      await removeHarvestSource(db, id);
      out.say(`Removed source ${id} with its feeds and entries.`);
      out.result({ removed: id });
      return 0;
    }
    if (action === 'list') {
      const sources = await listHarvestSources(db);
      if (!sources.length) out.say('No source is harvested yet: add one with ecotone harvest add.');
      for (const source of sources) {
        out.say(`${source.id}  ${source.name} (${source.country})  ${source.homeUrl}`);
        for (const f of source.feeds) {
          const state = f.lastError ? `FAILING x${f.consecutiveFailures}: ${f.lastError} (next try ${f.nextFetchAt})` : f.lastSuccessAt ? `ok ${f.lastSuccessAt} (HTTP ${f.lastStatus})` : 'not fetched yet';
          out.say(`    ${f.kind}/${f.language}  ${f.url}  ${f.entryCount} entries  ${state}`);
        }
      }
      out.result(sources);
      return 0;
    }
    const report = rest[0] || options.all ? await harvestSourcesNow(services, { sourceIds: rest[0] ? [sourceIdFrom(rest[0], 'run')] : undefined }) : await harvestDueFeeds(services);
    printRound(report, out);
    out.result(report);
    return report.feeds.some((f) => f.outcome === 'failed') ? 2 : 0;
  } finally {
    await services.close();
  }
}
