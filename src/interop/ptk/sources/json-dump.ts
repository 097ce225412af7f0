/**
 * Reader of the per-object JSON dump: Naaya's 2016 `ExportContent` (reference B2), which wrote
 * `content_export/<portal>/<section>/<url>/<id>.json` for News and Events, and our generalisation
 * of it to every type (the project's JSON dump convention):
 * any directory `D` holding `D.json` is an object, the other files beside it are its binaries,
 * `comment_<id>.json` its comments, and a language-named subdirectory its files in that language.
 */
import type { Dirent } from 'node:fs';
import { lstat, opendir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PtkBinary, PtkComment, PtkObject, PtkReadProblem } from '../source.ts';
import { describeJsonValue, errorMessage, formatBytes, isPlainObject, locateJsonSyntaxError, looksLikeLanguageCode, stripBom } from './export-json.ts';

/** An object's `__dict__` is small; anything bigger is not one, and reading it whole would be unsafe. */
export const MAX_OBJECT_JSON_BYTES = 50 * 1024 * 1024;

/** Keys of `__dict__` that are bookkeeping of the dump or of Zope, not content. */
const DROPPED_KEYS = new Set(['_local_properties', '_local_properties_metadata', 'folder', 'url', '__ac_local_roles__', '_NyComments__comments_collection', 'meta_type']);
/** Event fields older Naaya stored per language and newer Naaya as one string (B2). */
const MIXED_SHAPE_KEYS = new Set(['location', 'location_address', 'host']);
const PICTURE_ROLES = new Set(['bigpicture', 'smallpicture', 'frontpicture']);
/** The dump replaced news pictures by the URL that served them; the bytes are the .jpg beside the JSON. */
const PICTURE_URL = /\/get[A-Za-z]*Picture$/;
/** Left by archivers, never part of a dump. */
const IGNORED_NAMES = new Set(['__MACOSX', '.DS_Store', 'Thumbs.db']);

const SECTION_TYPES: Record<string, string> = { news: 'Naaya News', events: 'Naaya Event' };

interface Walk {
  root: string;
  /** Children seen so far per parent path, for `position`. */
  siblings: Map<string, number>;
}

interface Listing {
  directories: string[];
  files: Map<string, number>;
}

type Item = PtkObject | PtkReadProblem;

/**
 * Reads a per-object JSON dump, objects before their children, children in name order.
 * `root` is `content_export/`, a directory holding it, or one portal's directory.
 *
 * @example
 * for await (const item of readJsonDump('/srv/dumps/content_export')) {
 *   if ('fatal' in item) console.warn(item.location, item.message);
 *   else console.log(item.path, item.metaType, item.binaries.length);
 * }
 */
export async function* readJsonDump(root: string): AsyncGenerator<Item> {
  const walk: Walk = { root, siblings: new Map() };
  let portals: string[];
  try {
    portals = await findPortals(root);
  } catch (error) {
    yield { location: root, message: `cannot be read as a JSON dump: ${errorMessage(error)}`, fatal: true };
    return;
  }
  if (portals.length !== 1) {
    const exportDirectory = (await findContentExport(root, 3).catch(() => null)) ?? root;
    const names = portals.map((portal) => path.basename(portal)).join(', ');
    const message = portals.length === 0 ? 'holds no portal directory' : `holds the dumps of several portals (${names}): give the directory of the one to import`;
    yield { location: relative(walk, exportDirectory), message, fatal: true };
    return;
  }
  const portal = portals[0]!;
  const listing = yield* list(walk, portal);
  if (!listing) return;
  for (const name of listing.files.keys()) {
    if (name !== 'migrate-config.json') yield notPartOfAnObject(walk, path.join(portal, name));
  }
  for (const section of listing.directories) {
    yield* walkDirectory(walk, path.join(portal, section), section, []);
  }
}

/**
 * The portal directories of a dump. A dump given as a portal's directory cannot be told from one
 * given as a directory wrapping a portal (both hold directories of directories), so wrappers are
 * only looked through when a `content_export` directory is found below them.
 */
