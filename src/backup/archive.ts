/**
 * The backup archive as a zip: written entry by entry with yazl (each entry streamed and hashed
 * as it goes, so memory stays bounded whatever the site's size), and read with yauzl as an
 * untrusted file: names checked against a fixed grammar, sizes and compression ratios capped,
 * every byte hashed against the manifest before the restore reads it, and again while it reads.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Transform, type Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import yazl from 'yazl';
import { BackupArchiveError } from './errors.ts';

/** One entry as the manifest lists it. */
export interface ManifestEntry {
  name: string;
  bytes: number;
  sha256: string;
}

/** The names an archive may hold; anything else (`../x`, `/etc/passwd`, `a\b`, …) is refused. */
export const entryNamePattern = /^(?:site\.json|users\.ndjson|tables\/[a-z][a-z0-9_]{0,62}\.ndjson|media\/[0-9a-f]{64})$/;
export const manifestName = 'manifest.json';

export interface ReadLimits {
  maxEntries: number;
  /** Bytes every entry together may expand to, as the manifest declares them and as counted. */
  maxTotalBytes: number;
  /** Uncompressed ÷ compressed size an entry over 1 MB may reach (zip bombs). */
  maxRatio: number;
  maxManifestBytes: number;
}

export const defaultReadLimits: ReadLimits = {
  maxEntries: 1_000_000,
  maxTotalBytes: 256 * 1024 ** 3,
  // Real entries are JSON lines (well under 100×) or already-compressed media stored as is.
  maxRatio: 1000,
  maxManifestBytes: 64 * 1024 ** 2,
};
const ratioCheckFrom = 1024 * 1024;

/** Counts and hashes what flows through; on `end` the totals are in `bytes` and `sha256`. */
class HashingCounter extends Transform {
  bytes = 0;
  sha256 = '';
  private readonly hash = createHash('sha256');
  constructor(private readonly check?: (bytes: number) => Error | null) {
    super();
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null, data?: Buffer) => void): void {
    this.bytes += chunk.length;
    const problem = this.check?.(this.bytes) ?? null;
    if (problem) return callback(problem);
    this.hash.update(chunk);
    callback(null, chunk);
  }
  override _flush(callback: (error?: Error | null) => void): void {
    this.sha256 = this.hash.digest('hex');
    callback();
  }
}

/**
 * Writes an archive to `<file>.partial` and renames it over `file` once whole, so an interrupted
 * backup never leaves something that looks like a backup.
 */
export class ArchiveWriter {
  readonly entries: ManifestEntry[] = [];
  private readonly zip = new yazl.ZipFile();
  private readonly partial: string;
  private readonly written: Promise<void>;

  constructor(readonly file: string) {
    this.partial = `${file}.${process.pid}.partial`;
    const output = fs.createWriteStream(this.partial, { mode: 0o600, flush: true });
    this.written = finished(this.zip.outputStream.pipe(output));
    // Surfaced by finish() or abort(); never an unhandled rejection meanwhile.
    this.written.catch(() => undefined);
  }

  /** Streams `body` into the entry `name`; resolves once yazl has consumed it all. */
  async addStream(name: string, body: Readable, options: { compress: boolean }): Promise<ManifestEntry> {
    const counter = new HashingCounter();
    this.zip.addReadStream(counter, name, { compress: options.compress, mtime: new Date(0) });
    body.pipe(counter);
    await Promise.all([finished(body), finished(counter)]);
    const entry = { name, bytes: counter.bytes, sha256: counter.sha256 };
    this.entries.push(entry);
    return entry;
  }

  /** An entry of JSON lines, one per value, streamed as the values come. */
  async addJsonLines(name: string, values: AsyncIterable<unknown>): Promise<{ entry: ManifestEntry; count: number }> {
    const counter = new HashingCounter();
    this.zip.addReadStream(counter, name, { compress: true, mtime: new Date(0) });
    const done = finished(counter);
    done.catch(() => undefined);
    let count = 0;
    let buffered = '';
    const flush = async () => {
      if (!counter.write(buffered)) await new Promise<void>((resolve) => counter.once('drain', resolve));
      buffered = '';
    };
    for await (const value of values) {
      buffered += `${JSON.stringify(value)}\n`;
      count++;
      if (buffered.length > 64 * 1024) await flush();
    }
    if (buffered) await flush();
    counter.end();
    await done;
    const entry = { name, bytes: counter.bytes, sha256: counter.sha256 };
    this.entries.push(entry);
    return { entry, count };
  }

  async addJson(name: string, value: unknown): Promise<ManifestEntry> {
    const { entry } = await this.addJsonLines(name, (async function* () {
      yield value;
    })());
    return entry;
  }

  /** Adds the manifest (built from the entries written) last, closes the zip and moves it into place. */
  async finish(manifest: (entries: ManifestEntry[]) => unknown): Promise<void> {
    this.zip.addBuffer(Buffer.from(`${JSON.stringify(manifest(this.entries), null, 2)}\n`), manifestName, { compress: true, mtime: new Date(0) });
    this.zip.end();
    await this.written;
    await rename(this.partial, this.file);
  }

  async abort(): Promise<void> {
    (this.zip.outputStream as unknown as Readable).destroy();
    await this.written.catch(() => undefined);
    await rm(this.partial, { force: true });
  }
}

