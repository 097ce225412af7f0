import { parentPort, workerData } from 'node:worker_threads';
import { type LanguagePlan, mappingContextOf, type Pending, prepareObject, type RecordRow } from './prepare.ts';
import { isReadProblem, type PtkObject, type PtkReadProblem } from './source.ts';
import { type ObjectSourceDescriptor, readSource } from './sources/open.ts';

/**
 * The import's reading half, in a worker thread: parsing the export, cleaning its HTML and mapping
 * each object is most of an import's work, and here it runs on a second core while the main thread
 * writes the previous batch. The thread starts while the main thread plans the languages, parsing
 * the first objects meanwhile, and maps them once it is sent the plan. Batches go to the main thread as it asks for
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

/** Objects read before the plan came: parsing needs no plan, so the thread starts on it at once. */
const readAhead = Math.max(data.batchSize, 1000);

try {
  const source = readSource(data.source, data.spillDir);
  const early: (PtkObject | PtkReadProblem)[] = [];
  let planned = false;
  void started.then(() => (planned = true));
  while (!planned && early.length < readAhead) {
    const next = await source.next();
    if (next.done) break;
    early.push(next.value);
    if (isReadProblem(next.value) && next.value.fatal) break;
  }
  const { plan, records: recorded } = await started;
  const records = new Map(recorded);
  const context = mappingContextOf(plan);
  let batch: PreparedEntry[] = [];
  // The first batches are small, so that the writes start as soon as the first objects are mapped;
  // each is twice the last, up to the import's batch size.
  let size = Math.min(data.batchSize, 32);
  const objects = async function* () {
    yield* early;
    // A fatal problem among the early ones ends the read there.
    if (!early.some((entry) => isReadProblem(entry) && entry.fatal)) yield* source;
  };
  for await (const entry of objects()) {
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
