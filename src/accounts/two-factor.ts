import { createHash, randomInt } from 'node:crypto';
import { verify } from '@node-rs/argon2';
import type { Kysely } from 'kysely';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { nowIso } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { AppError, ConflictError, NotFoundError } from '../errors.ts';
import { audit } from './audit.ts';
import { lockoutRemaining, randomToken, recordLoginFailure, startSession } from './sessions.ts';

/**
 * Optional two-factor sign-in with time-based one-time codes (TOTP, RFC 6238; ADR 8).
 *
 * - Enrolling: a secret is kept on the user but counts only once a code made from it confirms
 *   that the authenticator app has it; then ten single-use recovery codes are shown once.
 * - Signing in: a right password for such an account opens a *login challenge* (its own table and
 *   cookie, never a session, five minutes); the session is made only when the code is right.
 * - Codes are accepted one 30-second step either side; the last accepted step is stored so that a
 *   code cannot be used twice. Wrong codes count as failed logins (the same lockout as passwords).
 */

const issuer = 'Ecotone';
const period = 30;
/** How long the "password accepted, code due" state lasts. */
export const challengeLifetimeMs = 5 * 60 * 1000;
/** Wrong codes one challenge takes before the password must be given again. */
const attemptsPerChallenge = 5;
const recoveryCodeCount = 10;
// No 0/o, 1/l/i: recovery codes are copied by hand from paper.
const recoveryAlphabet = 'abcdefghjkmnpqrstuvwxyz23456789';

/** The code was wrong, replayed, or the password was wrong: 422, the form is shown again. */
export class InvalidCodeError extends AppError {
  constructor(message = 'The code is not right') {
    super('invalid_code', 422, message);
  }
}

/** Too many wrong codes or passwords for this account: wait (the same lockout as for passwords). */
export class TwoFactorLockedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super('locked', 429, `Too many failed attempts; try again in ${retryAfterSeconds} seconds`);
  }
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** Whether a signed-in user must set up two-factor sign-in before anything else (pure). */
export function mustSetUpTwoFactor(user: { isNetworkAdmin: boolean; twoFactorEnabled: boolean } | null, requiredForNetworkAdmins: boolean): boolean {
  return !!user && requiredForNetworkAdmins && user.isNetworkAdmin && !user.twoFactorEnabled;
}

/** The secret in groups of four, as people type it into an authenticator app by hand. */
export function groupSecret(base32: string): string {
  return base32.replace(/(.{4})(?=.)/g, '$1 ');
}

function totp(secret: string, label = 'Ecotone'): TOTP {
  return new TOTP({ issuer, label, secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period });
}

/** Recovery codes as shown: `xxxxx-xxxxx` (50 random bits each). */
export function newRecoveryCodes(): string[] {
  const part = () => Array.from({ length: 5 }, () => recoveryAlphabet[randomInt(recoveryAlphabet.length)]).join('');
  return Array.from({ length: recoveryCodeCount }, () => `${part()}-${part()}`);
}

/** What people type, whatever the case, spaces or dashes, reduced to the stored form's input. */
function normaliseRecoveryCode(input: string): string {
  return input.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export interface TwoFactorSetup {
  secret: string;
  groupedSecret: string;
  uri: string;
  /** The `otpauth://` URI as an SVG QR code (made here from our own data, safe to inline). */
  qrSvg: string;
}

/**
 * The secret to enrol with: the pending one when the user already started (so reloading the page
 * does not invalidate a code already scanned), otherwise a new one. Refused when two-factor is on.
 */
export async function beginEnrolment(db: Kysely<Database>, userId: number): Promise<TwoFactorSetup> {
  const user = await db.selectFrom('users').select(['email', 'totp_secret', 'totp_enabled_at']).where('id', '=', userId).executeTakeFirst();
  if (!user) throw new NotFoundError('There is no such user', 'user_not_found');
  if (user.totp_enabled_at) throw new ConflictError('Two-factor sign-in is already on', 'two_factor_on');
  let secret = user.totp_secret;
  if (!secret) {
    secret = new Secret({ size: 20 }).base32;
    await db.updateTable('users').set({ totp_secret: secret, totp_last_step: null }).where('id', '=', userId).where('totp_enabled_at', 'is', null).execute();
  }
  const uri = totp(secret, user.email).toString();
  const qrSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, width: 200 });
  return { secret, groupedSecret: groupSecret(secret), uri, qrSvg };
}

/**
 * Accepts a TOTP code for the user's secret at most once: the step it belongs to must be later
 * than the last accepted one, and the update that records it is conditional, so two requests
 * racing with the same code cannot both win.
 */
