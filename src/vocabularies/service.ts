import { inTransaction } from '../db/transaction.ts';
import type { Kysely } from 'kysely';
import { nowIso } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import { aichiGoals, aichiTargets } from './data/aichi.ts';
import { countryCodes } from './data/countries.ts';
import { gbfGoals, gbfTargets } from './data/gbf.ts';
import { m49Regions } from './data/regions.ts';
import { sdgs } from './data/sdgs.ts';
import type { TermData } from './data/term-data.ts';

/**
 * The shared vocabularies: shipped with Ecotone and refreshed from the CBD thesaurus
 * (`sync.ts`); `cbd-subjects` and `cbd-regions` (the CBD's own regional groups, GUIDs, apart
 * from the shipped UN M49 `regions`) come only from the thesaurus.
 */
export const vocabularyNames = ['gbf-goals', 'gbf-targets', 'aichi-goals', 'aichi-targets', 'sdgs', 'regions', 'countries', 'cbd-subjects', 'cbd-regions'] as const;
export type VocabularyName = (typeof vocabularyNames)[number];

export interface Term {
  vocabulary: VocabularyName;
  identifier: string;
  position: number;
  broader: string | null;
  titles: Record<string, string>;
  descriptions: Record<string, string>;
  data: Record<string, string | number>;
}

const unLanguages = ['ar', 'en', 'es', 'fr', 'ru', 'zh'];

/** Countries get their names from `Intl.DisplayNames` in the six UN languages; only codes are shipped. */
function countryTerms(): TermData[] {
  const namers = unLanguages.map((lang) => [lang, new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' })] as const);
  return countryCodes.map((country, index) => {
    const titles: Record<string, string> = {};
    for (const [lang, namer] of namers) {
      const name = namer.of(country.alpha2.toUpperCase());
      if (name) titles[lang] = name;
    }
    return {
      identifier: country.alpha2,
      titles,
      broader: country.region,
      position: index,
      data: { alpha3: country.alpha3, numeric: country.numeric },
    };
  });
}

export function shippedVocabularies(): Partial<Record<VocabularyName, TermData[]>> {
  return {
    'gbf-goals': gbfGoals,
    'gbf-targets': gbfTargets,
    'aichi-goals': aichiGoals,
    'aichi-targets': aichiTargets,
    sdgs,
    regions: m49Regions,
    countries: countryTerms(),
  };
}

/**
 * Writes the shipped terms that are missing, and refreshes those still marked `shipped`; terms
 * already refreshed from the CBD thesaurus (`synced`) are left alone. Idempotent.
 */
export async function installShippedVocabularies(db: Kysely<Database>): Promise<{ inserted: number }> {
  const existing = new Map((await db.selectFrom('vocabulary_terms').select(['identifier', 'source']).execute()).map((r) => [r.identifier, r.source]));
  let inserted = 0;
  const now = nowIso();
  await inTransaction(db, async (trx) => {
    for (const [vocabulary, terms] of Object.entries(shippedVocabularies()) as [VocabularyName, TermData[]][]) {
      for (const term of terms) {
        const row = {
          vocabulary,
          identifier: term.identifier,
          position: term.position,
          broader: term.broader ?? null,
          titles: JSON.stringify(term.titles),
          descriptions: JSON.stringify(term.descriptions ?? {}),
          data: JSON.stringify(term.data ?? {}),
          source: 'shipped',
          updated_at: now,
        };
        const source = existing.get(term.identifier);
        if (source === undefined) {
          // Another process starting on the same fresh database may have inserted it since the read.
          const result = await trx.insertInto('vocabulary_terms').values(row).onConflict((oc) => oc.column('identifier').doNothing()).executeTakeFirst();
          inserted += Number(result.numInsertedOrUpdatedRows ?? 0);
        } else if (source === 'shipped') {
          await trx.updateTable('vocabulary_terms').set(row).where('identifier', '=', term.identifier).execute();
        }
      }
    }
  });
  return { inserted };
}

/** All shared terms in memory: they are few (a few hundred), read on every page, and change rarely. */
export class VocabularyIndex {
  private constructor(private terms: Map<string, Term>) {}

  static async load(db: Kysely<Database>): Promise<VocabularyIndex> {
    return new VocabularyIndex(await VocabularyIndex.read(db));
  }

  /** Reads the terms again, in place (after a thesaurus sync): everyone holding this index sees them. */
  async reload(db: Kysely<Database>): Promise<void> {
    this.terms = await VocabularyIndex.read(db);
  }

  private static async read(db: Kysely<Database>): Promise<Map<string, Term>> {
    const rows = await db.selectFrom('vocabulary_terms').selectAll().orderBy('vocabulary').orderBy('position').execute();
    return new Map(
        rows.map((r) => [
          r.identifier,
          {
            vocabulary: r.vocabulary as VocabularyName,
            identifier: r.identifier,
            position: r.position,
            broader: r.broader,
            titles: JSON.parse(r.titles),
            descriptions: JSON.parse(r.descriptions),
            data: JSON.parse(r.data),
          },
        ]),
    );
  }

  get(identifier: string): Term | undefined {
    return this.terms.get(identifier);
  }

  has(identifier: string): boolean {
    return this.terms.has(identifier);
  }

  list(vocabulary: VocabularyName): Term[] {
    return [...this.terms.values()].filter((t) => t.vocabulary === vocabulary);
  }
}

/** A term's title in `language`, falling back by base language, then English, then the identifier. */
export function termTitle(term: Pick<Term, 'titles' | 'identifier'>, language: string): string {
  const base = language.split('-')[0]!;
  return term.titles[language] ?? term.titles[base] ?? term.titles.en ?? Object.values(term.titles)[0] ?? term.identifier;
}
