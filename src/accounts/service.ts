import { inTransaction } from '../db/transaction.ts';
import { hash } from '@node-rs/argon2';
import type { Kysely } from 'kysely';
import { nowIso } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import { ConflictError, NotFoundError, ValidationError, type FieldProblem } from '../errors.ts';
import type { SiteMembershipsTable } from './accounts.table.ts';

export type SiteRole = SiteMembershipsTable['role'];
export const siteRoles: readonly SiteRole[] = ['contributor', 'editor', 'site-manager'];

export interface NewUser {
  email: string;
  displayName: string;
  /** Omitted for placeholder authors (imported contributors), who can never log in. */
  password?: string;
  isNetworkAdmin?: boolean;
  memberships?: { siteId: number; role: SiteRole }[];
}

export interface UserSummary {
  id: number;
  email: string;
  displayName: string;
  isNetworkAdmin: boolean;
}

const minPasswordLength = 12;

/** Creates a network-wide account; its password is stored only as an argon2id hash. */
export async function createUser(db: Kysely<Database>, input: NewUser): Promise<UserSummary> {
  const problems: FieldProblem[] = [];
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(email) || email.length > 254) problems.push({ path: 'email', message: `"${input.email}" is not an email address` });
  const displayName = input.displayName.trim();
  if (!displayName || displayName.length > 200) problems.push({ path: 'displayName', message: 'A name of 1 to 200 characters is required' });
  if (input.password !== undefined && input.password.length < minPasswordLength) {
    problems.push({ path: 'password', message: `A password has at least ${minPasswordLength} characters` });
  }
  for (const [index, m] of (input.memberships ?? []).entries()) {
    if (!siteRoles.includes(m.role)) problems.push({ path: `memberships[${index}].role`, message: `"${m.role}" is not a role (${siteRoles.join(', ')})` });
  }
  if (problems.length) throw new ValidationError(`The user is not valid: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`, problems);

  const passwordHash = input.password === undefined ? null : await hash(input.password, { algorithm: 2 /* Argon2id */ });
  return inTransaction(db, async (trx) => {
    const taken = await trx.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
    if (taken) throw new ConflictError(`A user with email ${email} already exists`, 'user_exists');
    const now = nowIso();
    const row = await trx
      .insertInto('users')
      .values({ email, display_name: displayName, password_hash: passwordHash, is_network_admin: input.isNetworkAdmin ? 1 : 0, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const m of input.memberships ?? []) {
      const site = await trx.selectFrom('sites').select('id').where('id', '=', m.siteId).executeTakeFirst();
      if (!site) throw new NotFoundError(`There is no site ${m.siteId}`, 'site_not_found');
      await trx.insertInto('site_memberships').values({ site_id: m.siteId, user_id: row.id, role: m.role, created_at: now }).execute();
    }
    return { id: row.id, email, displayName, isNetworkAdmin: !!input.isNetworkAdmin };
  });
}