async function acceptTotp(db: Kysely<Database>, user: { id: number; totp_secret: string | null; totp_last_step: number | null }, code: string): Promise<boolean> {
  const token = code.replace(/\s/g, '');
  if (!user.totp_secret || !/^\d{6}$/.test(token)) return false;
  const timestamp = Date.now();
  const delta = TOTP.validate({ token, secret: Secret.fromBase32(user.totp_secret), period, digits: 6, window: 1, timestamp });
  if (delta === null) return false;
  const step = TOTP.counter({ period, timestamp }) + delta;
  if (user.totp_last_step !== null && step <= user.totp_last_step) return false;
  const result = await db
    .updateTable('users')
    .set({ totp_last_step: step })
    .where('id', '=', user.id)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Uses up one recovery code, once (the conditional update makes a second use find nothing). */
async function acceptRecoveryCode(db: Kysely<Database>, userId: number, code: string): Promise<boolean> {
  const normalised = normaliseRecoveryCode(code);
  if (normalised.length !== 10) return false;
  const result = await db
    .updateTable('recovery_codes')
    .set({ used_at: nowIso() })
    .where('user_id', '=', userId)
    .where('code_hash', '=', sha256(normalised))
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

async function replaceRecoveryCodes(db: Kysely<Database>, userId: number): Promise<string[]> {
  const codes = newRecoveryCodes();
  const now = nowIso();
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  await db.insertInto('recovery_codes').values(codes.map((c) => ({ user_id: userId, code_hash: sha256(normaliseRecoveryCode(c)), created_at: now, used_at: null }))).execute();
  return codes;
}

/** Turns two-factor sign-in on once a code proves the app has the secret; returns the recovery codes to show once. */
export async function confirmEnrolment(db: Kysely<Database>, userId: number, code: string): Promise<string[]> {
  return inTransaction(db, async (trx) => {
    const user = await trx.selectFrom('users').select(['id', 'totp_secret', 'totp_enabled_at', 'totp_last_step']).where('id', '=', userId).executeTakeFirst();
    if (!user) throw new NotFoundError('There is no such user', 'user_not_found');
    if (user.totp_enabled_at) throw new ConflictError('Two-factor sign-in is already on', 'two_factor_on');
    if (!(await acceptTotp(trx, user, code))) throw new InvalidCodeError();
    await trx.updateTable('users').set({ totp_enabled_at: nowIso(), updated_at: nowIso() }).where('id', '=', userId).execute();
    return replaceRecoveryCodes(trx, userId);
  });
}

/**
 * Turns two-factor sign-in off, proven by a current code or the password: a stolen session alone
 * cannot remove the second factor. Wrong answers count towards the account's lockout.
 */
export async function disableTwoFactor(db: Kysely<Database>, userId: number, proof: { code?: string; password?: string }): Promise<void> {
  const user = await db.selectFrom('users').select(['id', 'email', 'password_hash', 'totp_secret', 'totp_enabled_at', 'totp_last_step']).where('id', '=', userId).executeTakeFirst();
  if (!user) throw new NotFoundError('There is no such user', 'user_not_found');
  if (!user.totp_enabled_at) throw new ConflictError('Two-factor sign-in is not on', 'two_factor_off');
  const wait = await lockoutRemaining(db, user.email);
  if (wait > 0) throw new TwoFactorLockedError(wait);
  const proven =
    (proof.code ? await acceptTotp(db, user, proof.code) : false) ||
    (proof.password && user.password_hash ? await verify(user.password_hash, proof.password.slice(0, 1000)).catch(() => false) : false);
  if (!proven) {
    await recordLoginFailure(db, user.email);
    throw new InvalidCodeError('Neither a current code nor the password was given correctly');
  }
  await inTransaction(db, async (trx) => {
    await trx.updateTable('users').set({ totp_secret: null, totp_enabled_at: null, totp_last_step: null, updated_at: nowIso() }).where('id', '=', userId).execute();
    await trx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  });
  await db.deleteFrom('login_failures').where('email', '=', user.email).execute();
}

/**
 * Clears someone's two-factor sign-in on an operator's word (`ecotone user reset-two-factor`),
 * for a person who lost both their phone and their recovery codes. Deliberately not reachable
 * from the web or by email (ADR 8). Their sessions end too: whoever holds the account now signs in
 * again with the password, and can turn two-factor on afresh. Returns whether it was on.
 */
export async function resetTwoFactor(db: Kysely<Database>, userId: number): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const user = await trx.selectFrom('users').select(['id', 'email', 'totp_enabled_at']).where('id', '=', userId).executeTakeFirst();
    if (!user) throw new NotFoundError('There is no such user', 'user_not_found');
    await trx.updateTable('users').set({ totp_secret: null, totp_enabled_at: null, totp_last_step: null, updated_at: nowIso() }).where('id', '=', userId).execute();
    await trx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
    await trx.deleteFrom('login_challenges').where('user_id', '=', userId).execute();
    await trx.deleteFrom('sessions').where('user_id', '=', userId).execute();
    await trx.deleteFrom('login_failures').where('email', '=', user.email).execute();
    await audit(trx, { siteId: null, userId: null, action: 'two-factor.reset', subject: `user:${userId}`, details: { wasOn: user.totp_enabled_at !== null } });
    return user.totp_enabled_at !== null;
  });
}

