import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import sharp, { type Sharp } from 'sharp';
import { AppError } from '../errors.ts';
import { ImageTooLargeError, makeImageVariants, pickVariantWidth, planVariants, UnsupportedImageError, type ImageVariant } from './variants.ts';

/** A smooth gradient with some texture, so that encoders have something to do. */
function gradientJpeg(width: number, height: number, extra?: (image: Sharp) => Sharp) {
  const data = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      data[i] = (x * 255) / width;
      data[i + 1] = (y * 255) / height;
      data[i + 2] = (x + y) % 64 < 32 ? 60 : 180;
    }
  }
  let image = sharp(data, { raw: { width, height, channels: 3 } }).jpeg({ quality: 90 });
  if (extra) image = extra(image);
  return image.toBuffer();
}

function magic(format: ImageVariant['format'], bytes: Buffer): boolean {
  if (format === 'jpeg') return bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  if (format === 'webp') return bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP';
  return bytes.subarray(4, 8).toString('latin1') === 'ftyp' && bytes.subarray(8, 12).toString('latin1') === 'avif';
}

describe('planVariants', () => {
  it('plans the four standard widths for a large image, keeping the aspect ratio', () => {
    assert.deepEqual(planVariants({ width: 2000, height: 1500 }), [
      { width: 320, height: 240 },
      { width: 640, height: 480 },
      { width: 1024, height: 768 },
      { width: 1600, height: 1200 },
    ]);
  });

  it('never upscales, and adds the original width when it is below the largest standard width', () => {
    assert.deepEqual(planVariants({ width: 500, height: 250 }), [
      { width: 320, height: 160 },
      { width: 500, height: 250 },
    ]);
    assert.deepEqual(planVariants({ width: 200, height: 100 }), [{ width: 200, height: 100 }]);
    assert.deepEqual(
      planVariants({ width: 1024, height: 1024 }).map((v) => v.width),
      [320, 640, 1024],
    );
    assert.deepEqual(
      planVariants({ width: 1600, height: 900 }).map((v) => v.width),
      [320, 640, 1024, 1600],
    );
  });
});

