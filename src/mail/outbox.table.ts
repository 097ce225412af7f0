import type { Generated } from 'kysely';

/** `outbox`: every email sent or to be read by an administrator when there is no SMTP server. */
export interface OutboxTable {
  id: Generated<number>;
  site_id: number | null;
  recipient: string;
  subject: string;
  body_text: string;
  created_at: string;
  sent_at: string | null;
  error: string | null;
}
