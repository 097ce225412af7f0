import { inTransaction } from '../db/transaction.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import * as repo from './repo.ts';
import { type SiteInput, validateSiteInput } from './schema.ts';
import type { Site } from './site.ts';

export { listSites, findSiteByCode } from './repo.ts';

/** Creates a site. Its `<code>.localhost` host exists implicitly; `domains` adds real ones. */
export async function createSite(db: Kysely<Database>, input: SiteInput): Promise<Site> {
  const valid = validateSiteInput(input);
  return inTransaction(db, async (trx) => {
    if (await repo.findSiteByCode(trx, valid.code)) throw new ConflictError(`A site with code "${valid.code}" already exists`, 'site_exists');
    await assertDomainsFree(trx, valid.code, valid.domains.map((d) => d.host));
    await repo.insertSite(trx, valid);
    return (await repo.findSiteByCode(trx, valid.code))!;
  });
}

/** Changes a site's settings; fields left out of `changes` keep their values. */
export async function updateSite(db: Kysely<Database>, code: string, changes: Partial<Omit<SiteInput, 'code'>>): Promise<Site> {
  return inTransaction(db, async (trx) => {
    const current = await repo.findSiteByCode(trx, code);
    if (!current) throw new NotFoundError(`There is no site with code "${code}"`, 'site_not_found');
    const valid = validateSiteInput({
      code: current.code,
      country: changes.country !== undefined ? changes.country : current.country,
      names: { ...current.names, ...changes.names },
      languages: changes.languages ?? current.languages,
      defaultLanguage: changes.defaultLanguage ?? (changes.languages?.includes(current.defaultLanguage) === false ? undefined : current.defaultLanguage),
      status: changes.status ?? current.status,
      contactEmail: changes.contactEmail !== undefined ? changes.contactEmail : current.contactEmail,
      theme: { ...current.theme, ...changes.theme },
      taglines: { ...current.taglines, ...changes.taglines },
      domains: changes.domains ?? current.domains,
    });
    await assertDomainsFree(trx, current.code, valid.domains.map((d) => d.host));
    await repo.updateSiteRow(trx, current.id, valid);
    return (await repo.findSiteByCode(trx, code))!;
  });
}

async function assertDomainsFree(db: Kysely<Database>, code: string, hosts: readonly string[]): Promise<void> {
  for (const host of hosts) {
    const owner = await repo.findHostOwner(db, host);
    if (owner && owner !== code) throw new ConflictError(`The domain ${host} already belongs to site "${owner}"`, 'domain_taken');
  }
}
