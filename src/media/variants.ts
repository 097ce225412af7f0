/**
 * Image variants: the resized, re-encoded copies of an uploaded image that public pages serve with
 * `srcset` (AVIF, WebP and JPEG at a few standard widths). Pure apart from sharp: bytes in, bytes
 * out; where they are stored and how they are named on disk or S3 is the storage module's job.
 *
 * Why the settings are what they are is recorded in `docs/decisions/0011-image-variants.md`.
 */
import { createHash } from 'node:crypto';
import sharp, { type Metadata, type OutputInfo, type Sharp } from 'sharp';
import { AppError } from '../errors.ts';
import { DEFAULT_MAX_IMAGE_PIXELS } from './schema.ts';

/** The widths a public page may ask for: a phone at 1x and 2x, a tablet, a wide column at 2x. */
export const STANDARD_WIDTHS: readonly number[] = [320, 640, 1024, 1600];

export type VariantFormat = 'avif' | 'webp' | 'jpeg';

/** Best first: the order of `<source>` elements, and the order variants come back in for a width. */
export const VARIANT_FORMATS: readonly VariantFormat[] = ['avif', 'webp', 'jpeg'];

export const VARIANT_MIME_TYPES: Readonly<Record<VariantFormat, string>> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpeg: 'image/jpeg',
};

const EXTENSIONS: Readonly<Record<VariantFormat, string>> = { avif: 'avif', webp: 'webp', jpeg: 'jpg' };

/**
 * Encoder settings, measured on the 2-core server with a photo-like 12-megapixel JPEG shrunk to
 * 320, 640, 1024 and 1600 pixels (all four widths, one encode at a time; see ADR 0011):
 * - AVIF quality 50 (sharp's default; looks like JPEG ~80 at about half the bytes). Effort is
 *   the knob that matters: effort 4 (the default) took 13.2 s for the four widths, effort 3
 *   2.6 s for files 1–15 % *smaller* than effort 4, effort 2 1.7 s for files ~10 % larger than
 *   effort 3, effort 0 0.5 s. Images are encoded once and downloaded many times by visitors on
 *   costly links, so effort 3.
 * - WebP quality 75, effort 4 (the defaults): 0.37 s, 5 % smaller than effort 2 (0.19 s).
 * - JPEG quality 80, progressive with optimised Huffman tables (libjpeg-turbo): 0.08 s and
 *   ~5 % smaller than baseline. mozjpeg saves another ~10 % but took 0.40 s: not worth five
 *   times the CPU for the fallback that only browsers without AVIF and WebP download.
 */
export const ENCODER_SETTINGS = {
  avif: { quality: 50, effort: 3, chromaSubsampling: '4:2:0' },
  webp: { quality: 75, effort: 4 },
  jpeg: { quality: 80, progressive: true, optimiseCoding: true },
} as const;

/** Formats sharp may decode for us. SVG, PDF and the like are refused: they are not photos. */
const ACCEPTED_INPUT_FORMATS = new Set(['jpeg', 'png', 'webp', 'avif', 'heif', 'gif', 'tiff']);

/** The image's pixel count is above the limit: refused from its header, before any decoding. */
export class ImageTooLargeError extends AppError {
  constructor(
    readonly width: number,
    readonly height: number,
    readonly maxPixels: number,
  ) {
    super(
      'image_too_large',
      422,
      `The image is ${width}×${height} pixels (${((width * height) / 1e6).toFixed(1)} megapixels); the limit is ${(maxPixels / 1e6).toFixed(0)} megapixels.`,
    );
  }
}

/** The bytes are not an image we can read (unknown or refused format, corrupt data). */
export class UnsupportedImageError extends AppError {
  constructor(message: string, cause?: unknown) {
    super('image_unsupported', 415, message, { cause });
  }
}

export interface PlannedVariant {
  width: number;
  height: number;
}

