/**
 * Tells which PTK export a path holds, so `ecotone import ptk <path>` and the admin upload need
 * no format option: a file is sniffed by its first bytes, a zip is extracted and its contents
 * detected, a directory by the files it holds.
 */
import type { Dirent } from 'node:fs';
import { mkdir, mkdtemp, open, opendir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { extractZip } from './archive.ts';
import { errorMessage } from './export-json.ts';
import { findGlossaryFiles } from './glossary.ts';

export type PtkSource = { kind: 'nyexp'; file: string } | { kind: 'export-json'; file: string } | { kind: 'json-dump'; dir: string } | { kind: 'glossary'; dir: string };

const ACCEPTED_FORMS = [
  'a Naaya XML export file (.nyexp)',
  'an export_json file (csv_export/export_json)',
  'a per-object JSON dump directory (content_export/<portal>/<section>/<path>/<id>.json)',
  'a glossary dump directory (glossary/translations.xml and glossary/metadata.json)',
].join('; ');

/** A path that holds no PTK export this importer reads, or nothing at all. */
export class UnknownSourceError extends Error {
  readonly code: 'ptk_source_missing' | 'ptk_source_unknown';
  constructor(
    message: string,
    readonly sourcePath: string,
    options?: { missing?: boolean; cause?: unknown },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'UnknownSourceError';
    this.code = options?.missing ? 'ptk_source_missing' : 'ptk_source_unknown';
  }
}

const SNIFF_BYTES = 4096;
/** Deep enough for `<zip wrapper>/content_export/<portal>/<section>/<section>/<id>/<id>.json`. */
const DUMP_SEARCH_DEPTH = 6;
/** Bounds the search for a dump's first object in a directory that is not one. */
const DUMP_SEARCH_DIRECTORIES = 5000;
const EXPORT_FILE = /\.(nyexp|xml)$/i;
const IGNORED_NAMES = new Set(['__MACOSX', '.DS_Store', 'Thumbs.db']);

/**
 * Detects the export at `sourcePath`. A zip is extracted into a new directory under `workDir`,
 * named after the zip so a glossary takes the zip's name as its id; the caller removes `workDir`.
 *
 * @example
 * const source = await detectSource('/tmp/upload/chm-terms-glossary.zip', '/tmp/import-42');
 * if (source.kind === 'glossary') await readGlossary(source.dir);
 */
export async function detectSource(sourcePath: string, workDir: string): Promise<PtkSource> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(sourcePath)).isDirectory();
  } catch (error) {
    throw new UnknownSourceError(`${sourcePath}: no such file or directory (${errorMessage(error)})`, sourcePath, { missing: true, cause: error });
  }
  return isDirectory ? detectDirectory(sourcePath) : detectFile(sourcePath, workDir);
}

async function detectFile(file: string, workDir: string): Promise<PtkSource> {
  const head = await readHead(file);
  if (isZip(head)) {
    await mkdir(workDir, { recursive: true });
    const container = await mkdtemp(path.join(workDir, 'zip-'));
    const destination = path.join(container, path.basename(file).replace(/\.zip$/i, '') || 'upload');
    try {
      await extractZip(file, destination);
    } catch (error) {
      await rm(container, { recursive: true, force: true });
      throw error;
    }
    return detectDirectory(destination, file);
  }

  const text = head.toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('<')) {
    const root = rootElementName(text);
    if (root === 'glossary') {
      throw new UnknownSourceError(
        `${file} is a glossary's translations.xml: give the folder (or zip) holding it with metadata.json, as the glossary dump has them (glossary/translations.xml, glossary/metadata.json)`,
        file,
      );
    }
    if (root === 'export' || text.startsWith('<?xml')) return { kind: 'nyexp', file };
  }
  if (text.startsWith('{')) {
    const firstKey = /^\{\s*"((?:[^"\\]|\\.)*)"/.exec(text)?.[1];
    if (firstKey === 'languages' && path.basename(file) === 'metadata.json') {
      throw new UnknownSourceError(`${file} is a glossary's metadata.json: give the folder (or zip) holding it with translations.xml`, file);
    }
    if (path.basename(file, '.json') === path.basename(path.dirname(file)) && firstKey !== undefined && !firstKey.startsWith('/')) {
      throw new UnknownSourceError(`${file} is one object of a per-object JSON dump: give the dump's directory (content_export or the portal's directory)`, file);
    }
    return { kind: 'export-json', file };
  }
  throw new UnknownSourceError(`${file} is not a PTK export: it starts with ${describeHead(text)}. Accepted: ${ACCEPTED_FORMS}; or a zip of any of these.`, file);
}

