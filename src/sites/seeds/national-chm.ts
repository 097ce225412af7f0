import { contentTypeByName } from '../../content/registry.ts';
import type { Site } from '../site.ts';
import { siteName } from '../site.ts';
import { type StarterSection, starterMenuLabels, starterTexts } from './national-chm-texts.ts';
import type { SeedItem, SeedMenuEntry, SeedSite, SeedTranslation } from './seed-types.ts';

/**
 * The standard national-CHM seed (ADR 0021): a welcome page shown on the home page, a page per
 * standard section of a national CHM (biodiversity of the country, NBSAP, national targets,
 * national reports, focal points, about) with starter text saying what to put there, a first
 * news item, and main and footer menus that also reach the news, events and documents listings.
 * Written in every language of the site: a language without its own starter text gets the
 * English one (so the item exists in that language, ready to be translated).
 *
 * Nothing in it depends on the day it is loaded, so loading it twice gives the same content: a
 * training site's reset relies on that.
 */
export const nationalChmSeedName = 'national-chm';

const pages: { key: string; section: StarterSection; type: string; promoted?: boolean }[] = [
  { key: 'home', section: 'home', type: 'page', promoted: true },
  { key: 'biodiversity', section: 'biodiversity', type: 'page' },
  { key: 'nbsap', section: 'nbsap', type: 'page' },
  { key: 'national-targets', section: 'nationalTargets', type: 'page' },
  { key: 'national-reports', section: 'nationalReports', type: 'page' },
  { key: 'focal-points', section: 'focalPoints', type: 'page' },
  { key: 'about', section: 'about', type: 'page' },
  { key: 'news-online', section: 'news', type: 'news' },
];

/** The country's name in `language` (`Belgique`, `بلجيكا`), or the site's name for a site without a country. */
function countryName(site: Pick<Site, 'country' | 'names' | 'defaultLanguage' | 'code'>, language: string): string {
  if (!site.country) return siteName(site, language);
  try {
    return new Intl.DisplayNames([language, 'en'], { type: 'region' }).of(site.country.toUpperCase()) ?? site.country.toUpperCase();
  } catch {
    return site.country.toUpperCase();
  }
}

function starterTranslation(site: Pick<Site, 'country' | 'names' | 'defaultLanguage' | 'code'>, section: StarterSection, language: string): SeedTranslation {
  const base = language.split('-')[0]!;
  const text = starterTexts[section][language] ?? starterTexts[section][base] ?? starterTexts[section].en!;
  const fill = (s: string) => s.replaceAll('{country}', countryName(site, language)).replaceAll('{lang}', language);
  return { title: fill(text.title), summary: fill(text.summary), body: fill(text.body) };
}

const listing = (type: string): SeedMenuEntry => ({ label: { key: `type.${type}.plural` }, url: `/{lang}/${contentTypeByName(type)!.segment}` });

/** The seed for one site, in its languages. */
export function nationalChmSeed(site: Pick<Site, 'code' | 'country' | 'names' | 'defaultLanguage' | 'languages'>): { items: SeedItem[]; menus: NonNullable<SeedSite['menus']> } {
  const items = pages.map(
    (page, index): SeedItem => ({
      key: page.key,
      type: page.type,
      publishedDaysAgo: 0,
      promoted: page.promoted,
      sortOrder: index,
      translations: Object.fromEntries(site.languages.map((language) => [language, starterTranslation(site, page.section, language)])),
    }),
  );
  const about = starterMenuLabels.about;
  return {
    items,
    menus: {
      main: [
        { label: { key: 'layout.home' }, url: '/{lang}/' },
        { label: starterMenuLabels.biodiversity, item: 'biodiversity' },
        {
          label: starterMenuLabels.strategy,
          item: 'nbsap',
          children: [
            { label: { key: 'type.national-target.plural' }, item: 'national-targets' },
            { label: { key: 'type.national-report.plural' }, item: 'national-reports' },
            { label: { key: 'type.focal-point.plural' }, item: 'focal-points' },
          ],
        },
        listing('news'),
        listing('event'),
        listing('document'),
        { label: about, item: 'about' },
      ],
      footer: [
        { label: about, item: 'about' },
        { label: { key: 'type.focal-point.plural' }, item: 'focal-points' },
        { label: starterMenuLabels.cbdChm, url: 'https://www.cbd.int/chm' },
      ],
    },
  };
}
