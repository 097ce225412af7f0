/**
 * A responsive image: AVIF and WebP sources for the browsers that read them, a JPEG `<img>` for
 * the rest, every format at every width, so that the browser downloads one file of the width the
 * slot needs on its screen. `width` and `height` give the browser the aspect ratio before any byte
 * arrives (no layout shift; the site CSS sets `block-size: auto` on images).
 */
import type { VariantFormat } from '../variants.ts';

export { ARTICLE_IMAGE_SIZES, evaluateSizes } from './sizes.ts';

/** One stored variant, as the page links it. */
export interface PictureVariant {
  format: VariantFormat;
  width: number;
  height: number;
  url: string;
}

export interface PictureProps {
  /** Every variant of the image (any order); formats without a variant get no `<source>`. */
  variants: readonly PictureVariant[];
  /** What the image shows, for people who cannot see it. Pass `''` for a decorative image. */
  alt: string;
  /** The slot's width on each screen, e.g. `ARTICLE_IMAGE_SIZES`. */
  sizes: string;
  /**
   * True for an image visible without scrolling on a phone (a hero or the first image of a page):
   * it loads eagerly with a high fetch priority. Every other image waits until it is near the
   * viewport.
   */
  aboveTheFold?: boolean;
  class?: string;
  /** Inline style of the `<img>`, e.g. the focal point as `object-position` for a cropped slot. */
  style?: string;
}

/** The JPEG used as `src` for browsers without `srcset`: the widest not above this. */
const FALLBACK_SRC_MAX_WIDTH = 1024;

/**
 * `<picture>` with `<source type="image/avif">`, `<source type="image/webp">` and a JPEG `<img>`.
 *
 * @example
 * <Picture variants={variants} alt="Mangroves at low tide" sizes={ARTICLE_IMAGE_SIZES} />
 */
export function Picture(props: PictureProps) {
  const byFormat = (format: VariantFormat) => props.variants.filter((v) => v.format === format).sort((a, b) => a.width - b.width);
  const avif = byFormat('avif');
  const webp = byFormat('webp');
  // The <img> needs one format every browser reads; without JPEG variants, use the best there is.
  const fallback = [byFormat('jpeg'), webp, avif].find((list) => list.length) ?? [];
  const largest = fallback[fallback.length - 1];
  if (!largest) return null;
  const src = [...fallback].reverse().find((v) => v.width <= FALLBACK_SRC_MAX_WIDTH) ?? fallback[0]!;
  const eager = props.aboveTheFold === true;
  return (
    <picture>
      {avif.length > 0 && fallback !== avif && <source type="image/avif" srcset={srcset(avif)} sizes={props.sizes} />}
      {webp.length > 0 && fallback !== webp && <source type="image/webp" srcset={srcset(webp)} sizes={props.sizes} />}
      <img
        class={props.class}
        style={props.style}
        src={src.url}
        srcset={srcset(fallback)}
        sizes={props.sizes}
        width={largest.width}
        height={largest.height}
        alt={props.alt}
        loading={eager ? 'eager' : 'lazy'}
        fetchpriority={eager ? 'high' : undefined}
        decoding="async"
      />
    </picture>
  );
}

/** `url 320w, url 640w`; commas and spaces in a URL would split the list, so they are escaped. */
function srcset(variants: readonly PictureVariant[]): string {
  return variants.map((v) => `${v.url.replace(/[\s,]/g, (c) => encodeURIComponent(c))} ${v.width}w`).join(', ');
}
