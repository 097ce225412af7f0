import type { SiteScope } from '../../db/site-scope.ts';
import { ensureKeyword } from '../../vocabularies/keywords.ts';
import type { VocabularyIndex, VocabularyName } from '../../vocabularies/service.ts';
import type { TagWish } from './mapping.ts';

/**
 * CHM terms (the PTK's `chm_terms` glossary, themes of the CBD's focal areas) that name a subject
 * of the CBD thesaurus. Used only when the subject is in the shared vocabularies (after a CBD
 * sync); any other term stays a site keyword with its labels.
 */
export const chmTermSubjects: Readonly<Record<string, string>> = {
  'protected areas': 'CBD-SUBJECT-PA',
  'island biodiversity': 'CBD-SUBJECT-ISL',
  'mountain biodiversity': 'CBD-SUBJECT-MOU',
  'plant conservation': 'CBD-SUBJECT-GSPC',
  'forest under sustainable management': 'CBD-SUBJECT-FOR',
  'agricultural practices potentially supporting biodiversity': 'CBD-SUBJECT-AGR',
  'economics, trade and incentive measures': 'CBD-SUBJECT-EM',
  'invasive alien species': 'CBD-SUBJECT-IAS',
  'climate change': 'CBD-SUBJECT-CC',
  'desertification': 'CBD-SUBJECT-DSHL',
  'impact assessment': 'CBD-SUBJECT-IA',
  'traditional knowledge': 'CBD-SUBJECT-8J',
  'access to genetic resources and benefit-sharing': 'CBD-SUBJECT-ABS',
  'technology transfer and cooperation': 'CBD-SUBJECT-STTM',
  'liability and redress': 'CBD-SUBJECT-LR',
  'public opinion about biodiversity and public awareness': 'CBD-SUBJECT-CEPA',
  'identification, monitoring, indicators and assessments': 'CBD-SUBJECT-IMIA',
  'tourism': 'CBD-SUBJECT-TOUR',
  'biodiversity and tourism': 'CBD-SUBJECT-TOUR',
  'gender': 'CBD-SUBJECT-GENDER',
};

/**
 * Turns tag wishes into identifiers: places into countries or regions, CHM terms into CBD
 * subjects where a mapping exists, the rest into site keywords (created once, labels merged).
 * One per import run: it remembers what it resolved.
 */
export class TagResolver {
  private readonly byTitle = new Map<string, Map<string, string>>();
  private readonly keywords = new Map<string, string>();
  /** Labels that became keywords because no shared term matched, for the report. */
  readonly unmatched = { coverage: new Set<string>(), chmTerms: new Set<string>() };

  constructor(private readonly vocabularies: VocabularyIndex) {
    for (const name of ['countries', 'regions', 'cbd-subjects'] as const) this.byTitle.set(name, this.titleIndex(name));
  }

  private titleIndex(vocabulary: VocabularyName): Map<string, string> {
    const index = new Map<string, string>();
    for (const term of this.vocabularies.list(vocabulary)) for (const title of Object.values(term.titles)) index.set(fold(title), term.identifier);
    return index;
  }

  /** The identifiers of `wishes`, in order, without repeats. Writes keywords through `scope`. */
  async resolve(scope: SiteScope, wishes: readonly TagWish[]): Promise<string[]> {
    const out = new Set<string>();
    for (const wish of wishes) out.add(this.sharedTerm(wish) ?? (await this.keyword(scope, wish)));
    return [...out];
  }

  /** What the tag would be without writing anything (dry runs): a shared term, or `keyword:…`. */
  preview(wish: TagWish): string {
    return this.sharedTerm(wish) ?? `keyword:${Object.values(wish.labels)[0] ?? ''}`;
  }

  private sharedTerm(wish: TagWish): string | undefined {
    const labels = Object.values(wish.labels).map(fold);
    if (wish.kind === 'coverage') {
      for (const vocabulary of ['countries', 'regions'] as const) {
        const index = this.byTitle.get(vocabulary)!;
        for (const label of labels) if (index.has(label)) return index.get(label);
      }
      for (const label of Object.values(wish.labels)) this.unmatched.coverage.add(label);
    }
    if (wish.kind === 'chm-term') {
      for (const label of labels) {
        const subject = chmTermSubjects[label];
        if (subject && this.vocabularies.has(subject)) return subject;
        const byTitle = this.byTitle.get('cbd-subjects')!.get(label);
        if (byTitle) return byTitle;
      }
      for (const label of Object.values(wish.labels)) this.unmatched.chmTerms.add(label);
    }
    return undefined;
  }

  private async keyword(scope: SiteScope, wish: TagWish): Promise<string> {
    const key = JSON.stringify(Object.entries(wish.labels).sort());
    const known = this.keywords.get(key);
    if (known) return known;
    const keyword = await ensureKeyword(scope, wish.labels);
    this.keywords.set(key, keyword.identifier);
    return keyword.identifier;
  }
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
