/**
 * PTK bodies into what Ecotone stores. PTK HTML was typed in TinyMCE or pasted from Word, so it
 * carries Word's markup, `<font>` and inline styles, `<div>` soup and ZPT attributes; the
 * clean-up removes that noise before `sanitizeRichText` (which decides what is safe) sees it.
 * Then links between imported items are rewritten to their new addresses.
 */
import sanitizeHtml from 'sanitize-html';
import { acceptAsSanitized, richTextAttributes, richTextTags, sanitizeRichText } from '../../content/rich-text.ts';
import { RecentValues } from '../../recent-values.ts';

/** Tags kept by the clean-up: what the sanitiser allows, and `h1`, which it turns into `h2`. */
const KEPT_TAGS = ['h1', ...richTextTags];

const KEPT_ATTRIBUTES: sanitizeHtml.IOptions['allowedAttributes'] = { ...richTextAttributes };

/** Containers whose content reads as a paragraph of its own; nesting is repaired by the next parse. */
const BLOCK_CONTAINERS = ['div', 'center', 'address', 'section', 'article'];

/**
 * Elements whose text is not content: dropped whole, not unwrapped. Word's `<o:p>` marks a
 * paragraph end and only ever holds the `&nbsp;` that keeps an empty paragraph open.
 */
const NON_TEXT_TAGS = [
  'o:p', 'script', 'style', 'textarea', 'option', 'select', 'noscript', 'xml', 'head', 'title', 'object', 'embed', 'applet',
  'iframe', 'frameset', 'noframes', 'template', 'svg', 'math',
];

