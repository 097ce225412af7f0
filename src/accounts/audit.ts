import type { Kysely } from 'kysely';
import { nowIso } from '../db/database.ts';
import type { Database } from '../db/schema.ts';

/** Writes one audit event: who (user) did what (action) to which subject, on which site. */
export async function audit(
  db: Kysely<Database>,
  event: { siteId: number | null; userId: number | null; action: string; subject?: string; details?: Record<string, unknown> },
): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({ site_id: event.siteId, user_id: event.userId, action: event.action, subject: event.subject ?? null, details: JSON.stringify(event.details ?? {}), created_at: nowIso() })
    .execute();
}

export async function listAuditEvents(db: Kysely<Database>, siteId: number, limit = 100) {
  return db
    .selectFrom('audit_events')
    .leftJoin('users', 'users.id', 'audit_events.user_id')
    .select(['audit_events.action', 'audit_events.subject', 'audit_events.created_at', 'users.email'])
    .where('audit_events.site_id', '=', siteId)
    .orderBy('audit_events.id', 'desc')
    .limit(limit)
    .execute();
}
