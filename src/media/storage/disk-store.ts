import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  assertListPrefix,
  assertMediaKey,
  type ByteRange,
  clampRange,
  InvalidMediaKeyError,
  isTemporaryKey,
  type MediaStore,
  MediaObjectMissingError,
  newTemporaryKey,
  type StoredEntry,
  type StoredObject,
} from './media-store.ts';

/** Suffix of the small file beside each object that holds its content type (`~` never occurs in a key). */
const typeSuffix = '~type';

/**
 * Media on local disk, one file per key under `root` (default `DATA_DIR/media`). A write goes to
 * `tmp/<random>`, is fsynced, then renamed to its final path (rename is atomic on one file
 * system), and the folder is fsynced so the rename survives a power cut. The content type sits in
 * a small `<key>~type` file beside the object.
 */
export class DiskStore implements MediaStore {
  readonly root: string;
  readonly description: string;

  constructor(root: string) {
    this.root = path.resolve(root);
    this.description = `disk ${this.root}`;
  }

  /** The file of a key, after checking the key and that the path stays inside the store. */
  private pathOf(key: string): string {
    assertMediaKey(key);
    const file = path.resolve(this.root, key);
    if (!file.startsWith(this.root + path.sep)) throw new InvalidMediaKeyError(key);
    return file;
  }

  async check(): Promise<void> {
    await fsp.mkdir(this.root, { recursive: true });
    await fsp.access(this.root, fs.constants.W_OK);
  }

  async put(key: string, body: Readable, options: { contentType: string }): Promise<{ bytes: number }> {
    if (!isTemporaryKey(key)) {
      const temporary = newTemporaryKey();
      try {
        const written = await this.put(temporary, body, options);
        await this.commit(temporary, key);
        return written;
      } catch (error) {
        await this.delete(temporary).catch(() => undefined);
        throw error;
      }
    }
    const file = this.pathOf(key);
    await fsp.mkdir(path.dirname(file), { recursive: true });
    let bytes = 0;
    try {
      await pipeline(
        body,
        async function* count(source: AsyncIterable<Buffer>) {
          for await (const chunk of source) {
            bytes += chunk.length;
            yield chunk;
          }
        },
        // `flush`: fsync before the file is closed, so a rename after it never exposes a short file.
        fs.createWriteStream(file, { mode: 0o640, flush: true }),
      );
    } catch (error) {
      await fsp.rm(file, { force: true });
      throw error;
    }
    // Data first, then its type: a crash in between leaves a temporary file the sweep removes.
    await writeSynced(file + typeSuffix, options.contentType);
    return { bytes };
  }

  async commit(temporaryKey: string, finalKey: string): Promise<void> {
    if (!isTemporaryKey(temporaryKey) || isTemporaryKey(finalKey)) throw new InvalidMediaKeyError(`${temporaryKey} -> ${finalKey}`);
    const from = this.pathOf(temporaryKey);
    const to = this.pathOf(finalKey);
    await fsp.mkdir(path.dirname(to), { recursive: true });
    try {
      await fsp.rename(from + typeSuffix, to + typeSuffix);
      await fsp.rename(from, to);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new MediaObjectMissingError(temporaryKey);
      throw error;
    }
    await syncFolder(path.dirname(to));
  }

  async get(key: string, range?: ByteRange): Promise<StoredObject> {
    const file = this.pathOf(key);
    const stat = await fsp.stat(file).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') throw new MediaObjectMissingError(key);
      throw error;
    });
    if (!stat.isFile()) throw new MediaObjectMissingError(key);
    const contentType = (await fsp.readFile(file + typeSuffix, 'utf8').catch(() => '')).trim() || 'application/octet-stream';
    if (!range) return { body: fs.createReadStream(file), size: stat.size, contentType };
    const clamped = clampRange(range, stat.size, key);
    return { body: fs.createReadStream(file, { start: clamped.start, end: clamped.end }), size: stat.size, contentType, range: clamped };
  }

  async exists(key: string): Promise<boolean> {
    const stat = await fsp.stat(this.pathOf(key)).catch(() => null);
    return Boolean(stat?.isFile());
  }

  async delete(key: string): Promise<void> {
    const file = this.pathOf(key);
    await fsp.rm(file, { force: true });
    await fsp.rm(file + typeSuffix, { force: true });
  }

  async *list(prefix: string): AsyncIterable<StoredEntry> {
    assertListPrefix(prefix);
    const start = path.join(this.root, prefix);
    for await (const file of walk(start)) {
      const key = path.relative(this.root, file).split(path.sep).join('/');
      if (key.endsWith(typeSuffix) || !key.startsWith(prefix)) continue;
      const stat = await fsp.stat(file).catch(() => null);
      if (stat?.isFile()) yield { key, bytes: stat.size, lastModified: stat.mtime };
    }
  }
}

async function* walk(folder: string): AsyncIterable<string> {
  const entries = await fsp.readdir(folder, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile()) yield full;
  }
}

async function writeSynced(file: string, text: string): Promise<void> {
  const handle = await fsp.open(file, 'w', 0o640);
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes a rename in `folder` durable. Some platforms cannot open a folder for syncing; that is not fatal there. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await fsp.open(folder, 'r').catch(() => null);
  if (!handle) return;
  try {
    await handle.sync().catch(() => undefined);
  } finally {
    await handle.close();
  }
}
