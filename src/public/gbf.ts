/**
 * The Kunming-Montreal Global Biodiversity Framework on a national site: the overview of its goals
 * and 23 targets (`/{lang}/gbf`) and one page per target (`/{lang}/gbf/targets/{n}`) with the
 * country's national targets aligned with it and the site's content tagged with it. The official
 * titles and texts are the shared vocabulary's (`gbf-goals`, `gbf-targets`), refreshed by the CBD
 * sync; what the country did is its items, tagged with the target's identifier.
 */
import type { Item } from '../content/item.ts';
import { contentTypes } from '../content/registry.ts';
import { type Listing, listPublishedItems } from '../content/service.ts';
import type { SiteScope } from '../db/site-scope.ts';
import { languageDirection } from '../i18n/languages.ts';
import type { Site } from '../sites/site.ts';
import type { Term, VocabularyIndex } from '../vocabularies/service.ts';

/** The framework has 23 targets, numbered 1 to 23 on the CBD's pages and `GBF-TARGET-01`… in the thesaurus. */
export const gbfTargetTotal = 23;

/**
 * The three sections the framework groups its targets in (decision 15/4, section H). Their
 * headings are catalogue keys `gbf.section.<key>`.
 */
export const gbfSections = [
  { key: 'threats', first: 1, last: 8 },
  { key: 'needs', first: 9, last: 13 },
  { key: 'tools', first: 14, last: 23 },
] as const;

export type GbfSectionKey = (typeof gbfSections)[number]['key'];

/** `GBF-TARGET-03` for 3: the thesaurus identifier, two-digit and zero-padded. */
export function gbfTargetIdentifier(n: number): string {
  return `GBF-TARGET-${String(n).padStart(2, '0')}`;
}

/** 3 for `GBF-TARGET-03`; undefined for anything that is not one of the 23 targets. */
export function gbfTargetNumber(identifier: string): number | undefined {
  const match = /^GBF-TARGET-(\d{2})$/.exec(identifier);
  const n = match ? Number(match[1]) : NaN;
  return n >= 1 && n <= gbfTargetTotal ? n : undefined;
}

export function gbfOverviewPath(language: string): string {
  return `/${language}/gbf`;
}

export function gbfTargetPath(language: string, n: number): string {
  return `/${language}/gbf/targets/${n}`;
}

/** The target's page on the CBD's site (no padding, trailing slash, as the CBD links it). */
export function cbdTargetUrl(n: number): string {
  return `https://www.cbd.int/gbf/targets/${n}/`;
}

export type TargetParam = { kind: 'ok'; n: number } | { kind: 'redirect'; n: number } | { kind: 'unknown' };

/**
 * Reads the `{n}` of `/gbf/targets/{n}`: `3` is the page; `03` and `GBF-TARGET-03` (how the
 * thesaurus writes it, in any case) name the same target and are sent to `3`; anything else names
 * nothing.
 *
 * @example parseTargetParam('3') // { kind: 'ok', n: 3 }
 * @example parseTargetParam('GBF-TARGET-03') // { kind: 'redirect', n: 3 }
 * @example parseTargetParam('24') // { kind: 'unknown' }
 */
export function parseTargetParam(raw: string): TargetParam {
  const digits = /^(?:gbf-target-)?(\d{1,3})$/i.exec(raw)?.[1];
  const n = digits === undefined ? NaN : Number(digits);
  if (!(n >= 1 && n <= gbfTargetTotal)) return { kind: 'unknown' };
  return raw === String(n) ? { kind: 'ok', n } : { kind: 'redirect', n };
}

/** A text in some language, with that language when it is not the page's (for `lang` and `dir` attributes). */
export interface LocalizedText {
  text: string;
  /** Set when the text is a fallback in another language than the page's. */
  lang?: string;
  /** The fallback's direction: English on an Arabic page reads left to right. */
  dir?: 'ltr' | 'rtl';
}