async function findPortals(root: string): Promise<string[]> {
  const exportDirectory = await findContentExport(root, 3);
  if (exportDirectory === null) return [root];
  const entries = await readDirectory(exportDirectory);
  return entries.filter((entry) => entry.isDirectory() && !IGNORED_NAMES.has(entry.name)).map((entry) => path.join(exportDirectory, entry.name));
}

async function findContentExport(directory: string, wrappersLeft: number): Promise<string | null> {
  if (path.basename(directory) === 'content_export') return directory;
  const entries = (await readDirectory(directory)).filter((entry) => !IGNORED_NAMES.has(entry.name));
  const inner = entries.find((entry) => entry.isDirectory() && entry.name === 'content_export');
  if (inner) return path.join(directory, inner.name);
  const only = entries[0];
  if (entries.length === 1 && only!.isDirectory() && wrappersLeft > 0) return findContentExport(path.join(directory, only!.name), wrappersLeft - 1);
  return null;
}

/** `segments`: the directory's path below its section directory (empty for the section itself). */
async function* walkDirectory(walk: Walk, directory: string, section: string, segments: string[]): AsyncGenerator<Item> {
  const listing = yield* list(walk, directory);
  if (!listing) return;
  const ownJson = `${path.basename(directory)}.json`;
  // A section directory is never an object: an object's directory is its url below the section.
  const isObject = segments.length > 0 && listing.files.has(ownJson);

  const languageDirectories: string[] = [];
  const subdirectories: string[] = [];
  for (const name of listing.directories) {
    const holdsObject = await isRegularFile(path.join(directory, name, `${name}.json`));
    if (isObject && !holdsObject && looksLikeLanguageCode(name)) languageDirectories.push(name);
    else subdirectories.push(name);
  }

  if (isObject) {
    // Directories inside a language directory are not files of that language; if they hold objects, they are walked like any other.
    const nested = yield* readObject(walk, directory, section, segments, listing, languageDirectories);
    for (const name of nested) subdirectories.push(name);
    subdirectories.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  } else {
    for (const name of listing.files.keys()) yield notPartOfAnObject(walk, path.join(directory, name));
  }
  for (const name of subdirectories) {
    yield* walkDirectory(walk, path.join(directory, name), section, [...segments, ...name.split('/')]);
  }
}

/** Returns the directories found inside language directories (`fr/annexes`), for the caller to walk after the object. */
async function* readObject(walk: Walk, directory: string, section: string, segments: string[], listing: Listing, languageDirectories: string[]): AsyncGenerator<Item, string[]> {
  const ownJson = `${path.basename(directory)}.json`;
  const jsonFile = path.join(directory, ownJson);
  const location = relative(walk, jsonFile);
  const nested: string[] = [];
  for (const language of languageDirectories) {
    // Listed here only for their subdirectories; their files are read below if the object is.
    const entries = await readDirectory(path.join(directory, language)).catch(() => []);
    for (const entry of entries) if (entry.isDirectory() && !IGNORED_NAMES.has(entry.name)) nested.push(`${language}/${entry.name}`);
  }
  const data = yield* readJsonFile(walk, jsonFile, listing.files.get(ownJson) ?? 0);
  if (data === undefined) return nested;
  if (!isPlainObject(data)) {
    yield { location, message: `holds ${describeJsonValue(data)}, not an object's properties; skipped`, fatal: false };
    return nested;
  }

  const objectPath = pathFromUrl(data.url) ?? segments.join('/');
  const parentPath = objectPath.split('/').slice(0, -1).join('/');
  const position = walk.siblings.get(parentPath) ?? 0;
  walk.siblings.set(parentPath, position + 1);

  const localized: Record<string, Record<string, string>> = {};
  const properties: Record<string, unknown> = {};
  const localProperties = data._local_properties;
  if (isPlainObject(localProperties)) {
    for (const [property, values] of Object.entries(localProperties)) {
      if (isPlainObject(values)) localized[property] = perLanguage(values);
      else properties[property] = values;
    }
  } else if (localProperties !== undefined && localProperties !== null) {
    yield { location, message: `_local_properties holds ${describeJsonValue(localProperties)}, not a map of properties; kept as a plain property`, fatal: false };
    properties._local_properties = localProperties;
  }
  for (const [key, value] of Object.entries(data)) {
    if (DROPPED_KEYS.has(key)) continue;
    if (PICTURE_ROLES.has(key) && typeof value === 'string' && PICTURE_URL.test(value)) continue;
    if ((MIXED_SHAPE_KEYS.has(key) && isLanguageKeyed(value)) || isStampedLanguageMap(value)) {
      localized[key] = perLanguage(value);
    } else {
      properties[key] = value;
    }
  }

  const binaries: PtkBinary[] = [];
  const commentFiles: string[] = [];
  for (const [name, size] of listing.files) {
    if (name === ownJson) continue;
    if (/^comment_.+\.json$/.test(name)) {
      commentFiles.push(name);
      continue;
    }
    const stem = path.parse(name).name;
    binaries.push({ role: PICTURE_ROLES.has(stem) ? stem : 'file', fileName: name, path: path.join(directory, name), size });
  }
  for (const language of languageDirectories) {
    const languageListing = yield* list(walk, path.join(directory, language));
    if (!languageListing) continue;
    for (const [name, size] of languageListing.files) {
      binaries.push({ role: 'file', language, fileName: name, path: path.join(directory, language, name), size });
    }
  }

  const comments: PtkComment[] = [];
  for (const name of commentFiles) {
    const comment = yield* readComment(walk, path.join(directory, name), listing.files.get(name) ?? 0);
    if (comment) comments.push(comment);
  }

  yield {
    format: 'json-dump',
    path: objectPath,
    parentPath,
    position,
    metaType: metaTypeOf(data, section),
    properties,
    localized,
    binaries,
    comments,
    location,
  };
  return nested;
}

