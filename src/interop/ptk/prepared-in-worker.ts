import fsp from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import type { PreparedEntry, PrepareStart, PrepareWorkerData, PrepareWorkerMessage } from './prepare-worker.ts';

/**
 * The objects a worker thread reads and maps (`prepare-worker.ts`). The thread is started first
 * (its code takes a moment to load) and begins reading when `prepared` sends it the plan; each
 * batch received asks for the next, so the worker works one batch ahead of the writes. Stopping
 * early (a fatal problem, an error) or `close` ends the thread.
 */
export class PrepareWorker {
  private worker: Worker | null = null;
  private readonly started: Promise<void>;
  private readonly queue: PrepareWorkerMessage[] = [];
  private failure: Error | null = null;
  private ended = false;
  private notify: (() => void) | null = null;

  /** `codeDir`: where the thread's bundled code is written for it to load (the import's work folder). */
  constructor(data: PrepareWorkerData, codeDir: string) {
    this.started = this.start(data, codeDir).catch((error: unknown) => {
      this.failure = error instanceof Error ? error : new Error(String(error));
    });
  }

  private async start(data: PrepareWorkerData, codeDir: string): Promise<void> {
    const file = path.join(codeDir, 'reading-thread.mjs');
    await fsp.writeFile(file, await readingThreadCode());
    if (this.ended) return;
    const worker = new Worker(file, { workerData: data });
    this.worker = worker;
    worker.on('message', (message: PrepareWorkerMessage) => {
      this.queue.push(message);
      this.notify?.();
    });
    worker.on('error', (error) => {
      this.failure = error;
      this.notify?.();
    });
    worker.on('exit', (code) => {
      if (!this.ended && code !== 0) this.failure ??= new Error(`The import's reading thread stopped (exit code ${code})`);
      this.ended = true;
      this.notify?.();
    });
  }

  /** The batches the thread sends, as it sends them. */
  async *prepared(start: Omit<PrepareStart, 'type'>): AsyncGenerator<PreparedEntry[]> {
    await this.started;
    if (this.failure) throw this.failure;
    this.worker!.postMessage({ type: 'start', ...start } satisfies PrepareStart);
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
        this.worker!.postMessage('more');
        yield message.entries;
      }
    } finally {
      await this.close();
    }
  }

  async close(): Promise<void> {
    this.ended = true;
    await this.started;
    await this.worker?.terminate();
  }
}

let bundled: Promise<string> | undefined;
const requireHere = createRequire(import.meta.url);

/**
 * The reading thread's code, bundled by esbuild into one module once per process (as the admin's
 * islands are). A thread does not inherit the TypeScript loader of the process, and loading its
 * modules one by one through the loader took most of a second, during which the writes waited;
 * the bundle loads in a fraction of that. Packages stay out of it, imported by their absolute
 * addresses, so the file runs from the import's work folder and Node loads them as it always does.
 * The first import of a process makes it, in esbuild's own process, while the languages are planned.
 */
function readingThreadCode(): Promise<string> {
  bundled ??= build({
    entryPoints: [fileURLToPath(new URL('./prepare-worker.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'packages-by-address',
        setup(bundle) {
          bundle.onResolve({ filter: /^[^./]/ }, (args) =>
            args.path.startsWith('node:') ? { external: true } : { path: pathToFileURL(requireHere.resolve(args.path)).href, external: true },
          );
        },
      },
    ],
  }).then((result) => result.outputFiles[0]!.text);
  // A failed build is not kept: the next import tries again.
  bundled.catch(() => (bundled = undefined));
  return bundled;
}