/**
 * A vocabulary text in `language`, else its base language, else English, else any: the same
 * order as `termTitle`, but saying which language was found, so that the page marks it.
 */
export function textIn(texts: Readonly<Record<string, string>>, language: string): LocalizedText | undefined {
  const base = language.split('-')[0]!;
  for (const candidate of [language, base, 'en', ...Object.keys(texts)]) {
    const text = texts[candidate];
    if (!text) continue;
    return candidate === language || candidate === base ? { text } : { text, lang: candidate, dir: languageDirection(candidate) };
  }
  return undefined;
}

/** How closely a national target is aligned with a GBF target, from its three alignment fields. */
export type Alignment = 'high' | 'medium' | 'low' | 'notStated';

const alignmentFields: [Exclude<Alignment, 'notStated'>, string][] = [
  ['high', 'targetsHighAlignment'],
  ['medium', 'targetsMediumAlignment'],
  ['low', 'targetsLowAlignment'],
];

/**
 * The degree of alignment a national target states for one GBF target: the field that lists it
 * (the highest, should two do), or `notStated`. The item's overall `degreeOfAlignment` is a local
 * judgement of the whole target, not of its alignment with this one, so it is not used here.
 */
export function alignmentWith(item: Pick<Item, 'fields'>, identifier: string): Alignment {
  for (const [degree, field] of alignmentFields) {
    const value = item.fields[field];
    if (Array.isArray(value) && value.includes(identifier)) return degree;
  }
  return 'notStated';
}

/** Published items tagged with one GBF target: national targets, and everything else. */
export interface TargetCounts {
  nationalTargets: number;
  other: number;
}

/**
 * Per GBF target, how many published items are tagged with it, national targets apart, in one
 * grouped query. An item counts when a visitor of a page in `language` sees it: published (by
 * `now`) in that language or in the site's default language, which listings show in its place
 * (with `language` null: published in any language); items in the trash do not count.
 */
export async function gbfTargetCounts(scope: SiteScope, site: Site, language: string | null, now: string): Promise<Map<string, TargetCounts>> {
  const rows = await scope
    .selectFrom('item_tags as g')
    .innerJoin('items as i', (join) => join.onRef('i.id', '=', 'g.item_id').on('i.site_id', '=', scope.siteId))
    .select((eb) => [
      'g.term as term',
      eb.fn.sum<number | string>(eb.case().when('i.type', '=', 'national-target').then(1).else(0).end()).as('national'),
      eb.fn.countAll<number | string>().as('total'),
    ])
    .where('g.vocabulary', '=', 'gbf-targets')
    .where('i.deleted_at', 'is', null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('item_translations as t')
          .select('t.id')
          .whereRef('t.item_id', '=', 'g.item_id')
          .where('t.status', '=', 'published')
          .where('t.published_at', '<=', now)
          .$if(language !== null, (qb) => qb.where('t.language', 'in', [...new Set([language!, site.defaultLanguage])])),
      ),
    )
    .groupBy('g.term')
    .execute();
  return new Map(rows.map((r) => [r.term, { nationalTargets: Number(r.national), other: Number(r.total) - Number(r.national) }]));
}

/**
 * The GBF pages a sitemap lists (paths after `/{lang}`): the overview and the pages of the targets
 * the site has published something on. A target's page without national content shows only the
 * official text, the same on every site of the network: search engines are not sent to it.
 */
export async function gbfSitemapPaths(scope: SiteScope, site: Site, now: string): Promise<string[]> {
  const counts = await gbfTargetCounts(scope, site, null, now);
  const targets = [...counts.keys()].map(gbfTargetNumber).filter((n) => n !== undefined).sort((a, b) => a - b);
  return targets.length ? ['/gbf', ...targets.map((n) => `/gbf/targets/${n}`)] : [];
}

