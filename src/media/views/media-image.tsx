import type { MediaEntry } from '../presenter.ts';
import { mediaUrl, pictureVariants } from '../urls.ts';
import { Picture } from './picture.tsx';

export interface MediaImageProps {
  entry: MediaEntry;
  /** What the image shows; `''` for a decorative image. */
  alt: string;
  sizes: string;
  aboveTheFold?: boolean;
  class?: string;
  /** The slot crops the image (CSS `object-fit: cover`): keep its focal point in view. */
  cropped?: boolean;
}

/**
 * An image of the library on a public page: its variants as a `<picture>` once the background job
 * has made them (ADR 0011), the original meanwhile, so that a page published a minute after the
 * upload still shows the picture. Width and height are always set, so nothing shifts as it loads.
 *
 * @example <MediaImage entry={entry} alt="Mangroves at low tide" sizes={ARTICLE_IMAGE_SIZES} />
 */
export function MediaImage(props: MediaImageProps) {
  const { entry } = props;
  const focal = entry.file.focalPoint;
  const style = props.cropped && focal ? `object-position: ${round(focal.x * 100)}% ${round(focal.y * 100)}%` : undefined;
  if (entry.variants.length > 0) {
    return <Picture variants={pictureVariants(entry.variants)} alt={props.alt} sizes={props.sizes} aboveTheFold={props.aboveTheFold} class={props.class} style={style} />;
  }
  const eager = props.aboveTheFold === true;
  return (
    <img
      class={props.class}
      style={style}
      src={mediaUrl(entry.file)}
      width={entry.file.width ?? undefined}
      height={entry.file.height ?? undefined}
      alt={props.alt}
      loading={eager ? 'eager' : 'lazy'}
      fetchpriority={eager ? 'high' : undefined}
      decoding="async"
    />
  );
}

/** An image with its caption and credits below it, when it has any. */
export function MediaFigure(props: MediaImageProps & { caption: string; credits: string; lang?: string }) {
  const { caption, credits } = props;
  return (
    <figure class={['media-figure', props.class].filter(Boolean).join(' ')}>
      <MediaImage entry={props.entry} alt={props.alt} sizes={props.sizes} aboveTheFold={props.aboveTheFold} />
      {(caption || credits) && (
        <figcaption lang={props.lang}>
          {caption}
          {caption && credits && ' '}
          {credits && <small class="media-figure__credits">{credits}</small>}
        </figcaption>
      )}
    </figure>
  );
}

const round = (n: number) => Math.round(n * 10) / 10;
