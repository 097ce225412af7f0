import type { ContentTypeDefinition } from '../content/content-type.ts';
import type { ItemView } from '../content/item.ts';
import { contentTypes } from '../content/registry.ts';
import { countPublishedByType, listPublishedItems } from '../content/service.ts';
import { nowIso } from '../db/database.ts';
import type { SiteScope } from '../db/site-scope.ts';
import { mediaReferencesOf } from '../content/media-references.ts';
import { type MediaEntry, mediaTextIn } from '../media/presenter.ts';
import { cachedMediaEntries } from '../media/public-media-cache.ts';
import type { Site } from '../sites/site.ts';
import { findKeywords, keywordLabel } from '../vocabularies/keywords.ts';
import { termTitle, type VocabularyIndex } from '../vocabularies/service.ts';
import { gbfTargetCounts, gbfTargetNumber, gbfTargetPath } from './gbf.ts';
import { homeRemoteEntries } from '../interop/harvest/service.ts';
import { cardFor } from './page-builder.ts';
import type { HomePageProps } from './views/home-page.tsx';
import type { CardModel } from './views/components.tsx';

/** What the home page shows, gathered in a handful of queries. */
export async function homePageData(scope: SiteScope, site: Site, language: string, vocabularies: VocabularyIndex): Promise<Omit<HomePageProps, 'ctx'>> {
  const now = nowIso();
  const [promoted, news, events, counts, gbfCounts, remote] = await Promise.all([
    listPublishedItems(scope, site, { language, limit: 4, offset: 0, promotedOnly: true, sort: 'newest', now, countTotal: false }),
    listPublishedItems(scope, site, { type: 'news', language, limit: 4, offset: 0, now, countTotal: false }),
    listPublishedItems(scope, site, { type: 'event', language, limit: 3, offset: 0, when: 'upcoming', now, countTotal: false }),
    countPublishedByType(scope, now),
    gbfTargetCounts(scope, site, language, now),
    // Entries harvested from the other CHM sites this site chose (ADR 0020).
    homeRemoteEntries(scope, language),
  ]);
  const heroId = site.theme.heroImageId;
  const [cards, hero] = await Promise.all([
    withCardImages(scope, [...promoted.views, ...news.views, ...events.views].map((v) => cardFor(v, language))),
    heroId === undefined ? undefined : cachedMediaEntries(scope, [heroId]).then((found) => found.get(heroId)),
  ]);
  return {
    hero: hero?.file.kind === 'image' ? { entry: hero, alt: hero.file.decorative ? '' : mediaTextIn(hero, language, site.defaultLanguage).altText } : undefined,
    promoted: cards.slice(0, promoted.views.length),
    news: cards.slice(promoted.views.length, promoted.views.length + news.views.length),
    events: cards.slice(promoted.views.length + news.views.length),
    remote,
    sections: contentTypes.filter((type) => (counts.get(type.name) ?? 0) > 0).map((type) => ({ type, href: `/${language}/${type.segment}`, count: counts.get(type.name)! })),
    gbfTargets: vocabularies
      .list('gbf-targets')
      .filter((term) => gbfCounts.has(term.identifier))
      .map((term) => {
        const counts = gbfCounts.get(term.identifier)!;
        return {
          identifier: term.identifier,
          number: Number(term.data.number),
          title: termTitle(term, language),
          count: counts.nationalTargets + counts.other,
          href: topicPath(language, term.identifier),
        };
      }),
  };
}

/** Where a tag links: a GBF target to its own page (`gbf.routes.ts`), any other topic to the page of what is tagged with it. */
export function topicPath(language: string, identifier: string): string {
  const gbfTarget = gbfTargetNumber(identifier);
  if (gbfTarget !== undefined) return gbfTargetPath(language, gbfTarget);
  return `/${language}/topics/${encodeURIComponent(identifier)}`;
}

export interface Topic {
  identifier: string;
  title: string;
  description?: string;
  href: string;
}

/**
 * What tags are called on a page: shared terms by their title in the page language, the site's
 * keywords by their label. Identifiers that name nothing (a term withdrawn since) are left out.
 */
export async function describeTopics(scope: SiteScope, site: Site, identifiers: readonly string[], language: string, vocabularies: VocabularyIndex): Promise<Topic[]> {
  const keywords = await findKeywords(scope, identifiers);
  return identifiers.flatMap((identifier) => {
    const term = vocabularies.get(identifier);
    if (term) {
      const description = term.descriptions[language] ?? term.descriptions[language.split('-')[0]!];
      return [{ identifier, title: termTitle(term, language), description, href: topicPath(language, identifier) }];
    }
    const keyword = keywords.get(identifier);
    return keyword ? [{ identifier, title: keywordLabel(keyword, language, site.defaultLanguage), href: topicPath(language, identifier) }] : [];
  });
}

/** The library files a page of the item shows: its media fields and the images and links of its text. */
export async function itemMedia(scope: SiteScope, type: ContentTypeDefinition, view: ItemView): Promise<Map<number, MediaEntry>> {
  const { item, translation } = view;
  const references = mediaReferencesOf(type, { fields: item.fields, translations: new Map([[translation.language, translation]]) });
  return cachedMediaEntries(scope, references.map((r) => r.mediaId));
}

/** The library files named by the media fields of several items, read at once (for the API's lists). */
export async function mediaOfFields(scope: SiteScope, views: readonly ItemView[]): Promise<Map<number, MediaEntry>> {
  const ids = views.flatMap((view) => {
    const type = contentTypes.find((t) => t.name === view.item.type);
    if (!type) return [];
    const references = mediaReferencesOf(type, { fields: view.item.fields, translations: new Map([[view.translation.language, { fields: view.translation.fields, body: '' }]]) });
    return references.map((r) => r.mediaId);
  });
  return cachedMediaEntries(scope, ids);
}

/** Gives each card its item's lead image (one batch of queries for all the cards). */
export async function withCardImages(scope: SiteScope, cards: CardModel[]): Promise<CardModel[]> {
  const leadOf = (card: CardModel) => {
    const field = card.type.fields.find((f) => f.kind === 'image' && !f.localized);
    const id = field ? card.view.item.fields[field.name] : undefined;
    return typeof id === 'number' ? id : undefined;
  };
  const media = await cachedMediaEntries(scope, cards.map(leadOf).filter((id) => id !== undefined));
  return cards.map((card) => {
    const entry = media.get(leadOf(card) ?? 0);
    return entry?.file.kind === 'image' ? { ...card, image: entry } : card;
  });
}

export { homeJsonLd, homeOpenGraph, itemJsonLd, itemOpenGraph, leadImage } from './structured-data.ts';
