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
  /** The site's own menus for this language (ADR 0006); when the main menu is empty, `nav` is shown instead. */
  mainMenu?: NavTreeLink[];
  footerMenu?: NavTreeLink[];
  cssUrl: string;
  /** Absolute URL of this page on the site's primary host, for `<link rel="canonical">`. */
  canonicalUrl?: string;
  /** `<link rel="alternate" hreflang>` entries. */
  alternates?: { hreflang: string; href: string }[];
  feeds?: { title: string; href: string; type: string }[];
  noindex?: boolean;
}

/** A link of an editor-made menu, with its sub-links (at most three levels). */
export interface NavTreeLink {
  href: string;
  label: string;
  /** This very page: rendered with `aria-current="page"`. */
  current: boolean;
  children: NavTreeLink[];
}
