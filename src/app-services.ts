import type { Config } from './config.ts';
import { type Db, openDatabase } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { type MailLog, Mailer } from './mail/mailer.ts';
import type { MediaStore } from './media/storage/media-store.ts';
import { openMediaStore } from './media/storage/open-store.ts';
import { SiteDirectory } from './sites/site-directory.ts';
import { installShippedVocabularies, VocabularyIndex } from './vocabularies/service.ts';

/** The long-lived things a server, a CLI command or a test needs, built once and passed down. */
export interface AppServices {
  config: Config;
  db: Db;
  sites: SiteDirectory;
  vocabularies: VocabularyIndex;
  mailer: Mailer;
  /** Where media files live: disk under DATA_DIR, or S3 (`MEDIA_STORE`). */
  media: MediaStore;
  close(): Promise<void>;
}

/** Opens the database, brings its schema up to date, installs shipped vocabularies, loads the registry. */
const consoleLog: MailLog = {
  info: (object, message) => console.info(message, JSON.stringify(object)),
  warn: (object, message) => console.warn(message, JSON.stringify(object)),
};

export async function startServices(config: Config, options: { db?: Db; log?: MailLog } = {}): Promise<AppServices> {
  const db = options.db ?? openDatabase(config);
  try {
    await migrateToLatest(db.kysely);
    await installShippedVocabularies(db.kysely);
    const sites = new SiteDirectory(db.kysely, config);
    await sites.refresh();
    const vocabularies = await VocabularyIndex.load(db.kysely);
    const mailer = new Mailer(db.kysely, { smtpUrl: config.smtpUrl, from: config.mailFrom }, options.log ?? consoleLog);
    const media = openMediaStore(config);
    return {
      config,
      db,
      sites,
      vocabularies,
      mailer,
      media,
      async close() {
        sites.stop();
        mailer.close();
        media.close?.();
        await db.close();
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}
