import type { Kysely, Selectable } from 'kysely';
import { nowIso } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import type { ValidSiteInput } from './schema.ts';
import { defaultTheme, type Site, type SiteDomain } from './site.ts';
import type { SitesTable } from './sites.table.ts';

/** The site registry's SQL. The registry is installation-wide data, not any one site's. */

function toSite(row: Selectable<SitesTable>, domains: SiteDomain[]): Site {
  return {
    id: row.id,
    code: row.code,
    country: row.country,
    names: JSON.parse(row.names),
    defaultLanguage: row.default_language,
    languages: JSON.parse(row.languages),
    status: row.status,
    theme: { ...defaultTheme, ...JSON.parse(row.theme) },
    taglines: JSON.parse(row.taglines),
    contactEmail: row.contact_email,
    domains,
    seed: row.seed,
    resetNightly: row.reset_nightly === 1,
    maintenanceMessage: JSON.parse(row.maintenance_message),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function listSites(db: Kysely<Database>): Promise<Site[]> {
  const [rows, domains] = await Promise.all([
    db.selectFrom('sites').selectAll().orderBy('code').execute(),
    db.selectFrom('site_domains').selectAll().orderBy('id').execute(),
  ]);
  return rows.map((row) =>
    toSite(
      row,
      domains.filter((d) => d.site_id === row.id).map((d) => ({ host: d.host, kind: d.kind })),
    ),
  );
}

export async function findSiteByCode(db: Kysely<Database>, code: string): Promise<Site | undefined> {
  const row = await db.selectFrom('sites').selectAll().where('code', '=', code).executeTakeFirst();
  if (!row) return undefined;
  const domains = await db.selectFrom('site_domains').select(['host', 'kind']).where('site_id', '=', row.id).orderBy('id').execute();
  return toSite(row, domains);
}

export async function findHostOwner(db: Kysely<Database>, host: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('site_domains')
    .innerJoin('sites', 'sites.id', 'site_domains.site_id')
    .select('sites.code')
    .where('site_domains.host', '=', host)
    .executeTakeFirst();
  return row?.code;
}

export async function insertSite(db: Kysely<Database>, input: ValidSiteInput): Promise<number> {
  const now = nowIso();
  const row = await db
    .insertInto('sites')
    .values({
      code: input.code,
      country: input.country,
      names: JSON.stringify(input.names),
      default_language: input.defaultLanguage,
      languages: JSON.stringify(input.languages),
      status: input.status,
      theme: JSON.stringify(input.theme),
      taglines: JSON.stringify(input.taglines),
      contact_email: input.contactEmail,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await replaceDomains(db, row.id, input.domains);
  await bumpRegistryVersion(db);
  return row.id;
}

export async function updateSiteRow(db: Kysely<Database>, id: number, input: ValidSiteInput): Promise<void> {
  await db
    .updateTable('sites')
    .set({
      country: input.country,
      names: JSON.stringify(input.names),
      default_language: input.defaultLanguage,
      languages: JSON.stringify(input.languages),
      status: input.status,
      theme: JSON.stringify(input.theme),
      taglines: JSON.stringify(input.taglines),
      contact_email: input.contactEmail,
      updated_at: nowIso(),
    })
    .where('id', '=', id)
    .execute();
  await replaceDomains(db, id, input.domains);
  await bumpRegistryVersion(db);
}

async function replaceDomains(db: Kysely<Database>, siteId: number, domains: readonly SiteDomain[]): Promise<void> {
  await db.deleteFrom('site_domains').where('site_id', '=', siteId).execute();
  if (domains.length) {
    await db.insertInto('site_domains').values(domains.map((d) => ({ site_id: siteId, host: d.host, kind: d.kind }))).execute();
  }
}

/** Tells every process serving this database that the registry changed (see `SiteDirectory`). */
async function bumpRegistryVersion(db: Kysely<Database>): Promise<void> {
  await db.updateTable('registry_changes').set((eb) => ({ version: eb('version', '+', 1) })).where('id', '=', 1).execute();
}

export async function registryVersion(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('registry_changes').select('version').where('id', '=', 1).executeTakeFirst();
  return row?.version ?? 0;
}

/** The settings a site had when created from its seed: what a reset puts back (ADR 0021). */
export interface SeedSettings {
  theme: Record<string, unknown>;
  taglines: Record<string, string>;
  contactEmail: string | null;
}

export interface LifecycleChanges {
  seed?: string | null;
  seedSettings?: SeedSettings | null;
  resetNightly?: boolean;
  maintenanceMessage?: Record<string, string>;
}

/** Records what the site was created from, its nightly reset and its maintenance message. */
export async function updateLifecycle(db: Kysely<Database>, id: number, changes: LifecycleChanges): Promise<void> {
  await db
    .updateTable('sites')
    .set({
      ...(changes.seed !== undefined && { seed: changes.seed }),
      ...(changes.seedSettings !== undefined && { seed_settings: changes.seedSettings === null ? null : JSON.stringify(changes.seedSettings) }),
      ...(changes.resetNightly !== undefined && { reset_nightly: changes.resetNightly ? 1 : 0 }),
      ...(changes.maintenanceMessage !== undefined && { maintenance_message: JSON.stringify(changes.maintenanceMessage) }),
      updated_at: nowIso(),
    })
    .where('id', '=', id)
    .execute();
  await bumpRegistryVersion(db);
}

export async function seedSettingsOf(db: Kysely<Database>, id: number): Promise<SeedSettings | null> {
  const row = await db.selectFrom('sites').select('seed_settings').where('id', '=', id).executeTakeFirst();
  return row?.seed_settings ? JSON.parse(row.seed_settings) : null;
}

/** After a site's rows are gone: other processes must drop it from their host maps. */
export async function registryChanged(db: Kysely<Database>): Promise<void> {
  await bumpRegistryVersion(db);
}