const BLOCKS_DROPPED_WHEN_EMPTY = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre']);
const INLINES_DROPPED_WHEN_EMPTY = new Set(['strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'small', 'q', 'cite', 'code', 'abbr', 'a', 'span']);

/** Word's proofing language goes; a `lang` typed in TinyMCE stays. */
function withoutWordLanguage(attribs: sanitizeHtml.Attributes): sanitizeHtml.Attributes {
  const lang = attribs.lang;
  return withAttribute(attribs, 'lang', lang !== undefined && !isWordMarkup(attribs) ? lang : undefined, 'last');
}

function isWordMarkup(attribs: sanitizeHtml.Attributes): boolean {
  return /\bmso-/i.test(attribs.style ?? '') || /\bMso/.test(attribs.class ?? '');
}

/** `//host/x` links worked on the http site; the sanitiser refuses protocol-relative URLs. */
function absoluteIfProtocolRelative(url: string | undefined): string | undefined {
  const trimmed = url?.trim();
  return trimmed?.startsWith('//') ? `http:${trimmed}` : trimmed;
}

/**
 * A copy of an element's attributes with `name` set to `value` (left out when undefined), in its
 * place or `last`. Copied key by key: this runs for every element of every text, and on Node 20
 * an object spread with properties after it (`{ ...attribs, href }`) costs several times as much.
 */
function withAttribute(attribs: sanitizeHtml.Attributes, name: string, value: string | undefined, place: 'inPlace' | 'last' = 'inPlace'): sanitizeHtml.Attributes {
  const copy: sanitizeHtml.Attributes = {};
  for (const key in attribs) {
    if (key === name) {
      if (place === 'inPlace' && value !== undefined) copy[key] = value;
    } else if (attribs[key] !== undefined) copy[key] = attribs[key]!;
  }
  if (value !== undefined && !(name in copy)) copy[name] = value;
  return copy;
}

/**
 * First pass: what needs nothing but the element itself. Renames, attribute and URL filtering,
 * and unwrapping of spans without a language and of links left without an address (named
 * anchors, `javascript:` links) and images without a source (Word's `file:///C:/…`).
 * Word marks every run with its proofing language (`lang="EN-GB"` beside `mso-` styles); that
 * is not a language change in the text, so it is dropped, while a `lang` typed in TinyMCE stays.
 *
 * Unwrapping is done by the filter, not by renaming to a disallowed tag: sanitize-html keeps a
 * skipped tag's new name and closes the next sibling with it. It is done here, before the
 * second pass's parse, so that parse sees which elements are really open around each block.
 */
const firstPass: sanitizeHtml.IOptions = {
  allowedTags: KEPT_TAGS,
  allowedAttributes: KEPT_ATTRIBUTES,
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  nonTextTags: NON_TEXT_TAGS,
  transformTags: {
    ...Object.fromEntries(BLOCK_CONTAINERS.map((tag) => [tag, (_: string, attribs: sanitizeHtml.Attributes) => ({ tagName: 'p', attribs })])),
    b: 'strong',
    i: 'em',
    strike: 's',
    a: (_, attribs) => ({ tagName: 'a', attribs: withAttribute(attribs, 'href', absoluteIfProtocolRelative(attribs.href)) }),
    img: (_, attribs) => ({ tagName: 'img', attribs: withAttribute(attribs, 'src', absoluteIfProtocolRelative(attribs.src)) }),
    // An embedded player or map would otherwise vanish; a link to it keeps what the page showed.
    iframe: (_, attribs): sanitizeHtml.Tag => {
      const src = absoluteIfProtocolRelative(attribs.src);
      return src !== undefined && /^https?:\/\//i.test(src)
        ? { tagName: 'a', attribs: { href: src }, text: src }
        : { tagName: 'iframe', attribs: {} };
    },
    // Headings start at h2, as the sanitiser makes them: then a text that needs no second pass is done.
    h1: (_, attribs) => ({ tagName: 'h2', attribs: withoutWordLanguage(attribs) }),
    '*': (tagName, attribs) => ({ tagName, attribs: withoutWordLanguage(attribs) }),
  },
  // Attributes seen here are those the URL and attribute filters kept.
  exclusiveFilter: (frame) => {
    if (frame.tag === 'img') return !frame.attribs.src;
    if (frame.tag === 'a' && !frame.attribs.href) return 'excludeTag';
    if (frame.tag === 'span' && !frame.attribs.lang && !frame.attribs.dir) return 'excludeTag';
    return false;
  },
};

/**
 * Second pass, on the first pass's output: its parse closes paragraphs that `<div>` nesting
 * opened inside each other, and what is left empty (Word's `<p>&nbsp;</p>`, `<b></b>`) is
 * dropped. It only drops whole elements, so the sanitiser's parse after it builds the same tree.
 *
 * A frame knows its own text but only its direct media children, so the open elements are
 * tracked here to know which hold an image, and how many child elements each has kept.
 */
function secondPass(html: string): string {
  const open: { hasImage: boolean; children: number }[] = [];
  let closed = { hasImage: false, children: 0 };
  const drop = (result: true | 'excludeTag'): true | 'excludeTag' => {
    const parent = open.at(-1);
    if (parent) parent.children -= 1;
    return result;
  };
  return sanitizeHtml(html, {
    allowedTags: KEPT_TAGS,
    allowedAttributes: KEPT_ATTRIBUTES,
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowedSchemesByTag: { img: ['http', 'https'] },
    allowProtocolRelative: false,
    onOpenTag: (name, attribs) => {
      const parent = open.at(-1);
      if (parent) parent.children += 1;
      if (name === 'img' && attribs.src) for (const element of open) element.hasImage = true;
      open.push({ hasImage: false, children: 0 });
    },
    onCloseTag: () => {
      closed = open.pop() ?? { hasImage: false, children: 0 };
    },
    exclusiveFilter: (frame) => {
      if (closed.hasImage || frame.text.trim() !== '') return false;
      if (BLOCKS_DROPPED_WHEN_EMPTY.has(frame.tag)) return drop(true);
      // Whitespace between words can sit in an empty `<strong> </strong>`: keep it, lose the tag.
      // Unwrapping an element with children could put a block where the sanitiser would close a paragraph.
      if (INLINES_DROPPED_WHEN_EMPTY.has(frame.tag) && closed.children === 0) return drop(frame.text === '' ? true : 'excludeTag');
      return false;
    },
  });
}

/** Word's conditional comments: hidden ones (`<!--[if gte mso 9]><xml>…<![endif]-->`) go whole; revealed ones lose only their markers. */
function removeConditionalComments(html: string): string {
  return html
    .replace(/<!--\[if[^\]]*\]><!-->/gi, '')
    .replace(/<!--<!\[endif\]-->/gi, '')
    .replace(/<!--\[if[^\]]*\]>[\s\S]*?<!\[endif\]-->/gi, '')
    .replace(/<!\[(?:if[^\]]*|endif)\]>/gi, '');
}

