import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { S3Store } from '../../src/media/storage/s3-store.ts';

interface S3rverInstance {
  run(): Promise<{ address: string; port: number }>;
  close(): Promise<void>;
}
type S3rverConstructor = new (options: {
  port: number;
  address: string;
  silent: boolean;
  directory: string;
  configureBuckets: { name: string }[];
}) => S3rverInstance;

/** s3rver ships no types; this is all of it the tests use. */
const S3rver = createRequire(import.meta.url)('s3rver') as S3rverConstructor;

export interface LocalS3 {
  endpoint: string;
  bucket: string;
  /** An S3 store on the local server, under its own prefix so suites do not see each other's objects. */
  store(prefix: string): S3Store;
  /** The settings (`MEDIA_STORE`, `S3_*`) that point an app at this server, under `prefix`. */
  env(prefix: string): Record<string, string>;
  close(): Promise<void>;
}

/** A real S3 API (s3rver) on a loopback port, keeping its objects in a temporary folder. */
export async function startLocalS3(): Promise<LocalS3> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'ecotone-s3-'));
  const server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory, configureBuckets: [{ name: 'media' }] });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const stores: S3Store[] = [];
  return {
    endpoint,
    bucket: 'media',
    store(prefix) {
      const store = new S3Store({ bucket: 'media', prefix, endpoint, region: 'us-east-1', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' });
      stores.push(store);
      return store;
    },
    env(prefix) {
      return { MEDIA_STORE: `s3://media/${prefix}`, S3_ENDPOINT: endpoint, S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER' };
    },
    async close() {
      for (const store of stores) store.close();
      await server.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}
