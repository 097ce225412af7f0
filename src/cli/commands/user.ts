import { randomBytes } from 'node:crypto';
import { createUser, type SiteRole } from '../../accounts/service.ts';
import { resetTwoFactor } from '../../accounts/two-factor.ts';
import { loadConfig } from '../../config.ts';
import { openDatabase } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { BadRequestError, NotFoundError } from '../../errors.ts';
import { findSiteByCode } from '../../sites/service.ts';
import type { Output } from '../output.ts';

export interface UserOptions {
  email?: string;
  name?: string[];
  password?: string;
  'network-admin'?: boolean;
  role?: string[];
}

/**
 * `ecotone user create --email … --name … [--network-admin] [--role be:editor]` prints a generated
 * password once; `ecotone user reset-two-factor --email …` clears a lost second factor.
 */
export async function userCommand(action: string | undefined, options: UserOptions, out: Output): Promise<void> {
  if (action === 'reset-two-factor') return resetTwoFactorCommand(options, out);
  if (action !== 'create') throw new BadRequestError('Use: ecotone user create --email you@example.org --name "Your Name" [--role be:editor] [--network-admin], or ecotone user reset-two-factor --email you@example.org', 'unknown_command');
  if (!options.email) throw new BadRequestError('user create needs --email', 'missing_option');
  const db = openDatabase(loadConfig());
  try {
    await migrateToLatest(db.kysely);
    const memberships: { siteId: number; role: SiteRole }[] = [];
    for (const value of options.role ?? []) {
      const [code, role] = value.split(':');
      const site = code ? await findSiteByCode(db.kysely, code) : undefined;
      if (!site) throw new NotFoundError(`--role ${value}: there is no site "${code}"`, 'site_not_found');
      memberships.push({ siteId: site.id, role: role as SiteRole });
    }
    const generated = options.password === undefined;
    const password = options.password ?? randomBytes(12).toString('base64url');
    const user = await createUser(db.kysely, {
      email: options.email,
      displayName: options.name?.join(' ') ?? options.email.split('@')[0]!,
      password,
      isNetworkAdmin: !!options['network-admin'],
      memberships,
    });
    out.say(`Created user ${user.email}${user.isNetworkAdmin ? ' (network administrator)' : ''}${memberships.length ? ` with roles ${(options.role ?? []).join(', ')}` : ''}`);
    if (generated) out.say(`  password: ${password}  (shown once)`);
    out.result({ ...user, roles: options.role ?? [], password: generated ? password : undefined });
  } finally {
    await db.close();
  }
}

/** For someone who lost both their phone and their recovery codes (ADR 8): an operator's command, never a web page. */
async function resetTwoFactorCommand(options: UserOptions, out: Output): Promise<void> {
  if (!options.email) throw new BadRequestError('user reset-two-factor needs --email', 'missing_option');
  const db = openDatabase(loadConfig());
  try {
    await migrateToLatest(db.kysely);
    const user = await db.kysely.selectFrom('users').select(['id', 'email']).where('email', '=', options.email.trim().toLowerCase()).executeTakeFirst();
    if (!user) throw new NotFoundError(`--email ${options.email}: there is no such user`, 'user_not_found');
    const wasOn = await resetTwoFactor(db.kysely, user.id);
    out.say(
      wasOn
        ? `Turned two-factor sign-in off for ${user.email} and ended their sessions: they sign in with their password and can turn it on again.`
        : `Two-factor sign-in was not on for ${user.email}; their sessions were ended all the same.`,
    );
    out.result({ email: user.email, twoFactorWasOn: wasOn, sessionsEnded: true });
  } finally {
    await db.close();
  }
}
