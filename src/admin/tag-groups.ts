import type { Term, VocabularyIndex, VocabularyName } from '../vocabularies/service.ts';
import { termTitle } from '../vocabularies/service.ts';
import type { TagGroup } from './views/tag-picker.tsx';

/**
 * The shared vocabularies offered as tags on the edit form, in the admin's language, each
 * grouped under its broader term where it has one (Aichi targets under their strategic goal,
 * countries under their M49 region). GBF targets come first and open: they are what CHM content
 * is most often filed under.
 */
const offered: readonly VocabularyName[] = ['gbf-targets', 'gbf-goals', 'sdgs', 'aichi-targets', 'regions', 'countries'];

export function tagGroups(vocabularies: VocabularyIndex, language: string): TagGroup[] {
  const label = (term: Term) => (term.data.number !== undefined ? `${term.data.number}. ${termTitle(term, language)}` : termTitle(term, language));
  const collator = new Intl.Collator(language);
  return offered.map((vocabulary) => {
    const terms = vocabularies.list(vocabulary);
    const byBroader = new Map<string | null, Term[]>();
    for (const term of terms) {
      // Regions are a tree of their own; listed flat they read better than nested one level.
      const key = vocabulary === 'regions' ? null : term.broader;
      byBroader.set(key, [...(byBroader.get(key) ?? []), term]);
    }
    const sections = [...byBroader].map(([broader, members]) => {
      const parent = broader ? vocabularies.get(broader) : undefined;
      const options = members.map((term) => ({ identifier: term.identifier, label: label(term) }));
      // Countries read best alphabetically in the admin's language; the others keep their own order.
      if (vocabulary === 'countries') options.sort((a, b) => collator.compare(a.label, b.label));
      return { label: parent ? termTitle(parent, language) : broader ?? undefined, terms: options };
    });
    if (vocabulary === 'countries') sections.sort((a, b) => collator.compare(a.label ?? '', b.label ?? ''));
    return { vocabulary, sections };
  });
}
