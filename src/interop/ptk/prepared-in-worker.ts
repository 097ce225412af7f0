import { Worker } from 'node:worker_threads';
import type { PreparedEntry, PrepareStart, PrepareWorkerData, PrepareWorkerMessage } from './prepare-worker.ts';

/**
 * The objects a worker thread reads and maps (`prepare-worker.ts`). The thread is started first
 * (its code takes a moment to load) and begins reading when `prepared` sends it the plan; each
 * batch received asks for the next, so the worker works one batch ahead of the writes. Stopping
 * early (a fatal problem, an error) or `close` ends the thread.
 */
export class PrepareWorker {
  private readonly worker: Worker;
  private readonly queue: PrepareWorkerMessage[] = [];
  private failure: Error | null = null;
  private ended = false;
  private notify: (() => void) | null = null;

  constructor(data: PrepareWorkerData) {
    this.worker = new Worker(new URL('./prepare-worker.mjs', import.meta.url), { workerData: data });
    this.worker.on('message', (message: PrepareWorkerMessage) => {
      this.queue.push(message);
      this.notify?.();
    });
    this.worker.on('error', (error) => {
      this.failure = error;
      this.notify?.();
    });
    this.worker.on('exit', (code) => {
      if (!this.ended && code !== 0) this.failure ??= new Error(`The import's reading thread stopped (exit code ${code})`);
      this.ended = true;
      this.notify?.();
    });
  }

  /** The batches the thread sends, as it sends them. */
  async *prepared(start: Omit<PrepareStart, 'type'>): AsyncGenerator<PreparedEntry[]> {
    this.worker.postMessage({ type: 'start', ...start } satisfies PrepareStart);
    try {
      for (;;) {
        while (!this.queue.length && !this.failure && !this.ended) await new Promise<void>((resolve) => (this.notify = resolve));
        const message = this.queue.shift();
        if (!message) {
          if (this.failure) throw this.failure;
          throw new Error("The import's reading thread stopped before the end of the source");
        }
        if (message.type === 'end') return;
        if (message.type === 'error') throw new Error(message.message);
        this.worker.postMessage('more');
        yield message.entries;
      }
    } finally {
      await this.close();
    }
  }

  async close(): Promise<void> {
    this.ended = true;
    await this.worker.terminate();
  }
}
