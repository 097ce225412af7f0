import { type Kysely, sql } from 'kysely';
import { isPostgres, nowIso } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { findOrCreateInvitee, invitationEmail, invitationLink } from './invitations.ts';

/**
 * Who administers the network. Network administration is a flag on the account (ADR 5: it gives
 * every right on every site), granted by another network administrator and never removed from
 * the last one or by oneself, so the network can neither lose its last administrator nor have one
 * lock themselves out by a slip.
 */

export interface NetworkAdminRow {
  userId: number;
  email: string;
  displayName: string;
  twoFactorEnabled: boolean;
  /** Invited but has not chosen a password yet. */
  pending: boolean;
}

export async function listNetworkAdmins(db: Kysely<Database>): Promise<NetworkAdminRow[]> {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'email', 'display_name', 'password_hash', 'totp_enabled_at'])
    .where('is_network_admin', '=', 1)
    .orderBy('display_name')
    .orderBy('email')
    .execute();
  return rows.map((r) => ({ userId: r.id, email: r.email, displayName: r.display_name, twoFactorEnabled: r.totp_enabled_at !== null, pending: r.password_hash === null }));
}

/** Why a network administrator may not be revoked, or null when they may (pure). */
export function revocationRefusal(input: { actorId: number | null; targetId: number; adminCount: number }): 'self' | 'last' | null {
  if (input.actorId === input.targetId) return 'self';
  if (input.adminCount <= 1) return 'last';
  return null;
}

export interface NetworkAdminGrant {
  userId: number;
  email: string;
  /** The account was created for this grant: a link to choose a password (the invitation flow). */
  invitationToken: string | null;
  /** The account already was a network administrator: nothing changed. */
  already: boolean;
}

/** Makes the account with this email a network administrator, inviting a new account when there is none. */
export async function grantNetworkAdmin(db: Kysely<Database>, input: { email: string; displayName?: string }): Promise<NetworkAdminGrant> {
  const email = invitationEmail(input.email);
  return inTransaction(db, async (trx) => {
    const user = await findOrCreateInvitee(trx, { email, displayName: input.displayName, networkAdmin: true });
    if (user.created) return { userId: user.id, email, invitationToken: await invitationLink(trx, user), already: false };
    if (user.isNetworkAdmin) return { userId: user.id, email, invitationToken: null, already: true };
    await trx.updateTable('users').set({ is_network_admin: 1, updated_at: nowIso() }).where('id', '=', user.id).execute();
    // An account invited earlier that never chose a password gets a fresh link.
    return { userId: user.id, email, invitationToken: await invitationLink(trx, user), already: false };
  });
}

/**
 * Removes network administration from a user. The count and the change happen in one
 * transaction, with the network administrators' rows locked on PostgreSQL (SQLite serialises
 * writers), so two administrators revoking each other at once cannot leave none.
 */
/** `actorId` null: the command line, run by whoever runs the server, may revoke anyone but the last. */
export async function revokeNetworkAdmin(db: Kysely<Database>, input: { actorId: number | null; targetId: number }): Promise<{ email: string }> {
  return inTransaction(db, async (trx) => {
    const admins = await trx
      .selectFrom('users')
      .select(['id', 'email'])
      .where('is_network_admin', '=', 1)
      .$call((q) => (isPostgres(trx) ? q.modifyEnd(sql`for update`) : q))
      .execute();
    const target = admins.find((a) => a.id === input.targetId);
    if (!target) throw new NotFoundError('That user is not a network administrator', 'not_network_admin');
    const refusal = revocationRefusal({ actorId: input.actorId, targetId: input.targetId, adminCount: admins.length });
    if (refusal === 'self') throw new ConflictError('You cannot remove your own network administration; ask another administrator', 'revoke_self');
    if (refusal === 'last') throw new ConflictError('The network must keep at least one administrator', 'last_network_admin');
    await trx.updateTable('users').set({ is_network_admin: 0, updated_at: nowIso() }).where('id', '=', input.targetId).execute();
    return { email: target.email };
  });
}
