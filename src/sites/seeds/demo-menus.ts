import type { SeedMenuEntry, SeedSite } from './seed-types.ts';

/**
 * The menus the demo sites share, written once: listings are labelled from the UI catalogues
 * (so every language has its word for "News"), pages by the keys of each site's own items.
 */
const section = (type: string, segment: string, children?: SeedMenuEntry[]): SeedMenuEntry => ({ label: { key: `type.${type}.plural` }, url: `/{lang}/${segment}`, children });

export function demoMenus(pages: { about: string; biodiversity: string; nbsap: string; partners?: string }): NonNullable<SeedSite['menus']> {
  const about = { en: 'About us', fr: 'À propos', nl: 'Over ons', ar: 'من نحن' };
  return {
    main: [
      { label: { key: 'layout.home' }, url: '/{lang}/' },
      {
        label: about,
        item: pages.about,
        children: [
          { label: { en: 'National strategy (NBSAP)', fr: 'Stratégie nationale (SPANB)', nl: 'Nationale strategie (NBSAP)', ar: 'الاستراتيجية الوطنية (NBSAP)' }, item: pages.nbsap },
          ...(pages.partners ? [{ label: { en: 'Partners', fr: 'Partenaires', nl: 'Partners', ar: 'الشركاء' }, item: pages.partners }] : []),
          section('contact-person', 'contacts'),
        ],
      },
      {
        label: { en: 'Biodiversity', fr: 'Biodiversité', nl: 'Biodiversiteit', ar: 'التنوع البيولوجي' },
        item: pages.biodiversity,
        children: [section('protected-area', 'protected-areas'), section('ecosystem', 'ecosystems'), section('species', 'species')],
      },
      section('news', 'news'),
      section('event', 'events'),
      section('document', 'documents'),
      // The country's part in the Kunming-Montreal framework: the GBF overview (its 23 targets, each
      // with the national targets aligned), then the national data synced from the CBD.
      {
        label: { en: 'Global Biodiversity Framework', fr: 'Cadre mondial de la biodiversité', nl: 'Mondiaal biodiversiteitskader', ar: 'الإطار العالمي للتنوع البيولوجي' },
        url: '/{lang}/gbf',
        children: [
          section('national-target', 'national-targets'),
          section('nbsap', 'nbsaps'),
          section('national-report', 'national-reports'),
          section('focal-point', 'focal-points'),
          section('project', 'projects'),
        ],
      },
    ],
    footer: [
      { label: about, item: pages.about },
      section('contact-person', 'contacts'),
      section('faq', 'faq'),
      section('related-website', 'links'),
      {
        label: { en: 'CBD Clearing-House Mechanism', fr: 'Centre d’échange de la CDB', nl: 'Clearing-House Mechanism van het CBD', ar: 'آلية تبادل المعلومات لاتفاقية التنوع البيولوجي' },
        url: 'https://www.cbd.int/chm',
      },
    ],
  };
}
