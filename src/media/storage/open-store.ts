import path from 'node:path';
import type { Config } from '../../config.ts';
import { DiskStore } from './disk-store.ts';
import type { MediaStore } from './media-store.ts';
import { S3Store } from './s3-store.ts';

/** The media store named by the configuration (`MEDIA_STORE`): disk under `DATA_DIR/media` by default, or S3. */
export function openMediaStore(config: Pick<Config, 'mediaStore'>): MediaStore {
  const settings = config.mediaStore;
  if (settings.kind === 'disk') return new DiskStore(settings.directory);
  return new S3Store(settings);
}

/**
 * Where uploads are staged (hashed, sniffed, checked) before they go to the store: always local
 * disk, on the data volume rather than a RAM-backed `/tmp`, since a video may be 500 MB.
 */
export function uploadStagingDir(config: Pick<Config, 'dataDir'>): string {
  return path.join(config.dataDir, 'upload-staging');
}
