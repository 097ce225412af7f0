import sanitizeHtml from 'sanitize-html';

/**
 * Rich text is sanitised on the way in (every save, seed and import), so what is stored is safe
 * to render. Allowed: structure, emphasis, links, images, tables. Removed: scripts, styles,
 * event handlers, `<font>`, Word's `mso-` markup, and any URL scheme but http(s), mailto and tel.
 */
const options: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'small',
    'blockquote', 'q', 'cite', 'code', 'pre', 'hr', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'a', 'img',
    'figure', 'figcaption', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'abbr', 'span',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'hreflang', 'lang'],
    img: ['src', 'alt', 'width', 'height', 'title'],
    th: ['scope', 'colspan', 'rowspan'],
    td: ['colspan', 'rowspan'],
    abbr: ['title'],
    '*': ['lang', 'dir'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  // Headings start at h2: the page title is the h1.
  transformTags: { h1: 'h2' },
  exclusiveFilter: (frame) => frame.tag === 'span' && !frame.attribs.lang && !frame.attribs.dir && !frame.text.trim(),
};

export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, options).trim();
}

/** Plain text of rich HTML, for search indexes, summaries and feed descriptions. */
export function richTextToPlain(html: string): string {
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
