import { AppError } from '../errors.ts';

/**
 * An archive that is refused: not a zip, truncated, a name outside the archive's grammar, a zip
 * bomb, a checksum or size that does not match the manifest, a manifest that lies about counts,
 * or a format or schema this installation does not know. `entry` names the offending entry.
 */
export class BackupArchiveError extends AppError {
  constructor(
    message: string,
    readonly entry: string | null,
    options?: { cause?: unknown },
  ) {
    super('backup_archive_refused', 422, message, options);
  }
}
