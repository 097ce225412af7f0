import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { verify } from '@node-rs/argon2';
import type { Kysely } from 'kysely';
import { nowIso } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import type { Actor } from './policy.ts';
import type { SiteRole } from './service.ts';

/**
 * Sign-in sessions: a random token in an HttpOnly cookie, stored only as its SHA-256, bound to
 * the host (site) that issued it, with its own CSRF token. Logging in always creates a new
 * session (rotation); "log out everywhere" deletes all of a user's sessions.
 */
export const sessionLifetimeMs = 14 * 24 * 3600 * 1000;

export interface SessionUser {
  sessionId: string;
  csrfToken: string;
  actor: Actor;
  email: string;
  displayName: string;
  adminLanguage: string | null;
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Compares two secrets in constant time. */
export function sameSecret(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Slows down password guessing: after 5 failures for an email, each try waits longer (up to 15 min). */
export function lockoutSeconds(failures: number): number {
  return failures < 5 ? 0 : Math.min(15 * 60, 2 ** (failures - 5) * 30);
}

// A real hash of a random password, verified against when the email is unknown, so that the
// answer takes as long for unknown emails as for wrong passwords.
const unknownUserHash = '$argon2id$v=19$m=19456,t=2,p=1$cAgPJ+LFfpDkzDsOQp7spQ$dOXMe1WzTto3xoRVkAu5J7ZJjJHCEA1+zWZj6vnOCxU';

export type LoginResult = { ok: true; token: string; userId: number } | { ok: false; reason: 'invalid' | 'locked'; retryAfterSeconds?: number };

export async function login(db: Kysely<Database>, input: { email: string; password: string; siteId: number | null; userAgent?: string }): Promise<LoginResult> {
  const email = input.email.trim().toLowerCase();
  const failure = await db.selectFrom('login_failures').selectAll().where('email', '=', email).executeTakeFirst();
  if (failure) {
    const wait = lockoutSeconds(failure.failures) - (Date.now() - Date.parse(failure.last_failure_at)) / 1000;
    if (wait > 0) return { ok: false, reason: 'locked', retryAfterSeconds: Math.ceil(wait) };
  }
  const user = await db.selectFrom('users').select(['id', 'password_hash']).where('email', '=', email).executeTakeFirst();
  const valid = await verify(user?.password_hash ?? unknownUserHash, input.password).catch(() => false);
  if (!user || !user.password_hash || !valid) {
    const now = nowIso();
    await db
      .insertInto('login_failures')
      .values({ email, failures: 1, last_failure_at: now })
      .onConflict((oc) => oc.column('email').doUpdateSet((eb) => ({ failures: eb('login_failures.failures', '+', 1), last_failure_at: now })))
      .execute();
    return { ok: false, reason: 'invalid' };
  }
  await db.deleteFrom('login_failures').where('email', '=', email).execute();
  const token = randomToken();
  const now = new Date();
  await db
    .insertInto('sessions')
    .values({
      id: hashToken(token),
      user_id: user.id,
      site_id: input.siteId,
      csrf_token: randomToken(),
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + sessionLifetimeMs).toISOString(),
      last_seen_at: now.toISOString(),
      user_agent: input.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return { ok: true, token, userId: user.id };
}

/** The signed-in user for a cookie token on this site (or the portal), or null. */
export async function sessionUser(db: Kysely<Database>, token: string | undefined, siteId: number | null): Promise<SessionUser | null> {
  if (!token || token.length > 100) return null;
  const id = hashToken(token);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['sessions.id', 'sessions.site_id', 'sessions.csrf_token', 'sessions.expires_at', 'users.id as user_id', 'users.email', 'users.display_name', 'users.is_network_admin', 'users.admin_language'])
    .where('sessions.id', '=', id)
    .executeTakeFirst();
  if (!row || row.site_id !== siteId || row.expires_at <= nowIso()) return null;
  const memberships = await db.selectFrom('site_memberships').select(['site_id', 'role']).where('user_id', '=', row.user_id).execute();
  return {
    sessionId: row.id,
    csrfToken: row.csrf_token,
    email: row.email,
    displayName: row.display_name,
    adminLanguage: row.admin_language,
    actor: { userId: row.user_id, isNetworkAdmin: row.is_network_admin === 1, roles: new Map(memberships.map((m) => [m.site_id, m.role as SiteRole])) },
  };
}

export async function logout(db: Kysely<Database>, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

/** Ends every session of the user, on every site. */
export async function logoutEverywhere(db: Kysely<Database>, userId: number): Promise<number> {
  const result = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}
