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
      for (const reviewer of reviewers) {
        const t = translator(uiLanguage(reviewer.admin_language, site));
        await mailer.send({
          siteId: site.id,
          to: reviewer.email,
          subject: t('mail.review.subject', { title: translation.title }),
          text: t('mail.review.body', { title: translation.title, site: siteName(site, site.defaultLanguage), link }),
        });
        sent++;
      }
    }
    if (translation.status === 'published' && after.authorId !== null && after.authorId !== actorId) {
      const author = await db.selectFrom('users').select(['email', 'admin_language', 'password_hash']).where('id', '=', after.authorId).executeTakeFirst();
      if (author?.password_hash) {
        const t = translator(uiLanguage(author.admin_language, site));
        await mailer.send({
          siteId: site.id,
          to: author.email,
          subject: t('mail.published.subject', { title: translation.title }),
          text: t('mail.published.body', { title: translation.title, site: siteName(site, site.defaultLanguage), link }),
        });
        sent++;
      }
    }
  }
  return sent;
}