async function* readComment(walk: Walk, file: string, size: number): AsyncGenerator<PtkReadProblem, PtkComment | null> {
  const data = yield* readJsonFile(walk, file, size);
  if (data === undefined) return null;
  if (!isPlainObject(data)) {
    yield { location: relative(walk, file), message: `holds ${describeJsonValue(data)}, not a comment; skipped`, fatal: false };
    return null;
  }
  const idFromName = path.basename(file, '.json').slice('comment_'.length);
  return {
    id: text(data.id) || idFromName,
    title: text(data.title),
    body: text(data.body),
    author: text(data.author),
    // Newer comments carry `releasedate`, older ones `date` (B2).
    date: text(data.releasedate) || text(data.date),
    spam: isTruthy(data.spamstatus),
  };
}

/** The parsed JSON, or `undefined` after yielding why it could not be had. */
async function* readJsonFile(walk: Walk, file: string, size: number): AsyncGenerator<PtkReadProblem, unknown> {
  const location = relative(walk, file);
  if (size > MAX_OBJECT_JSON_BYTES) {
    yield { location, message: `is ${formatBytes(size)}, over the ${formatBytes(MAX_OBJECT_JSON_BYTES)} an object's JSON may be; skipped`, fatal: false };
    return undefined;
  }
  let content: string;
  try {
    content = stripBom(await readFile(file, 'utf8'));
  } catch (error) {
    yield { location, message: `cannot be read: ${errorMessage(error)}; skipped`, fatal: false };
    return undefined;
  }
  try {
    return JSON.parse(content) as unknown;
  } catch (error) {
    const at = locateJsonSyntaxError(content, error);
    yield { location: `${location} line ${at.line}, column ${at.column}`, message: `is not valid JSON (${errorMessage(error)}); skipped`, fatal: false };
    return undefined;
  }
}

/**
 * The directory's entries in name order, regular files with their sizes. Symbolic links are
 * refused rather than followed: a dump is data, and a link could lead outside it or in a loop.
 */
