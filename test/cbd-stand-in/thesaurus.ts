/**
 * Thesaurus domains for the CBD API stand-in, shaped as the real `/thesaurus/domains/{d}/terms`
 * answers (`reference/cbd-api.md` 1.3 and 4): `name` and `title` carry the `GBF-T01.`-style
 * prefix, `shortTitle` is the short label with the same prefix, `description` a string.
 *
 * GBF, Aichi, SDG, country and region terms are built from Ecotone's shipped vocabularies, so a
 * sync against the stand-in round-trips them; a few translations the shipped data lacks (ar,
 * ru, zh short titles of the GBF goals and of targets 1–3 and 21) are added so that a sync
 * visibly adds titles. Where the real termId is not known, terms get stand-in numbers from
 * 900 000 up: they are not the CBD's.
 */
import { aichiTargets } from '../../src/vocabularies/data/aichi.ts';
import { countryCodes } from '../../src/vocabularies/data/countries.ts';
import { gbfGoals, gbfTargets } from '../../src/vocabularies/data/gbf.ts';
import { m49Regions } from '../../src/vocabularies/data/regions.ts';
import { sdgs } from '../../src/vocabularies/data/sdgs.ts';
import type { TermData } from '../../src/vocabularies/data/term-data.ts';
import type { StandInTerm } from './types.ts';

export const unLanguages = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const;

/** Degree-of-alignment terms (ORT `utils/constants.ts`, `THESAURUS_TERMS`). */
export const degreeOfAlignment = {
  high: 'AABF237C-F906-40D2-9595-5226C8B18A58',
  medium: '68197B76-67B4-40AD-BB14-A8C340E1320B',
  low: '9668759B-3653-4994-A917-3F039B0BAA5C',
} as const;

/** Translations the shipped GBF data does not have, as the live thesaurus has them. */
const extraGbfShortTitles: Record<string, Record<string, string>> = {
  'GBF-GOAL-A': { ar: 'صون التنوع البيولوجي', ru: 'Сохранение биоразнообразия', zh: '生物多样性得到保护' },
  'GBF-GOAL-B': { ar: 'الاستخدام المستدام للتنوع البيولوجي', ru: 'Устойчивое использование биоразнообразия', zh: '生物多样性得到可持续利用' },
  'GBF-GOAL-C': { ar: 'تقاسم المنافع الناشئة عن الموارد الجينية', ru: 'Совместное использование выгод от генетических ресурсов', zh: '遗传资源惠益得到分享' },
  'GBF-GOAL-D': { ar: 'توافر وسائل التنفيذ الكافية', ru: 'Наличие достаточных средств осуществления', zh: '具备充足的执行手段' },
  'GBF-TARGET-01': { ar: 'تخطيط جميع المناطق وإدارتها للحد من فقدان التنوع البيولوجي', ru: 'Планирование всех районов и управление ими для сокращения утраты биоразнообразия', zh: '规划和管理所有区域以减少生物多样性丧失' },
  'GBF-TARGET-02': { ar: 'استعادة 30% من جميع النظم الإيكولوجية المتدهورة', ru: 'Восстановление 30% всех деградированных экосистем', zh: '恢复30%的退化生态系统' },
  'GBF-TARGET-03': { ar: 'حفظ 30% من الأراضي والمياه والبحار', ru: 'Сохранение 30% суши, вод и морей', zh: '保护30%的陆地、水域和海洋' },
  'GBF-TARGET-21': { ar: 'ضمان توافر المعارف وإتاحتها لتوجيه العمل من أجل التنوع البيولوجي', ru: 'Обеспечение наличия и доступности знаний для действий в интересах биоразнообразия', zh: '确保知识可得和可及以指导生物多样性行动' },
};

function term(fields: Partial<StandInTerm> & Pick<StandInTerm, 'termId' | 'identifier' | 'name'>): StandInTerm {
  // In the API's field order, so that answers read like the real ones.
  return {
    termId: fields.termId,
    identifier: fields.identifier,
    name: fields.name,
    title: fields.title ?? { en: fields.name },
    shortTitle: fields.shortTitle ?? {},
    description: fields.description ?? '',
    longDescription: fields.longDescription ?? {},
    source: fields.source ?? '',
    broaderTerms: fields.broaderTerms ?? [],
    narrowerTerms: fields.narrowerTerms ?? [],
    relatedTerms: fields.relatedTerms ?? [],
    nonPreferedTerms: fields.nonPreferedTerms ?? [],
  };
}

function prefixed(prefix: string, map: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(map ?? {}).map(([lang, text]) => [lang, `${prefix} ${text}`]));
}

