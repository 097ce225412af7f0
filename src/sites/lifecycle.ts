import path from 'node:path';
import type { Kysely } from 'kysely';
import { audit } from '../accounts/audit.ts';
import type { AppServices } from '../app-services.ts';
import { backupStamp, writeSiteBackup } from '../backup/service.ts';
import { refreshPlannerStatistics } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import { SiteScope } from '../db/site-scope.ts';
import { inTransaction } from '../db/transaction.ts';
import { BadRequestError, ConflictError, NotFoundError } from '../errors.ts';
import { copyTemplate } from './clone.ts';
import * as repo from './repo.ts';
import { type SiteInput, validateSiteInput } from './schema.ts';
import { loadSeedContent } from './seeds/load-seed.ts';
import { nationalChmSeed, nationalChmSeedName } from './seeds/national-chm.ts';
import { createSite, findSiteByCode, updateSite } from './service.ts';
import type { Site } from './site.ts';
import { deleteAllSiteRows, sweepUnreferencedMedia, wipeSiteContent } from './site-data.ts';

/**
 * The site lifecycle (ADR 0021): create from a seed, clone a template, suspend and resume, reset
 * a training site to what it was created from, delete after an automatic export. The CLI, the
 * network admin and the nightly job all call these functions.
 */

/** Seeds a new site can be created from (`--seed`); `none` gives an empty site. */
export const siteSeeds = [nationalChmSeedName, 'none'] as const;

/** What a site's `seed` column says it returns to on a reset. */
export type SeedSource = { kind: 'seed'; name: string } | { kind: 'clone'; template: string; content: boolean };

export function parseSeedSource(seed: string): SeedSource {
  const clone = /^clone(-content)?:(.+)$/.exec(seed);
  if (clone) return { kind: 'clone', template: clone[2]!, content: clone[1] !== undefined };
  if (seed === nationalChmSeedName) return { kind: 'seed', name: seed };
  throw new BadRequestError(`"${seed}" is not a seed (${siteSeeds.join(', ')})`, 'unknown_seed');
}

export function seedOfClone(template: string, content: boolean): string {
  return `clone${content ? '-content' : ''}:${template}`;
}

/** The settings a reset puts back; the home page picture is left to the seed (its media get new ids). */
function settingsOf(site: Site): repo.SeedSettings {
  const { heroImageId: _hero, ...theme } = site.theme;
  return { theme, taglines: site.taglines, contactEmail: site.contactEmail };
}

async function applySeed(services: AppServices, db: Kysely<Database>, site: Site, seed: string, now: Date): Promise<{ items: number; menuEntries: number; media: number }> {
  const source = parseSeedSource(seed);
  if (source.kind === 'seed') {
    const context = { scope: new SiteScope(db, site.id), site, vocabularies: services.vocabularies, actorId: null };
    const loaded = await loadSeedContent(context, { code: site.code, languages: site.languages, ...nationalChmSeed(site) }, { now });
    return { items: loaded.items, menuEntries: loaded.menuEntries, media: 0 };
  }
  const template = await findSiteByCode(db, source.template);
  if (!template) throw new NotFoundError(`The template site "${source.template}" that ${site.code} was cloned from no longer exists`, 'template_missing');
  if (template.id === site.id) throw new BadRequestError('A site cannot be its own template', 'invalid_template');
  return copyTemplate(services, db, template, site, { content: source.content });
}

export interface CreatedSite {
  site: Site;
  items: number;
  menuEntries: number;
  media: number;
}

/**
 * Creates a site and fills it from a seed (the national-CHM seed by default; `none` for an empty
 * site), in one transaction: an interrupted creation leaves no half-filled site.
 *
 * @example
 *   await createSiteFromSeed(services, { code: 'bj', names: { fr: 'CHM du Bénin' }, languages: ['fr', 'en'], country: 'bj' });
 */
