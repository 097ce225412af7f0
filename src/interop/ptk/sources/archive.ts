/**
 * Safe extraction of an uploaded zip (a glossary dump, a JSON dump, an export file zipped for
 * upload). The zip is untrusted: names, sizes and types are checked before anything is written,
 * and bytes are counted as they are written, since declared sizes are whatever the zip says.
 */
import { mkdir, open, realpath, rm } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { errorMessage, formatBytes } from './export-json.ts';

export interface ExtractLimits {
  /** Entries (files and directories) the zip may hold. */
  maxEntries?: number;
  /** Bytes all files may take once extracted, counted as written. */
  maxTotalBytes?: number;
  /** Uncompressed ÷ compressed size an entry over 1 MB may reach. */
  maxRatio?: number;
}

export const DEFAULT_EXTRACT_LIMITS: Required<ExtractLimits> = {
  maxEntries: 100_000,
  maxTotalBytes: 4 * 1024 * 1024 * 1024,
  // Text compresses up to ~20×, a run of zeros ~1000×: 200 lets every real dump through.
  maxRatio: 200,
};

/** Small entries may compress well without harm; the ratio only matters for big ones. */
const RATIO_CHECK_FROM_BYTES = 1024 * 1024;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFDIR = 0o040000;

/** A zip that is refused or cannot be read; `entry` names the offending entry when there is one. */
export class ArchiveError extends Error {
  readonly code = 'ptk_archive_refused';
  constructor(
    message: string,
    readonly entry?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ArchiveError';
  }
}

/**
 * Extracts `zipFile` into `destDir` (created if missing), refusing absolute paths, `..`,
 * backslashes, symbolic links, zip bombs and entries past the limits with an `ArchiveError`.
 * A refused zip may leave the entries before the refused one in `destDir`: the caller extracts
 * into a directory of its own and removes it on failure.
 *
 * @example
 * const { files, bytes } = await extractZip('/tmp/upload.zip', '/tmp/work/upload');
 */