/**
 * A PTK body (TinyMCE or Word HTML) cleaned and sanitised for storing: Word markup, `<font>`,
 * styles, classes and ZPT attributes removed, `<span>`s without a language and `<center>`
 * unwrapped, `<div>`s turned into paragraphs, empty paragraphs dropped; links, headings, lists,
 * tables, images and `lang`/`dir` kept. An `<iframe>` becomes a link to what it embedded.
 *
 * @example cleanImportedHtml('<p class="MsoNormal"><span style="mso-bidi-font-size:12pt">Text<o:p></o:p></span></p>') // '<p>Text</p>'
 */
/**
 * What the clean-up passes act on. HTML with none of it (most of what TinyMCE wrote) only needs
 * the sanitiser: two HTML parses fewer per text, which is most of an import's time.
 */
const needsCleaning = /<(?:font|span|div|center|address|section|article|b|i|strike|u|o:|w:|v:|st1:|xml|iframe|embed|object|img|p\s*\/?>\s*<\/p)\b|\s(?:class|style|align|face|size|color|name|id|tal:|metal:|i18n:)|(?:href|src)\s*=\s*["']?\s*(?:javascript|vbscript|data|\/\/)|<!--|&nbsp;|&#160;|\u00a0|file:/i;

export function cleanImportedHtml(html: string): string {
  // Most short fields (titles turned descriptions, sources) are plain text: nothing to clean.
  if (!html.includes('<') || !needsCleaning.test(html)) return sanitizeRichText(html);
  const known = recentlyCleaned.get(html);
  if (known !== undefined) return sanitizeRichText(known);
  const first = sanitizeHtml(removeConditionalComments(html), firstPass);
  // The second pass repairs what containers turned into paragraphs and drops empty elements:
  // without either (most Word paragraphs once their classes and styles are gone), it would change
  // nothing, and the first pass, which keeps no more than the sanitiser does and renames as it
  // does, has written what the sanitiser would: parsing it again would give it back.
  const needsSecondPass = containerTag.test(html) || emptyElement.test(first);
  const cleaned = needsSecondPass ? sanitizeRichText(secondPass(first)) : paragraphsNestOnlyText(first) ? acceptAsSanitized(first.trim()) : sanitizeRichText(first);
  return recentlyCleaned.set(html, cleaned);
}

/**
 * The last texts cleaned: a text not translated is the same in every language of an object (and
 * a boilerplate paragraph in many objects), and cleaning it again would take the same parses.
 * The answer goes through `sanitizeRichText` again, which knows its own recent outputs.
 */
const recentlyCleaned = new RecentValues<string, string>(128);

/**
 * Whether no paragraph of a first pass's output holds a block or closes twice. A parse closes a
 * paragraph at the next block, so such a text (the clean-up unwrapped or renamed what held it) would
 * be rewritten by the sanitiser's parse; any other is what that parse would give back.
 */
function paragraphsNestOnlyText(html: string): boolean {
  let open = 0;
  tagName.lastIndex = 0;
  for (let match = tagName.exec(html); match; match = tagName.exec(html)) {
    const [, closing, name] = match;
    if (name === 'p' && closing) {
      if (open === 0) return false;
      open -= 1;
    } else if (open > 0 && !closing && paragraphClosers.has(name!)) return false;
    else if (name === 'p') open += 1;
  }
  return true;
}

const tagName = /<(\/?)([a-z][a-z0-9]*)/g;
/** The blocks a paragraph cannot hold: a parse closes it where one starts. */
const paragraphClosers = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'table', 'blockquote', 'pre', 'hr', 'figure', 'figcaption', 'caption', 'dd', 'dt', 'li', 'td', 'th', 'tr', 'thead', 'tbody', 'tfoot']);