/**
 * Which widths to make for an image of these (already oriented) dimensions: the standard widths
 * that fit inside it (never upscaling), plus the image's own width when it is narrower than the
 * largest standard width, so that a small image is still served at its full size.
 *
 * @example
 * planVariants({ width: 2000, height: 1500 }).map((v) => v.width); // [320, 640, 1024, 1600]
 * planVariants({ width: 500, height: 400 }).map((v) => v.width);   // [320, 500]
 */
export function planVariants(size: { width: number; height: number }, widths: readonly number[] = STANDARD_WIDTHS): PlannedVariant[] {
  const { width, height } = size;
  if (!(width > 0 && height > 0)) return [];
  const sorted = [...new Set(widths)].sort((a, b) => a - b);
  const chosen = sorted.filter((w) => w <= width);
  const largest = sorted[sorted.length - 1] ?? width;
  if (width < largest && !chosen.includes(width)) chosen.push(width);
  return chosen.map((w) => ({ width: w, height: Math.max(1, Math.round((height * w) / width)) }));
}

export interface ImageVariant {
  format: VariantFormat;
  mimeType: string;
  width: number;
  height: number;
  /** The encoded file, without any metadata (no EXIF, GPS, XMP or ICC profile; sRGB). */
  bytes: Buffer;
  size: number;
  /** SHA-256 of the bytes, hex: a content address that can go into an immutable file name. */
  hash: string;
  /** A suggested file name, e.g. `1024w.3f9a1c2b7d4e5f60.avif`. */
  fileName: string;
}

export interface ImageVariantSet {
  /** The source as decoded: its format, and its dimensions after EXIF orientation. */
  source: { format: string; width: number; height: number; hasAlpha: boolean; size: number };
  /** For each planned width (ascending), one variant per format in `VARIANT_FORMATS` order. */
  variants: ImageVariant[];
}

export interface MakeImageVariantsOptions {
  widths?: readonly number[];
  formats?: readonly VariantFormat[];
  /** Refuse images with more pixels than this (width × height), before decoding; default `DEFAULT_MAX_IMAGE_PIXELS`. */
  maxInputPixels?: number;
}

/**
 * Makes every variant of one image. One image is processed at a time in the process (calls queue),
 * because on a 2-core server two concurrent AVIF encodes would only slow each other and the web
 * server down; within one image, two encodes run side by side (sharp uses one libvips thread per
 * pipeline on glibc Linux), which keeps both cores busy.
 *
 * The source is decoded once: oriented from its EXIF tag, converted to sRGB, and shrunk to the
 * largest planned width into raw pixels; every variant is resized and encoded from those pixels.
 *
 * @throws ImageTooLargeError when the header claims more than `maxInputPixels`
 * @throws UnsupportedImageError when the bytes are not a readable JPEG, PNG, WebP, AVIF, GIF or TIFF
 */
export function makeImageVariants(input: string | Buffer, options: MakeImageVariantsOptions = {}): Promise<ImageVariantSet> {
  const run = queue.then(() => makeVariantsNow(input, options));
  // The queue continues whatever happens to this image.
  queue = run.then(
    () => undefined,
    () => undefined,
  );
  return run;
}

let queue: Promise<void> = Promise.resolve();

/** How many encodes run at once for one image (see `makeImageVariants`). */
const ENCODES_IN_PARALLEL = 2;