export async function extractZip(zipFile: string, destDir: string, limits: ExtractLimits = {}): Promise<{ files: number; bytes: number }> {
  const { maxEntries, maxTotalBytes, maxRatio } = { ...DEFAULT_EXTRACT_LIMITS, ...limits };
  const zipName = path.basename(zipFile);
  await mkdir(destDir, { recursive: true });
  const root = await realpath(destDir);

  let zip: ZipFile;
  try {
    zip = await openZip(zipFile);
  } catch (error) {
    throw new ArchiveError(`${zipName} is not a readable zip file (${errorMessage(error)})`, undefined, { cause: error });
  }
  if (zip.entryCount > maxEntries) {
    zip.close();
    throw new ArchiveError(`${zipName} holds ${zip.entryCount} entries, more than the ${maxEntries} allowed`);
  }

  let files = 0;
  let bytes = 0;
  const extractEntry = async (entry: Entry): Promise<void> => {
    const name = entryName(entry);
    const refuse = (reason: string): never => {
      throw new ArchiveError(`${zipName}: entry ${JSON.stringify(name)} ${reason}`, name);
    };
    const target = safeTarget(root, name, refuse);
    const fileType = (entry.externalFileAttributes >>> 16) & S_IFMT;
    if (fileType === S_IFLNK) refuse('is a symbolic link; links are refused');
    const makeDirectory = async (directory: string): Promise<void> => {
      await mkdir(directory, { recursive: true }).catch((error: unknown) => refuse(`cannot be created (${errorMessage(error)})`));
    };
    if (name.endsWith('/') || fileType === S_IFDIR) return makeDirectory(target);
    if (entry.uncompressedSize > RATIO_CHECK_FROM_BYTES && entry.uncompressedSize > maxRatio * entry.compressedSize) {
      refuse(`expands ${formatBytes(entry.compressedSize)} into ${formatBytes(entry.uncompressedSize)}, more than ${maxRatio} times: refused as a zip bomb`);
    }
    if (bytes + entry.uncompressedSize > maxTotalBytes) {
      refuse(`would take the files extracted past ${formatBytes(maxTotalBytes)}`);
    }
    await makeDirectory(path.dirname(target));
    let written = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        written += chunk.length;
        bytes += chunk.length;
        // Declared sizes are checked above, and yauzl checks them against the data; counting
        // again here keeps the limits true even if a zip lies in a way neither check foresaw.
        if (bytes > maxTotalBytes) return callback(new ArchiveError(`${zipName}: entry ${JSON.stringify(name)} takes the files extracted past ${formatBytes(maxTotalBytes)}`, name));
        if (written > RATIO_CHECK_FROM_BYTES && written > maxRatio * entry.compressedSize) {
          return callback(new ArchiveError(`${zipName}: entry ${JSON.stringify(name)} expands more than ${maxRatio} times: refused as a zip bomb`, name));
        }
        callback(null, chunk);
      },
    });
    let output: FileHandle;
    try {
      // `wx`: an entry that appears twice must not overwrite the first silently.
      output = await open(target, 'wx', 0o644);
    } catch (error) {
      return refuse((error as NodeJS.ErrnoException).code === 'EEXIST' ? 'appears twice' : `cannot be written (${errorMessage(error)})`);
    }
    try {
      await pipeline(await openEntry(zip, entry), counter, output.createWriteStream());
    } catch (error) {
      await output.close().catch(() => undefined);
      await rm(target, { force: true });
      if (error instanceof ArchiveError) throw error;
      refuse(`cannot be extracted (${errorMessage(error)})`);
    }
    files += 1;
  };

  await new Promise<void>((resolve, reject) => {
    let failed = false;
    const fail = (error: unknown): void => {
      if (failed) return;
      failed = true;
      if (zip.isOpen) zip.close();
      reject(error instanceof ArchiveError ? error : new ArchiveError(`${zipName} is not a readable zip file (${errorMessage(error)})`, undefined, { cause: error }));
    };
    zip.on('error', fail);
    zip.on('end', () => {
      if (!failed) resolve();
    });
    zip.on('entry', (entry: Entry) => {
      extractEntry(entry).then(() => {
        if (!failed) zip.readEntry();
      }, fail);
    });
    zip.readEntry();
  });
  return { files, bytes };
}

/**
 * Where an entry goes, after refusing every name that could land outside `root`. Checked on the
 * name as the zip has it (backslashes included) and again on the resolved path.
 */
function safeTarget(root: string, name: string, refuse: (reason: string) => never): string {
  if (name === '' || name.includes('\0')) refuse('has an empty or invalid name');
  if (name.includes('\\')) refuse('has a backslash in its name; refused (it could be a path separator)');
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) refuse('is an absolute path; refused');
  if (name.split('/').includes('..')) refuse('climbs out of the archive with ".."; refused');
  const target = path.resolve(root, name);
  if (target !== root && !target.startsWith(root + path.sep)) refuse('would be written outside the extraction directory; refused');
  return target;
}

/** The entry's name decoded as yauzl would, but without its silent backslash-to-slash rewrite. */
function entryName(entry: Entry): string {
  const raw = entry.fileNameRaw;
  return yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, true);
}

function openZip(file: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    // decodeStrings off: yauzl would otherwise turn `a\b` into `a/b` and reject bad names with
    // messages that do not say which rule; names are decoded and judged here instead.
    yauzl.open(file, { lazyEntries: true, validateEntrySizes: true, autoClose: true, decodeStrings: false }, (error, zip) => {
      if (error || !zip) reject(error ?? new Error('no zip'));
      else resolve(zip);
    });
  });
}

function openEntry(zip: ZipFile, entry: Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) reject(error ?? new Error('no stream'));
      else resolve(stream);
    });
  });
}