function gbfTerm(data: TermData, prefix: string): StandInTerm {
  const name = `${prefix} ${data.descriptions?.en ?? data.titles.en}`;
  return term({
    termId: data.termId ?? 0,
    identifier: data.identifier,
    name,
    title: prefixed(prefix, data.descriptions ?? { en: data.titles.en! }),
    shortTitle: { ...prefixed(prefix, data.titles), ...prefixed(prefix, extraGbfShortTitles[data.identifier]) },
    description: data.descriptions?.en ?? data.titles.en!,
    longDescription: { ...(data.descriptions ?? {}) },
  });
}

/** Adds each term's `narrowerTerms` from the others' `broaderTerms`. */
function linkNarrower(terms: StandInTerm[]): StandInTerm[] {
  const byId = new Map(terms.map((t) => [t.identifier, t]));
  for (const t of terms) for (const broader of t.broaderTerms) byId.get(broader)?.narrowerTerms.push(t.identifier);
  return terms;
}

function countryTerms(): StandInTerm[] {
  const namers = unLanguages.map((lang) => [lang, new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' })] as const);
  return countryCodes.map((country, index) => {
    const title: Record<string, string> = {};
    for (const [lang, namer] of namers) {
      const name = namer.of(country.alpha2.toUpperCase());
      if (name) title[lang] = name;
    }
    return term({ termId: 901_000 + index, identifier: country.alpha2, name: title.en ?? country.alpha2, title, broaderTerms: [country.region] });
  });
}

function regionTerms(): StandInTerm[] {
  return linkNarrower(
    m49Regions.map((region, index) => term({ termId: 902_000 + index, identifier: region.identifier, name: region.titles.en!, title: { ...region.titles }, broaderTerms: region.broader ? [region.broader] : [] })),
  );
}

/** A small part of `CBD-SUBJECTS` (identifiers seen in SCBD code); labels are provisional. */
function cbdSubjectTerms(): StandInTerm[] {
  const subjects: [string, string | null, Record<string, string>][] = [
    ['CBD-SUBJECT-BIOMES', null, { en: 'Thematic programmes', fr: 'Programmes thématiques', es: 'Programas temáticos' }],
    ['CBD-SUBJECT-AGR', 'CBD-SUBJECT-BIOMES', { en: 'Agricultural biodiversity', fr: 'Diversité biologique agricole', es: 'Diversidad biológica agrícola' }],
    ['CBD-SUBJECT-DSHL', 'CBD-SUBJECT-BIOMES', { en: 'Dry and sub-humid lands biodiversity', fr: 'Diversité biologique des terres arides et subhumides', es: 'Diversidad biológica de las tierras áridas y subhúmedas' }],
    ['CBD-SUBJECT-FOR', 'CBD-SUBJECT-BIOMES', { en: 'Forest biodiversity', fr: 'Diversité biologique des forêts', es: 'Diversidad biológica forestal' }],
    ['CBD-SUBJECT-CROSS-CUTTING', null, { en: 'Cross-cutting issues', fr: 'Questions intersectorielles', es: 'Cuestiones intersectoriales' }],
    ['CBD-SUBJECT-ABS', 'CBD-SUBJECT-CROSS-CUTTING', { en: 'Access and benefit-sharing', fr: 'Accès et partage des avantages', es: 'Acceso y participación en los beneficios' }],
    ['CBD-SUBJECT-CC', 'CBD-SUBJECT-CROSS-CUTTING', { en: 'Climate change and biodiversity', fr: 'Changements climatiques et diversité biologique', es: 'Cambio climático y diversidad biológica' }],
    ['CBD-SUBJECT-KM', 'CBD-SUBJECT-CROSS-CUTTING', { en: 'Knowledge management', fr: 'Gestion des connaissances', es: 'Gestión de los conocimientos' }],
    ['CBD-SUBJECT-STTM', 'CBD-SUBJECT-CROSS-CUTTING', { en: 'Technical and scientific cooperation and technology transfer', fr: 'Coopération technique et scientifique et transfert de technologie', es: 'Cooperación técnica y científica y transferencia de tecnología' }],
    ['CBD-SUBJECT-8J', 'CBD-SUBJECT-CROSS-CUTTING', { en: 'Traditional knowledge, innovations and practices (Article 8(j))', fr: 'Connaissances, innovations et pratiques traditionnelles (article 8 j))', es: 'Conocimientos, innovaciones y prácticas tradicionales (artículo 8 j))' }],
  ];
  return linkNarrower(subjects.map(([identifier, broader, title], index) => term({ termId: 903_000 + index, identifier, name: title.en!, title, broaderTerms: broader ? [broader] : [] })));
}

/** A part of `GBF-HEADLINE-INDICATORS` (decision 15/5, annex I), English titles. */
function headlineIndicatorTerms(): StandInTerm[] {
  const indicators: [string, string][] = [
    ['A.1', 'Red List of Ecosystems'],
    ['A.2', 'Extent of natural ecosystems'],
    ['A.3', 'Red List Index'],
    ['A.4', 'The proportion of populations within species with an effective population size > 500'],
    ['B.1', 'Services provided by ecosystems'],
    ['C.1', 'Indicator on monetary benefits received'],
    ['C.2', 'Indicator on non-monetary benefits'],
    ['D.1', 'International public funding, including official development assistance (ODA) for conservation and sustainable use of biodiversity and ecosystems'],
    ['D.2', 'Domestic public funding on conservation and sustainable use of biodiversity and ecosystems'],
    ['D.3', 'Private funding (domestic and international) on conservation and sustainable use of biodiversity and ecosystems'],
    ['1.1', 'Percent of land and sea area covered by biodiversity-inclusive spatial plans'],
    ['2.2', 'Area under restoration'],
    ['3.1', 'Coverage of protected areas and other effective area-based conservation measures'],
    ['5.1', 'Proportion of fish stocks within biologically sustainable levels'],
    ['6.1', 'Rate of invasive alien species establishment'],
    ['7.1', 'Index of coastal eutrophication potential'],
    ['7.2', 'Pesticide environment concentration'],
    ['10.1', 'Proportion of agricultural area under productive and sustainable agriculture'],
    ['10.2', 'Progress towards sustainable forest management'],
    ['12.1', 'Average share of the built-up area of cities that is green/blue space for public use for all'],
    ['15.1', 'Number of companies reporting on disclosures of risks, dependencies and impacts on biodiversity'],
    ['18.1', 'Positive incentives in place to promote biodiversity conservation and sustainable use'],
    ['18.2', 'Value of subsidies and other incentives harmful to biodiversity, that have been eliminated, phased out or reformed'],
    ['21.1', 'Indicator on biodiversity information for monitoring the global biodiversity framework'],
    ['22.1', 'Land use change and land tenure in the traditional territories of indigenous peoples and local communities'],
  ];
  return indicators.map(([code, title], index) => term({ termId: 904_000 + index, identifier: `GBF-INDICATOR-${code}`, name: `${code} ${title}`, title: { en: `${code} ${title}` } }));
}

function degreeTerms(): StandInTerm[] {
  const degrees: [string, Record<string, string>, string][] = [
    [degreeOfAlignment.high, { en: 'High', fr: 'Élevé', es: 'Alto' }, 'Covers all elements of the global target'],
    [degreeOfAlignment.medium, { en: 'Medium', fr: 'Moyen', es: 'Medio' }, 'Covers most elements of the global target'],
    [degreeOfAlignment.low, { en: 'Low', fr: 'Faible', es: 'Bajo' }, 'Covers at least one element of the global target'],
  ];
  return degrees.map(([identifier, title, text], index) => term({ termId: 905_000 + index, identifier, name: title.en!, title, description: text, longDescription: { en: text } }));
}

/** Every domain the stand-in serves, freshly built. */
export function thesaurusDomains(): Record<string, StandInTerm[]> {
  return {
    'GBF-GOALS': gbfGoals.map((goal) => gbfTerm(goal, `GBF-G-${goal.data?.letter}.`)),
    'GBF-TARGETS': gbfTargets.map((target) => gbfTerm(target, `GBF-T${String(target.data?.number).padStart(2, '0')}.`)),
    'AICHI-TARGETS': aichiTargets.map((target, index) => {
      const prefix = `Aichi-T${target.data?.number}.`;
      return term({
        termId: target.termId ?? 906_000 + index,
        identifier: target.identifier,
        name: `${prefix} ${target.titles.en}`,
        title: prefixed(prefix, target.titles),
        shortTitle: prefixed(prefix, target.titles),
        description: target.descriptions?.en ?? '',
        longDescription: { ...(target.descriptions ?? {}) },
      });
    }),
    'SUSTAINABLE-DEVELOPMENT-GOALS': sdgs.map((goal, index) =>
      term({ termId: 907_000 + index, identifier: goal.identifier, name: goal.titles.en!, title: { ...goal.titles }, shortTitle: { ...goal.titles }, description: goal.descriptions?.en ?? '', longDescription: { ...(goal.descriptions ?? {}) } }),
    ),
    'CBD-SUBJECTS': cbdSubjectTerms(),
    countries: countryTerms(),
    regions: regionTerms(),
    'GBF-HEADLINE-INDICATORS': headlineIndicatorTerms(),
    'GBF-DEGREE-OF-ALIGNMENT': degreeTerms(),
  };
}

/** A term's label in a language, as clients resolve it: title, then English, then name. */
export function termLabel(terms: Record<string, StandInTerm[]>, domain: string, identifier: string, lang = 'en'): string | undefined {
  const found = terms[domain]?.find((t) => t.identifier === identifier);
  return found ? (found.title[lang] ?? found.title.en ?? found.name) : undefined;
}
