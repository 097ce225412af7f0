import type { Translate } from '../i18n/translator.ts';
import type { Site } from '../sites/site.ts';

/** Everything the layout needs, computed by the route before rendering (views do no lookups). */
export interface PageContext {
  site: Site;
  language: string;
  dir: 'ltr' | 'rtl';
  t: Translate;
  /** Language switcher entries; each keeps the page where a translation exists. */
  languageLinks: { language: string; label: string; href: string; current: boolean }[];
  nav: { href: string; label: string; current: boolean }[];
  cssUrl: string;
  /** Absolute URL of this page on the site's primary host, for `<link rel="canonical">`. */
  canonicalUrl?: string;
  /** `<link rel="alternate" hreflang>` entries. */
  alternates?: { hreflang: string; href: string }[];
  feeds?: { title: string; href: string; type: string }[];
  noindex?: boolean;
}
