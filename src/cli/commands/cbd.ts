import { BadRequestError } from '../../errors.ts';
import type { Output } from '../output.ts';

export interface CbdOptions {
  port?: string;
  host?: string;
}

/** What `main` does after a `cbd` action: `'running'` keeps the process alive (a server), `'done'` exits. */
export type CbdOutcome = 'running' | 'done';

type CbdAction = (options: CbdOptions, out: Output) => Promise<CbdOutcome>;

/** `ecotone cbd <action>`: work with the CBD's central API. One function per action, below. */
const actions: Record<string, CbdAction> = {
  'stand-in': standIn,
};

export async function cbdCommand(action: string | undefined, values: CbdOptions, out: Output): Promise<CbdOutcome> {
  const run = action ? actions[action] : undefined;
  if (!run) {
    throw new BadRequestError(`cbd needs an action: ${Object.keys(actions).join(', ')}${action ? ` (got "${action}")` : ''}, e.g. ecotone cbd stand-in --port 4010`, 'missing_option');
  }
  return run(values, out);
}

/**
 * `ecotone cbd stand-in [--port 4010] [--host 127.0.0.1]`: serves the local stand-in of the CBD
 * API (sample data for be, bj and ma; `docs/cbd-stand-in.md`) until SIGINT or SIGTERM, so that
 * Ecotone can be run and demonstrated without the internet (`CBD_API_URL=<printed URL>`).
 */
async function standIn(options: CbdOptions, out: Output): Promise<CbdOutcome> {
  const port = options.port === undefined ? 4010 : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new BadRequestError(`--port must be a whole number between 0 and 65535, got "${options.port}"`, 'invalid_option');
  const host = options.host ?? '127.0.0.1';
  // The stand-in lives with the tests (it is their fixture); it is loaded only for this action.
  const { startCbdStandIn } = await import('../../../test/cbd-stand-in/server.ts');
  const server = await startCbdStandIn({
    port,
    host,
    onResponse: ({ method, url, status, ms }) => out.say(`${method} ${url} → ${status} (${ms} ms)`),
  });
  const records = server.data.records.length;
  const domains = Object.keys(server.data.thesaurus).length;
  out.say(`The CBD API stand-in is serving ${records} records and ${domains} thesaurus domains at ${server.url}`);
  out.say(`  run Ecotone against it with CBD_API_URL=${server.url}`);
  out.say(`  e.g. ${server.url}/api/v2013/index/select?q=schema_s:nationalTarget7%20AND%20government_s:be`);
  out.result({ url: server.url, records, domains });
  const shutdown = async (signal: string) => {
    out.say(`${signal} received, closing the stand-in`);
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  return 'running';
}
