import { slugify } from '../content/slug.ts';
import { nowIso } from '../db/database.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/**
 * Placeholder authors: people who wrote content in an older system (a PTK contributor) get an
 * account that carries their name on what they wrote and can never sign in. It has no password,
 * no membership, and its address is under `.invalid` (RFC 2606), which no mail can reach, so no
 * invitation or password reset can ever turn it into a login.
 */
export function placeholderEmail(siteCode: string, source: string, name: string): string {
  return `${slugify(name).slice(0, 60)}.${siteCode}@${source}-import.invalid`;
}

export function isPlaceholderEmail(email: string): boolean {
  return email.endsWith('.invalid');
}

/** The placeholder account for `name`, created on first use: its id, and whether this call created it. */
export async function ensurePlaceholderAuthor(db: Kysely<Database>, siteCode: string, source: string, name: string): Promise<{ id: number; created: boolean }> {
  const email = placeholderEmail(siteCode, source, name);
  const existing = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
  if (existing) return { id: existing.id, created: false };
  const now = nowIso();
  const row = await db
    .insertInto('users')
    .values({ email, display_name: name.slice(0, 200), password_hash: null, is_network_admin: 0, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, created: true };
}
