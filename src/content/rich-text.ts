import sanitizeHtml from 'sanitize-html';
import { RecentValues } from '../recent-values.ts';

/**
 * Rich text is sanitised on the way in (every save, seed and import), so what is stored is safe
 * to render. Allowed: structure, emphasis, links, images, tables. Removed: scripts, styles,
 * event handlers, `<font>`, Word's `mso-` markup, and any URL scheme but http(s), mailto and tel.
 */

/** The tags stored rich text may hold (`h1` becomes `h2`: the page title is the h1). */
export const richTextTags: readonly string[] = [
  'p', 'br', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'small',
  'blockquote', 'q', 'cite', 'code', 'pre', 'hr', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'a', 'img',
  'figure', 'figcaption', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'abbr', 'span',
];

/** The attributes each of them may keep. */
export const richTextAttributes: Readonly<Record<string, string[]>> = {
  a: ['href', 'title', 'hreflang', 'lang'],
  img: ['src', 'alt', 'width', 'height', 'title'],
  th: ['scope', 'colspan', 'rowspan'],
  td: ['colspan', 'rowspan'],
  abbr: ['title'],
  '*': ['lang', 'dir'],
};

const options: sanitizeHtml.IOptions = {
  allowedTags: [...richTextTags],
  allowedAttributes: { ...richTextAttributes },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  // Headings start at h2: the page title is the h1.
  transformTags: { h1: 'h2' },
  exclusiveFilter: (frame) => frame.tag === 'span' && !frame.attribs.lang && !frame.attribs.dir && !frame.text.trim(),
};

/**
 * Texts the sanitiser just wrote, so that sanitising one again (an importer cleans a text, then
 * the save checks it) costs a lookup instead of a parse. What is returned for them is the
 * sanitiser's own output either way. Bounded: the last 4,096 to 8,192 of moderate size, enough for
 * an import batch's texts (its worker thread hands them over all at once).
 */
const recentOutputs = new RecentValues<string, true>(4096);

export function sanitizeRichText(html: string): string {
  if (recentOutputs.has(html)) return html;
  const clean = sanitizeHtml(html, options).trim();
  rememberOutput(clean);
  return clean;
}

function rememberOutput(clean: string): void {
  if (clean.length <= 200_000) recentOutputs.set(clean, true);
}

/**
 * A text written by a sanitize-html pass that keeps no more than `sanitizeRichText` does (its
 * tags, attributes and URL schemes, or fewer) and renames as it does (`h1` → `h2`), trimmed: the
 * PTK clean-up's last pass. Sanitising it again would parse it to give it back, so it is
 * remembered as the sanitiser's output. Only for that: anything else passed here would be stored
 * without being sanitised.
 */
export function acceptAsSanitized(text: string): string {
  rememberOutput(text);
  return text;
}

/**
 * Texts that `sanitizeRichText` returned in another thread of this process (the PTK import's
 * reading thread): remembered as its outputs here too, so the save does not parse them again.
 * Only for that: anything else passed here would be stored without being sanitised.
 */
export function rememberSanitizedInOtherThread(texts: Iterable<string>): void {
  for (const text of texts) rememberOutput(text);
}

/**
 * Sanitised texts joined into one, a line apart. When every part is a text the sanitiser just
 * wrote, the join is remembered as its output too: each part is a whole fragment (every element
 * it opens, it closes), so parsing the join builds the same elements again and sanitising it
 * would return it unchanged. A part the sanitiser did not write makes the join an ordinary text,
 * sanitised in full when it is stored.
 *
 * @example joinRichText(sanitizeRichText('<p>About</p>'), sanitizeRichText('<p>Body</p>')) // '<p>About</p>\n<p>Body</p>'
 */
export function joinRichText(...parts: string[]): string {
  const kept = parts.filter((part) => part.trim());
  const joined = kept.join('\n');
  if (kept.length > 1 && kept.every((part) => recentOutputs.has(part))) rememberOutput(joined);
  return joined;
}

/** Plain text of rich HTML, for search indexes, summaries and feed descriptions. */
export function richTextToPlain(html: string): string {
  // Most titles and short fields have no markup and no entity: nothing to parse.
  if (!html.includes('<') && !html.includes('&')) return html.replace(/\s+/g, ' ').trim();
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} })
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Plain text of rich text as stored (the sanitiser's output): in it every tag is a tag, attribute
 * values have `>` escaped and the only entities are `&amp;`, `&lt;`, `&gt;` and `&quot;`, so
 * dropping the tags is exact without parsing again. For untrusted HTML use `richTextToPlain`.
 * Block tags end words ("<li>Ecosystems</li><li>Species</li>"); inline tags may sit inside one
 * ("<b>W</b>ord"); spaces are collapsed and trimmed.
 *
 * One pass, copying runs of text: the search index reads every text an import writes, and a
 * chain of replacements made a copy of each text per step.
 */
export function storedRichTextToPlain(html: string): string {
  let out = '';
  let owedSpace = false;
  const append = (text: string) => {
    if (owedSpace && out !== '') out += ' ';
    owedSpace = false;
    out += text;
  };
  const length = html.length;
  for (let at = 0; at < length; ) {
    const code = html.charCodeAt(at);
    if (code === 60 /* < */) {
      const end = html.indexOf('>', at + 1);
      if (end < 0) {
        append('<');
        at += 1;
        continue;
      }
      const nameStart = html.charCodeAt(at + 1) === 47 /* / */ ? at + 2 : at + 1;
      let nameEnd = nameStart;
      while (nameEnd < end && isWordCharacter(html.charCodeAt(nameEnd))) nameEnd++;
      if (nameEnd > nameStart && wordEndingTags.has(html.slice(nameStart, nameEnd))) owedSpace = true;
      at = end + 1;
    } else if (code === 38 /* & */) {
      const semicolon = html.indexOf(';', at + 1);
      const decoded = semicolon > at && semicolon - at <= 5 ? storedEntities.get(html.slice(at + 1, semicolon)) : undefined;
      if (decoded === undefined) {
        append('&');
        at += 1;
      } else {
        if (decoded === ' ') owedSpace = true;
        else append(decoded);
        at = semicolon + 1;
      }
    } else if (isSpace(code)) {
      owedSpace = true;
      at += 1;
    } else {
      // A run of text, through single spaces between words: one copy per run, not per word.
      let end = at + 1;
      while (end < length) {
        const next = html.charCodeAt(end);
        if (next === 60 || next === 38) break;
        if (isSpace(next) && (next !== 32 || end + 1 >= length || isSpecial(html.charCodeAt(end + 1)))) break;
        end++;
      }
      append(html.slice(at, end));
      at = end;
    }
  }
  return out;
}

/** The tags that end a word: blocks, line breaks, list items and table cells. */
const wordEndingTags = new Set([
  'p', 'br', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
  'blockquote', 'pre', 'hr', 'figure', 'figcaption', 'div',
]);

const storedEntities = new Map([['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['#39', "'"], ['nbsp', ' ']]);

/** What `\w` matches. */
function isWordCharacter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

/** What `\s` matches. */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f
    || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** A character that ends a run of text: a tag, an entity or a space. */
function isSpecial(code: number): boolean {
  return code === 60 || code === 38 || isSpace(code);
}
