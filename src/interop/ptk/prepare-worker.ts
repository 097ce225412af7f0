import { parentPort, workerData } from 'node:worker_threads';
import { type LanguagePlan, mappingContextOf, type Pending, prepareObject, type RecordRow } from './prepare.ts';
import { isReadProblem, type PtkReadProblem } from './source.ts';
import { type ObjectSourceDescriptor, readSource } from './sources/open.ts';

/**
 * The import's reading half, in a worker thread: parsing the export, cleaning its HTML and mapping
 * each object is most of an import's work, and here it runs on a second core while the main thread
 * writes the previous batch. Batches go to the main thread as it asks for them (two ahead at most),
 * so a large export is never held whole in memory.
 */
export interface PrepareWorkerData {
  source: ObjectSourceDescriptor;
  spillDir: string;
  plan: LanguagePlan;
  records: [string, RecordRow][];
  batchSize: number;
}

export type PreparedEntry = { pending: Pending } | { problem: PtkReadProblem };
export type PrepareWorkerMessage = { type: 'batch'; entries: PreparedEntry[] } | { type: 'end' } | { type: 'error'; message: string };

const data = workerData as PrepareWorkerData;
const port = parentPort!;
let credit = 2;
let wake: (() => void) | null = null;
port.on('message', (message: unknown) => {
  if (message === 'more') {
    credit++;
    wake?.();
  }
});

async function send(entries: PreparedEntry[]): Promise<void> {
  while (credit <= 0) await new Promise<void>((resolve) => (wake = resolve));
  credit--;
  port.postMessage({ type: 'batch', entries } satisfies PrepareWorkerMessage);
}

try {
  const records = new Map(data.records);
  const context = mappingContextOf(data.plan);
  let batch: PreparedEntry[] = [];
  for await (const entry of readSource(data.source, data.spillDir)) {
    if (isReadProblem(entry)) {
      batch.push({ problem: entry });
      if (entry.fatal) break;
      continue;
    }
    batch.push({ pending: await prepareObject(entry, records.get(entry.path), context) });
    if (batch.length >= data.batchSize) {
      await send(batch);
      batch = [];
    }
  }
  if (batch.length) await send(batch);
  port.postMessage({ type: 'end' } satisfies PrepareWorkerMessage);
} catch (error) {
  port.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) } satisfies PrepareWorkerMessage);
}
