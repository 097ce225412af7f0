/**
 * Streaming reader of Naaya's XML export, "nyexp" (reference section B1). A file of any size
 * becomes `PtkObject`s in document order, each folder before its children, with the bytes of
 * pictures and files decoded into spill files instead of being held in memory.
 *
 * Three layers, fed one chunk at a time:
 *  1. `TextDecoding` turns bytes into text (BOM, XML declaration, invalid bytes located by line);
 *  2. `BinaryDiverter` follows the markup and diverts long base64 attribute values to spill
 *     files, leaving sax a short placeholder: sax holds every attribute value whole in memory
 *     and gives up on one longer than `sax.MAX_BUFFER_LENGTH`;
 *  3. sax (strict, no entity expansion) reports elements to `NyexpParse`, which builds objects.
 *
 * @example
 * for await (const item of readNyexp(createReadStream(file), { sourceName: 'site.nyexp', spillDir })) {
 *   if ('fatal' in item) report(item); else importObject(item);
 * }
 */
import { randomBytes } from 'node:crypto';
import { open, unlink, writeFile, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import sax from 'sax';
import type { PtkBinary, PtkComment, PtkObject, PtkReadProblem } from '../source.ts';

export interface NyexpReadOptions {
  /** Name used in locations and messages, e.g. the file's base name. */
  sourceName: string;
  /** An existing directory the reader writes decoded binaries into (one file per binary). */
  spillDir: string;
}

/**
 * Reads a nyexp export. Yields objects as their elements complete (a folder as soon as its first
 * child object starts), non-fatal problems where they are met, and at most one fatal problem,
 * after which it ends. Spill files of binaries that were not yielded are removed.
 */
export async function* readNyexp(
  input: NodeJS.ReadableStream | Readable,
  options: NyexpReadOptions,
): AsyncGenerator<PtkObject | PtkReadProblem> {
  const spills = new SpillFiles(options.spillDir);
  const parse = new NyexpParse(options.sourceName, spills);
  try {
    for await (const chunk of input as AsyncIterable<Buffer | string>) {
      await parse.push(chunk);
      yield* parse.drain();
      if (parse.stopped) return;
    }
    await parse.finish();
    yield* parse.drain();
  } finally {
    await spills.dispose();
  }
}

/* ------------------------------------------------------------------------------------------ */
/* Spill files                                                                                 */
/* ------------------------------------------------------------------------------------------ */

interface SpillFile {
  id: number;
  path: string;
  size: number;
  /** The line where the attribute value started, for messages. */
  line: number;
  /** Why the bytes are unusable (invalid base64), or null. */
  invalid: string | null;
  /** Handed to the caller in a yielded object: from then on the file is theirs. */
  delivered: boolean;
}

type SpillOp =
  | { kind: 'open' | 'close'; spill: SpillFile }
  | { kind: 'write'; spill: SpillFile; bytes: Buffer };

const PLACEHOLDER_MARK = '\u0001';
const PLACEHOLDER = /^\u0001spill:(\d+)\s*$/;

class SpillFiles {
  private readonly prefix = `nyexp-${randomBytes(6).toString('hex')}`;
  private readonly files = new Map<number, SpillFile>();
  private readonly handles = new Map<number, FileHandle>();
  private next = 0;

  constructor(private readonly dir: string) {}

  create(line: number): SpillFile {
    const id = this.next++;
    const spill = { id, path: join(this.dir, `${this.prefix}-${id}.bin`), size: 0, line, invalid: null, delivered: false };
    this.files.set(id, spill);
    return spill;
  }

  fromPlaceholder(value: string): SpillFile | undefined {
    const match = PLACEHOLDER.exec(value);
    return match ? this.files.get(Number(match[1])) : undefined;
  }

  /** Carries out what the diverter asked for while scanning a chunk, in order. */
  async run(ops: SpillOp[]): Promise<void> {
    for (const op of ops) {
      if (op.kind === 'open') {
        this.handles.set(op.spill.id, await open(op.spill.path, 'wx'));
      } else {
        const handle = this.handles.get(op.spill.id);
        if (!handle) continue;
        if (op.kind === 'write') {
          for (let done = 0; done < op.bytes.length;) done += (await handle.write(op.bytes, done)).bytesWritten;
        } else {
          this.handles.delete(op.spill.id);
          await handle.close();
        }
      }
    }
    ops.length = 0;
  }

  async writeWhole(bytes: Buffer, line: number): Promise<SpillFile> {
    const spill = this.create(line);
    await writeFile(spill.path, bytes, { flag: 'wx' });
    spill.size = bytes.length;
    return spill;
  }

  /** Closes what is open and removes every spill file no yielded object refers to. */
  async dispose(): Promise<void> {
    for (const handle of this.handles.values()) await handle.close().catch(() => undefined);
    this.handles.clear();
    for (const spill of this.files.values()) {
      if (!spill.delivered) await unlink(spill.path).catch(() => undefined);
    }
    this.files.clear();
  }
}

/* ------------------------------------------------------------------------------------------ */
/* Base64                                                                                      */
/* ------------------------------------------------------------------------------------------ */

const XML_SPACE = /[ \t\r\n]+/g;
const NOT_BASE64 = /[^A-Za-z0-9+/=]/;
const NOT_PADDING = /[^=]/;

/**
 * Decodes base64 given in pieces of any length: Python's `encodestring` puts a newline every 76
 * characters (sometimes written as `&#10;`), and the final padding is sometimes missing.
 */
class Base64Decoder {
  error: string | null = null;
  private carry = '';
  /** An `&#…;` reference cut by the end of a piece. */
  private reference = '';
  private padded = false;

  /** The bytes of the whole groups of 4 characters received so far, in order. */
  write(text: string): Buffer[] {
    if (this.error) return [];
    let clean = this.reference + text;
    this.reference = '';
    if (clean.includes('&')) clean = this.resolveReferences(clean);
    if (this.error) return [];
    clean = clean.replace(XML_SPACE, '');
    const bad = NOT_BASE64.exec(clean);
    if (bad) return this.fail(`unexpected character ${JSON.stringify(bad[0])}`);
    if (this.padded) return NOT_PADDING.test(clean) ? this.fail('data after the "=" padding') : [];
    const pad = clean.indexOf('=');
    if (pad >= 0) {
      if (NOT_PADDING.test(clean.slice(pad))) return this.fail('data after the "=" padding');
      this.padded = true;
      clean = clean.slice(0, pad);
    }
    const out: Buffer[] = [];
    let from = 0;
    if (this.carry) {
      // Completes the group the last piece left open, so the rest decodes in place, uncopied.
      from = Math.min(4 - this.carry.length, clean.length);
      this.carry += clean.slice(0, from);
      if (this.carry.length < 4) return out;
      out.push(Buffer.from(this.carry, 'base64'));
    }
    const whole = clean.length - ((clean.length - from) % 4);
    this.carry = clean.slice(whole);
    if (whole > from) out.push(Buffer.from(clean.slice(from, whole), 'base64'));
    return out;
  }

  end(): Buffer[] {
    if (this.error) return [];
    if (this.reference) return this.fail('an unfinished character reference');
    if (this.carry.length === 1) return this.fail('it ends with an incomplete group of characters');
    const last = this.carry ? [Buffer.from(this.carry, 'base64')] : [];
    this.carry = '';
    return last;
  }

  private fail(message: string): [] {
    this.error = message;
    return [];
  }

  private resolveReferences(text: string): string {
    let out = '';
    let from = 0;
    for (;;) {
      const amp = text.indexOf('&', from);
      if (amp < 0) return out + text.slice(from);
      out += text.slice(from, amp);
      const semi = text.indexOf(';', amp);
      if (semi < 0 && text.length - amp <= 10) {
        this.reference = text.slice(amp);
        return out;
      }
      const name = semi < 0 || semi - amp > 10 ? '' : text.slice(amp + 1, semi);
      const code = /^#x[0-9a-f]+$/i.test(name) ? parseInt(name.slice(2), 16)
        : /^#[0-9]+$/.test(name) ? parseInt(name.slice(1), 10) : NaN;
      const char = Number.isNaN(code) ? '' : String.fromCharCode(code);
      const space = char !== '' && XML_SPACE.test(char);
      XML_SPACE.lastIndex = 0;
      if (!space && (char === '' || NOT_BASE64.test(char))) {
        this.error = name ? `the reference &${name}; is not base64` : 'an "&" that starts no character reference';
        return out;
      }
      if (!space) out += char;
      from = semi + 1;
    }
  }
}

/** Decodes a short value sax already holds; null when it holds no bytes. */
function decodeBase64(value: string): { bytes: Buffer | null; error: string | null } {
  const decoder = new Base64Decoder();
  const bytes = Buffer.concat([...decoder.write(value), ...decoder.end()]);
  return { bytes: bytes.length > 0 ? bytes : null, error: decoder.error };
}

/* ------------------------------------------------------------------------------------------ */
/* Text decoding                                                                               */
/* ------------------------------------------------------------------------------------------ */

class EncodingProblem extends Error {
  /** `validText`: the text decoded before the problem, so what it holds is still read. */
  constructor(message: string, readonly validText = '') {
    super(message);
  }
}

/** Bytes looked at to find a byte order mark or the XML declaration's encoding. */
const SNIFF_BYTES = 1024;

class TextDecoding {
  private head: Buffer | null = Buffer.alloc(0);
  private utf8: TextDecoder | null = null;
  private utf8Tail: Buffer | null = null;
  private other: TextDecoder | null = null;
  /** A `\r` at the end of the last text, which may be half of a `\r\n`. */
  private pendingCR = false;
  private started = false;

  push(chunk: Buffer | string): string {
    if (typeof chunk === 'string') return this.normalize(chunk, false);
    if (this.head) {
      this.head = Buffer.concat([this.head, chunk]);
      if (!this.headIsEnough(this.head)) return '';
      return this.decodeFirst();
    }
    return this.normalize(this.decode(chunk, false), false);
  }

  end(): string {
    const text = this.head ? this.decodeFirst() : '';
    return text + this.normalize(this.decode(Buffer.alloc(0), true), true);
  }

  private headIsEnough(head: Buffer): boolean {
    if (head.length >= SNIFF_BYTES) return true;
    if (head.length < 4) return false;
    return !head.subarray(0, 5).equals(Buffer.from('<?xml')) || head.includes('?>');
  }

  private decodeFirst(): string {
    const bytes = this.head ?? Buffer.alloc(0);
    this.head = null;
    const skip = this.choose(bytes);
    return this.normalize(this.decode(bytes.subarray(skip), false), false);
  }

  /** Picks the decoder; returns the length of the byte order mark to skip. */
  private choose(bytes: Buffer): number {
    const [b0, b1, b2, b3] = bytes;
    // A byte order mark wins over the declaration: editors re-save files without updating it.
    if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return this.useUtf8(3);
    if (b0 === 0xff && b1 === 0xfe) return this.useOther('utf-16le', 2);
    if (b0 === 0xfe && b1 === 0xff) return this.useOther('utf-16be', 2);
    if (b0 === 0x3c && b1 === 0 && b2 === 0x3f && b3 === 0) return this.useOther('utf-16le', 0);
    if (b0 === 0 && b1 === 0x3c && b2 === 0 && b3 === 0x3f) return this.useOther('utf-16be', 0);
    const head = bytes.toString('latin1', 0, Math.min(bytes.length, SNIFF_BYTES));
    const declared = /^<\?xml\s[^>]*?\bencoding\s*=\s*["']([^"']*)["']/.exec(head)?.[1];
    if (declared === undefined) return this.useUtf8(0);
    let decoder: TextDecoder;
    try {
      // The WHATWG labels map iso-8859-1 and latin1 to windows-1252, a superset in practice:
      // files declared Latin-1 by old Windows tools carry its curly quotes in 0x80–0x9f.
      decoder = new TextDecoder(declared, { fatal: true, ignoreBOM: true });
    } catch {
      throw new EncodingProblem(`the XML declaration names the encoding "${declared}", which this reader does not know`);
    }
    if (decoder.encoding === 'utf-8') return this.useUtf8(0);
    if (decoder.encoding.startsWith('utf-16')) {
      throw new EncodingProblem(`the XML declaration names the encoding "${declared}", but the file is not UTF-16 (it has no byte order mark)`);
    }
    this.other = decoder;
    return 0;
  }

  private useUtf8(skip: number): number {
    this.utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    return skip;
  }

  private useOther(encoding: string, skip: number): number {
    this.other = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
    return skip;
  }

  private decode(chunk: Buffer, final: boolean): string {
    if (this.other) {
      try {
        return this.other.decode(chunk, { stream: !final });
      } catch {
        throw new EncodingProblem(`bytes that are not valid ${this.other.encoding}`);
      }
    }
    if (!this.utf8) return '';
    let bytes = chunk;
    if (this.utf8Tail) {
      bytes = Buffer.concat([this.utf8Tail, chunk]);
      this.utf8Tail = null;
    }
    // Decoding whole characters only, so an error's offset is known (streaming hides it).
    const end = final ? bytes.length : completeUtf8Length(bytes);
    if (end < bytes.length) this.utf8Tail = Buffer.from(bytes.subarray(end));
    const body = bytes.subarray(0, end);
    try {
      return this.utf8.decode(body);
    } catch {
      const at = firstInvalidUtf8(body);
      throw new EncodingProblem(
        final && at >= body.length - 3 ? 'the file ends in the middle of a UTF-8 character'
          : 'bytes that are not valid UTF-8 (is the encoding in the XML declaration missing or wrong?)',
        this.normalize(this.utf8.decode(body.subarray(0, at)), true),
      );
    }
  }

  /** XML reads `\r\n` and a lone `\r` as `\n`; sax does not, so it is done here. */
  private normalize(text: string, final: boolean): string {
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (this.pendingCR) {
      text = '\r' + text;
      this.pendingCR = false;
    }
    if (text.indexOf('\r') < 0) return text;
    if (!final && text.endsWith('\r')) {
      this.pendingCR = true;
      text = text.slice(0, -1);
    }
    return text.replace(/\r\n?/g, '\n');
  }
}

/** The length of `bytes` up to the last complete UTF-8 character. */
function completeUtf8Length(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue;
    const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return need > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const more = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : 0;
    if (more === 0 || i + more >= bytes.length) return i;
    // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    const second = bytes[i + 1]!;
    if (second < low || second > high) return i;
    for (let k = 2; k <= more; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += more + 1;
  }
  return bytes.length;
}

function countNewlines(text: string, from = 0, to = text.length): number {
  let count = 0;
  for (let at = text.indexOf('\n', from); at >= 0 && at < to; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/* ------------------------------------------------------------------------------------------ */
/* Diverting long base64 values                                                               */
/* ------------------------------------------------------------------------------------------ */

/** The attributes holding base64 bytes, per element. */
const BINARY_ATTRIBUTES = new Map<string, ReadonlySet<string>>([
  ['ob', new Set(['file', 'smallpicture', 'bigpicture', 'frontpicture'])],
  ['img', new Set(['content'])],
  ['file', new Set(['content'])],
  ['item', new Set(['file'])],
]);

/** A binary value longer than this goes to a spill file instead of through sax. */
const DIVERT_AFTER = 4096;

const S_TEXT = 0, S_MARKUP = 1, S_BANG = 2, S_COMMENT = 3, S_CDATA = 4, S_PI = 5, S_DECL = 6,
  S_DECL_MARKUP = 7, S_CLOSE_TAG = 8, S_TAG_NAME = 9, S_IN_TAG = 10, S_ATTR_NAME = 11,
  S_AFTER_EQ = 12, S_VALUE = 13, S_BINARY_VALUE = 14, S_PLAIN_TAG = 15, S_PLAIN_VALUE = 16;

const TERMINATORS: Record<number, string> = { [S_COMMENT]: '-->', [S_CDATA]: ']]>', [S_PI]: '?>' };

function endsName(code: number): boolean {
  // whitespace / > = " ' <
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 47 || code === 62
    || code === 61 || code === 34 || code === 39 || code === 60;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/**
 * Follows just enough of the XML (tags, attribute values, comments, CDATA, processing
 * instructions, the DOCTYPE) to know when it is inside a binary attribute's value. Such a value
 * is held back; past `DIVERT_AFTER` characters it is decoded into a spill file as it arrives and
 * sax gets `\u0001spill:<id>` plus the value's newlines instead, so its line numbers stay right.
 */
class BinaryDiverter {
  /** Newlines in the text scanned before the current chunk. */
  private linesBefore = 0;
  private state = S_TEXT;
  private returnState = S_TEXT;
  private pending = '';
  private tagName = '';
  private attrName = '';
  private quote = '';
  private binaryNames: ReadonlySet<string> | undefined;
  private termMatched = 0;
  private declDepth = 0;
  private declQuote = '';
  private held = '';
  private valueLine = 0;
  /** How far into the current chunk newlines have been counted, and how many. */
  private countedTo = 0;
  private countedLines = 0;
  private diverted: { spill: SpillFile; decoder: Base64Decoder; newlines: number } | null = null;

  constructor(private readonly spills: SpillFiles) {}

  get lines(): number {
    return this.linesBefore;
  }

  scan(chunk: string, out: string[], ops: SpillOp[]): void {
    const n = chunk.length;
    let i = 0;
    let passFrom = 0;
    this.countedTo = 0;
    this.countedLines = 0;
    while (i < n) {
      switch (this.state) {
        case S_TEXT: {
          // Closing tags, CDATA sections and tag names, most of a file, are read here when the
          // chunk holds them whole; anything else goes through the states one step at a time.
          for (;;) {
            const lt = chunk.indexOf('<', i);
            if (lt < 0) {
              i = n;
              break;
            }
            const next = chunk.charCodeAt(lt + 1);
            const end = next === 47 /* / */ ? chunk.indexOf('>', lt + 2)
              : next === 33 /* ! */ && chunk.startsWith('[CDATA[', lt + 2) ? chunk.indexOf(']]>', lt + 9) : -2;
            if (end >= 0) {
              i = end + (next === 47 ? 1 : 3);
              continue;
            }
            i = lt + 1;
            this.state = S_MARKUP;
            if (end === -2 && next !== 63 /* ? */ && next !== 33) {
              let j = i;
              while (j < n && !endsName(chunk.charCodeAt(j))) j++;
              if (j < n) {
                this.tagName = chunk.slice(i, Math.min(j, i + 64));
                this.binaryNames = BINARY_ATTRIBUTES.get(this.tagName);
                this.state = this.binaryNames ? S_IN_TAG : S_PLAIN_TAG;
                i = j;
              }
            }
            break;
          }
          break;
        }
        case S_MARKUP: {
          const c = chunk.charCodeAt(i);
          if (c === 47 /* / */) {
            this.state = S_CLOSE_TAG;
            i++;
          } else if (c === 63 /* ? */) {
            this.enterTerminated(S_PI, S_TEXT);
            i++;
          } else if (c === 33 /* ! */) {
            // Most markup is CDATA: recognise it at once unless the chunk cuts its opening.
            if (chunk.startsWith('[CDATA[', i + 1)) {
              i += 8;
              this.enterTerminated(S_CDATA, S_TEXT);
            } else {
              this.state = S_BANG;
              this.pending = '';
              i++;
            }
          } else {
            this.state = S_TAG_NAME;
            this.tagName = '';
          }
          break;
        }
        case S_CLOSE_TAG: {
          const gt = chunk.indexOf('>', i);
          if (gt < 0) i = n;
          else {
            i = gt + 1;
            this.state = S_TEXT;
          }
          break;
        }
        case S_BANG: {
          const candidate = this.pending + chunk[i];
          if (candidate === '--') {
            i++;
            this.enterTerminated(S_COMMENT, S_TEXT);
          } else if (candidate === '[CDATA[') {
            i++;
            this.enterTerminated(S_CDATA, S_TEXT);
          } else if ('--'.startsWith(candidate) || '[CDATA['.startsWith(candidate)) {
            this.pending = candidate;
            i++;
          } else {
            this.state = S_DECL;
            this.declDepth = 0;
            this.declQuote = '';
          }
          break;
        }
        case S_COMMENT:
        case S_CDATA:
        case S_PI: {
          const end = this.findTerminator(chunk, i, TERMINATORS[this.state]!);
          if (end < 0) i = n;
          else {
            i = end;
            this.state = this.returnState;
          }
          break;
        }
        case S_DECL: {
          // A DOCTYPE's internal subset may hold quoted '>' and comments: follow them.
          for (; i < n; i++) {
            const c = chunk[i];
            if (this.declQuote) {
              if (c === this.declQuote) this.declQuote = '';
            } else if (c === '"' || c === "'") this.declQuote = c;
            else if (c === '[') this.declDepth++;
            else if (c === ']') this.declDepth--;
            else if (c === '<' && this.declDepth > 0) {
              i++;
              this.state = S_DECL_MARKUP;
              this.pending = '';
              break;
            } else if (c === '>' && this.declDepth <= 0) {
              i++;
              this.state = S_TEXT;
              break;
            }
          }
          break;
        }
        case S_DECL_MARKUP: {
          const candidate = this.pending + chunk[i];
          if (candidate === '!--') {
            i++;
            this.enterTerminated(S_COMMENT, S_DECL);
          } else if ('!--'.startsWith(candidate)) {
            this.pending = candidate;
            i++;
          } else this.state = S_DECL;
          break;
        }
        case S_TAG_NAME:
        case S_ATTR_NAME: {
          let j = i;
          while (j < n && !endsName(chunk.charCodeAt(j))) j++;
          // Names are only compared with short known ones: a runaway name need not be kept whole.
          const piece = chunk.slice(i, Math.min(j, i + 64));
          if (this.state === S_TAG_NAME) {
            if (this.tagName.length < 64) this.tagName += piece;
          } else if (this.attrName.length < 64) this.attrName += piece;
          i = j;
          if (j < n) {
            if (this.state === S_TAG_NAME) {
              this.binaryNames = BINARY_ATTRIBUTES.get(this.tagName);
              this.state = this.binaryNames ? S_IN_TAG : S_PLAIN_TAG;
            } else this.state = S_IN_TAG;
          }
          break;
        }
        case S_PLAIN_TAG: {
          // A tag without binary attributes: only its end matters, and quoted values may hold '>'.
          for (;;) {
            let c = 0;
            while (i < n && (c = chunk.charCodeAt(i)) !== 62 && c !== 34 && c !== 39) i++;
            if (i === n) break;
            i++;
            if (c === 62) {
              this.state = S_TEXT;
              break;
            }
            this.quote = c === 34 ? '"' : "'";
            const q = chunk.indexOf(this.quote, i);
            if (q < 0) {
              i = n;
              this.state = S_PLAIN_VALUE;
              break;
            }
            i = q + 1;
          }
          break;
        }
        case S_IN_TAG: {
          let c = chunk.charCodeAt(i);
          // The exporter's runs of spaces between attributes, stepped over at once.
          while (isSpace(c) && ++i < n) c = chunk.charCodeAt(i);
          if (i === n) break;
          if (c === 62 /* > */) {
            this.state = S_TEXT;
            i++;
          } else if (c === 61 /* = */) {
            this.state = S_AFTER_EQ;
            i++;
          } else if (isSpace(c) || c === 47 /* / */ || c === 34 || c === 39 || c === 60) {
            // A quote or '<' here is malformed (sax reports it); stepping over keeps the scan moving.
            i++;
          } else {
            this.state = S_ATTR_NAME;
            this.attrName = '';
          }
          break;
        }
        case S_AFTER_EQ: {
          const c = chunk[i]!;
          if (isSpace(c.charCodeAt(0))) i++;
          else if (c === '"' || c === "'") {
            i++;
            this.quote = c;
            if (this.binaryNames?.has(this.attrName)) {
              out.push(chunk.slice(passFrom, i));
              passFrom = i;
              this.state = S_BINARY_VALUE;
              this.held = '';
              this.valueLine = this.lineAt(chunk, i);
            } else this.state = S_VALUE;
          } else this.state = S_IN_TAG;
          break;
        }
        case S_VALUE:
        case S_PLAIN_VALUE: {
          const q = chunk.indexOf(this.quote, i);
          if (q < 0) i = n;
          else {
            i = q + 1;
            this.state = this.state === S_VALUE ? S_IN_TAG : S_PLAIN_TAG;
          }
          break;
        }
        case S_BINARY_VALUE: {
          const q = chunk.indexOf(this.quote, i);
          const stop = q < 0 ? n : q;
          this.takeBinary(chunk.slice(i, stop), ops);
          passFrom = stop;
          i = stop;
          if (q >= 0) {
            out.push(this.closeBinary(ops));
            this.state = S_IN_TAG;
            i = q + 1;
          }
          break;
        }
      }
    }
    if (passFrom < n) out.push(passFrom === 0 ? chunk : chunk.slice(passFrom));
    this.linesBefore += this.countedLines + countNewlines(chunk, this.countedTo);
  }

  private lineAt(chunk: string, index: number): number {
    this.countedLines += countNewlines(chunk, this.countedTo, index);
    this.countedTo = index;
    return this.linesBefore + this.countedLines + 1;
  }

  /** At the end of the input: gives back a value cut short, so sax can say where it stopped. */
  finish(out: string[], ops: SpillOp[]): void {
    if (this.state !== S_BINARY_VALUE) return;
    if (this.diverted) {
      ops.push({ kind: 'close', spill: this.diverted.spill });
      out.push('\n'.repeat(this.diverted.newlines));
      this.diverted = null;
    }
    out.push(this.held);
    this.held = '';
  }

  /** Where the scan is, in words, for a message about a file that ends too soon. */
  describe(): string | null {
    switch (this.state) {
      case S_TEXT: return null;
      case S_COMMENT: return this.returnState === S_DECL ? 'inside the DOCTYPE' : 'inside a comment';
      case S_CDATA: return 'inside a CDATA section';
      case S_PI: return 'inside a processing instruction';
      case S_BANG: case S_DECL: case S_DECL_MARKUP: return 'inside a <!…> declaration';
      case S_CLOSE_TAG: return 'inside a closing tag';
      case S_PLAIN_VALUE: return `inside an attribute value of <${this.tagName}>`;
      case S_VALUE: return `inside the value of the ${this.attrName} attribute of <${this.tagName}>`;
      case S_BINARY_VALUE: return `inside the value of the ${this.attrName} attribute of <${this.tagName}> begun at line ${this.valueLine}`;
      default: return `inside the <${this.tagName}> tag`;
    }
  }

  private enterTerminated(state: number, returnState: number): void {
    this.state = state;
    this.returnState = returnState;
    this.termMatched = 0;
  }

  /** The index just after `term` in `chunk` (which may have begun in the previous chunk), or -1. */
  private findTerminator(chunk: string, from: number, term: string): number {
    const started = term.slice(0, this.termMatched);
    if (started) {
      const probe = started + chunk.slice(from, from + term.length - 1);
      const at = probe.indexOf(term);
      if (at >= 0) {
        this.termMatched = 0;
        return from + at + term.length - started.length;
      }
    }
    const at = chunk.indexOf(term, from);
    if (at >= 0) {
      this.termMatched = 0;
      return at + term.length;
    }
    const tail = started + chunk.slice(Math.max(from, chunk.length - term.length + 1));
    this.termMatched = 0;
    for (let k = Math.min(term.length - 1, tail.length); k > 0; k--) {
      if (tail.endsWith(term.slice(0, k))) {
        this.termMatched = k;
        break;
      }
    }
    return -1;
  }

  private takeBinary(piece: string, ops: SpillOp[]): void {
    if (!this.diverted) {
      this.held += piece;
      if (this.held.length <= DIVERT_AFTER) return;
      const spill = this.spills.create(this.valueLine);
      ops.push({ kind: 'open', spill });
      this.diverted = { spill, decoder: new Base64Decoder(), newlines: 0 };
      piece = this.held;
      this.held = '';
    }
    const diverted = this.diverted;
    diverted.newlines += countNewlines(piece);
    if (diverted.spill.invalid) return;
    this.keep(diverted.decoder.write(piece), ops);
  }

  private closeBinary(ops: SpillOp[]): string {
    const diverted = this.diverted;
    if (!diverted) {
      const value = this.held;
      this.held = '';
      return value;
    }
    this.diverted = null;
    if (!diverted.spill.invalid) {
      const last = diverted.decoder.end();
      this.keep(last, ops, diverted);
    }
    ops.push({ kind: 'close', spill: diverted.spill });
    return `${PLACEHOLDER_MARK}spill:${diverted.spill.id}${'\n'.repeat(diverted.newlines)}`;
  }

  private keep(decoded: Buffer[], ops: SpillOp[], diverted = this.diverted): void {
    if (!diverted) return;
    if (diverted.decoder.error) diverted.spill.invalid = diverted.decoder.error;
    else {
      for (const bytes of decoded) {
        ops.push({ kind: 'write', spill: diverted.spill, bytes });
        diverted.spill.size += bytes.length;
      }
    }
  }
}

/* ------------------------------------------------------------------------------------------ */
/* Building objects from sax events                                                            */
/* ------------------------------------------------------------------------------------------ */

interface PendingBinary {
  role: string;
  language?: string;
  /** A file name the element itself gave (an image's id); others are settled at emission. */
  fileName?: string;
  declaredType?: string;
  spill?: SpillFile;
  bytes?: Buffer;
  line: number;
}

interface OpenOb {
  object: PtkObject;
  children: number;
  emitted: boolean;
  /** Text directly inside the element: an old folder's custom index template. */
  indexParts: string[];
  binaries: PendingBinary[];
  warnedLate: boolean;
}

/** What an element is to the reader; it decides what its text and children become. */
type Role =
  | 'root' | 'ob' | 'skipped' | 'ignored' | 'discussion'
  | 'localized' | 'property' | 'template' | 'comment' | 'markup';

/** Text gathered for one value; whitespace-only text around CDATA is the exporter's layout. */
interface Capture {
  parts: string[];
  /** Indexes in `parts` of whitespace-only text, null while there is none. */
  blanks: number[] | null;
  cdata: boolean;
}

interface Frame {
  role: Role;
  name: string;
  line: number;
  ob?: OpenOb;
  capture?: Capture;
  attributes?: Record<string, string>;
  selfClosing?: boolean;
}

type Ready = { kind: 'object'; ob: OpenOb } | { kind: 'problem'; problem: PtkReadProblem };

/** sax's internal buffer names, for its "Max buffer length exceeded" error. */
const BUFFER_NAMES: Record<string, string> = {
  attribValue: 'an attribute value', comment: 'a comment', doctype: 'a DOCTYPE', tagName: 'a tag name',
  attribName: 'an attribute name', procInstBody: 'a processing instruction', sgmlDecl: 'a <!…> declaration', entity: 'an entity name',
};

const LOCALIZED_EXCLUDED = new Set(['ob', 'img', 'file', 'template', 'item', 'discussion', 'comment']);

/** Assigns without letting a hostile name such as `__proto__` reach a prototype. */
function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else record[key] = value;
}

function getOwn<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

class NyexpParse {
  stopped = false;
  private readonly parser: sax.SAXParser;
  private readonly decoding = new TextDecoding();
  private readonly diverter: BinaryDiverter;
  private readonly ops: SpillOp[] = [];
  private readonly frames: Frame[] = [];
  private ready: Ready[] = [];
  private topLevel = 0;
  private sawRoot = false;
  private tagLine = 1;
  private declaresEntities = false;
  private ending = false;

  constructor(private readonly sourceName: string, private readonly spills: SpillFiles) {
    this.diverter = new BinaryDiverter(spills);
    const parser = sax.parser(true, { xmlns: false, position: true });
    parser.onopentagstart = (tag) => this.onOpenTagStart(tag.name);
    parser.onopentag = (tag) => this.onOpenTag(tag as sax.Tag);
    parser.onclosetag = () => this.onCloseTag();
    parser.ontext = (text) => this.onText(text, false);
    parser.oncdata = (text) => this.onText(text, true);
    parser.ondoctype = (doctype) => {
      if (/<!ENTITY/i.test(doctype)) this.declaresEntities = true;
    };
    parser.onerror = (error) => this.onSaxError(error);
    this.parser = parser;
  }

  async push(chunk: Buffer | string): Promise<void> {
    this.feed(this.decode(() => this.decoding.push(chunk)));
    // Before anything is yielded: a yielded object's spill files must be complete.
    await this.spills.run(this.ops);
  }

  async finish(): Promise<void> {
    this.feed(this.decode(() => this.decoding.end()));
    if (!this.stopped) {
      const out: string[] = [];
      this.diverter.finish(out, this.ops);
      for (const piece of out) this.write(piece);
    }
    await this.spills.run(this.ops);
    if (this.stopped) return;
    this.ending = true;
    this.parser.close();
    if (!this.stopped && !this.sawRoot) this.fail(1, null, 'the file holds no XML element (is it empty?)');
  }

  /** Yields what is complete, writing binaries decoded in memory to their spill files first. */
  async *drain(): AsyncGenerator<PtkObject | PtkReadProblem> {
    while (this.ready.length > 0) {
      const batch = this.ready;
      this.ready = [];
      for (const item of batch) {
        if (item.kind === 'problem') yield item.problem;
        // Most objects carry no bytes decoded in memory: they need no file written, and no await.
        else if (item.ob.binaries.some((binary) => binary.bytes)) yield await this.finishObject(item.ob);
        else yield this.settleBinaries(item.ob);
      }
    }
  }

  private feed(text: string): void {
    if (this.stopped || text === '') return;
    // The placeholder starts with U+0001, which XML forbids, so a file cannot forge one.
    const forged = text.indexOf(PLACEHOLDER_MARK);
    if (forged >= 0) {
      this.feed(text.slice(0, forged));
      if (this.stopped) return;
      const line = this.diverter.lines + 1;
      this.fail(line, null, 'the character U+0001, which XML does not allow');
      return;
    }
    const out: string[] = [];
    this.diverter.scan(text, out, this.ops);
    for (const piece of out) this.write(piece);
  }

  private write(text: string): void {
    if (!this.stopped && text !== '') this.parser.write(text);
  }

  /** The next text, or, at bytes it cannot decode, what came before them and then a fatal problem. */
  private decode(next: () => string): string {
    try {
      return next();
    } catch (error) {
      if (!(error instanceof EncodingProblem)) throw error;
      this.feed(error.validText);
      if (!this.stopped) this.fail(this.diverter.lines + 1, null, error.message);
      return '';
    }
  }

  private fail(line: number, column: number | null, message: string): void {
    // sax counts a column 0 before a line's first character; people count from 1.
    const where = column === null ? `line ${line}` : `line ${line}, column ${Math.max(column, 1)}`;
    this.ready.push({ kind: 'problem', problem: { location: `${this.sourceName} ${where}`, message, fatal: true } });
    this.stopped = true;
  }

  private problem(line: number, message: string, fatal = false): void {
    this.ready.push({ kind: 'problem', problem: { location: `${this.sourceName} line ${line}`, message, fatal } });
  }

  private top(): Frame | undefined {
    return this.frames[this.frames.length - 1];
  }

  private onOpenTagStart(name: string): void {
    if (this.stopped) return;
    // When the name ends at a newline, sax has already counted it.
    const current = (this.parser as unknown as { c: string }).c;
    this.tagLine = this.parser.line + (current === '\n' ? 0 : 1);
    const top = this.top();
    if (name === 'ob' && top?.role === 'ob' && !top.ob!.emitted) this.emit(top.ob!);
  }

  private onOpenTag(tag: sax.Tag): void {
    if (this.stopped) return;
    const { name, attributes } = tag;
    const line = this.tagLine;
    const top = this.top();
    if (!top) {
      if (name !== 'export') {
        this.fail(line, this.parser.column, `the root element is <${name}>, not <export>: this is not a Naaya export (nyexp) file`);
        return;
      }
      this.sawRoot = true;
      this.frames.push({ role: 'root', name, line });
      return;
    }
    switch (top.role) {
      case 'root':
        if (name === 'ob') this.openOb(null, attributes, line);
        else {
          this.problem(line, `<${name}> directly inside <export> is not an object; it was ignored`);
          this.frames.push({ role: 'ignored', name, line });
        }
        return;
      case 'ob':
        this.openInOb(top.ob!, tag, line);
        return;
      case 'discussion':
        this.frames.push({
          role: name === 'comment' ? 'comment' : 'ignored', name, line, ob: top.ob!, attributes, capture: { parts: [], blanks: null, cdata: false },
        });
        return;
      case 'localized':
      case 'property':
      case 'template':
      case 'comment':
      case 'markup': {
        // Markup inside a value (HTML that was not put in CDATA) is kept as markup.
        const capture = top.capture!;
        let open = `<${name}`;
        for (const [attr, value] of Object.entries(attributes)) {
          if (value.startsWith(PLACEHOLDER_MARK)) continue;
          open += ` ${attr}="${escapeAttribute(value)}"`;
        }
        capture.parts.push(tag.isSelfClosing ? `${open}/>` : `${open}>`);
        this.frames.push({ role: 'markup', name, line, capture, selfClosing: tag.isSelfClosing });
        return;
      }
      default:
        this.frames.push({ role: top.role === 'skipped' ? 'skipped' : 'ignored', name, line });
    }
  }

  private openInOb(ob: OpenOb, tag: sax.Tag, line: number): void {
    const { name, attributes } = tag;
    if (name === 'ob') {
      this.openOb(ob, attributes, line);
      return;
    }
    const frame: Frame = { role: 'ignored', name, line, ob, attributes };
    if (ob.emitted) {
      this.problem(line, `<${name}> in ${ob.object.path} comes after the folder's first child object; it was ignored`);
    } else if (name === 'img' || name === 'file') {
      this.takeBinary(ob, name === 'img' ? 'img' : 'media', attributes.content ?? '', 'content', name, line, {
        fileName: attributes.id || undefined,
      });
    } else if (name === 'item') {
      this.takeBinary(ob, 'file', attributes.file ?? '', 'file', name, line, {
        language: attributes.lang,
        declaredType: attributes.content_type || undefined,
      });
    } else if (name === 'discussion') {
      frame.role = 'discussion';
    } else {
      frame.role = name === 'template' || name === 'comment' ? name
        : attributes.lang !== undefined && !LOCALIZED_EXCLUDED.has(name) ? 'localized' : 'property';
      frame.capture = { parts: [], blanks: null, cdata: false };
    }
    this.frames.push(frame);
  }

  private openOb(parent: OpenOb | null, attributes: Record<string, string>, line: number): void {
    const position = parent ? parent.children++ : this.topLevel++;
    const id = attributes.id ?? '';
    const metaType = attributes.meta_type ?? '';
    if (id === '') {
      this.problem(line, `an <ob> element (${metaType || 'no meta_type'}) has no id; it and everything inside it were skipped`);
      this.frames.push({ role: 'skipped', name: 'ob', line });
      return;
    }
    const parentPath = parent ? parent.object.path : '';
    const object: PtkObject = {
      format: 'nyexp',
      path: parentPath ? `${parentPath}/${id}` : id,
      parentPath,
      position,
      metaType,
      properties: {},
      localized: {},
      binaries: [],
      comments: [],
      location: `${this.sourceName} line ${line}`,
    };
    const ob: OpenOb = { object, children: 0, emitted: false, indexParts: [], binaries: [], warnedLate: false };
    const binaryNames = BINARY_ATTRIBUTES.get('ob')!;
    for (const name in attributes) {
      if (name === 'meta_type' || name === 'id' || name === 'param') continue;
      const value = attributes[name]!;
      if (binaryNames.has(name)) this.takeBinary(ob, name, value, name, 'ob', line, {});
      else setOwn(object.properties, name, value);
    }
    this.frames.push({ role: 'ob', name: 'ob', line, ob });
  }

  private takeBinary(
    ob: OpenOb, role: string, value: string, attribute: string, element: string, line: number,
    extra: Pick<PendingBinary, 'fileName' | 'language' | 'declaredType'>,
  ): void {
    const what = `the ${attribute} attribute of <${element}>`;
    const binary: PendingBinary = { role, line };
    if (extra.fileName !== undefined) binary.fileName = extra.fileName;
    if (extra.language !== undefined) binary.language = extra.language;
    if (extra.declaredType !== undefined) binary.declaredType = extra.declaredType;
    if (value.startsWith(PLACEHOLDER_MARK)) {
      const spill = this.spills.fromPlaceholder(value);
      if (!spill) return;
      binary.line = spill.line;
      if (spill.invalid) {
        this.problem(spill.line, `${what} at line ${spill.line} in ${ob.object.path} is not valid base64 (${spill.invalid}); its bytes were left out`);
      } else if (spill.size > 0) {
        binary.spill = spill;
        ob.binaries.push(binary);
      }
      return;
    }
    const text = value.trim();
    // An empty value means no bytes; `None` is how Python wrote a missing one.
    if (text === '' || text === 'None') return;
    const { bytes, error } = decodeBase64(text);
    if (error) {
      this.problem(line, `${what} at line ${line} in ${ob.object.path} is not valid base64 (${error}); its bytes were left out`);
    } else if (bytes) {
      binary.bytes = bytes;
      ob.binaries.push(binary);
    }
  }

  private onCloseTag(): void {
    if (this.stopped) return;
    const frame = this.frames.pop();
    if (!frame) return;
    switch (frame.role) {
      case 'ob':
        if (!frame.ob!.emitted) this.emit(frame.ob!);
        return;
      case 'markup':
        if (!frame.selfClosing) frame.capture!.parts.push(`</${frame.name}>`);
        return;
      case 'localized': {
        const localized = frame.ob!.object.localized;
        let values = getOwn(localized, frame.name);
        if (!values) {
          values = {};
          setOwn(localized, frame.name, values);
        }
        setOwn(values, frame.attributes!.lang!, captured(frame.capture!));
        return;
      }
      case 'property':
        setOwn(frame.ob!.object.properties, frame.name, captured(frame.capture!));
        return;
      case 'template': {
        const properties = frame.ob!.object.properties;
        const templates = Array.isArray(properties.templates) ? properties.templates : (properties.templates = []);
        const attributes = frame.attributes!;
        templates.push({ id: attributes.id ?? '', title: attributes.title ?? '', source: captured(frame.capture!) });
        return;
      }
      case 'comment': {
        const attributes = frame.attributes!;
        const comment: PtkComment = {
          id: attributes.id ?? '',
          title: attributes.title ?? '',
          body: attributes.body ?? captured(frame.capture!),
          author: attributes.author ?? '',
          date: attributes.date ?? attributes.releasedate ?? '',
          spam: attributes.spamstatus === '1' || attributes.spamstatus === 'True',
        };
        frame.ob!.object.comments.push(comment);
        return;
      }
      default:
    }
  }

  private onText(text: string, cdata: boolean): void {
    if (this.stopped) return;
    const top = this.top();
    if (!top) return;
    if (top.role === 'ob') {
      const ob = top.ob!;
      const blank = !cdata && !/\S/.test(text);
      if (ob.emitted) {
        if (!blank && !ob.warnedLate) {
          ob.warnedLate = true;
          this.problem(this.parser.line + 1, `text in ${ob.object.path} after the folder's first child object was ignored`);
        }
      } else if (!blank || ob.indexParts.length > 0) ob.indexParts.push(text);
      return;
    }
    const capture = top.capture;
    if (!capture || top.role === 'ignored') return;
    if (cdata) capture.cdata = true;
    else if (!/\S/.test(text)) (capture.blanks ??= []).push(capture.parts.length);
    capture.parts.push(text);
  }

  /** Queues a complete object: at its end tag, or a folder when its first child starts. */
  private emit(ob: OpenOb): void {
    ob.emitted = true;
    const index = ob.indexParts.join('').trim();
    if (index) ob.object.properties.customIndexSource = index;
    ob.indexParts = [];
    this.ready.push({ kind: 'object', ob });
  }

  private async finishObject(ob: OpenOb): Promise<PtkObject> {
    for (const pending of ob.binaries) {
      if (pending.bytes) pending.spill = await this.spills.writeWhole(pending.bytes, pending.line);
    }
    return this.settleBinaries(ob);
  }

  /** Gives the object its binaries, each with its spill file written, and the file names to show. */
  private settleBinaries(ob: OpenOb): PtkObject {
    const object = ob.object;
    const properties = object.properties;
    const downloadName = typeof properties.downloadfilename === 'string' && properties.downloadfilename !== ''
      ? properties.downloadfilename : undefined;
    const id = object.path.slice(object.path.lastIndexOf('/') + 1);
    for (const pending of ob.binaries) {
      const spill = pending.spill!;
      spill.delivered = true;
      let fileName = pending.fileName;
      if (fileName === undefined) {
        if (pending.role === 'file') {
          const localizedName = pending.language !== undefined
            ? getOwn(object.localized, 'downloadfilename')?.[pending.language] : undefined;
          fileName = localizedName || downloadName || id;
        } else fileName = pending.role === 'media' ? id : `${id}-${pending.role}`;
      }
      const binary: PtkBinary = { role: pending.role, fileName, path: spill.path, size: spill.size };
      if (pending.language !== undefined) binary.language = pending.language;
      const declaredType = pending.declaredType
        ?? (pending.role === 'file' && pending.language === undefined && typeof properties.content_type === 'string' && properties.content_type
          ? properties.content_type : undefined);
      if (declaredType !== undefined) binary.declaredType = declaredType;
      object.binaries.push(binary);
    }
    ob.binaries = [];
    return object;
  }

  private onSaxError(error: Error): void {
    if (this.stopped) return;
    const line = this.parser.line + 1;
    const column = this.parser.column;
    this.fail(line, column, this.explain(error.message.split('\n')[0] ?? ''));
  }

  /** sax's messages are terse; these say what is wrong with the file in plain words. */
  private explain(message: string): string {
    const open = this.top();
    const tagName = (this.parser as unknown as { tagName: string }).tagName;
    if (this.ending || message === 'Unclosed root tag' || message === 'Unexpected end') {
      const where = this.diverter.describe();
      const lead = `the file ends ${where ? `${where}, ` : ''}`;
      return open
        ? `${lead}before the <${open.name}> element opened at line ${open.line} is closed (is it truncated?)`
        : `${lead}before its first element is complete (is it truncated?)`;
    }
    if (message === 'Invalid character entity') {
      const entity = (this.parser as unknown as { entity: string }).entity;
      if (entity.startsWith('#')) return `the character reference &${entity}; is not a character XML allows`;
      return `entity &${entity}; is not defined${this.declaresEntities ? ' (entities declared in a DOCTYPE are not expanded, for safety)' : ''}`;
    }
    if (message === 'Invalid character in entity name') return 'an "&" that starts no entity reference (a bare "&" must be written &amp;)';
    if (message === 'Unexpected close tag' || message.startsWith('Unmatched closing tag')) {
      return open
        ? `the closing tag </${tagName}> does not match the <${open.name}> element opened at line ${open.line}`
        : `the closing tag </${tagName}> closes no open element`;
    }
    if (message === 'Text data outside of root node.') return 'text after the end of the root element';
    if (message === 'Non-whitespace before first tag.') return 'text before the first tag: this is not an XML file';
    if (message === 'Unencoded <') return 'a "<" that starts no tag';
    if (message === 'Inappropriately located doctype declaration') return 'a DOCTYPE that is not at the start of the file';
    if (message === 'Malformed comment') return 'a comment holding "--"';
    if (message.startsWith('Max buffer length exceeded')) {
      const buffer = message.slice(message.indexOf(':') + 2);
      const what = BUFFER_NAMES[buffer] ?? buffer;
      return `${what} longer than ${Math.round((sax as unknown as { MAX_BUFFER_LENGTH: number }).MAX_BUFFER_LENGTH / 1024)} KB (only the base64 attributes of binaries may be that long)`;
    }
    if (/attribute|whitespace between/i.test(message)) return `a malformed attribute in the <${tagName}> tag (${message.replace(/\.$/, '').toLowerCase()})`;
    if (/tag ?name|closing tag|Forward-slash/i.test(message)) return `a malformed tag (${message.replace(/\.$/, '').toLowerCase()})`;
    return `malformed XML (${message})`;
  }
}

/** The text of a value: CDATA and text joined, minus whitespace that only laid CDATA out. */
function captured(capture: Capture): string {
  const { parts, blanks, cdata } = capture;
  if (!cdata || !blanks) return parts.length === 1 ? parts[0]! : parts.join('');
  let text = '';
  let next = 0;
  for (let index = 0; index < parts.length; index++) {
    if (index === blanks[next]) next++;
    else text += parts[index];
  }
  return text;
}