const containerTag = new RegExp(`<(?:${BLOCK_CONTAINERS.join('|')})\\b`, 'i');
/** An element holding nothing but spaces, as the first pass writes it (`<p>&nbsp;</p>`, `<b></b>`). */
const emptyElement = /<([a-z][a-z0-9]*)\b[^>]*>(?:\s|&nbsp;|&#160;|\u00a0)*<\/\1>/i;

export interface PtkLinkContext {
  /** The PTK path of the object whose text holds the link (`convention/cbd_global/page1`). */
  basePath: string;
  /** The PTK site's old addresses (`http://www.biodiv.be`, `https://chm.example.org/be`). */
  siteUrls: readonly string[];
}

export interface PtkLinkTarget {
  /** The PTK path linked to, without leading or trailing slash; `''` is the site root. */
  path: string;
  /** `#` and what follows, as the URL writes it (`#day%202`), ready to append; `''` when there is none. */
  fragment: string;
}

/** Zope methods and views that show an object rather than being one (`x/index_html`, `file/download`). */
const OBJECT_VIEWS = new Set(['view', 'download', 'getBigPicture', 'getSmallPicture', 'getFrontPicture']);

interface SiteAddress {
  host: string;
  /** Path prefix without trailing slash, `''` for a site at the root of its host. */
  prefix: string;
}

function hostKey(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

function readSiteAddress(siteUrl: string): SiteAddress | null {
  const text = siteUrl.trim();
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`);
    return { host: hostKey(url.hostname), prefix: url.pathname.replace(/\/+$/, '') };
  } catch {
    return null;
  }
}

/** The path below the longest site prefix it starts with, or null when it starts with none. */
function belowPrefix(pathname: string, prefixes: readonly string[]): string | null {
  let best: string | null = null;
  for (const prefix of prefixes) {
    if ((prefix === '' || pathname === prefix || pathname.startsWith(`${prefix}/`)) && (best === null || prefix.length > best.length)) {
      best = prefix;
    }
  }
  return best === null ? null : pathname.slice(best.length);
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A URL path (`/news/x/index_html/`) as a PTK object path (`news/x`). */
function toObjectPath(pathname: string): string {
  const segments = pathname.split('/').filter((segment) => segment !== '').map(decodeSegment);
  const last = segments.at(-1);
  if (last === 'index_html') segments.pop();
  // A folder can be called `download`: only a name after an object is taken for its view.
  else if (last !== undefined && OBJECT_VIEWS.has(last) && segments.length > 1) segments.pop();
  return segments.join('/');
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
/** Stands in for the PTK site while relative links are resolved, so that URL does the `../` work. */
const RESOLVE_ORIGIN = 'http://ptk.invalid';

/**
 * The PTK path a link in a PTK body points at, or null when it leads outside the site
 * (another host, `mailto:`, `javascript:`…). Root-relative and relative links are the site's;
 * absolute ones are when their host (http or https, with or without `www.`) and path prefix
 * match one of `siteUrls`. Relative links resolve against the folder holding `basePath`.
 *
 * @example ptkPathOfLink('../news/cop10/index_html#day2', { basePath: 'convention/cbd/page1', siteUrls: [] })
 * // { path: 'convention/news/cop10', fragment: '#day2' }
 */
export function ptkPathOfLink(href: string, options: PtkLinkContext): PtkLinkTarget | null {
  // An absolute or root-relative link reads the same from every object of the site: a site's
  // texts repeat a few of them thousands of times, and each reading parses a URL.
  const trimmed = href.trim();
  if (!/^(?:[a-z][a-z0-9+.-]*:|\/|\\)/i.test(trimmed)) return readPtkPathOfLink(trimmed, options);
  const key = `${options.siteUrls.join('\n')}\u0000${trimmed}`;
  const known = recentLinkTargets.get(key);
  if (known !== undefined) return known;
  return recentLinkTargets.set(key, readPtkPathOfLink(trimmed, options));
}

const recentLinkTargets = new RecentValues<string, Readonly<PtkLinkTarget> | null>(1000);

function readPtkPathOfLink(href: string, options: PtkLinkContext): PtkLinkTarget | null {
  let text = href.trim();
  if (text === '') return null;
  if (text.startsWith('//')) text = `http:${text}`;
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();

  let url: URL;
  let sitePath: string | null;
  try {
    if (scheme === undefined) {
      const base = `${RESOLVE_ORIGIN}/${options.basePath.replace(/^\/+/, '')}`;
      url = new URL(text, base);
      const rootRelative = text.startsWith('/') || text.startsWith('\\');
      // A site served below a prefix (`/be`) wrote root-relative links with the prefix in them.
      const prefixes = options.siteUrls.map(readSiteAddress).filter((a) => a !== null).map((a) => a.prefix);
      sitePath = rootRelative ? (belowPrefix(url.pathname, prefixes.filter((p) => p !== '')) ?? url.pathname) : url.pathname;
    } else if (scheme === 'http' || scheme === 'https') {
      url = new URL(text);
      const host = hostKey(url.hostname);
      const prefixes = options.siteUrls.map(readSiteAddress).filter((a) => a !== null && a.host === host).map((a) => a!.prefix);
      sitePath = belowPrefix(url.pathname, prefixes);
    } else {
      return null;
    }
  } catch {
    return null;
  }
  if (sitePath === null) return null;
  // The fragment goes back into a URL as it is; only the path is decoded, being a lookup key.
  return Object.freeze({ path: toObjectPath(sitePath), fragment: url.hash });
}

/** Whether a link in a PTK body points inside the PTK site (see `ptkPathOfLink`). */
export function isPtkInternal(href: string, options: PtkLinkContext): boolean {
  return ptkPathOfLink(href, options) !== null;
}

/**
 * The addresses into the PTK site that stored (sanitised) texts link to, once each in order of
 * appearance, but for `except` (addresses the import itself wrote, such as an embedded image's new
 * one). Read without parsing: in sanitised text every `href` and `src` is written `="…"`.
 *
 * @example ptkLinksIn(['<p><a href="../news/x">x</a> <a href="https://www.cbd.int/">CBD</a></p>'], { basePath: 'a/b', siteUrls: [] }) // ['../news/x']
 */
export function ptkLinksIn(texts: readonly string[], options: PtkLinkContext, except: ReadonlySet<string> = new Set()): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    if (!text.includes('="')) continue;
    linkAttribute.lastIndex = 0;
    for (let match = linkAttribute.exec(text); match; match = linkAttribute.exec(text)) {
      const url = match[1]!.includes('&amp;') ? match[1]!.replace(/&amp;/g, '&') : match[1]!;
      // A link to a place in the same text stays as it is (`rewriteLinks` leaves it).
      if (url.trim() === '' || url.trim().startsWith('#') || found.has(url) || except.has(url)) continue;
      if (ptkPathOfLink(url, options) !== null) found.add(url);
    }
  }
  return [...found];
}

const linkAttribute = /\s(?:href|src)="([^"]*)"/g;

export interface RewrittenLinks {
  html: string;
  /** How many `href`/`src` values `resolve` gave a new value for. */
  rewritten: number;
  /** Links into the PTK site that `resolve` could not place, in order of first appearance, once each. */
  unresolved: string[];
}

/**
 * Rewrites every `a[href]` and `img[src]` of clean HTML through `resolve`: a string becomes the
 * new value, null leaves the value as it was (and lists it in `unresolved` when `isPtkInternal`
 * says it points inside the PTK site). Links to a fragment of the same page are left alone.
 * The result is passed through the sanitiser again, so a resolver cannot make it unsafe.
 *
 * `link` is the context `isPtkInternal` needs; without it, relative and root-relative links
 * count as internal and absolute ones as external.
 */
export function rewriteLinks(
  html: string,
  resolve: (url: string, attribute: 'href' | 'src') => string | null,
  link: PtkLinkContext = { basePath: '', siteUrls: [] },
): RewrittenLinks {
  let rewritten = 0;
  const unresolved = new Set<string>();
  const rewrite = (attribs: sanitizeHtml.Attributes, attribute: 'href' | 'src'): sanitizeHtml.Attributes => {
    const value = attribs[attribute];
    if (value === undefined || value.trim() === '' || value.trim().startsWith('#')) return attribs;
    const resolved = resolve(value, attribute);
    if (resolved !== null) {
      rewritten += 1;
      return { ...attribs, [attribute]: resolved };
    }
    if (isPtkInternal(value, link)) unresolved.add(value);
    return attribs;
  };
  const out = sanitizeHtml(html, {
    // Everything passes this parse as it is: the input is already clean and the result is sanitised again.
    allowedTags: false,
    allowedAttributes: false,
    allowVulnerableTags: true,
    transformTags: {
      a: (tagName, attribs) => ({ tagName, attribs: rewrite(attribs, 'href') }),
      img: (tagName, attribs) => ({ tagName, attribs: rewrite(attribs, 'src') }),
    },
  });
  return { html: sanitizeRichText(out), rewritten, unresolved: [...unresolved] };
}
