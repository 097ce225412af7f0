/**
 * Reader of Naaya's whole-site `csv_export/export_json` file (reference B3):
 * `{"/path/in/site": {"meta_type": …, prop: value | {lang: value}}}` for every catalogued object.
 * Also home of the two JSON helpers the per-object dump reader shares: where a syntax error is,
 * and what looks like a language code.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { PtkObject, PtkReadProblem } from '../source.ts';

/** Larger than any site Zope could serialise in one response; beyond it the file is not an export. */
export const MAX_EXPORT_JSON_BYTES = 1024 * 1024 * 1024;

/**
 * Reads an `export_json` file into one `PtkObject` per key, parents before children.
 *
 * The file is parsed whole with `JSON.parse`: Zope built it as one in-memory `json.dumps` string,
 * so it is as large as a site's text (tens of megabytes), V8's parser is an order of magnitude
 * faster than a streaming one, and the objects must be sorted by depth anyway, which needs them all.
 * A file V8 cannot hold as one string (over ~512 MB of text) ends in a fatal problem.
 *
 * @example
 * for await (const item of readExportJson('/tmp/biodiv-export.json')) {
 *   if ('fatal' in item) console.warn(item.location, item.message);
 *   else console.log(item.path, item.metaType);
 * }
 */
export async function* readExportJson(file: string): AsyncGenerator<PtkObject | PtkReadProblem> {
  const name = path.basename(file);
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    yield { location: name, message: `cannot be read: ${errorMessage(error)}`, fatal: true };
    return;
  }
  if (size > MAX_EXPORT_JSON_BYTES) {
    yield { location: name, message: `is ${formatBytes(size)}, over the ${formatBytes(MAX_EXPORT_JSON_BYTES)} an export_json file may be`, fatal: true };
    return;
  }

  let data: unknown;
  {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      const tooLong = (error as NodeJS.ErrnoException).code === 'ERR_STRING_TOO_LONG';
      const message = tooLong ? `is too large to read as one JSON document (${formatBytes(size)})` : `cannot be read: ${errorMessage(error)}`;
      yield { location: name, message, fatal: true };
      return;
    }
    text = stripBom(text);
    try {
      data = JSON.parse(text);
    } catch (error) {
      const at = locateJsonSyntaxError(text, error);
      yield { location: `${name} line ${at.line}, column ${at.column}`, message: `is not valid JSON: ${errorMessage(error)}`, fatal: true };
      return;
    }
  }
  if (!isPlainObject(data)) {
    yield { location: name, message: `is not an export_json file: it holds ${describeJsonValue(data)}, not an object of paths`, fatal: true };
    return;
  }

  interface Entry { key: string; path: string; parentPath: string; depth: number; position: number; value: unknown }
  const entries: Entry[] = [];
  const seen = new Set<string>();
  const siblings = new Map<string, number>();
  for (const [key, value] of Object.entries(data)) {
    const segments = key.split('/').filter((segment) => segment !== '');
    const objectPath = segments.join('/');
    if (objectPath === '') {
      yield { location: `${name} ${JSON.stringify(key)}`, message: `key ${JSON.stringify(key)} names no object path; skipped`, fatal: false };
      continue;
    }
    if (seen.has(objectPath)) {
      yield { location: `${name} ${objectPath}`, message: `key ${JSON.stringify(key)} repeats the path ${objectPath} of an earlier key; skipped`, fatal: false };
      continue;
    }
    seen.add(objectPath);
    const parentPath = segments.slice(0, -1).join('/');
    const position = siblings.get(parentPath) ?? 0;
    siblings.set(parentPath, position + 1);
    entries.push({ key, path: objectPath, parentPath, depth: segments.length, position, value });
  }
  // Array.prototype.sort is stable, so objects of one depth keep the file's order.
  entries.sort((a, b) => a.depth - b.depth);

  for (const entry of entries) {
    const location = `${name} ${entry.path}`;
    const object: PtkObject = {
      format: 'export-json',
      path: entry.path,
      parentPath: entry.parentPath,
      position: entry.position,
      metaType: '',
      properties: {},
      localized: {},
      binaries: [],
      comments: [],
      location,
    };
    if (!isPlainObject(entry.value)) {
      yield { location, message: `key ${JSON.stringify(entry.key)} holds ${describeJsonValue(entry.value)}, not an object's properties`, fatal: false };
      object.properties = { value: entry.value };
      yield object;
      continue;
    }
    for (const [property, value] of Object.entries(entry.value)) {
      if (property === 'meta_type' && typeof value === 'string' && value !== '') {
        object.metaType = value;
      } else if (isLanguageMap(value)) {
        object.localized[property] = Object.fromEntries(Object.entries(value).map(([language, text]) => [language, text ?? '']));
      } else {
        object.properties[property] = value;
      }
    }
    if (object.metaType === '') {
      yield { location, message: `key ${JSON.stringify(entry.key)} has no meta_type`, fatal: false };
    }
    yield object;
  }
}

/**
 * Whether a string is shaped like the language codes Naaya used (`en`, `FR`, `fr-BE`, `pt_BR`):
 * a 2–3 letter base with an optional region, valid as a BCP 47 tag once `_` becomes `-`.
 */
