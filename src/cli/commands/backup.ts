import path from 'node:path';
import { startServices } from '../../app-services.ts';
import { restoreSiteBackup, type RestoreResult } from '../../backup/restore.ts';
import { type BackupResult, writeAllSiteBackups, writeSiteBackup } from '../../backup/service.ts';
import { loadConfig } from '../../config.ts';
import { BadRequestError } from '../../errors.ts';
import type { Output } from '../output.ts';

export interface BackupOptions {
  site?: string;
  all?: boolean;
  out?: string;
}

const backupUsage = 'ecotone backup --site <code> --out <file.zip> | ecotone backup --all --out <directory>';
const restoreUsage = 'ecotone restore --in <file.zip> [--as <newcode>]';

/** `ecotone backup --site be --out be.zip` or `--all --out <dir>`: one archive per site (ADR 0019). */
export async function backupCommand(options: BackupOptions, out: Output): Promise<void> {
  if (!options.out) throw new BadRequestError(`--out is required: where to write the archive (a directory with --all); usage: ${backupUsage}`, 'invalid_option');
  if (Boolean(options.site) === Boolean(options.all)) throw new BadRequestError(`Give either --site <code> or --all; usage: ${backupUsage}`, 'invalid_option');
  const services = await startServices(loadConfig());
  try {
    const results: BackupResult[] = options.all
      ? await writeAllSiteBackups(services, { outDir: path.resolve(options.out) })
      : [await writeSiteBackup(services, { site: options.site!.trim().toLowerCase(), out: options.out })];
    if (!results.length) out.say('No sites yet: nothing to back up.');
    for (const r of results) {
      out.say(
        `Backed up ${r.site} to ${r.file} (${formatBytes(r.bytes)}, ${(r.durationMs / 1000).toFixed(1)} s): ` +
          `${r.counts.items ?? 0} items, ${r.counts.item_translations ?? 0} translations, ${r.counts.item_revisions ?? 0} revisions, ${r.counts.media ?? 0} media files, ${r.counts.users ?? 0} users`,
      );
      if (r.missingMedia.length) out.say(`  ${r.missingMedia.length} media file(s) missing from the store were left out: ${r.missingMedia.join(', ')}`);
    }
    out.result({ backups: results });
  } finally {
    await services.close();
  }
}

/** `ecotone restore --in be.zip [--as be2]`: verifies every checksum, then restores the site in one transaction. */
export async function restoreCommand(options: { in?: string; as?: string }, out: Output): Promise<void> {
  if (!options.in) throw new BadRequestError(`--in is required: the archive to restore; usage: ${restoreUsage}`, 'invalid_option');
  const services = await startServices(loadConfig());
  try {
    const r: RestoreResult = await restoreSiteBackup(services, { file: path.resolve(options.in), as: options.as });
    out.say(
      `Restored ${r.source.site} (backed up from ${r.source.engine}, schema ${r.source.schemaVersion}) as ${r.site} in ${(r.durationMs / 1000).toFixed(1)} s: ` +
        `${r.counts.items ?? 0} items, ${r.counts.item_translations ?? 0} translations, ${r.counts.item_revisions ?? 0} revisions, ${r.counts.menu_entries ?? 0} menu entries, ` +
        `${r.media.files} media files (${formatBytes(r.media.bytes)})`,
    );
    out.say(`Users: ${r.users.linked} linked to existing accounts by email, ${r.users.created} created without a password (they set one with a reset link)`);
    if (r.domains.restored.length) out.say(`Domains: ${r.domains.restored.join(', ')}`);
    for (const d of r.domains.dropped) out.say(`Domain ${d.host} dropped: site ${d.usedBy} already answers on it`);
    out.say(`Search index rebuilt: ${r.search.indexedItems} items, ${r.search.entries} entries`);
    out.result(r);
  } finally {
    await services.close();
  }
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}
