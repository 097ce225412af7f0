import type { Kysely } from 'kysely';
import { audit } from '../accounts/audit.ts';
import type { Database } from '../db/schema.ts';
import { shippedUiLanguages, translator } from '../i18n/translator.ts';
import type { Mailer } from '../mail/mailer.ts';
import { type Site, siteName } from '../sites/site.ts';
import type { Item } from './item.ts';

export interface WorkflowChange {
  site: Site;
  before: Item | undefined;
  after: Item;
  /** Who made the change; null for the system (the scheduled-publishing job). */
  actorId: number | null;
  /** `https://host` of the site, for links in the emails. */
  origin: string;
  /** An editor's comment when sending a translation back to its author, quoted in the email. */
  note?: string | null;
}

function uiLanguage(preferred: string | null, site: Site): string {
  const shipped = shippedUiLanguages();
  if (preferred && shipped.includes(preferred)) return preferred;
  const base = site.defaultLanguage.split('-')[0]!;
  return shipped.includes(base) ? base : 'en';
}

/**
 * Tells people what the workflow now expects of them: editors and site managers when a translation
 * is submitted for review, the author when someone else (or the schedule) publishes their work or
 * sends it back with a comment. Each email is in the recipient's admin language.
 */
export async function notifyWorkflowChange(db: Kysely<Database>, mailer: Mailer, change: WorkflowChange): Promise<number> {
  const { site, before, after, actorId } = change;
  let sent = 0;
  const siteLabel = siteName(site, site.defaultLanguage);
  const notify = async (recipient: { email: string; admin_language: string | null }, kind: 'review' | 'published' | 'sentBack', title: string, link: string) => {
    const t = translator(uiLanguage(recipient.admin_language, site));
    const comment = change.note ?? '';
    await mailer.send({ siteId: site.id, to: recipient.email, subject: t(`mail.${kind}.subject`, { title }), text: t(`mail.${kind}.body`, { title, site: siteLabel, link, comment }) });
    sent++;
  };
  const author = async () => {
    if (after.authorId === null || after.authorId === actorId) return undefined;
    const row = await db.selectFrom('users').select(['email', 'admin_language', 'password_hash']).where('id', '=', after.authorId).executeTakeFirst();
    // Placeholder authors (imported contributors) have no password and no mailbox to tell.
    return row?.password_hash ? row : undefined;
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
        .$if(actorId !== null, (qb) => qb.where('users.id', '!=', actorId!))
        .execute();
      for (const reviewer of reviewers) await notify(reviewer, 'review', translation.title, link);
    }
    if (translation.status === 'published') {
      const recipient = await author();
      if (recipient) await notify(recipient, 'published', translation.title, link);
    }
    if (translation.status === 'draft' && previous === 'review' && change.note) {
      const recipient = await author();
      if (recipient) await notify(recipient, 'sentBack', translation.title, link);
    }
  }
  return sent;
}

export interface WorkflowLog {
  warn(object: object, message: string): void;
}

/**
 * What follows every change of content, whoever made it (the edit form, an editor sending a
 * translation back, the scheduled-publishing job): an audit event for the site, then the workflow
 * emails. A failed email is logged, never fails the change (which is already saved).
 */
export async function announceWorkflowChange(
  db: Kysely<Database>,
  mailer: Mailer,
  change: WorkflowChange & { action: string; language: string; details?: Record<string, unknown> },
  log: WorkflowLog,
): Promise<void> {
  const status = change.after.translations.find((t) => t.language === change.language)?.status;
  await audit(db, { siteId: change.site.id, userId: change.actorId, action: change.action, subject: `item:${change.after.id}`, details: { language: change.language, status, ...change.details } });
  await notifyWorkflowChange(db, mailer, change).catch((error) => log.warn({ err: error }, 'workflow notification failed'));
}
