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
  /** Whether the user signs in with a second factor (ADR 8). */
  twoFactorEnabled: boolean;
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

/**
 * `second-factor`: the password was right but the account uses two-factor sign-in, so no session
 * was made (ADR 8). It is an `ok: false` on purpose: a caller that only checks `ok` signs no one in.
 */
export type LoginResult =
  | { ok: true; token: string; userId: number }
  | { ok: false; reason: 'invalid' | 'locked'; retryAfterSeconds?: number }
  | { ok: false; reason: 'second-factor'; userId: number };

/** Seconds the email must still wait before another try (0: none), from its consecutive failures. */
export async function lockoutRemaining(db: Kysely<Database>, email: string): Promise<number> {
  const failure = await db.selectFrom('login_failures').selectAll().where('email', '=', email).executeTakeFirst();
  if (!failure) return 0;
  return Math.max(0, Math.ceil(lockoutSeconds(failure.failures) - (Date.now() - Date.parse(failure.last_failure_at)) / 1000));
}

/** Counts one more failed sign-in (wrong password or wrong second-factor code) for the email. */
export async function recordLoginFailure(db: Kysely<Database>, email: string): Promise<void> {
  const now = nowIso();
  await db
    .insertInto('login_failures')
    .values({ email, failures: 1, last_failure_at: now })
    .onConflict((oc) => oc.column('email').doUpdateSet((eb) => ({ failures: eb('login_failures.failures', '+', 1), last_failure_at: now })))
    .execute();
}

export async function login(db: Kysely<Database>, input: { email: string; password: string; siteId: number | null; userAgent?: string }): Promise<LoginResult> {
  const email = input.email.trim().toLowerCase();
  const wait = await lockoutRemaining(db, email);
  if (wait > 0) return { ok: false, reason: 'locked', retryAfterSeconds: wait };
  const user = await db.selectFrom('users').select(['id', 'password_hash', 'totp_enabled_at']).where('email', '=', email).executeTakeFirst();
  const valid = await verify(user?.password_hash ?? unknownUserHash, input.password).catch(() => false);
  if (!user || !user.password_hash || !valid) {
    await recordLoginFailure(db, email);
    return { ok: false, reason: 'invalid' };
  }
  // With two-factor sign-in the failures are cleared only once the code is right too: otherwise
  // knowing the password would buy a fresh series of code guesses at every try.
  if (user.totp_enabled_at) return { ok: false, reason: 'second-factor', userId: user.id };
  await db.deleteFrom('login_failures').where('email', '=', email).execute();
  return { ok: true, token: await startSession(db, { userId: user.id, siteId: input.siteId, userAgent: input.userAgent }), userId: user.id };
}

/** Creates a new session for a user whose identity is proven; returns the cookie's token. */
export async function startSession(db: Kysely<Database>, input: { userId: number; siteId: number | null; userAgent?: string }): Promise<string> {
  const token = randomToken();
  const now = new Date();
  await db
    .insertInto('sessions')
    .values({
      id: hashToken(token),
      user_id: input.userId,
      site_id: input.siteId,
      csrf_token: randomToken(),
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + sessionLifetimeMs).toISOString(),
      last_seen_at: now.toISOString(),
      user_agent: input.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return token;
}

/** The signed-in user for a cookie token on this site (or the portal), or null. */
export async function sessionUser(db: Kysely<Database>, token: string | undefined, siteId: number | null): Promise<SessionUser | null> {
  if (!token || token.length > 100) return null;
  const id = hashToken(token);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['sessions.id', 'sessions.site_id', 'sessions.csrf_token', 'sessions.expires_at', 'users.id as user_id', 'users.email', 'users.display_name', 'users.is_network_admin', 'users.admin_language', 'users.totp_enabled_at'])
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
    twoFactorEnabled: row.totp_enabled_at !== null,
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
