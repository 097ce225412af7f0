/**
 * Scheduled backups with retention (ADR 0019): every site's archive, to a directory or an S3
 * bucket (`BACKUP_TARGET`), keeping the newest `BACKUP_KEEP` per site. The job system runs
 * `runScheduledBackups` daily; one site's failure is reported and does not stop the others.
 */
import fs from 'node:fs';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { DeleteObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { AppServices } from '../app-services.ts';
import type { BackupTargetConfig } from '../config.ts';
import { S3Store } from '../media/storage/s3-store.ts';
import { listSites } from '../sites/service.ts';
import { backupStamp, writeSiteBackup } from './service.ts';

export interface ScheduledBackupReport {
  /** Where the archives went: a directory or `s3://bucket/prefix/`. */
  target: string;
  written: { site: string; location: string; bytes: number }[];
  /** Older archives removed by the retention rule. */
  deleted: string[];
  failed: { site: string; error: string }[];
}

/** An archive's name: `<code>-<UTC stamp>.zip`, so names sort as time does. */
const archiveName = (code: string, stamp: string) => `${code}-${stamp}.zip`;
const isArchiveOf = (code: string, name: string) => new RegExp(`^${code}-\\d{8}T\\d{6}Z\\.zip$`).test(name);

/** Writes every site's backup to the configured target and applies the retention rule. */
export async function runScheduledBackups(services: AppServices, options: { now?: Date } = {}): Promise<ScheduledBackupReport> {
  const stamp = backupStamp(options.now ?? new Date());
  const target = openTarget(services.config.backupTarget);
  const report: ScheduledBackupReport = { target: target.description, written: [], deleted: [], failed: [] };
  const staging = path.join(services.config.dataDir, 'backup-staging');
  for (const site of await listSites(services.db.kysely)) {
    const name = archiveName(site.code, stamp);
    const local = target.localDirectory ? path.join(target.localDirectory, site.code, name) : path.join(staging, name);
    try {
      const result = await writeSiteBackup(services, { site: site.code, out: local });
      const location = await target.store(site.code, name, local);
      report.written.push({ site: site.code, location, bytes: result.bytes });
      report.deleted.push(...(await target.prune(site.code, services.config.backupKeep)));
    } catch (error) {
      report.failed.push({ site: site.code, error: error instanceof Error ? error.message : String(error) });
    } finally {
      if (!target.localDirectory) await rm(local, { force: true });
    }
  }
  return report;
}

interface BackupTarget {
  description: string;
  /** Set for a disk target: archives are written in place, under `<directory>/<code>/`. */
  localDirectory: string | null;
  store(code: string, name: string, file: string): Promise<string>;
  /** Deletes all but the newest `keep` archives of the site; returns what it deleted. */
  prune(code: string, keep: number): Promise<string[]>;
}

function openTarget(config: BackupTargetConfig): BackupTarget {
  if (config.kind === 'disk') {
    return {
      description: config.directory,
      localDirectory: config.directory,
      store: async (code, name) => path.join(config.directory, code, name),
      async prune(code, keep) {
        const folder = path.join(config.directory, code);
        await mkdir(folder, { recursive: true });
        const names = (await readdir(folder)).filter((n) => isArchiveOf(code, n)).sort().reverse();
        const old = names.slice(keep).map((n) => path.join(folder, n));
        for (const file of old) await rm(file, { force: true });
        return old;
      },
    };
  }
  // The media store's S3 client, configured the same way (endpoint, path style, credentials, checksums).
  const client: S3Client = new S3Store(config).client;
  const prefix = config.prefix ? `${config.prefix.replace(/^\/+|\/+$/g, '')}/` : '';
  const description = `s3://${config.bucket}/${prefix}`;
  return {
    description,
    localDirectory: null,
    async store(code, name, file) {
      const key = `${prefix}${code}/${name}`;
      const { size } = await stat(file);
      await new Upload({ client, params: { Bucket: config.bucket, Key: key, Body: fs.createReadStream(file), ContentType: 'application/zip', ContentLength: size } }).done();
      return `s3://${config.bucket}/${key}`;
    },
    async prune(code, keep) {
      const keys: string[] = [];
      let token: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket: config.bucket, Prefix: `${prefix}${code}/`, ContinuationToken: token }));
        for (const object of page.Contents ?? []) if (object.Key && isArchiveOf(code, object.Key.slice(`${prefix}${code}/`.length))) keys.push(object.Key);
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
      const old = keys.sort().reverse().slice(keep);
      for (const key of old) await client.send(new DeleteObjectCommand({ Bucket: config.bucket, Key: key }));
      return old.map((key) => `s3://${config.bucket}/${key}`);
    },
  };
}