/** A GBF target as the overview lists it. */
export interface GbfTargetSummary {
  n: number;
  identifier: string;
  title: LocalizedText;
  href: string;
  counts: TargetCounts;
}

export interface GbfGoalSummary {
  letter: string;
  title: LocalizedText;
  description?: LocalizedText;
}

export interface GbfOverview {
  goals: GbfGoalSummary[];
  sections: { key: GbfSectionKey; targets: GbfTargetSummary[] }[];
}

/** A target's short title in the page language; a vocabulary that lost the term (a failed refresh) still names it by its identifier. */
function titleIn(term: Term | undefined, n: number, language: string): LocalizedText {
  return (term && textIn(term.titles, language)) ?? { text: gbfTargetIdentifier(n) };
}

/** The overview's goals and targets, with the site's counts per target (one query). */
export async function gbfOverview(scope: SiteScope, site: Site, language: string, vocabularies: VocabularyIndex, now: string): Promise<GbfOverview> {
  const counts = await gbfTargetCounts(scope, site, language, now);
  const goals = vocabularies.list('gbf-goals').map((term) => ({
    letter: String(term.data.letter ?? term.identifier.replace(/^GBF-GOAL-/, '')),
    title: textIn(term.titles, language) ?? { text: term.identifier },
    description: textIn(term.descriptions, language),
  }));
  const sections = gbfSections.map((section) => ({
    key: section.key,
    targets: Array.from({ length: section.last - section.first + 1 }, (_, i) => {
      const n = section.first + i;
      const identifier = gbfTargetIdentifier(n);
      return {
        n,
        identifier,
        title: titleIn(vocabularies.get(identifier), n, language),
        href: gbfTargetPath(language, n),
        counts: counts.get(identifier) ?? { nationalTargets: 0, other: 0 },
      };
    }),
  }));
  return { goals, sections };
}

/** The most national targets a target page lists: a country sets a few dozen in all. */
const maxNationalTargets = 200;

/** Every content type but national targets: what "content on this target" lists. */
const otherTypes = contentTypes.filter((type) => type.name !== 'national-target').map((type) => type.name);

export interface GbfTargetPage {
  n: number;
  identifier: string;
  title: LocalizedText;
  /** The official text of the target, where the vocabulary has it. */
  text?: LocalizedText;
  cbdUrl: string;
  nationalTargets: Listing;
  content: Listing;
  previous?: { n: number; title: LocalizedText; href: string };
  next?: { n: number; title: LocalizedText; href: string };
}

/**
 * What a target's page shows: its official title and text, the national targets tagged with it
 * (all of them, synced from the CBD and written on the site alike, in the site's order), and one
 * page of the other published items tagged with it, newest first.
 */
export async function gbfTargetPage(
  scope: SiteScope,
  site: Site,
  vocabularies: VocabularyIndex,
  query: { n: number; language: string; page: number; pageSize: number },
): Promise<GbfTargetPage> {
  const { n, language, page, pageSize } = query;
  const identifier = gbfTargetIdentifier(n);
  const term = vocabularies.get(identifier);
  const [nationalTargets, content] = await Promise.all([
    listPublishedItems(scope, site, { type: 'national-target', tag: identifier, language, limit: maxNationalTargets, offset: 0, countTotal: false }),
    listPublishedItems(scope, site, { types: otherTypes, tag: identifier, language, sort: 'newest', limit: pageSize, offset: (page - 1) * pageSize }),
  ]);
  const neighbour = (m: number) => (m >= 1 && m <= gbfTargetTotal ? { n: m, title: titleIn(vocabularies.get(gbfTargetIdentifier(m)), m, language), href: gbfTargetPath(language, m) } : undefined);
  return {
    n,
    identifier,
    title: titleIn(term, n, language),
    text: term && textIn(term.descriptions, language),
    cbdUrl: cbdTargetUrl(n),
    nationalTargets,
    content,
    previous: neighbour(n - 1),
    next: neighbour(n + 1),
  };
}
