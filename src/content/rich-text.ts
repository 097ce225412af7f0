import sanitizeHtml from 'sanitize-html';

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
 * sanitiser's own output either way. Bounded: the last few thousand, of moderate size.
 */
const recentOutputs = new Set<string>();
// Enough for an import batch's texts (its worker thread hands them over all at once).
const rememberedOutputs = 4096;

export function sanitizeRichText(html: string): string {
  if (recentOutputs.has(html)) return html;
  const clean = sanitizeHtml(html, options).trim();
  rememberOutput(clean);
  return clean;
}

function rememberOutput(clean: string): void {
  if (clean.length > 200_000) return;
  recentOutputs.add(clean);
  if (recentOutputs.size > rememberedOutputs) recentOutputs.delete(recentOutputs.values().next().value!);
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
 */
export function storedRichTextToPlain(html: string): string {
  return html
    // Blocks end words ("<li>Ecosystems</li><li>Species</li>"); inline tags may sit inside one ("<b>W</b>ord").
    .replace(/<\/?(?:p|br|li|ul|ol|dl|dt|dd|h[1-6]|table|caption|thead|tbody|tfoot|tr|td|th|blockquote|pre|hr|figure|figcaption|div)\b[^>]*>/g, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => storedEntities[name]!)
    .replace(/\s+/g, ' ')
    .trim();
}

const storedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };
