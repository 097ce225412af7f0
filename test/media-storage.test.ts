import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../src/config.ts';
import { AppError } from '../src/errors.ts';
import { DiskStore } from '../src/media/storage/disk-store.ts';
import { type MediaStore, mediaKey, newTemporaryKey, sweepTemporaryKeys, variantKey } from '../src/media/storage/media-store.ts';
import { openMediaStore } from '../src/media/storage/open-store.ts';
import { S3Store } from '../src/media/storage/s3-store.ts';
import { type LocalS3, startLocalS3 } from './support/s3rver.ts';

const sha = 'a'.repeat(64);
const otherSha = 'b'.repeat(64);

async function keys(store: MediaStore, prefix = ''): Promise<string[]> {
  const found: string[] = [];
  for await (const entry of store.list(prefix)) found.push(entry.key);
  return found.sort();
}

function rejectsWith(code: string) {
  return (error: unknown) => {
    assert.ok(error instanceof AppError, `expected an AppError, got ${String(error)}`);
    assert.equal(error.code, code);
    return true;
  };
}

describe('media store configuration', () => {
  test('uses the disk under DATA_DIR/media by default and S3 for MEDIA_STORE=s3://bucket/prefix', () => {
    const disk = loadConfig({ DATA_DIR: '/srv/ecotone' });
    assert.deepEqual(disk.mediaStore, { kind: 'disk', directory: path.resolve('/srv/ecotone/media') });
    assert.ok(openMediaStore(disk) instanceof DiskStore);
    const s3 = loadConfig({ MEDIA_STORE: 's3://chm-media/sites/', S3_ENDPOINT: 'http://127.0.0.1:9000', S3_REGION: 'eu-west-1', S3_ACCESS_KEY_ID: 'id', S3_SECRET_ACCESS_KEY: 'secret' });
    assert.deepEqual(s3.mediaStore, { kind: 's3', bucket: 'chm-media', prefix: 'sites', endpoint: 'http://127.0.0.1:9000', region: 'eu-west-1', accessKeyId: 'id', secretAccessKey: 'secret' });
    const store = openMediaStore(s3);
    assert.ok(store instanceof S3Store);
    assert.equal(store.description, 's3://chm-media/sites/');
    store.close();
  });

  test('refuses a malformed MEDIA_STORE, half a key pair, and bad limits with a message naming the setting', () => {
    for (const bad of ['s3://', 's3://Bucket_Name', 's3://media/../up', 's3://media//x', 'ftp://media', '/var/media']) {
      assert.throws(() => loadConfig({ MEDIA_STORE: bad }), /MEDIA_STORE must be/, bad);
    }
    assert.throws(() => loadConfig({ MEDIA_STORE: 's3://media', S3_ACCESS_KEY_ID: 'only-id' }), /S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY/);
    assert.throws(() => loadConfig({ MEDIA_STORE: 's3://media', S3_ENDPOINT: 'localhost:9000' }), /S3_ENDPOINT/);
    assert.throws(() => loadConfig({ MEDIA_MAX_IMAGE_MB: '-1' }), /MEDIA_MAX_IMAGE_MB/);
    assert.equal(loadConfig({ MEDIA_MAX_VIDEO_MB: '1.5' }).mediaLimits.video, 1_500_000);
    assert.equal(loadConfig({}).mediaLimits.image, 25_000_000);
  });

  test('builds keys only from a site id and a SHA-256, and variants only from a safe name', () => {
    assert.equal(mediaKey(12, sha), `sites/12/${sha}`);
    assert.equal(variantKey(mediaKey(12, sha), 'w640.webp'), `sites/12/${sha}.w640.webp`);
    assert.equal(variantKey(mediaKey(12, sha), '1024w.0123456789abcdef.avif'), `sites/12/${sha}.1024w.0123456789abcdef.avif`);
    assert.throws(() => variantKey(mediaKey(1, sha), 'a..b'), rejectsWith('media_key_invalid'));
    assert.throws(() => variantKey(mediaKey(1, sha), 'Big.AVIF'), rejectsWith('media_key_invalid'));
    assert.throws(() => mediaKey(0, sha), rejectsWith('media_key_invalid'));
    assert.throws(() => mediaKey(1, 'not-a-hash'), rejectsWith('media_key_invalid'));
    assert.throws(() => variantKey(mediaKey(1, sha), '../x'), rejectsWith('media_key_invalid'));
    assert.throws(() => variantKey(mediaKey(1, sha), 'a/b'), rejectsWith('media_key_invalid'));
    assert.match(newTemporaryKey(), /^tmp\/[0-9a-f]{32}$/);
  });
});

let s3: LocalS3;
let scratch: string;
before(async () => {
  s3 = await startLocalS3();
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ecotone-store-'));
});
after(async () => {
  await s3?.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});

for (const kind of ['disk', 's3'] as const) {
  describe(`media store [${kind}]`, () => {
    let store: MediaStore;
    let outside: string;
    before(() => {
      // The disk store sits one level down, so that anything escaping it would land in `outside`.
      outside = path.join(scratch, kind);
      fs.mkdirSync(outside, { recursive: true });
      store = kind === 'disk' ? new DiskStore(path.join(outside, 'media')) : s3.store(`suite-${kind}`);
    });

    test('puts, gets, checks and deletes a file, with its content type', async () => {
      const key = mediaKey(1, sha);
      const written = await store.put(key, Readable.from([Buffer.from('hello '), Buffer.from('wetlands')]), { contentType: 'text/plain; charset=utf-8' });
      assert.equal(written.bytes, 14);
      assert.equal(await store.exists(key), true);
      const got = await store.get(key);
      assert.equal(got.size, 14);
      assert.equal(got.contentType, 'text/plain; charset=utf-8');
      assert.equal(await text(got.body), 'hello wetlands');
      assert.deepEqual(await keys(store), [key], 'no temporary key is left behind');

      await store.delete(key);
      assert.equal(await store.exists(key), false);
      await assert.rejects(store.get(key), rejectsWith('media_object_missing'));
      await store.delete(key); // deleting twice is not an error
    });

    test('streams a file larger than one multipart part without changing a byte', async () => {
      const key = mediaKey(6, sha);
      const chunk = Buffer.alloc(256 * 1024);
      for (let i = 0; i < chunk.length; i++) chunk[i] = (i * 31) % 251;
      const count = 48; // 12 MB: three parts of S3's 5 MB minimum
      const written = await store.put(key, Readable.from((function* () { for (let i = 0; i < count; i++) yield chunk; })()), { contentType: 'video/mp4' });
      assert.equal(written.bytes, count * chunk.length);
      const got = await store.get(key);
      assert.equal(got.size, count * chunk.length);
      let offset = 0;
      for await (const part of got.body as AsyncIterable<Buffer>) {
        for (let i = 0; i < part.length; i += 4099) assert.equal(part[i], chunk[(offset + i) % chunk.length]);
        offset += part.length;
      }
      assert.equal(offset, count * chunk.length);
      const end = await store.get(key, { start: count * chunk.length - 3, end: count * chunk.length + 10 });
      assert.deepEqual([...Buffer.concat(await end.body.toArray())], [...chunk.subarray(chunk.length - 3)]);
      await store.delete(key);
    });

    test('returns a byte range, clamps its end, and refuses a range past the end', async () => {
      const key = mediaKey(2, sha);
      await store.put(key, Readable.from([Buffer.from('0123456789')]), { contentType: 'application/octet-stream' });
      const middle = await store.get(key, { start: 2, end: 5 });
      assert.equal(await text(middle.body), '2345');
      assert.equal(middle.size, 10);
      assert.deepEqual(middle.range, { start: 2, end: 5 });
      const tail = await store.get(key, { start: 7, end: 100 });
      assert.equal(await text(tail.body), '789');
      assert.deepEqual(tail.range, { start: 7, end: 9 });
      await assert.rejects(store.get(key, { start: 10, end: 12 }), rejectsWith('media_range_invalid'));
      await assert.rejects(store.get(key, { start: 5, end: 2 }), rejectsWith('media_range_invalid'));
      await store.delete(key);
    });

    test('a file written under a temporary key is invisible at its final key until committed', async () => {
      const temporary = newTemporaryKey();
      const final = mediaKey(3, otherSha);
      await store.put(temporary, Readable.from([Buffer.alloc(300_000, 7)]), { contentType: 'image/png' });
      assert.equal(await store.exists(final), false);
      assert.deepEqual(await keys(store, 'sites/'), []);
      assert.deepEqual(await keys(store, 'tmp/'), [temporary]);

      await store.commit(temporary, final);
      assert.equal(await store.exists(final), true);
      assert.equal(await store.exists(temporary), false);
      assert.deepEqual(await keys(store), [final]);
      const got = await store.get(final);
      assert.equal(got.size, 300_000);
      assert.equal(got.contentType, 'image/png');
      got.body.resume();
      await assert.rejects(store.commit(temporary, final), rejectsWith('media_object_missing'), 'a temporary key commits once');
      await assert.rejects(store.commit(final, mediaKey(4, otherSha)), rejectsWith('media_key_invalid'), 'only temporary keys are committed');
      await store.delete(final);
    });

    test('a write that fails half-way leaves nothing behind', async () => {
      const temporary = newTemporaryKey();
      const failing = new Readable({
        read() {
          this.push(Buffer.alloc(1024, 1));
          this.destroy(new Error('connection reset'));
        },
      });
      await assert.rejects(store.put(temporary, failing, { contentType: 'image/png' }), /connection reset/);
      assert.deepEqual(await keys(store), []);
    });

    test('sweeps temporary keys older than the given age, and nothing else', async () => {
      const temporary = newTemporaryKey();
      const final = mediaKey(5, sha);
      await store.put(temporary, Readable.from([Buffer.from('partial')]), { contentType: 'image/jpeg' });
      await store.put(final, Readable.from([Buffer.from('complete')]), { contentType: 'image/jpeg' });
      assert.equal(await sweepTemporaryKeys(store), 0, 'a fresh temporary key may still be in use');
      assert.equal(await sweepTemporaryKeys(store, { now: new Date(Date.now() + 2 * 60 * 60 * 1000) }), 1);
      assert.deepEqual(await keys(store), [final]);
      await store.delete(final);
    });

    test('refuses every key that tries to leave the store or its grammar', async () => {
      const bad = [
        '../escape',
        `sites/1/../../escape`,
        `/etc/passwd`,
        `sites/1/${sha}/../../../escape`,
        'tmp/../../escape',
        `sites/0/${sha}`,
        `sites/1/${sha.toUpperCase()}`,
        `sites/1/${sha}\u0000`,
        `sites/1/${sha}..escape`,
        `sites/1/${sha}.a/b`,
        `sites\\1\\${sha}`,
        `%2e%2e/escape`,
        `sites/1/${sha}\n`,
        '',
      ];
      for (const key of bad) {
        await assert.rejects(store.put(key, Readable.from([Buffer.from('x')]), { contentType: 'text/plain' }), rejectsWith('media_key_invalid'), JSON.stringify(key));
        await assert.rejects(store.get(key), rejectsWith('media_key_invalid'), JSON.stringify(key));
        await assert.rejects(store.exists(key), rejectsWith('media_key_invalid'), JSON.stringify(key));
        await assert.rejects(store.delete(key), rejectsWith('media_key_invalid'), JSON.stringify(key));
      }
      await assert.rejects(keys(store, '../'), rejectsWith('media_key_invalid'));
      assert.deepEqual(await keys(store), []);
      if (kind === 'disk') assert.deepEqual(fs.readdirSync(outside).sort(), ['media'], 'nothing written beside the store');
    });
  });
}
