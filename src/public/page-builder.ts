import type { FastifyRequest } from 'fastify';
import type { ContentTypeDefinition } from '../content/content-type.ts';
import type { ItemView } from '../content/item.ts';
import { contentTypeByName } from '../content/registry.ts';
import { canonicalLanguageTag, languageAutonym, languageDirection } from '../i18n/languages.ts';
import { translator } from '../i18n/translator.ts';
import type { Site } from '../sites/site.ts';
import { siteCss } from '../web/assets.ts';
import type { PublicMenuLink, PublicMenus } from '../menus/service.ts';
import type { NavTreeLink, PageContext } from '../web/page-context.ts';
import type { CardModel } from './views/components.tsx';

/**
 * The sections in the main navigation generated when a site has no main menu, in order. Every type
 * is still reachable from the home page. Types whose items only come from the CBD sync (NBSAPs,
 * national reports, focal points) are listed once the site has some (`PublicMenus.sections`).
 */
const navTypes = ['news', 'event', 'document', 'national-target', 'nbsap', 'national-report', 'focal-point', 'project', 'protected-area', 'species', 'organization'];

export function itemPath(language: string, type: ContentTypeDefinition, slug: string): string {
  return `/${language}/${type.segment}/${encodeURIComponent(slug)}`;
}

export function cardFor(view: ItemView, language: string): CardModel {
  const type = contentTypeByName(view.item.type)!;
  return { view, type, href: itemPath(language, type, view.translation.slug) };
}

/** The origin under which a site's canonical URLs are written: its primary domain, else this request's host. */
export function siteOrigin(request: FastifyRequest, site: Site): string {
  return primaryOrigin(site) ?? `${request.protocol}://${request.headers.host ?? `${site.code}.localhost`}`;
}

/** `https://` and the site's primary domain, if it has one; for links made with no request at hand (email from jobs). */
export function primaryOrigin(site: Site): string | null {
  const primary = site.domains.find((d) => d.kind === 'primary');
  return primary ? `https://${primary.host}` : null;
}

export type LanguageMatch = { kind: 'ok'; language: string } | { kind: 'redirect'; language: string } | { kind: 'unknown' };

/** Matches the language segment of a URL against the site's languages, tolerating case (`FR` → `fr`). */
export function matchLanguage(site: Site, raw: string): LanguageMatch {
  if (site.languages.includes(raw)) return { kind: 'ok', language: raw };
  const canonical = canonicalLanguageTag(raw);
  if (canonical && site.languages.includes(canonical)) return { kind: 'redirect', language: canonical };
  return { kind: 'unknown' };
}

export interface PageOptions {
  /** The path of this page in another language, when it exists there; else that language's home. */
  pathIn?: (language: string) => string | undefined;
  currentPath: string;
  currentType?: string;
  feeds?: PageContext['feeds'];
  alternates?: PageContext['alternates'];
  /** The site's menus in this language (`publicMenus`), read alongside the page's own data. */
  menus?: PublicMenus;
}

/** Menu links with the one for this page marked; the query string does not count (`?page=2` is still the listing). */
function markCurrent(links: readonly PublicMenuLink[], currentPath: string): NavTreeLink[] {
  const path = currentPath.split('?')[0]!;
  return links.map((link) => ({ href: link.href, label: link.label, current: link.href === path, children: markCurrent(link.children, currentPath) }));
}

export function buildPageContext(request: FastifyRequest, site: Site, language: string, options: PageOptions): PageContext {
  const t = translator(language);
  const origin = siteOrigin(request, site);
  return {
    site,
    language,
    dir: languageDirection(language),
    t,
    cssUrl: siteCss.url,
    languageLinks: site.languages.map((lang) => ({
      language: lang,
      label: languageAutonym(lang),
      href: options.pathIn?.(lang) ?? `/${lang}/`,
      current: lang === language,
    })),
    nav: navTypes.flatMap((name) => {
      const type = contentTypeByName(name)!;
      if (type.origin && !options.menus?.sections?.includes(name)) return [];
      return [{ href: `/${language}/${type.segment}`, label: t(`type.${name}.plural`), current: options.currentType === name }];
    }),
    mainMenu: options.menus && markCurrent(options.menus.main, options.currentPath),
    footerMenu: options.menus && markCurrent(options.menus.footer, options.currentPath),
    canonicalUrl: `${origin}${options.currentPath}`,
    alternates: options.alternates,
    feeds: options.feeds,
    noindex: site.status !== 'live',
  };
}

/** A minimal context for error pages: the language from the URL when it is one of the site's. */
export function errorPageContext(request: FastifyRequest, site: Site): PageContext {
  const first = request.url.split('?')[0]!.split('/')[1] ?? '';
  const match = matchLanguage(site, safeDecode(first));
  const language = match.kind === 'unknown' ? site.defaultLanguage : match.language;
  return buildPageContext(request, site, language, { currentPath: `/${language}/` });
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return '';
  }
}