/** How many unused recovery codes the user has left. */
export async function remainingRecoveryCodes(db: Kysely<Database>, userId: number): Promise<number> {
  const row = await db.selectFrom('recovery_codes').select((eb) => eb.fn.countAll<string | number>().as('n')).where('user_id', '=', userId).where('used_at', 'is', null).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Opens the second step of a login whose password was right; returns the challenge cookie's token. */
export async function startLoginChallenge(db: Kysely<Database>, input: { userId: number; siteId: number | null }): Promise<string> {
  const token = randomToken();
  const now = Date.now();
  // One open challenge per user: a new password entry replaces older ones (and tidies expired rows).
  await db.deleteFrom('login_challenges').where((eb) => eb.or([eb('user_id', '=', input.userId), eb('expires_at', '<=', new Date(now).toISOString())])).execute();
  await db
    .insertInto('login_challenges')
    .values({ id: sha256(token), user_id: input.userId, site_id: input.siteId, created_at: new Date(now).toISOString(), expires_at: new Date(now + challengeLifetimeMs).toISOString() })
    .execute();
  return token;
}

/** Whether the challenge cookie still stands for an open challenge on this site (for showing the form). */
export async function challengeIsOpen(db: Kysely<Database>, token: string | undefined, siteId: number | null): Promise<boolean> {
  return (await openChallenge(db, token, siteId)) !== null;
}

async function openChallenge(db: Kysely<Database>, token: string | undefined, siteId: number | null) {
  if (!token || token.length > 100) return null;
  const row = await db
    .selectFrom('login_challenges')
    .innerJoin('users', 'users.id', 'login_challenges.user_id')
    .select(['login_challenges.id', 'login_challenges.site_id', 'login_challenges.attempts', 'login_challenges.expires_at', 'users.id as user_id', 'users.email', 'users.totp_secret', 'users.totp_enabled_at', 'users.totp_last_step'])
    .where('login_challenges.id', '=', sha256(token))
    .executeTakeFirst();
  if (!row || row.site_id !== siteId || row.expires_at <= nowIso() || !row.totp_enabled_at) return null;
  return row;
}

export type SecondStepResult =
  | { ok: true; token: string; userId: number; method: 'totp' | 'recovery' }
  | { ok: false; reason: 'expired' }
  /** `closed`: that wrong code was the last one this challenge allowed; the password has to be given again. */
  | { ok: false; reason: 'invalid'; userId: number; closed: boolean }
  | { ok: false; reason: 'locked'; userId: number; retryAfterSeconds: number };

/**
 * The second step of a login: a current TOTP code or an unused recovery code. Only a right code
 * creates the session (a new one: rotation as for any login) and closes the challenge.
 */
export async function completeLoginChallenge(db: Kysely<Database>, input: { challengeToken: string | undefined; code: string; siteId: number | null; userAgent?: string }): Promise<SecondStepResult> {
  const challenge = await openChallenge(db, input.challengeToken, input.siteId);
  if (!challenge) return { ok: false, reason: 'expired' };
  const wait = await lockoutRemaining(db, challenge.email);
  if (wait > 0) return { ok: false, reason: 'locked', userId: challenge.user_id, retryAfterSeconds: wait };
  const code = input.code.trim().slice(0, 64);
  const user = { id: challenge.user_id, totp_secret: challenge.totp_secret, totp_last_step: challenge.totp_last_step };
  const method = (await acceptTotp(db, user, code)) ? 'totp' : (await acceptRecoveryCode(db, challenge.user_id, code)) ? 'recovery' : null;
  if (!method) {
    await recordLoginFailure(db, challenge.email);
    const attempts = challenge.attempts + 1;
    // After a few wrong codes the password has to be given again.
    const closed = attempts >= attemptsPerChallenge;
    if (closed) await db.deleteFrom('login_challenges').where('id', '=', challenge.id).execute();
    else await db.updateTable('login_challenges').set({ attempts }).where('id', '=', challenge.id).execute();
    return { ok: false, reason: 'invalid', userId: challenge.user_id, closed };
  }
  await db.deleteFrom('login_challenges').where('id', '=', challenge.id).execute();
  await db.deleteFrom('login_failures').where('email', '=', challenge.email).execute();
  const token = await startSession(db, { userId: challenge.user_id, siteId: input.siteId, userAgent: input.userAgent });
  return { ok: true, token, userId: challenge.user_id, method };
}

/** Ends a challenge (the person gave up, or logged in otherwise). */
export async function cancelLoginChallenge(db: Kysely<Database>, token: string | undefined): Promise<void> {
  if (token && token.length <= 100) await db.deleteFrom('login_challenges').where('id', '=', sha256(token)).execute();
}
