/**
 * Refreshes the shared vocabularies from the CBD thesaurus (ADR 0016): GBF goals and targets,
 * Aichi targets, SDGs, CBD subjects, countries and regions, by identifier, with every language
 * the API gives. The shipped data stays the offline fallback: a domain that cannot be read keeps
 * what it had (shipped or last synced), and the failure is recorded per domain for the network
 * administrators. Terms are never deleted here (items are tagged with them); a term the API no
 * longer lists simply stops being refreshed.
 */
import type { Kysely } from 'kysely';
import { nowIso } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import type { CbdClient, ThesaurusTerm } from '../interop/cbd/client.ts';
import type { VocabularyIndex, VocabularyName } from './service.ts';

interface DomainSource {
  domain: string;
  /** The vocabulary new terms join; a term Ecotone already has keeps its vocabulary. */
  vocabulary: VocabularyName;
  /** The prefix the thesaurus puts before short titles (`GBF-T01. `), removed as the shipped data does. */
  titlePrefix?: RegExp;
}

export const thesaurusDomains: readonly DomainSource[] = [
  { domain: 'GBF-GOALS', vocabulary: 'gbf-goals', titlePrefix: /^GBF-G(?:OAL)?-?[A-D]\.\s*/i },
  { domain: 'GBF-TARGETS', vocabulary: 'gbf-targets', titlePrefix: /^GBF-T\d{1,2}\.\s*/i },
  { domain: 'AICHI-TARGETS', vocabulary: 'aichi-targets', titlePrefix: /^Aichi-T\d{1,2}\.\s*/i },
  { domain: 'SUSTAINABLE-DEVELOPMENT-GOALS', vocabulary: 'sdgs' },
  { domain: 'CBD-SUBJECTS', vocabulary: 'cbd-subjects' },
  { domain: 'countries', vocabulary: 'countries' },
  // The CBD's regional groupings are GUIDs, apart from the shipped UN M49 regions.
  { domain: 'regions', vocabulary: 'cbd-regions' },
];

export interface DomainSyncResult {
  domain: string;
  ok: boolean;
  terms: number;
  added: number;
  error?: string;
}

export async function syncVocabularies(
  deps: { db: Kysely<Database>; client: CbdClient; vocabularies: VocabularyIndex; log: { info(o: object, m: string): void; error(o: object, m: string): void } },
  options: { now?: string; domains?: readonly string[] } = {},
): Promise<DomainSyncResult[]> {
  const now = options.now ?? nowIso();
  const results: DomainSyncResult[] = [];
  for (const source of thesaurusDomains.filter((d) => !options.domains || options.domains.includes(d.domain))) {
    try {
      const terms = await deps.client.thesaurusTerms(source.domain);
      const added = await storeTerms(deps.db, source, terms, now);
      await recordDomain(deps.db, source.domain, { last_attempt_at: now, last_success_at: now, last_error: null, term_count: terms.length });
      results.push({ domain: source.domain, ok: true, terms: terms.length, added });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      deps.log.error({ domain: source.domain, err: message }, 'Thesaurus sync failed for a domain; its terms are kept as they were');
      await recordDomain(deps.db, source.domain, { last_attempt_at: now, last_error: message });
      results.push({ domain: source.domain, ok: false, terms: 0, added: 0, error: message });
    }
  }
  await deps.vocabularies.reload(deps.db);
  deps.log.info({ domains: results.map((r) => `${r.domain}:${r.ok ? r.terms : 'failed'}`).join(' ') }, 'Thesaurus sync done');
  return results;
}

/** Merges one domain's terms into `vocabulary_terms`, in one transaction. Returns how many were new. */
async function storeTerms(db: Kysely<Database>, source: DomainSource, terms: readonly ThesaurusTerm[], now: string): Promise<number> {
  return inTransaction(db, async (trx) => {
    const existing = new Map(
      (await trx.selectFrom('vocabulary_terms').selectAll().where('identifier', 'in', terms.length ? terms.map((t) => t.identifier) : ['']).execute()).map((r) => [r.identifier, r]),
    );
    let position = Number((await trx.selectFrom('vocabulary_terms').select((eb) => eb.fn.max('position').as('max')).where('vocabulary', '=', source.vocabulary).executeTakeFirst())?.max ?? 0);
    let added = 0;
    for (const term of terms) {
      const row = existing.get(term.identifier);
      // Languages the API does not give keep their current text (shipped or translated earlier).
      const titles = { ...(row ? JSON.parse(row.titles) : {}), ...titlesOf(term, source) };
      const descriptions = { ...(row ? JSON.parse(row.descriptions) : {}), ...descriptionsOf(term) };
      const data = { ...(row ? JSON.parse(row.data) : {}), ...(term.termId !== undefined ? { termId: term.termId } : {}) };
      const values = { titles: JSON.stringify(titles), descriptions: JSON.stringify(descriptions), data: JSON.stringify(data), source: 'synced', updated_at: now };
      if (row) {
        await trx.updateTable('vocabulary_terms').set(values).where('identifier', '=', term.identifier).execute();
      } else {
        await trx
          .insertInto('vocabulary_terms')
          .values({ ...values, vocabulary: source.vocabulary, identifier: term.identifier, position: ++position, broader: term.broaderTerms[0] ?? null })
          .execute();
        added++;
      }
    }
    return added;
  });
}

function titlesOf(term: ThesaurusTerm, source: DomainSource): Record<string, string> {
  const strip = (text: string) => (source.titlePrefix ? text.replace(source.titlePrefix, '') : text).trim();
  // A short title where the thesaurus has one (what pages show), else the title.
  const merged = { ...term.title, ...term.shortTitle };
  return Object.fromEntries(Object.entries(merged).filter(([, text]) => typeof text === 'string' && text.trim()).map(([lang, text]) => [lang.toLowerCase(), strip(text)]));
}

/** The long description (for GBF targets, the official target text) per language. */
function descriptionsOf(term: ThesaurusTerm): Record<string, string> {
  const long = Object.fromEntries(Object.entries(term.longDescription ?? {}).filter(([, text]) => typeof text === 'string' && text.trim()).map(([lang, text]) => [lang.toLowerCase(), text.trim()]));
  if (!long.en && term.description?.trim()) long.en = term.description.trim();
  return long;
}

async function recordDomain(db: Kysely<Database>, domain: string, values: { last_attempt_at: string; last_success_at?: string; last_error: string | null; term_count?: number }): Promise<void> {
  const updated = await db.updateTable('cbd_vocabulary_syncs').set(values).where('domain', '=', domain).executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) await db.insertInto('cbd_vocabulary_syncs').values({ domain, term_count: 0, ...values }).execute();
}

/** How each domain's last sync went, for the network administrators' status page. */
export async function vocabularySyncStatus(db: Kysely<Database>) {
  return db.selectFrom('cbd_vocabulary_syncs').selectAll().orderBy('domain').execute();
}
