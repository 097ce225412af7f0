import type { Kysely } from 'kysely';
import nodemailer, { type Transporter } from 'nodemailer';
import { nowIso } from '../db/database.ts';
import type { Database } from '../db/schema.ts';

export interface OutgoingMail {
  siteId: number | null;
  to: string;
  subject: string;
  text: string;
}

/** The outbox's `error` of a message kept, unsent, because its site is a training sandbox. */
export const notSentFromTrainingSite = 'Not sent: the site is a training site, whose email stays in the outbox';

export interface MailLog {
  info(object: object, message: string): void;
  warn(object: object, message: string): void;
}

/**
 * Sends email through `SMTP_URL` when it is set. Every message is also written to the outbox
 * table first, so that nothing is lost when the SMTP server is down, and so that without SMTP
 * (a laptop, a training installation) network administrators can read what would have been sent.
 * A failed send is recorded and logged; it never fails the action that caused it.
 */
export class Mailer {
  private readonly transport: Transporter | null;

  constructor(
    private readonly db: Kysely<Database>,
    options: { smtpUrl: string | null; from: string },
    private readonly log: MailLog,
  ) {
    this.transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl, { from: options.from }) : null;
  }

  get delivers(): boolean {
    return this.transport !== null;
  }

  async send(mail: OutgoingMail): Promise<void> {
    const training = await this.isTrainingSite(mail.siteId);
    const row = await this.db
      .insertInto('outbox')
      .values({ site_id: mail.siteId, recipient: mail.to, subject: mail.subject, body_text: mail.text, created_at: nowIso(), error: training ? notSentFromTrainingSite : null })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (training) {
      this.log.info({ to: mail.to, subject: mail.subject, outboxId: row.id }, 'email of a training site kept in the outbox, not sent');
      return;
    }
    if (!this.transport) {
      this.log.info({ to: mail.to, subject: mail.subject, outboxId: row.id }, 'email kept in the outbox (no SMTP_URL)');
      return;
    }
    try {
      await this.transport.sendMail({ to: mail.to, subject: mail.subject, text: mail.text });
      await this.db.updateTable('outbox').set({ sent_at: nowIso() }).where('id', '=', row.id).execute();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await this.db.updateTable('outbox').set({ error: message.slice(0, 1000) }).where('id', '=', row.id).execute();
      this.log.warn({ to: mail.to, outboxId: row.id, err: message }, 'email could not be sent; kept in the outbox');
    }
  }

  /**
   * Training sandboxes send no email outside the outbox (ADR 0021): a class practising invitations
   * and password resets with made-up addresses must not mail real people. Read at each send (one
   * small query) so that a site turned into a training site stops sending at once.
   */
  private async isTrainingSite(siteId: number | null): Promise<boolean> {
    if (siteId === null) return false;
    const site = await this.db.selectFrom('sites').select('status').where('id', '=', siteId).executeTakeFirst();
    return site?.status === 'training';
  }

  close(): void {
    this.transport?.close();
  }
}
