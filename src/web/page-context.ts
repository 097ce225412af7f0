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
  /** `<link rel="alternate" type>` entries: the page's feeds (RSS, Atom, JSON Feed) and calendars. */
  feeds?: { title: string; href: string; type: string }[];
  noindex?: boolean;
  /** Open Graph (and Twitter card) properties for link previews. */
  openGraph?: OpenGraph;
  /** schema.org JSON-LD documents, already serialised and escaped for a script element. */
  jsonLd?: string[];
}

/** What a link preview shows of a page (https://ogp.me); URLs are absolute. */
export interface OpenGraph {
  type: 'website' | 'article';
  title: string;
  description?: string;
  url: string;
  siteName: string;
  /** A BCP 47 tag (`fr`, `nl-BE`); written as `og:locale` (`nl_BE`). */
  locale: string;
  alternateLocales?: string[];
  image?: { url: string; width?: number; height?: number; alt?: string; type?: string };
  publishedTime?: string;
  modifiedTime?: string;
}

/** A link of an editor-made menu, with its sub-links (at most three levels). */
export interface NavTreeLink {
  href: string;
  label: string;
  /** This very page: rendered with `aria-current="page"`. */
  current: boolean;
  children: NavTreeLink[];
}
