import fs from 'node:fs';

/**
 * What an import needs to know of a nyexp file before reading it properly: how many objects it
 * has (for the progress bar's ETA) and which language codes its values use, with, per object,
 * whether a regional variant's title differs from its base language's (then `fr-BE` stays a
 * language of its own). A pattern scan of the text, several times faster than parsing it: it
 * decides nothing about the objects themselves, which the reader checks strictly afterwards.
 */
export interface NyexpScan {
  objects: number;
  /** Language codes as written (`FR`, `fr-BE`) that hold at least one non-empty value. */
  languages: Set<string>;
  /** Per object, its non-empty titles by code as written. */
  titleSets: Iterable<Map<string, string>>;
}

// A localized element with a non-empty CDATA value: `<title lang="fr"><![CDATA[x`, read where it starts.
const localizedValue = /<([A-Za-z_][\w.-]*)\s+lang="([^"]{1,35})"\s*>\s*<!\[CDATA\[([^\]]|\](?!\]>))/y;
const titleValue = /<title\s+lang="([^"]{1,35})"\s*>\s*<!\[CDATA\[([\s\S]*?)\]\]>/g;
const titleTag = /^<title\s/;
const objectOpening = Buffer.from('<ob');
const langAttribute = Buffer.from('lang="');
const cdataStart = Buffer.from('<![CDATA[');
/** Bytes kept between chunks: enough for a localized element's opening and a title. */
const overlap = 64 * 1024;

/**
 * The file is read as bytes and searched with `Buffer.indexOf`: language codes and tag names are
 * ASCII, so only the few places that need a pattern are decoded (as Latin-1, which keeps every
 * byte as one character; titles are only compared with each other, so the text's own encoding
 * does not matter here).
 */
export async function scanNyexp(file: string): Promise<NyexpScan> {
  const languages = new Set<string>();
  const titleSets: Map<string, string>[] = [];
  let objects = 0;
  let pending: Buffer = Buffer.alloc(0);
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1024 * 1024 })) {
    pending = pending.length ? Buffer.concat([pending, chunk as Buffer]) : (chunk as Buffer);
    // Only whole objects' starts are read; the rest waits for the next chunk (bounded by `overlap`).
    const lastStart = pending.lastIndexOf('<ob ');
    const cut = lastStart > 0 ? lastStart : Math.max(0, pending.length - overlap);
    scanBytes(pending.subarray(0, cut));
    pending = pending.subarray(cut);
    if (pending.length > 4 * overlap) {
      // One object with a huge value (a base64 file): its start is scanned, the middle dropped.
      scanBytes(pending.subarray(0, overlap));
      pending = pending.subarray(pending.length - overlap);
    }
  }
  scanBytes(pending);
  return { objects, languages, titleSets };

  function scanBytes(bytes: Buffer): void {
    const starts: number[] = [];
    for (let at = bytes.indexOf(objectOpening); at >= 0; at = bytes.indexOf(objectOpening, at + 3)) if (isSpace(bytes[at + 3]!)) starts.push(at);
    objects += starts.length;
    // Every value names its language, and a file has a handful: a code already found needs no
    // pattern match, only a new one is checked where its element starts.
    let regional = false;
    for (let at = bytes.indexOf(langAttribute); at >= 0; at = bytes.indexOf(langAttribute, at + 6)) {
      const end = bytes.indexOf(0x22, at + 6);
      if (end < 0) break;
      const code = bytes.toString('latin1', at + 6, end);
      const elementStart = bytes.lastIndexOf(0x3c, at);
      if (elementStart < 0) continue;
      if (!regional && /[-_]/.test(code.slice(0, 35)) && titleTag.test(bytes.toString('latin1', elementStart, elementStart + 7))) regional = true;
      if (languages.has(code)) continue;
      // From the element's start to just inside its CDATA, which is all the pattern reads.
      const cdata = bytes.indexOf(cdataStart, end);
      const text = bytes.toString('latin1', elementStart, cdata < 0 ? end + 1 : Math.min(bytes.length, cdata + 12));
      localizedValue.lastIndex = 0;
      const match = localizedValue.exec(text);
      if (match) languages.add(match[2]!);
    }
    // Titles are compared only where a regional variant (`fr-BE`) may differ from its base
    // language: a text with no regional title has nothing to compare.
    if (!regional) return;
    const text = bytes.toString('latin1');
    // Titles per object: from one object's start to the next.
    const bounds = starts.length ? [...starts, text.length] : [];
    for (let i = 0; i + 1 < bounds.length; i++) {
      const segment = text.slice(bounds[i], Math.min(bounds[i + 1]!, bounds[i]! + overlap));
      const titles = new Map<string, string>();
      for (const m of segment.matchAll(titleValue)) if (m[2]!.trim()) titles.set(m[1]!, m[2]!.trim());
      if (titles.size > 1) titleSets.push(titles);
    }
  }
}

/** What `\s` matches among the characters Latin-1 reads. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0;
}
