import { createHash } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import type { Kysely } from 'kysely';
import { nowIso } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { ValidationError } from '../errors.ts';
import type { PasswordTokensTable } from './accounts.table.ts';
import { randomToken } from './sessions.ts';
import { type SiteRole, siteRoles } from './service.ts';

/**
 * Invitations and password resets: a one-time link, stored only as its SHA-256, valid 7 days for
 * an invitation and 1 hour for a reset. Setting a password through it ends every session of the
 * account.
 */
const lifetimes: Record<PasswordTokensTable['purpose'], number> = { invite: 7 * 24 * 3600 * 1000, reset: 3600 * 1000 };
export const minPasswordLength = 12;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

async function issueToken(db: Kysely<Database>, userId: number, purpose: PasswordTokensTable['purpose']): Promise<string> {
  const token = randomToken();
  const now = Date.now();
  await db
    .insertInto('password_tokens')
    .values({ id: hashToken(token), user_id: userId, purpose, created_at: new Date(now).toISOString(), expires_at: new Date(now + lifetimes[purpose]).toISOString() })
    .execute();
  return token;
}

/** The email an invitation goes to, as stored (trimmed, lower case); a ValidationError on `email` when it is not an address. */
export function invitationEmail(raw: string): string {
  const email = raw.trim().toLowerCase();
  if (!/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(email) || email.length > 254) {
    throw new ValidationError(`"${raw}" is not an email address`, [{ path: 'email', message: `"${raw}" is not an email address`, code: 'email' }]);
  }
  return email;
}

export interface Invitee {
  id: number;
  hasPassword: boolean;
  isNetworkAdmin: boolean;
  /** The account was created by this call. */
  created: boolean;
}

/**
 * The account with this (already checked) email, created without a password when there is none,
 * inside the caller's transaction. Site invitations and network administrator grants both start so.
 */
export async function findOrCreateInvitee(trx: Kysely<Database>, input: { email: string; displayName?: string; networkAdmin: boolean }): Promise<Invitee> {
  const user = await trx.selectFrom('users').select(['id', 'password_hash', 'is_network_admin']).where('email', '=', input.email).executeTakeFirst();
  if (user) return { id: user.id, hasPassword: Boolean(user.password_hash), isNetworkAdmin: user.is_network_admin === 1, created: false };
  const now = nowIso();
  const name = (input.displayName ?? '').trim() || input.email.split('@')[0]!;
  const row = await trx
    .insertInto('users')
    .values({ email: input.email, display_name: name.slice(0, 200), password_hash: null, is_network_admin: input.networkAdmin ? 1 : 0, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, hasPassword: false, isNetworkAdmin: input.networkAdmin, created: true };
}

/** A 7-day link for an account without a password to choose one; null when it has a password. */
export async function invitationLink(trx: Kysely<Database>, invitee: Invitee): Promise<string | null> {
  return invitee.hasPassword ? null : issueToken(trx, invitee.id, 'invite');
}

export interface Invitation {
  userId: number;
  email: string;
  /** Null when the person already had an account with a password: they simply gain the role. */
  token: string | null;
}

/** Gives `email` a role on a site, creating the account (without a password) when it does not exist yet. */
export async function inviteToSite(db: Kysely<Database>, input: { siteId: number; email: string; displayName: string; role: SiteRole }): Promise<Invitation> {
  const email = invitationEmail(input.email);
  if (!siteRoles.includes(input.role)) throw new ValidationError(`"${input.role}" is not a role`, [{ path: 'role', message: `"${input.role}" is not a role`, code: 'oneOf' }]);
  return inTransaction(db, async (trx) => {
    const user = await findOrCreateInvitee(trx, { email, displayName: input.displayName, networkAdmin: false });
    await trx
      .insertInto('site_memberships')
      .values({ site_id: input.siteId, user_id: user.id, role: input.role, created_at: nowIso() })
      .onConflict((oc) => oc.columns(['site_id', 'user_id']).doUpdateSet({ role: input.role }))
      .execute();
    return { userId: user.id, email, token: await invitationLink(trx, user) };
  });
}

/** A reset link for the account with this email, or null when there is none (the caller says the same either way). */
export async function issuePasswordReset(db: Kysely<Database>, email: string): Promise<{ userId: number; token: string } | null> {
  const user = await db.selectFrom('users').select('id').where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
  if (!user) return null;
  return { userId: user.id, token: await issueToken(db, user.id, 'reset') };
}

/** The account a still-valid link belongs to, or null. */
export async function tokenUser(db: Kysely<Database>, token: string): Promise<{ userId: number; email: string } | null> {
  if (!token || token.length > 100) return null;
  const row = await db
    .selectFrom('password_tokens')
    .innerJoin('users', 'users.id', 'password_tokens.user_id')
    .select(['users.id', 'users.email', 'password_tokens.expires_at', 'password_tokens.used_at'])
    .where('password_tokens.id', '=', hashToken(token))
    .executeTakeFirst();
  if (!row || row.used_at || row.expires_at <= nowIso()) return null;
  return { userId: row.id, email: row.email };
}

/** Sets the password through a link, once; ends every session of the account. */
export async function setPasswordWithToken(db: Kysely<Database>, token: string, password: string): Promise<{ userId: number; email: string } | null> {
  if (password.length < minPasswordLength || password.length > 1000) {
    throw new ValidationError(`A password has at least ${minPasswordLength} characters`, [{ path: 'password', message: `A password has at least ${minPasswordLength} characters`, code: 'passwordLength', params: { min: minPasswordLength } }]);
  }
  const passwordHash = await hash(password, { algorithm: 2 });
  return inTransaction(db, async (trx) => {
    const user = await tokenUser(trx, token);
    if (!user) return null;
    const now = nowIso();
    await trx.updateTable('password_tokens').set({ used_at: now }).where('id', '=', hashToken(token)).execute();
    await trx.updateTable('users').set({ password_hash: passwordHash, updated_at: now }).where('id', '=', user.userId).execute();
    await trx.deleteFrom('sessions').where('user_id', '=', user.userId).execute();
    await trx.deleteFrom('login_failures').where('email', '=', user.email).execute();
    return user;
  });
}
