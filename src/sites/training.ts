import { randomBytes } from 'node:crypto';
import { createUser, type SiteRole, siteRoles } from '../accounts/service.ts';
import type { AppServices } from '../app-services.ts';
import { BadRequestError, ConflictError } from '../errors.ts';
import { translator } from '../i18n/translator.ts';
import { cloneSite, createSiteFromSeed, siteSeeds } from './lifecycle.ts';
import { findSiteByCode } from './service.ts';

export interface TrainingLogin {
  site: string;
  url: string;
  login: string;
  password: string;
}

export interface TrainingClassOptions {
  count: number;
  /** A seed (`national-chm`) or the code of a template site to clone with its content. */
  from: string;
  /** Site codes are `<prefix>-01`, `<prefix>-02`…; default `training`. */
  prefix?: string;
  /** The sandboxes' languages, when made from a seed (a clone keeps its template's). Default `en`. */
  languages?: string[];
  /** The role of each sandbox's login; default editor. */
  role?: SiteRole;
  /** Reset every night to the seed (default true). */
  resetNightly?: boolean;
}

export const maxTrainingSites = 100;

/** The address of a sandbox's admin, on its always-present `<code>.<suffix>` host. */
function adminUrl(services: AppServices, code: string): string {
  const { localSiteSuffix, port } = services.config;
  return `http://${code}.${localSiteSuffix}${port === 80 ? '' : `:${port}`}/admin`;
}

/**
 * Creates a class's training sandboxes (ADR 0021): `count` training sites made from a seed or a
 * template site, each with one login (an email-like user name and a random password) on it only.
 * Every code and login is checked free before anything is created, so a clash changes nothing.
 * Each site is created in its own transaction; the logins are returned to be printed once.
 */
export async function createTrainingSites(services: AppServices, options: TrainingClassOptions): Promise<TrainingLogin[]> {
  const db = services.db.kysely;
  if (!Number.isInteger(options.count) || options.count < 1 || options.count > maxTrainingSites) {
    throw new BadRequestError(`--count must be a whole number from 1 to ${maxTrainingSites}, got ${options.count}`, 'invalid_count');
  }
  const prefix = (options.prefix ?? 'training').toLowerCase();
  const role = options.role ?? 'editor';
  if (!siteRoles.includes(role)) throw new BadRequestError(`"${role}" is not a role (${siteRoles.join(', ')})`, 'invalid_role');
  const isSeed = (siteSeeds as readonly string[]).includes(options.from) && options.from !== 'none';
  const template = isSeed ? undefined : await findSiteByCode(db, options.from);
  if (!isSeed && !template) {
    throw new BadRequestError(`--from must be a seed (${siteSeeds.filter((s) => s !== 'none').join(', ')}) or the code of a template site; there is no site "${options.from}"`, 'unknown_template');
  }
  if (template && options.languages) throw new BadRequestError(`Sandboxes cloned from ${template.code} keep its languages (${template.languages.join(', ')}); leave out --languages`, 'invalid_option');

  const width = Math.max(2, String(options.count).length);
  const codes = Array.from({ length: options.count }, (_, i) => `${prefix}-${String(i + 1).padStart(width, '0')}`);
  const logins = codes.map((code) => `editor@${code}.training.invalid`);
  const takenSites = (await db.selectFrom('sites').select('code').where('code', 'in', codes).execute()).map((r) => r.code);
  const takenUsers = (await db.selectFrom('users').select('email').where('email', 'in', logins).execute()).map((r) => r.email);
  if (takenSites.length || takenUsers.length) {
    throw new ConflictError(`These already exist, choose another --prefix: ${[...takenSites, ...takenUsers].join(', ')}`, 'training_names_taken');
  }

  const languages = options.languages ?? ['en'];
  const result: TrainingLogin[] = [];
  for (const [index, code] of codes.entries()) {
    const number = index + 1;
    const names = Object.fromEntries((template?.languages ?? languages).map((l) => [l, translator(l)('training.siteName', { number })]));
    const common = { status: 'training', resetNightly: options.resetNightly ?? true };
    const { site } = template
      ? await cloneSite(services, template.code, { code, names, content: true, ...common })
      : await createSiteFromSeed(services, { code, names, languages, country: null, status: common.status }, { seed: options.from, resetNightly: common.resetNightly });
    const password = randomBytes(12).toString('base64url');
    await createUser(db, { email: logins[index]!, displayName: translator(site.defaultLanguage)('training.loginName', { number }), password, memberships: [{ siteId: site.id, role }] });
    result.push({ site: code, url: adminUrl(services, code), login: logins[index]!, password });
  }
  return result;
}