export function looksLikeLanguageCode(code: string): boolean {
  if (!/^[A-Za-z]{2,3}(?:[-_](?:[A-Za-z]{2}|[0-9]{3}))?$/.test(code)) return false;
  try {
    Intl.getCanonicalLocales(code.replace('_', '-'));
    return true;
  } catch {
    return false;
  }
}

/**
 * A per-language value of `export_json`: an object whose keys all look like language codes and
 * whose values are strings or null. `{}` counts: it is what a localized property with no
 * translation serialises to.
 */
function isLanguageMap(value: unknown): value is Record<string, string | null> {
  return isPlainObject(value) && Object.entries(value).every(([key, text]) => looksLikeLanguageCode(key) && (typeof text === 'string' || text === null));
}

/**
 * Line and column (from 1) of a JSON syntax error. Node 20's messages give a position only for
 * some errors (`Unexpected token '}', "{"a":}" is not valid JSON` has none), so the text is
 * scanned for the first offending character, and the message's position is only a fallback.
 */
export function locateJsonSyntaxError(text: string, error: unknown): { offset: number; line: number; column: number } {
  let offset = firstJsonSyntaxErrorOffset(text);
  if (offset < 0) {
    const match = /at position (\d+)/.exec(errorMessage(error));
    offset = match ? Number(match[1]) : text.length;
  }
  let line = 1;
  let lineStart = 0;
  for (let newline = text.indexOf('\n'); newline !== -1 && newline < offset; newline = text.indexOf('\n', newline + 1)) {
    line += 1;
    lineStart = newline + 1;
  }
  return { offset, line, column: offset - lineStart + 1 };
}

/** What the scanner expects next. */
const Expect = { Value: 0, FirstArrayValue: 1, FirstKey: 2, Key: 3, AfterValue: 4 } as const;
const OBJECT = 1;
const ARRAY = 2;

/**
 * The offset of the first character that makes `text` invalid JSON (RFC 8259), `text.length`
 * when it ends too early, -1 when it is valid. Iterative, so deep nesting cannot overflow the stack.
 */
function firstJsonSyntaxErrorOffset(text: string): number {
  const end = text.length;
  const containers: number[] = [];
  let i = 0;
  let expect: number = Expect.Value;

  const skipWhitespace = (): void => {
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return;
      i += 1;
    }
  };
  const scanString = (): number => {
    i += 1;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i += 1;
        return -1;
      }
      if (c < 0x20) return i;
      if (c === 0x5c) {
        const escaped = text[i + 1];
        if (escaped === undefined) return end;
        if (escaped === 'u') {
          for (let k = 2; k < 6; k += 1) {
            if (i + k >= end) return end;
            if (!/[0-9A-Fa-f]/.test(text[i + k]!)) return i + k;
          }
          i += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(escaped)) return i + 1;
        i += 2;
        continue;
      }
      i += 1;
    }
    return end;
  };
  const scanDigits = (): number => {
    const start = i;
    while (i < end && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i += 1;
    return i - start;
  };
  const scanNumber = (): number => {
    if (text[i] === '-') i += 1;
    if (text[i] === '0') i += 1;
    else if (scanDigits() === 0) return i;
    if (text[i] === '.') {
      i += 1;
      if (scanDigits() === 0) return i;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i += 1;
      if (text[i] === '+' || text[i] === '-') i += 1;
      if (scanDigits() === 0) return i;
    }
    return -1;
  };

  for (;;) {
    skipWhitespace();
    if (expect === Expect.Value || expect === Expect.FirstArrayValue) {
      if (i >= end) return end;
      const c = text[i]!;
      if (expect === Expect.FirstArrayValue && c === ']') {
        i += 1;
        containers.pop();
        expect = Expect.AfterValue;
      } else if (c === '{') {
        i += 1;
        containers.push(OBJECT);
        expect = Expect.FirstKey;
      } else if (c === '[') {
        i += 1;
        containers.push(ARRAY);
        expect = Expect.FirstArrayValue;
      } else if (c === '"') {
        const bad = scanString();
        if (bad >= 0) return bad;
        expect = Expect.AfterValue;
      } else if (c === '-' || (c >= '0' && c <= '9')) {
        const bad = scanNumber();
        if (bad >= 0) return bad;
        expect = Expect.AfterValue;
      } else {
        const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
        if (!literal) return i;
        i += literal.length;
        expect = Expect.AfterValue;
      }
    } else if (expect === Expect.FirstKey || expect === Expect.Key) {
      if (i >= end) return end;
      if (expect === Expect.FirstKey && text[i] === '}') {
        i += 1;
        containers.pop();
        expect = Expect.AfterValue;
        continue;
      }
      if (text[i] !== '"') return i;
      const bad = scanString();
      if (bad >= 0) return bad;
      skipWhitespace();
      if (i >= end) return end;
      if (text[i] !== ':') return i;
      i += 1;
      expect = Expect.Value;
    } else {
      const container = containers.at(-1);
      if (container === undefined) return i < end ? i : -1;
      if (i >= end) return end;
      const c = text[i];
      if (c === ',') {
        i += 1;
        expect = container === OBJECT ? Expect.Key : Expect.Value;
      } else if ((c === '}' && container === OBJECT) || (c === ']' && container === ARRAY)) {
        i += 1;
        containers.pop();
      } else {
        return i;
      }
    }
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function describeJsonValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) return `${(bytes / (1024 * 1024 * 1024)).toFixed(1)} GB`;
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}
