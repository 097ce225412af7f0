import { Worker } from 'node:worker_threads';
import type { PreparedEntry, PrepareWorkerData, PrepareWorkerMessage } from './prepare-worker.ts';

/**
 * The objects a worker thread reads and maps (`prepare-worker.ts`), one at a time. Each batch
 * received asks for the next, so the worker works one batch ahead of the writes; stopping early
 * (a fatal problem, an error) ends the worker.
 */
export async function* preparedInWorker(data: PrepareWorkerData): AsyncGenerator<PreparedEntry> {
  const worker = new Worker(new URL('./prepare-worker.mjs', import.meta.url), { workerData: data });
  const queue: PrepareWorkerMessage[] = [];
  let failure: Error | null = null;
  let ended = false;
  let notify: (() => void) | null = null;
  worker.on('message', (message: PrepareWorkerMessage) => {
    queue.push(message);
    notify?.();
  });
  worker.on('error', (error) => {
    failure = error;
    notify?.();
  });
  worker.on('exit', (code) => {
    if (!ended && code !== 0) failure ??= new Error(`The import's reading thread stopped (exit code ${code})`);
    ended = true;
    notify?.();
  });
  try {
    for (;;) {
      while (!queue.length && !failure && !ended) await new Promise<void>((resolve) => (notify = resolve));
      const message = queue.shift();
      if (!message) {
        if (failure) throw failure;
        throw new Error("The import's reading thread stopped before the end of the source");
      }
      if (message.type === 'end') return;
      if (message.type === 'error') throw new Error(message.message);
      worker.postMessage('more');
      yield* message.entries;
    }
  } finally {
    ended = true;
    await worker.terminate();
  }
}
