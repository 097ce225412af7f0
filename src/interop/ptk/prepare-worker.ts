import { parentPort, workerData } from 'node:worker_threads';
import { type LanguagePlan, mappingContextOf, type Pending, prepareObject, type RecordRow } from './prepare.ts';
import { isReadProblem, type PtkReadProblem } from './source.ts';
import { type ObjectSourceDescriptor, readSource } from './sources/open.ts';

/**
 * The import's reading half, in a worker thread: parsing the export, cleaning its HTML and mapping
 * each object is most of an import's work, and here it runs on a second core while the main thread
 * writes the previous batch. The thread starts (loading its code) while the main thread plans the
 * languages, and begins once it is sent the plan. Batches go to the main thread as it asks for
 * them (two ahead at most), so a large export is never held whole in memory; the main thread
 * writes each batch in one transaction.
 */
export interface PrepareWorkerData {
  source: ObjectSourceDescriptor;
  spillDir: string;
  batchSize: number;
}

/** What starts the reading: the mapping's settings and what earlier runs recorded. */
export interface PrepareStart {
  type: 'start';
  plan: LanguagePlan;
  records: [string, RecordRow][];
}

export type PreparedEntry = { pending: Pending } | { problem: PtkReadProblem };
export type PrepareWorkerMessage = { type: 'batch'; entries: PreparedEntry[] } | { type: 'end' } | { type: 'error'; message: string };

const data = workerData as PrepareWorkerData;
const port = parentPort!;
let credit = 2;
let wake: (() => void) | null = null;
let start: (value: PrepareStart) => void;
const started = new Promise<PrepareStart>((resolve) => (start = resolve));
port.on('message', (message: unknown) => {
  if (message === 'more') {
    credit++;
    wake?.();
  } else if ((message as PrepareStart | undefined)?.type === 'start') {
    start(message as PrepareStart);
  }
});

async function send(entries: PreparedEntry[]): Promise<void> {
  while (credit <= 0) await new Promise<void>((resolve) => (wake = resolve));
  credit--;
  port.postMessage({ type: 'batch', entries } satisfies PrepareWorkerMessage);
}

try {
  const { plan, records: recorded } = await started;
  const records = new Map(recorded);
  const context = mappingContextOf(plan);
  let batch: PreparedEntry[] = [];
  // The first batches are small, so that the writes start as soon as the first objects are mapped;
  // each is twice the last, up to the import's batch size.
  let size = Math.min(data.batchSize, 32);
  for await (const entry of readSource(data.source, data.spillDir)) {
    if (isReadProblem(entry)) {
      batch.push({ problem: entry });
      if (entry.fatal) break;
      continue;
    }
    batch.push({ pending: await prepareObject(entry, records.get(entry.path), context) });
    if (batch.length >= size) {
      await send(batch);
      batch = [];
      size = Math.min(data.batchSize, size * 2);
    }
  }
  if (batch.length) await send(batch);
  port.postMessage({ type: 'end' } satisfies PrepareWorkerMessage);
} catch (error) {
  port.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) } satisfies PrepareWorkerMessage);
}
