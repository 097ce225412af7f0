import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { mediaTextIn, type MediaEntry } from './presenter.ts';
import { mediaUrl } from './urls.ts';
import { ARTICLE_IMAGE_SIZES } from './views/sizes.ts';
import { MediaImage } from './views/media-image.tsx';

/**
 * Rich text as stored names library files by their original's address (`/media/42/<sha256>.jpg`).
 * On a public page each such `<img>` becomes the file's responsive `<picture>` (lazy, with width
 * and height), and each link to a file points at its current address (a replaced file has a new
 * one). The stored HTML went through the sanitiser, which writes every attribute as `name="value"`
 * with `&`, `<`, `>` and `"` escaped: that regular form is what is matched here.
 */
const imgTag = /<img\b([^>]*)>/g;
const attribute = /([a-zA-Z-]+)="([^"]*)"/g;
const mediaPath = /^\/media\/([1-9][0-9]{0,9})\//;
const mediaHref = /\bhref="\/media\/([1-9][0-9]{0,9})\/[^"]*"/g;

export interface RichTextMediaOptions {
  media: ReadonlyMap<number, MediaEntry>;
  /** The page's language and the site's default, for the alt text an editor left empty. */
  language: string;
  defaultLanguage: string;
  sizes?: string;
}

/**
 * The body with its library images made responsive and its file links made current. An image of a
 * file that is gone stays as written (a broken image is visible to the editor, silence is not).
 *
 * @example renderRichTextMedia(translation.body, { media, language: 'fr', defaultLanguage: 'en' })
 */
export function renderRichTextMedia(html: string, options: RichTextMediaOptions): string {
  if (!html.includes('/media/')) return html;
  return html
    .replace(imgTag, (tag, attrs: string) => {
      const values = Object.fromEntries([...attrs.matchAll(attribute)].map(([, name, value]) => [name!.toLowerCase(), unescapeAttribute(value!)]));
      const id = mediaPath.exec(values.src ?? '')?.[1];
      const entry = id ? options.media.get(Number(id)) : undefined;
      if (!entry || entry.file.kind !== 'image') return tag;
      const alt = entry.file.decorative ? '' : values.alt || mediaTextIn(entry, options.language, options.defaultLanguage).altText;
      return renderToString(h(MediaImage, { entry, alt, sizes: options.sizes ?? ARTICLE_IMAGE_SIZES }));
    })
    .replace(mediaHref, (attr, id: string) => {
      const entry = options.media.get(Number(id));
      return entry ? `href="${mediaUrl(entry.file)}"` : attr;
    });
}

function unescapeAttribute(value: string): string {
  return value.replace(/&(quot|lt|gt|#39|amp);/g, (_, name: string) => ({ quot: '"', lt: '<', gt: '>', '#39': "'", amp: '&' })[name]!);
}