export async function createSiteFromSeed(services: AppServices, input: SiteInput, options: { seed?: string; resetNightly?: boolean; now?: Date } = {}): Promise<CreatedSite> {
  const seed = options.seed ?? nationalChmSeedName;
  if (seed !== 'none') parseSeedSource(seed);
  const now = options.now ?? new Date();
  const created = await inTransaction(services.db.kysely, async (trx) => {
    const site = await createSite(trx, input);
    const counts = seed === 'none' ? { items: 0, menuEntries: 0, media: 0 } : await applySeed(services, trx, site, seed, now);
    await repo.updateLifecycle(trx, site.id, { seed: seed === 'none' ? null : seed, seedSettings: settingsOf(site), resetNightly: options.resetNightly ?? false });
    return { site: (await findSiteByCode(trx, site.code))!, ...counts };
  });
  await services.sites.refresh();
  if (created.items) await refreshPlannerStatistics(services.db);
  return created;
}

export interface CloneOptions {
  code: string;
  names?: Record<string, string>;
  country?: string | null;
  status?: string;
  domains?: SiteInput['domains'];
  /** Also copy the items, their translations and the media they use. */
  content?: boolean;
  resetNightly?: boolean;
}

/**
 * A new site made from a template site: its languages, settings and menus, and with `content`
 * its items and media (see `copyTemplate`). The new site remembers its template, so that a reset
 * returns it to the template as it then is.
 */
export async function cloneSite(services: AppServices, fromCode: string, options: CloneOptions): Promise<CreatedSite> {
  const template = await findSiteByCode(services.db.kysely, fromCode);
  if (!template) throw new NotFoundError(`There is no site "${fromCode}" to clone (ecotone site list shows the codes)`, 'site_not_found');
  const seed = seedOfClone(template.code, options.content ?? false);
  const created = await inTransaction(services.db.kysely, async (trx) => {
    const site = await createSite(trx, {
      code: options.code,
      names: options.names ?? template.names,
      languages: template.languages,
      defaultLanguage: template.defaultLanguage,
      country: options.country !== undefined ? options.country : template.country,
      status: options.status ?? 'test',
      domains: options.domains,
    });
    const counts = await applySeed(services, trx, site, seed, new Date());
    const filled = (await findSiteByCode(trx, site.code))!;
    await repo.updateLifecycle(trx, site.id, { seed, seedSettings: settingsOf(filled), resetNightly: options.resetNightly ?? false });
    return { site: (await findSiteByCode(trx, site.code))!, ...counts };
  });
  await services.sites.refresh();
  return created;
}

/** Suspends a site: every public page answers 503 with its maintenance page and `message` (per language). */
export async function suspendSite(services: AppServices, code: string, options: { message?: Record<string, string> } = {}): Promise<Site> {
  const site = await inTransaction(services.db.kysely, async (trx) => {
    const site = await updateSite(trx, code, { status: 'suspended' });
    await repo.updateLifecycle(trx, site.id, { maintenanceMessage: cleanMessage(options.message ?? {}) });
    return (await findSiteByCode(trx, code))!;
  });
  await services.sites.refresh();
  return site;
}

function cleanMessage(message: Record<string, string>): Record<string, string> {
  const cleaned: Record<string, string> = {};
  for (const [language, text] of Object.entries(message)) {
    if (text.trim().length > 1000) throw new BadRequestError(`The maintenance message in ${language} is longer than 1,000 characters`, 'message_too_long');
    if (text.trim()) cleaned[language] = text.trim();
  }
  return cleaned;
}

/** Ends a suspension: the site is `status` again (live unless said otherwise) and its message is cleared. */
export async function resumeSite(services: AppServices, code: string, options: { status?: 'live' | 'test' | 'training' } = {}): Promise<Site> {
  const current = await findSiteByCode(services.db.kysely, code);
  if (!current) throw new NotFoundError(`There is no site with code "${code}"`, 'site_not_found');
  if (current.status !== 'suspended') throw new ConflictError(`Site ${code} is not suspended (it is ${current.status})`, 'site_not_suspended');
  const site = await inTransaction(services.db.kysely, async (trx) => {
    await updateSite(trx, code, { status: options.status ?? 'live' });
    await repo.updateLifecycle(trx, current.id, { maintenanceMessage: {} });
    return (await findSiteByCode(trx, code))!;
  });
  await services.sites.refresh();
  return site;
}

export interface ResetReport {
  site: string;
  seed: string;
  items: number;
  menuEntries: number;
  media: number;
}

