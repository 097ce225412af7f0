import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { shippedUiLanguages, translator } from '../i18n/translator.ts';
import type { Mailer } from '../mail/mailer.ts';
import { type Site, siteName } from '../sites/site.ts';
import type { Item } from './item.ts';

export interface WorkflowChange {
  site: Site;
  before: Item | undefined;
  after: Item;
  actorId: number;
  /** `https://host` of the site, for links in the emails. */
  origin: string;
}

function uiLanguage(preferred: string | null, site: Site): string {
  const shipped = shippedUiLanguages();
  if (preferred && shipped.includes(preferred)) return preferred;
  const base = site.defaultLanguage.split('-')[0]!;
  return shipped.includes(base) ? base : 'en';
}

/**
 * Tells people what the workflow now expects of them: editors and site managers when a translation
 * is submitted for review, the author when someone else publishes their work. Each email is in
 * the recipient's admin language.
 */
export async function notifyWorkflowChange(db: Kysely<Database>, mailer: Mailer, change: WorkflowChange): Promise<number> {
  const { site, before, after, actorId } = change;
  let sent = 0;
  const siteLabel = siteName(site, site.defaultLanguage);
  const notify = async (recipient: { email: string; admin_language: string | null }, kind: 'review' | 'published', title: string, link: string) => {
    const t = translator(uiLanguage(recipient.admin_language, site));
    await mailer.send({ siteId: site.id, to: recipient.email, subject: t(`mail.${kind}.subject`, { title }), text: t(`mail.${kind}.body`, { title, site: siteLabel, link }) });
    sent++;
  };
  for (const translation of after.translations) {
    const previous = before?.translations.find((t) => t.language === translation.language)?.status;
    if (previous === translation.status) continue;
    const link = `${change.origin}/admin/items/${after.id}?lang=${encodeURIComponent(translation.language)}`;
    if (translation.status === 'review') {
      const reviewers = await db
        .selectFrom('site_memberships')
        .innerJoin('users', 'users.id', 'site_memberships.user_id')
        .select(['users.email', 'users.admin_language'])
        .where('site_memberships.site_id', '=', site.id)
        .where('site_memberships.role', 'in', ['editor', 'site-manager'])
        .where('users.id', '!=', actorId)
        .execute();
      for (const reviewer of reviewers) await notify(reviewer, 'review', translation.title, link);
    }
    if (translation.status === 'published' && after.authorId !== null && after.authorId !== actorId) {
      const author = await db.selectFrom('users').select(['email', 'admin_language', 'password_hash']).where('id', '=', after.authorId).executeTakeFirst();
      // Placeholder authors (imported contributors) have no password and no mailbox to tell.
      if (author?.password_hash) await notify(author, 'published', translation.title, link);
    }
  }
  return sent;
}
