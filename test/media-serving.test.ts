import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import sharp from 'sharp';
import { createUser } from '../src/accounts/service.ts';
import { SiteScope } from '../src/db/site-scope.ts';
import { type JobResult, runScheduledJobsNow } from '../src/jobs/runner.ts';
import { findMediaById, insertMedia, listMediaVariants, type MediaFile } from '../src/media/repo.ts';
import { mediaKey, type MediaStore, newTemporaryKey } from '../src/media/storage/media-store.ts';
import { uploadStagingDir } from '../src/media/storage/open-store.ts';
import { storeUpload } from '../src/media/upload.ts';
import { mediaUrl, pictureVariants } from '../src/media/urls.ts';
import { planVariants, VARIANT_FORMATS, VARIANT_MIME_TYPES } from '../src/media/variants.ts';
import { ARTICLE_IMAGE_SIZES, Picture } from '../src/media/views/picture.tsx';
import type { Site } from '../src/sites/site.ts';
import { AdminSession } from './support/admin-session.ts';
import { buildSite, buildTestApp, hostOf, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';
import { pdf, sha256, storedKeys, truncatedJpeg } from './support/media.ts';
import { type LocalS3, startLocalS3 } from './support/s3rver.ts';

// A 1200 × 800 photo: variants at 320, 640, 1024 and its own 1200 (never upscaled).
const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#2f7a4d', noise: { type: 'gaussian', mean: 110, sigma: 20 } } }).jpeg({ quality: 85 }).toBuffer();
const password = 'correct horse battery staple';
const silent = { info() {}, warn() {}, error() {} };

let s3: LocalS3;
before(async () => {
  s3 = await startLocalS3();
});
after(async () => {
  await s3?.close();
});

for (const { dialect, skip } of await dialectsToTest()) {
  for (const storeKind of ['disk', 's3'] as const) {
    describe(`media serving [${dialect}, ${storeKind}]`, { skip }, () => {
      let t: TestApp;
      let site: Site;
      let other: Site;
      let scope: SiteScope;
      let store: MediaStore;
      let editor: AdminSession;
      let image: MediaFile;

      const runJobs = (): Promise<JobResult[]> => runScheduledJobsNow(t.services, { log: silent });
      const variantsTask = (results: JobResult[]) => {
        const result = results.find((r) => r.name === 'media-variants');
        assert.ok(result?.ok, JSON.stringify(result));
        return result.result as { made: number; failed: number; retry: number };
      };
      const anonymous = (url: string, host = hostOf(site), headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers: { host, ...headers } });
      const asEditor = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers: { host: hostOf(site), cookie: editor.cookieHeader(), ...headers } });
      const variantCount = async () => Number((await t.services.db.kysely.selectFrom('media_variants').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

      before(async () => {
        const env: Record<string, string> =
          storeKind === 's3' ? s3.env(`serving-${dialect}`) : {};
        t = await buildTestApp(dialect, env);
        store = t.services.media;
        site = await buildSite(t.services, { code: `serve${dialect}${storeKind}`.slice(0, 20) });
        other = await buildSite(t.services, { code: `elsewhere${dialect}${storeKind}`.slice(0, 20) });
        scope = new SiteScope(t.services.db.kysely, site.id);
        await createUser(t.services.db.kysely, { email: 'editor@media.example', displayName: 'Media editor', password, memberships: [{ siteId: site.id, role: 'editor' }] });
        editor = new AdminSession(t.app, hostOf(site));
        assert.equal((await editor.login('editor@media.example', password)).statusCode, 303);
        const stagingDir = uploadStagingDir(t.services.config);
        ({ media: image } = await storeUpload({ scope, store, actorId: null, stagingDir }, { stream: Readable.from([photo]), filename: 'Marais.jpg' }));
      });
      after(async () => {
        await t?.close();
      });

      test('the periodic task makes every planned width in AVIF, WebP and JPEG, recorded and stored', async () => {
        assert.deepEqual(await listMediaVariants(scope, image.id), [], 'nothing is made during the upload');
        assert.deepEqual(variantsTask(await runJobs()), { made: 1, failed: 0, retry: 0 });
        const variants = await listMediaVariants(scope, image.id);
        const planned = planVariants({ width: 1200, height: 800 });
        assert.deepEqual(planned.map((p) => p.width), [320, 640, 1024, 1200]);
        assert.deepEqual(
          variants.map((v) => [v.width, v.height, v.format]).sort(),
          planned.flatMap((p) => VARIANT_FORMATS.map((format) => [p.width, p.height, format])).sort(),
        );
        for (const variant of variants) {
          assert.equal(variant.storageKey, `${image.storageKey}.${variant.fileName}`);
          assert.match(variant.fileName, /^\d+w\.[0-9a-f]{16}\.(avif|webp|jpg)$/);
          const stored = await store.get(variant.storageKey);
          const bytes = Buffer.concat(await stored.body.toArray());
          assert.equal(bytes.length, variant.bytes);
          assert.equal(sha256(bytes), variant.sha256);
          assert.equal(stored.contentType, VARIANT_MIME_TYPES[variant.format]);
        }
        assert.ok((await storedKeys(store)).every((key) => !key.startsWith('tmp/')), 'no temporary key left');
      });

      test('the picture’s URLs resolve for an editor of the site, with the right type and private caching', async () => {
        const variants = await listMediaVariants(scope, image.id);
        const html = renderToString(h(Picture, { variants: pictureVariants(variants), alt: 'Marsh', sizes: ARTICLE_IMAGE_SIZES }));
        const urls = new Set([...html.matchAll(/(?:src|srcset)="([^"]+)"/g)].flatMap((m) => m[1]!.split(', ').map((entry) => entry.split(' ')[0]!)));
        assert.equal(urls.size, variants.length, html);
        for (const url of urls) {
          const variant = variants.find((v) => url.endsWith(`/${v.fileName}`))!;
          const response = await asEditor(url);
          assert.equal(response.statusCode, 200, url);
          assert.equal(response.headers['content-type'], VARIANT_MIME_TYPES[variant.format]);
          assert.equal(response.headers.etag, `"${variant.sha256}"`);
          assert.equal(response.headers['cache-control'], 'private, no-store');
          assert.equal(response.headers['x-content-type-options'], 'nosniff');
          assert.equal(response.headers['accept-ranges'], 'bytes');
          assert.equal(response.headers['content-disposition'], undefined);
          assert.equal(response.rawPayload.length, variant.bytes);
          assert.equal(sha256(response.rawPayload), variant.sha256);
        }
        const original = await asEditor(mediaUrl(image));
        assert.equal(original.statusCode, 200);
        assert.equal(original.headers['content-type'], 'image/jpeg');
        assert.equal(original.headers.etag, `"${image.sha256}"`);
        assert.ok(original.rawPayload.equals(photo));
        assert.equal((await asEditor(mediaUrl(image), { 'if-none-match': `"${image.sha256}"` })).statusCode, 304);
      });

      test('answers 404 to an anonymous visitor, on another site’s host, and for a wrong name', async () => {
        const [variant] = await listMediaVariants(scope, image.id);
        for (const url of [mediaUrl(image), `/media/${image.id}/${variant!.fileName}`]) {
          assert.equal((await anonymous(url)).statusCode, 404, `anonymous ${url}`);
          assert.equal((await anonymous(url, hostOf(other))).statusCode, 404, `other site ${url}`);
          assert.equal((await t.app.inject({ method: 'GET', url, headers: { host: hostOf(other), cookie: editor.cookieHeader() } })).statusCode, 404, `other site with the editor's cookie ${url}`);
        }
        const wrongHash = `${'0'.repeat(64)}.jpg`;
        assert.equal((await asEditor(`/media/${image.id}/${wrongHash}`)).statusCode, 404);
        assert.equal((await asEditor(`/media/${image.id}/${image.sha256}.png`)).statusCode, 404, 'the right hash with another extension');
        assert.equal((await asEditor(`/media/${image.id}/320w.0000000000000000.avif`)).statusCode, 404);
        assert.equal((await asEditor(`/media/${image.id}/..%2F..%2Fsecret`)).statusCode, 404);
        assert.equal((await asEditor(`/media/999999/${image.sha256}.jpg`)).statusCode, 404);
        assert.equal((await asEditor(`/media/abc/${image.sha256}.jpg`)).statusCode, 404);
        assert.equal((await anonymous(mediaUrl(image), 'unknown.example')).statusCode, 404);
      });

      test('serves a single byte range, and 416 for one past the end', async () => {
        const first = await asEditor(mediaUrl(image), { range: 'bytes=0-99' });
        assert.equal(first.statusCode, 206);
        assert.equal(first.headers['content-range'], `bytes 0-99/${photo.length}`);
        assert.equal(first.headers['content-length'], '100');
        assert.ok(first.rawPayload.equals(photo.subarray(0, 100)));

        const tail = await asEditor(mediaUrl(image), { range: 'bytes=-10' });
        assert.equal(tail.statusCode, 206);
        assert.equal(tail.headers['content-range'], `bytes ${photo.length - 10}-${photo.length - 1}/${photo.length}`);
        assert.ok(tail.rawPayload.equals(photo.subarray(photo.length - 10)));

        const beyond = await asEditor(mediaUrl(image), { range: 'bytes=999999999-' });
        assert.equal(beyond.statusCode, 416);
        assert.equal(beyond.headers['content-range'], `bytes */${photo.length}`);

        const several = await asEditor(mediaUrl(image), { range: 'bytes=0-9,20-29' });
        assert.equal(several.statusCode, 200, 'several ranges: the whole file');
        assert.equal(several.rawPayload.length, photo.length);

        assert.equal((await anonymous(mediaUrl(image), hostOf(site), { range: 'bytes=0-99' })).statusCode, 404, 'a range reveals nothing either');

        const head = await t.app.inject({ method: 'HEAD', url: mediaUrl(image), headers: { host: hostOf(site), cookie: editor.cookieHeader() } });
        assert.equal(head.statusCode, 200);
        assert.equal(head.headers['content-length'], String(photo.length));
        assert.equal(head.headers['content-type'], 'image/jpeg');
        assert.equal(head.rawPayload.length, 0);
      });

      test('sends a PDF as an attachment under its uploaded name', async () => {
        const { media } = await storeUpload({ scope, store, actorId: null, stagingDir: uploadStagingDir(t.services.config) }, { stream: Readable.from([pdf]), filename: 'rapport "national" é.pdf' });
        assert.equal(mediaUrl(media), `/media/${media.id}/${sha256(pdf)}.pdf`);
        const response = await asEditor(mediaUrl(media));
        assert.equal(response.statusCode, 200);
        assert.equal(response.headers['content-type'], 'application/pdf');
        assert.equal(response.headers['content-disposition'], `attachment; filename="rapport _national_ _.pdf"; filename*=UTF-8''rapport%20%22national%22%20%C3%A9.pdf`);
        assert.equal(response.headers['x-content-type-options'], 'nosniff');
        assert.ok(response.rawPayload.equals(pdf));
      });

      test('running the task again makes nothing new', async () => {
        const keys = await storedKeys(store);
        const rows = await variantCount();
        assert.deepEqual(variantsTask(await runJobs()), { made: 0, failed: 0, retry: 0 });
        assert.equal(await variantCount(), rows);
        assert.deepEqual(await storedKeys(store), keys);
      });

      test('marks an unreadable image failed and does not try it again', async () => {
        // Bypasses the upload's checks, as an older upload or a damaged store could.
        const key = mediaKey(site.id, sha256(truncatedJpeg));
        const temporary = newTemporaryKey();
        await store.put(temporary, Readable.from([truncatedJpeg]), { contentType: 'image/jpeg' });
        await store.commit(temporary, key);
        const broken = await insertMedia(scope, {
          sha256: sha256(truncatedJpeg),
          kind: 'image',
          contentType: 'image/jpeg',
          bytes: truncatedJpeg.length,
          filename: 'cut.jpg',
          storageKey: key,
          width: 256,
          height: 256,
          createdBy: null,
        });
        assert.deepEqual(variantsTask(await runJobs()), { made: 0, failed: 1, retry: 0 });
        assert.ok((await findMediaById(scope, broken.id))?.variantsFailedAt);
        assert.deepEqual(await listMediaVariants(scope, broken.id), []);
        assert.deepEqual(variantsTask(await runJobs()), { made: 0, failed: 0, retry: 0 }, 'not tried again');
        assert.ok((await storedKeys(store)).every((k) => !k.startsWith('tmp/') && !k.startsWith(`${key}.`)), 'no variant file, no temporary key');
      });
    });
  }
}