describe('makeImageVariants', () => {
  it('makes AVIF, WebP and JPEG at 320, 640, 1024 and 1600 pixels from a 2000×1500 JPEG', async () => {
    const source = await gradientJpeg(2000, 1500);
    const result = await makeImageVariants(source);
    assert.deepEqual(result.source, { format: 'jpeg', width: 2000, height: 1500, hasAlpha: false, size: source.length });
    assert.deepEqual(
      result.variants.map((v) => `${v.width}x${v.height}.${v.format}`),
      ['320x240.avif', '320x240.webp', '320x240.jpeg', '640x480.avif', '640x480.webp', '640x480.jpeg', '1024x768.avif', '1024x768.webp', '1024x768.jpeg', '1600x1200.avif', '1600x1200.webp', '1600x1200.jpeg'],
    );
    for (const variant of result.variants) {
      assert.ok(magic(variant.format, variant.bytes), `${variant.fileName} starts with the ${variant.format} signature`);
      const meta = await sharp(variant.bytes).metadata();
      assert.equal(meta.format, variant.format === 'avif' ? 'heif' : variant.format);
      assert.equal(meta.width, variant.width);
      assert.equal(meta.height, variant.height);
      assert.equal(variant.size, variant.bytes.length);
      assert.match(variant.hash, /^[0-9a-f]{64}$/);
      assert.equal(variant.fileName, `${variant.width}w.${variant.hash.slice(0, 16)}.${variant.format === 'jpeg' ? 'jpg' : variant.format}`);
    }
  });

  it('does not upscale a 500-pixel-wide image', async () => {
    const result = await makeImageVariants(await gradientJpeg(500, 375));
    assert.deepEqual([...new Set(result.variants.map((v) => `${v.width}x${v.height}`))], ['320x240', '500x375']);
    assert.equal(result.variants.length, 6);
  });

  it('applies the EXIF orientation (6: rotate 90°), swapping width and height', async () => {
    const source = await gradientJpeg(800, 400, (image) => image.withMetadata({ orientation: 6 }));
    assert.equal((await sharp(source).metadata()).orientation, 6);
    const result = await makeImageVariants(source);
    assert.deepEqual(result.source.width, 400);
    assert.deepEqual(result.source.height, 800);
    assert.deepEqual([...new Set(result.variants.map((v) => `${v.width}x${v.height}`))], ['320x640', '400x800']);
    for (const variant of result.variants) {
      const meta = await sharp(variant.bytes).metadata();
      assert.equal(meta.width, variant.width);
      assert.equal(meta.orientation, undefined);
    }
  });

  it('strips EXIF, GPS, XMP and ICC metadata from every variant', async () => {
    const source = await gradientJpeg(700, 500, (image) =>
      image
        .withExif({
          IFD0: { Make: 'Ecotone Camera', Copyright: 'Someone' },
          IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '50/1 50/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '4/1 21/1 0/1' },
        })
        .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="50,50N"/></rdf:RDF></x:xmpmeta>')
        .withIccProfile('p3'),
    );
    const sourceMeta = await sharp(source).metadata();
    assert.ok(sourceMeta.exif, 'the source carries EXIF (with GPS)');
    assert.ok(sourceMeta.xmp, 'the source carries XMP');
    const result = await makeImageVariants(source);
    assert.equal(result.variants.length, 9);
    for (const variant of result.variants) {
      const meta = await sharp(variant.bytes).metadata();
      assert.equal(meta.exif, undefined, `${variant.fileName} has no EXIF`);
      assert.equal(meta.xmp, undefined, `${variant.fileName} has no XMP`);
      assert.equal(meta.icc, undefined, `${variant.fileName} has no ICC profile (sRGB is assumed)`);
      assert.equal(variant.bytes.includes('Ecotone Camera'), false);
    }
  });

  it('keeps transparency in WebP and AVIF, and puts JPEG on white', async () => {
    const png = await sharp({ create: { width: 400, height: 300, channels: 4, background: { r: 200, g: 30, b: 30, alpha: 0 } } })
      .composite([{ input: { create: { width: 200, height: 150, channels: 4, background: { r: 30, g: 120, b: 60, alpha: 1 } } }, left: 100, top: 75 }])
      .png()
      .toBuffer();
    const result = await makeImageVariants(png);
    assert.equal(result.source.hasAlpha, true);
    assert.deepEqual([...new Set(result.variants.map((v) => v.width))], [320, 400]);
    for (const variant of result.variants) {
      const { data, info } = await sharp(variant.bytes).raw().toBuffer({ resolveWithObject: true });
      if (variant.format === 'jpeg') {
        assert.equal(info.channels, 3);
        assert.ok(data[0]! > 245 && data[1]! > 245 && data[2]! > 245, 'the transparent corner is white in JPEG');
      } else {
        assert.equal(info.channels, 4, `${variant.format} keeps an alpha channel`);
        assert.ok(data[3]! < 10, `the corner stays transparent in ${variant.format}`);
        const centre = ((info.height >> 1) * info.width + (info.width >> 1)) * 4;
        assert.ok(data[centre + 3]! > 245, `the centre stays opaque in ${variant.format}`);
      }
    }
  });

  it('refuses an image whose header claims 30000×30000 pixels, before decoding it', async () => {
    // A real 16×16 JPEG whose frame header (SOF0) is rewritten to claim 30000×30000 pixels.
    const bomb = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#336699' } }).jpeg({ progressive: false }).toBuffer();
    const sof = bomb.indexOf(Buffer.from([0xff, 0xc0]));
    assert.ok(sof > 0);
    bomb.writeUInt16BE(30000, sof + 5);
    bomb.writeUInt16BE(30000, sof + 7);
    const started = performance.now();
    await assert.rejects(makeImageVariants(bomb), (error: unknown) => {
      assert.ok(error instanceof ImageTooLargeError);
      assert.ok(error instanceof AppError);
      assert.equal(error.code, 'image_too_large');
      assert.equal(error.statusCode, 422);
      assert.equal(error.width, 30000);
      assert.equal(error.height, 30000);
      return true;
    });
    assert.ok(performance.now() - started < 1000, 'refused from the header, without decoding 900 megapixels');
  });

  it('refuses bytes that are not an image, and formats that are not photos', async () => {
    await assert.rejects(makeImageVariants(Buffer.from('not an image at all')), (error: unknown) => error instanceof UnsupportedImageError && error.code === 'image_unsupported');
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400"><rect width="400" height="400"/></svg>');
    await assert.rejects(makeImageVariants(svg), (error: unknown) => error instanceof UnsupportedImageError);
  });

  it('processes one image at a time, and keeps going after a failure', async () => {
    const good = await gradientJpeg(1200, 900);
    // Sample libvips' running operations while three images are asked for at once: one image runs
    // at most two encodes side by side, so more than two at any moment means images overlapped.
    let most = 0;
    const sampler = setInterval(() => {
      most = Math.max(most, sharp.counters().process);
    }, 1);
    let results: PromiseSettledResult<unknown>[];
    try {
      results = await Promise.allSettled([makeImageVariants(Buffer.from('broken')), makeImageVariants(good), makeImageVariants(good), makeImageVariants(good)]);
    } finally {
      clearInterval(sampler);
    }
    assert.deepEqual(
      results.map((r) => r.status),
      ['rejected', 'fulfilled', 'fulfilled', 'fulfilled'],
    );
    assert.ok(most >= 1, 'the sampler saw the work running');
    assert.ok(most <= 2, `at most two sharp operations at once (one image), saw ${most}`);
  });
});

describe('pickVariantWidth', () => {
  it('picks the narrowest variant at least as wide as the slot times the pixel ratio', () => {
    const widths = [320, 640, 1024, 1600];
    assert.equal(pickVariantWidth(widths, 328, 2), 1024);
    assert.equal(pickVariantWidth(widths, 320, 2), 640);
    assert.equal(pickVariantWidth(widths, 328, 1), 640);
    assert.equal(pickVariantWidth(widths, 1200, 2), 1600);
  });
});
