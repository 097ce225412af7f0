import { createHash } from 'node:crypto';
import sharp from 'sharp';
import type { MediaStore } from '../../src/media/storage/media-store.ts';

/** Test files shared by the media suites, made once. */

/** A 256 × 256 JPEG of noise: large enough that cutting it leaves a damaged image. */
export const noisyJpeg = await sharp({ create: { width: 256, height: 256, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
  .jpeg({ quality: 90 })
  .toBuffer();

/** The first 60 % of `noisyJpeg`: a valid header, a cut-off body. */
export const truncatedJpeg = noisyJpeg.subarray(0, Math.floor(noisyJpeg.length * 0.6));

/** A minimal valid PDF. */
export const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** SHA-256 of `bytes`, hex. */
export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** Every key in the store, sorted. */
export async function storedKeys(store: MediaStore): Promise<string[]> {
  const keys: string[] = [];
  for await (const entry of store.list('')) keys.push(entry.key);
  return keys.sort();
}