/**
 * Returns a training site to exactly what it was created from: its content (items, translations,
 * revisions, tags, media, menus, keywords, redirects, import records) is wiped and the seed or the
 * template loaded again, and its theme, taglines and contact email are put back. Memberships stay,
 * so the class's logins keep working; the audit trail and the outbox stay as a record. Only
 * training sites can be reset: a live site's content is never thrown away by a reset.
 */
export async function resetSite(services: AppServices, code: string, options: { now?: Date; actorId?: number | null } = {}): Promise<ResetReport> {
  const db = services.db.kysely;
  const site = await findSiteByCode(db, code);
  if (!site) throw new NotFoundError(`There is no site with code "${code}"`, 'site_not_found');
  if (site.status !== 'training') throw new ConflictError(`Only training sites can be reset; ${code} is ${site.status}`, 'not_training_site');
  if (!site.seed) throw new ConflictError(`Site ${code} was not created from a seed or a template: there is nothing to reset it to`, 'no_seed');
  const seed = site.seed;
  const counts = await inTransaction(db, async (trx) => {
    await wipeSiteContent(new SiteScope(trx, site.id));
    const settings = await repo.seedSettingsOf(trx, site.id);
    if (settings) {
      const valid = validateSiteInput({ ...site, theme: settings.theme, taglines: settings.taglines, contactEmail: settings.contactEmail });
      await repo.updateSiteRow(trx, site.id, valid);
    }
    const restored = (await findSiteByCode(trx, code))!;
    const counts = await applySeed(services, trx, restored, seed, options.now ?? new Date());
    await audit(trx, { siteId: site.id, userId: options.actorId ?? null, action: 'site.reset', subject: `site:${code}`, details: { seed, ...counts } });
    return counts;
  });
  await sweepUnreferencedMedia(db, services.media, site.id);
  await services.sites.refresh();
  return { site: code, seed, ...counts };
}

/**
 * The nightly job: resets every training site marked for it. One site's failure is reported and
 * does not stop the others. Run nightly by the `reset-training-sites` job (src/jobs/definitions.ts).
 */
export async function resetTrainingSites(services: AppServices, options: { now?: Date } = {}): Promise<{ reset: ResetReport[]; failed: { site: string; error: string }[] }> {
  const sites = (await repo.listSites(services.db.kysely)).filter((s) => s.status === 'training' && s.resetNightly && s.seed);
  const result = { reset: [] as ResetReport[], failed: [] as { site: string; error: string }[] };
  for (const site of sites) {
    try {
      result.reset.push(await resetSite(services, site.code, { now: options.now }));
    } catch (error) {
      result.failed.push({ site: site.code, error: (error as Error).message });
    }
  }
  return result;
}

export interface DeleteReport {
  site: string;
  archive: string;
  rows: Record<string, number>;
}

/**
 * Deletes a site for good, only when `confirm` repeats its code, and only after a backup of it was
 * written to `<DATA_DIR>/deleted-sites/<code>-<time>.zip` (with `writeSiteBackup`: restorable with
 * `ecotone restore`). Then every row of the site and its media files are removed.
 */
export async function deleteSite(services: AppServices, code: string, options: { confirm?: string; now?: Date; actorId?: number | null }): Promise<DeleteReport> {
  const db = services.db.kysely;
  const site = await findSiteByCode(db, code);
  if (!site) throw new NotFoundError(`There is no site with code "${code}"`, 'site_not_found');
  if (options.confirm !== site.code) {
    throw new BadRequestError(`Deleting site ${code} cannot be undone: confirm it by repeating its code (--confirm ${code})`, 'delete_not_confirmed');
  }
  const out = path.join(services.config.dataDir, 'deleted-sites', `${site.code}-${backupStamp(options.now ?? new Date())}.zip`);
  const backup = await writeSiteBackup(services, { site: site.code, out });
  const rows = await inTransaction(db, async (trx) => {
    const rows = await deleteAllSiteRows(trx, site.id);
    await repo.registryChanged(trx);
    await audit(trx, { siteId: null, userId: options.actorId ?? null, action: 'site.delete', subject: `site:${site.code}`, details: { archive: backup.file } });
    return rows;
  });
  await sweepUnreferencedMedia(db, services.media, site.id);
  await services.sites.refresh();
  return { site: site.code, archive: backup.file, rows };
}
