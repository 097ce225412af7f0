import { migrationNames } from '../db/migrate.ts';
import type { ManifestEntry } from './archive.ts';
import { BackupArchiveError } from './errors.ts';

export const backupFormat = 'ecotone-site-backup';
/** Bumped when the archive's layout changes in a way an older restore cannot read. */
export const backupFormatVersion = 1;

/** `manifest.json`: what the archive holds and where it comes from. */
export interface BackupManifest {
  format: typeof backupFormat;
  formatVersion: number;
  createdAt: string;
  source: {
    site: string;
    /** `sqlite` or `postgres`. */
    engine: string;
    /** The last migration applied to the source database: the shape of every row in the archive. */
    schemaVersion: string;
    ecotoneVersion: string;
  };
  /** Rows per table (`site_domains`, `users` and every table of `tables/`), and `media` files. */
  counts: Record<string, number>;
  /** Every other entry of the archive with its size and SHA-256. */
  entries: ManifestEntry[];
}

/** Parses and checks a manifest's text; anything unexpected is refused with what and where. */
export function parseManifest(text: string, file: string): BackupManifest {
  const refuse = (what: string): never => {
    throw new BackupArchiveError(`${file}: manifest.json ${what}`, 'manifest.json');
  };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return refuse(`is not valid JSON (${(error as Error).message})`);
  }
  const m = value as Partial<BackupManifest> | null;
  if (!m || typeof m !== 'object') return refuse('is not an object');
  if (m.format !== backupFormat) return refuse(`is not an Ecotone site backup's (format ${JSON.stringify(m.format)})`);
  if (m.formatVersion !== backupFormatVersion) {
    return refuse(`has format version ${JSON.stringify(m.formatVersion)}; this installation reads version ${backupFormatVersion}`);
  }
  const source = m.source;
  if (!source || typeof source.site !== 'string' || typeof source.schemaVersion !== 'string' || typeof source.engine !== 'string') return refuse('lacks its source (site, engine, schema version)');
  if (!migrationNames.includes(source.schemaVersion)) {
    return refuse(`was written by a database at schema ${source.schemaVersion}, which this installation does not know (it is at ${migrationNames.at(-1)}): upgrade Ecotone first`);
  }
  if (!m.counts || typeof m.counts !== 'object') return refuse('lacks its counts');
  for (const [table, n] of Object.entries(m.counts)) if (!Number.isInteger(n) || n < 0) refuse(`gives ${table} a count of ${JSON.stringify(n)}`);
  if (!Array.isArray(m.entries)) return refuse('lacks its list of entries');
  const seen = new Set<string>();
  for (const [i, e] of m.entries.entries()) {
    if (!e || typeof e.name !== 'string' || !Number.isSafeInteger(e.bytes) || e.bytes < 0 || typeof e.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(e.sha256)) {
      refuse(`entries[${i}] is not { name, bytes, sha256 }`);
    }
    if (seen.has(e.name)) refuse(`lists ${e.name} twice`);
    seen.add(e.name);
  }
  return m as BackupManifest;
}
