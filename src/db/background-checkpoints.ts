import { Worker } from 'node:worker_threads';
import type SQLite from 'better-sqlite3';

/**
 * Checkpoints of SQLite's write-ahead log in a thread of their own while bulk writes run (a PTK
 * import). By default the connection that commits past 1,000 log pages copies them into the
 * database file itself, before the commit returns: in a bulk load that is a fifth
 * of the writing thread's time, spent while the other core waits. During `run` the writing
 * connection leaves that to a second connection in a worker thread, which copies what has been
 * committed every `intervalMs` (PASSIVE: it never waits for, nor blocks, the writer). If it falls
 * behind, the writer still checkpoints at `fallbackPages`, so the log stays bounded; afterwards
 * the usual threshold is back. Several overlapping `run`s share one thread.
 */
export class BackgroundCheckpoints {
  private users = 0;
  private worker: Worker | null = null;
  private stopped: Promise<void> = Promise.resolve();

  constructor(
    private readonly sqlite: SQLite.Database,
    private readonly file: string,
    private readonly options: { intervalMs?: number; fallbackPages?: number; defaultPages?: number } = {},
  ) {}

  /** Runs `work` with checkpoints in the background (none for an in-memory database, which has no log). */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.sqlite.memory) return work();
    await this.stopped;
    if (this.users++ === 0) this.start();
    try {
      return await work();
    } finally {
      if (--this.users === 0) await this.stop();
    }
  }

  private start(): void {
    const worker = new Worker(new URL('./wal-checkpointer.mjs', import.meta.url), { workerData: { file: this.file, intervalMs: this.options.intervalMs ?? 100 } });
    this.worker = worker;
    // A thread that cannot open the file or stops on an error leaves checkpoints to the writer again.
    worker.on('error', (error) => {
      console.warn(`[ecotone] background checkpoints stopped, the writer checkpoints itself again: ${error.message}`);
      this.restoreThreshold();
    });
    this.sqlite.pragma(`wal_autocheckpoint = ${this.options.fallbackPages ?? 10_000}`);
  }

  private async stop(): Promise<void> {
    this.restoreThreshold();
    const worker = this.worker;
    this.worker = null;
    if (!worker) return;
    this.stopped = new Promise<void>((resolve) => {
      worker.once('exit', () => resolve());
      worker.postMessage('stop');
    });
    await this.stopped;
  }

  private restoreThreshold(): void {
    if (this.sqlite.open) this.sqlite.pragma(`wal_autocheckpoint = ${this.options.defaultPages ?? 1000}`);
  }

  /** Ends the thread at once (the database is closing). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }
}