async function* list(walk: Walk, directory: string): AsyncGenerator<PtkReadProblem, Listing | null> {
  let entries: Dirent[];
  try {
    entries = await readDirectory(directory);
  } catch (error) {
    yield { location: relative(walk, directory), message: `cannot be read: ${errorMessage(error)}; skipped`, fatal: false };
    return null;
  }
  const listing: Listing = { directories: [], files: new Map() };
  for (const entry of entries) {
    const full = path.join(directory, entry.name);
    if (IGNORED_NAMES.has(entry.name)) continue;
    if (entry.isSymbolicLink()) {
      yield { location: relative(walk, full), message: 'is a symbolic link; refused (links in a dump are not followed)', fatal: false };
    } else if (entry.isDirectory()) {
      listing.directories.push(entry.name);
    } else if (entry.isFile()) {
      try {
        listing.files.set(entry.name, (await lstat(full)).size);
      } catch (error) {
        yield { location: relative(walk, full), message: `cannot be read: ${errorMessage(error)}; skipped`, fatal: false };
      }
    } else {
      yield { location: relative(walk, full), message: 'is neither a file nor a directory; skipped', fatal: false };
    }
  }
  return listing;
}

async function readDirectory(directory: string): Promise<Dirent[]> {
  const entries: Dirent[] = [];
  for await (const entry of await opendir(directory)) entries.push(entry);
  // Code-unit order, not the locale's: the same dump must give the same order everywhere.
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

async function isRegularFile(file: string): Promise<boolean> {
  try {
    return (await lstat(file)).isFile();
  } catch {
    return false;
  }
}

function notPartOfAnObject(walk: Walk, file: string): PtkReadProblem {
  return { location: relative(walk, file), message: 'is not beside any object JSON; skipped', fatal: false };
}

/** The `url` key as a path in the site, or null when absent. Tolerates a full URL by keeping its path. */
function pathFromUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  let sitePath = url;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    try {
      sitePath = new URL(url).pathname;
    } catch {
      return null;
    }
  }
  const segments = sitePath.split('/').filter((segment) => segment !== '');
  return segments.length ? segments.join('/') : null;
}

/**
 * The meta_type the JSON names, else the one its section implies, else the one its fields
 * imply; `''` when nothing tells (the importer quarantines it).
 */
function metaTypeOf(data: Record<string, unknown>, section: string): string {
  if (typeof data.meta_type === 'string' && data.meta_type !== '') return data.meta_type;
  const bySection = SECTION_TYPES[section];
  if (bySection) return bySection;
  const local = isPlainObject(data._local_properties) ? data._local_properties : {};
  const has = (key: string): boolean => key in data || key in local;
  if (has('start_date')) return 'Naaya Event';
  if (has('expirationdate') || has('details')) return 'Naaya News';
  if (has('locator')) return 'Naaya URL';
  // Beyond the convention's list: a GeoPoint also has a (often empty) `pointer`, and a Story a `body`.
  if (has('latitude') && has('longitude')) return 'Naaya GeoPoint';
  if (has('pointer')) return 'Naaya Pointer';
  if (has('firstname') || has('lastname')) return 'Naaya Contact';
  if (has('frontpicture')) return 'Naaya Story';
  if (has('body')) return 'Naaya Document';
  return '';
}

/** `{lang: [value, timestamp]}` or `{lang: value}` → `{lang: value}`. */
function perLanguage(values: Record<string, unknown>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [language, stamped] of Object.entries(values)) {
    result[language] = text(Array.isArray(stamped) ? stamped[0] : stamped);
  }
  return result;
}

function isLanguageKeyed(value: unknown): value is Record<string, unknown> {
  return isPlainObject(value) && Object.keys(value).length > 0 && Object.keys(value).every(looksLikeLanguageCode);
}

/** `{lang: [value, timestamp]}`: only LocalPropertyManager writes this shape, so it is localized wherever it is found. */
function isStampedLanguageMap(value: unknown): value is Record<string, unknown> {
  return (
    isLanguageKeyed(value) &&
    Object.values(value).every((pair) => Array.isArray(pair) && pair.length === 2 && (typeof pair[0] === 'string' || pair[0] === null) && typeof pair[1] === 'number')
  );
}

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function isTruthy(value: unknown): boolean {
  if (typeof value === 'string') return !['', '0', 'false', 'none', 'no'].includes(value.trim().toLowerCase());
  return Boolean(value);
}

function relative(walk: Walk, file: string): string {
  return path.relative(walk.root, file).split(path.sep).join('/') || '.';
}