/** An archive opened for reading; entries are found by name and read as verified streams. */
export class ArchiveReader {
  private constructor(
    readonly file: string,
    private readonly zip: ZipFile,
    readonly entries: ReadonlyMap<string, Entry>,
    private readonly limits: ReadLimits,
  ) {}

  /** Opens `file` and checks its directory: entry count, names, duplicates, sizes and ratios. */
  static async open(file: string, limits: ReadLimits = defaultReadLimits): Promise<ArchiveReader> {
    let zip: ZipFile;
    try {
      zip = await new Promise<ZipFile>((resolve, reject) =>
        yauzl.open(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: true }, (error, opened) => (error ? reject(error) : resolve(opened))),
      );
    } catch (error) {
      throw new BackupArchiveError(`${file} is not a complete backup archive: ${(error as Error).message} (a truncated or damaged file?)`, null, { cause: error });
    }
    try {
      if (zip.entryCount > limits.maxEntries) throw new BackupArchiveError(`${file} holds ${zip.entryCount} entries, more than the ${limits.maxEntries} allowed`, null);
      const entries = new Map<string, Entry>();
      let total = 0;
      await new Promise<void>((resolve, reject) => {
        zip.on('error', (error: Error) => reject(new BackupArchiveError(`${file} is not a readable zip file: ${error.message}`, null, { cause: error })));
        zip.on('end', () => resolve());
        zip.on('entry', (entry: Entry) => {
          const name = entry.fileName;
          const refuse = (reason: string) => reject(new BackupArchiveError(`${file}: entry ${JSON.stringify(name)} ${reason}`, name));
          if (name !== manifestName && !entryNamePattern.test(name)) return refuse('is not a name a backup archive holds: refused (path traversal or a foreign file)');
          if (entries.has(name)) return refuse('appears twice');
          if (entry.uncompressedSize > ratioCheckFrom && entry.uncompressedSize > limits.maxRatio * Math.max(1, entry.compressedSize)) {
            return refuse(`expands ${entry.compressedSize} bytes into ${entry.uncompressedSize}, more than ${limits.maxRatio} times: refused as a zip bomb`);
          }
          total += entry.uncompressedSize;
          if (total > limits.maxTotalBytes) return refuse(`takes the archive past ${limits.maxTotalBytes} bytes once expanded`);
          entries.set(name, entry);
          zip.readEntry();
        });
        zip.readEntry();
      });
      return new ArchiveReader(file, zip, entries, limits);
    } catch (error) {
      zip.close();
      throw error;
    }
  }

  /** The manifest's text, read whole (it is small and capped). */
  async readManifestText(): Promise<string> {
    const entry = this.entries.get(manifestName);
    if (!entry) throw new BackupArchiveError(`${this.file} has no ${manifestName}: not an Ecotone backup, or a truncated one`, manifestName);
    if (entry.uncompressedSize > this.limits.maxManifestBytes) throw new BackupArchiveError(`${this.file}: ${manifestName} is larger than ${this.limits.maxManifestBytes} bytes`, manifestName);
    const chunks: Buffer[] = [];
    for await (const chunk of await this.openRaw(entry)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }

  /**
   * The entry's bytes as a stream that fails, naming the entry, if they are not exactly the
   * manifest's: more bytes than declared (as they arrive), fewer, or another SHA-256 (at the end).
   */
  async open(expected: ManifestEntry): Promise<Readable> {
    const entry = this.entries.get(expected.name);
    if (!entry) throw new BackupArchiveError(`${this.file}: entry ${expected.name} is listed in the manifest but missing from the archive (a truncated file?)`, expected.name);
    const mismatch = (what: string) => new BackupArchiveError(`${this.file}: entry ${expected.name} ${what}: the archive was changed or damaged after it was written`, expected.name);
    const raw = await this.openRaw(entry);
    const counter = new HashingCounter((bytes) => (bytes > expected.bytes ? mismatch(`holds more than the ${expected.bytes} bytes its manifest says`) : null));
    const verified = new Transform({
      transform: (chunk, _encoding, callback) => callback(null, chunk),
      flush: (callback) => {
        if (counter.bytes !== expected.bytes) return callback(mismatch(`holds ${counter.bytes} bytes, not the ${expected.bytes} its manifest says`));
        if (counter.sha256 !== expected.sha256) return callback(mismatch('does not match its SHA-256 checksum'));
        callback();
      },
    });
    raw.on('error', (error) => verified.destroy(error instanceof BackupArchiveError ? error : mismatch(`cannot be read (${error.message})`)));
    counter.on('error', (error) => verified.destroy(error));
    return raw.pipe(counter).pipe(verified);
  }

  /** Reads the entry to its end through `open`, throwing on any mismatch. */
  async verify(expected: ManifestEntry): Promise<void> {
    const stream = await this.open(expected);
    stream.resume();
    await finished(stream);
  }

  private openRaw(entry: Entry): Promise<Readable> {
    return new Promise((resolve, reject) =>
      this.zip.openReadStream(entry, (error, stream) =>
        error ? reject(new BackupArchiveError(`${this.file}: entry ${entry.fileName} cannot be read (${error.message})`, entry.fileName, { cause: error })) : resolve(stream),
      ),
    );
  }

  close(): void {
    if (this.zip.isOpen) this.zip.close();
  }
}