async function makeVariantsNow(input: string | Buffer, options: MakeImageVariantsOptions): Promise<ImageVariantSet> {
  const maxPixels = options.maxInputPixels ?? DEFAULT_MAX_IMAGE_PIXELS;
  const formats = options.formats ?? VARIANT_FORMATS;

  // The header alone: dimensions, format, orientation. No pixel is decoded here, and the limit is
  // off for this call so that an oversized image gets our error rather than sharp's.
  let meta: Metadata;
  try {
    meta = await sharp(input, { limitInputPixels: false }).metadata();
  } catch (error) {
    throw new UnsupportedImageError('The file is not an image that can be read.', error);
  }
  if (!ACCEPTED_INPUT_FORMATS.has(meta.format)) {
    throw new UnsupportedImageError(`Images in ${meta.format} format are not accepted; use JPEG, PNG, WebP or AVIF.`);
  }
  if (!meta.width || !meta.height) throw new UnsupportedImageError('The image has no dimensions.');
  if (meta.width * meta.height > maxPixels) throw new ImageTooLargeError(meta.width, meta.height, maxPixels);

  const width = meta.autoOrient?.width ?? meta.width;
  const height = meta.autoOrient?.height ?? meta.height;
  const hasAlpha = meta.hasAlpha === true;
  const plan = planVariants({ width, height }, options.widths);
  const largest = plan[plan.length - 1]!;

  // Decode once. `autoOrient` applies (and drops) the EXIF orientation; sharp converts to sRGB
  // through the embedded ICC profile, if any; raw output carries no metadata at all. JPEG's
  // shrink-on-load makes this decode at half or a quarter of the size when the image is large.
  let decoded: { data: Buffer; info: OutputInfo };
  try {
    let pipeline = sharp(input, { limitInputPixels: maxPixels, autoOrient: true, failOn: 'error', pages: 1 });
    if (largest.width < width) pipeline = pipeline.resize({ width: largest.width, height: largest.height, fit: 'fill' });
    pipeline = pipeline.toColourspace('srgb');
    pipeline = hasAlpha ? pipeline.ensureAlpha() : pipeline.removeAlpha();
    decoded = await pipeline.raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true });
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) throw new ImageTooLargeError(meta.width, meta.height, maxPixels);
    throw new UnsupportedImageError('The image could not be decoded.', error);
  }
  const raw = { width: decoded.info.width, height: decoded.info.height, channels: decoded.info.channels as 3 | 4 };

  const jobs: (() => Promise<ImageVariant>)[] = [];
  for (const target of plan) {
    const resized = sharp(decoded.data, { raw });
    if (target.width !== raw.width || target.height !== raw.height) resized.resize({ width: target.width, height: target.height, fit: 'fill' });
    for (const format of formats) {
      jobs.push(() => encode(resized.clone(), format, hasAlpha));
    }
  }
  return {
    source: { format: meta.format, width, height, hasAlpha, size: typeof input === 'string' ? (meta.size ?? 0) : input.length },
    variants: await runLimited(jobs, ENCODES_IN_PARALLEL),
  };
}

async function encode(pipeline: Sharp, format: VariantFormat, hasAlpha: boolean): Promise<ImageVariant> {
  switch (format) {
    case 'avif':
      pipeline.avif(ENCODER_SETTINGS.avif);
      break;
    case 'webp':
      pipeline.webp({ ...ENCODER_SETTINGS.webp, alphaQuality: 90 });
      break;
    case 'jpeg':
      // JPEG has no alpha: transparent parts become white, as on the site's background.
      if (hasAlpha) pipeline.flatten({ background: '#ffffff' });
      pipeline.jpeg(ENCODER_SETTINGS.jpeg);
      break;
  }
  const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
  const hash = createHash('sha256').update(data).digest('hex');
  return {
    format,
    mimeType: VARIANT_MIME_TYPES[format],
    width: info.width,
    height: info.height,
    bytes: data,
    size: data.length,
    hash,
    fileName: `${info.width}w.${hash.slice(0, 16)}.${EXTENSIONS[format]}`,
  };
}

/** Runs the jobs with at most `limit` at a time; results in the jobs' order. */
async function runLimited<T>(jobs: readonly (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const index = next++;
      results[index] = await jobs[index]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return results;
}

/**
 * The variant a browser picks from a `srcset` of width descriptors: the narrowest one at least
 * `slotWidth × devicePixelRatio` pixels wide, or the widest if none is (HTML's selection, which
 * leaves the choice to the browser; Chromium and Firefox pick this way on a first visit).
 */
export function pickVariantWidth(widths: readonly number[], slotWidth: number, devicePixelRatio: number): number | undefined {
  const needed = slotWidth * devicePixelRatio;
  const sorted = [...widths].sort((a, b) => a - b);
  return sorted.find((w) => w >= needed) ?? sorted[sorted.length - 1];
}