/** `origin`: the zip the directory was extracted from, for messages. */
async function detectDirectory(dir: string, origin = dir): Promise<PtkSource> {
  if (await findGlossaryFiles(dir)) return { kind: 'glossary', dir };

  const entries = (await readDirectory(dir)).filter((entry) => !IGNORED_NAMES.has(entry.name));
  const files = entries.filter((entry) => entry.isFile());
  const directories = entries.filter((entry) => entry.isDirectory());
  const hasDump = await holdsObjectJson(dir);
  if (!hasDump) {
    const exportFiles = files.filter((entry) => EXPORT_FILE.test(entry.name));
    if (exportFiles.length === 1) return { kind: 'nyexp', file: path.join(dir, exportFiles[0]!.name) };
    if (exportFiles.length > 1) {
      throw new UnknownSourceError(`${origin} holds several export files (${exportFiles.map((entry) => entry.name).join(', ')}): import them one at a time`, origin);
    }
    // A zip of an export_json file, or of one wrapped in a folder, holds that file alone.
    if (files.length === 1 && directories.length === 0 && /\.json$/i.test(files[0]!.name)) return detectFile(path.join(dir, files[0]!.name), dir);
    if (files.length === 0 && directories.length === 1) return detectDirectory(path.join(dir, directories[0]!.name), origin);
  }
  if (hasDump) return { kind: 'json-dump', dir };

  const found = [
    files.length ? `${files.length} file(s): ${sample(files)}` : 'no files',
    directories.length ? `${directories.length} folder(s): ${sample(directories)}` : 'no folders',
  ].join(' and ');
  throw new UnknownSourceError(`${origin} holds no PTK export (found ${found}). Accepted: ${ACCEPTED_FORMS}; or a zip of any of these.`, origin);
}

/** Whether some `<name>/<name>.json` lies within `DUMP_SEARCH_DEPTH` levels, searched breadth first. */
async function holdsObjectJson(dir: string): Promise<boolean> {
  let level = [dir];
  let visited = 0;
  for (let depth = 1; depth <= DUMP_SEARCH_DEPTH && level.length; depth += 1) {
    const next: string[] = [];
    for (const parent of level) {
      if ((visited += 1) > DUMP_SEARCH_DIRECTORIES) return false;
      let entries: Dirent[];
      try {
        entries = await readDirectory(parent);
      } catch {
        continue;
      }
      if (parent !== dir && entries.some((entry) => entry.isFile() && entry.name === `${path.basename(parent)}.json`)) return true;
      for (const entry of entries) {
        // Dirent types come from lstat: symbolic links are neither files nor directories here.
        if (entry.isDirectory() && !IGNORED_NAMES.has(entry.name)) next.push(path.join(parent, entry.name));
      }
    }
    level = next;
  }
  return false;
}

async function readHead(file: string): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** A local file header, or the end record of an empty zip. */
function isZip(head: Buffer): boolean {
  return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 0x03 && head[3] === 0x04) || (head[2] === 0x05 && head[3] === 0x06));
}

/** The first element's name after the XML declaration, comments and DOCTYPE, if within the sniffed bytes. */
function rootElementName(text: string): string | null {
  const rest = text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>/gi, '');
  return /^\s*<([A-Za-z_][\w.:-]*)/.exec(rest)?.[1] ?? null;
}

function describeHead(text: string): string {
  if (text === '') return 'nothing (it is empty or blank)';
  return JSON.stringify(text.slice(0, 40));
}

function sample(entries: Dirent[]): string {
  const names = entries.slice(0, 5).map((entry) => entry.name);
  return names.join(', ') + (entries.length > 5 ? ', …' : '');
}

async function readDirectory(directory: string): Promise<Dirent[]> {
  const entries: Dirent[] = [];
  for await (const entry of await opendir(directory)) entries.push(entry);
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
