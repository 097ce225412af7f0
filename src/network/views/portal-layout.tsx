import type { ComponentChildren } from 'preact';
import type { Translate } from '../../i18n/translator.ts';
import { languageAutonym } from '../../i18n/languages.ts';

/** What every portal page shares: its language, the links to it in other languages, and the stylesheet. */
export interface PortalContext {
  t: Translate;
  language: string;
  dir: 'ltr' | 'rtl';
  cssUrl: string;
  faviconUrl: string;
  /** This page in each shipped UI language (`?lang=`). */
  languageLinks: { language: string; href: string; current: boolean }[];
  /** The feeds of the aggregated streams in this language, for `<link rel="alternate">`. */
  feeds: { type: string; href: string; title: string }[];
}

export type PortalSection = 'home' | 'status' | 'search';

/** With the UI language in the address, so that a link keeps the visitor's choice. */
export function portalHref(path: string, language: string, params: Record<string, string> = {}): string {
  const query = new URLSearchParams({ ...params, lang: language }).toString();
  return `${path}?${query}`;
}

/** The network portal's page shell: header with the network's name and language switcher, its navigation, main, footer. No script. */
export function PortalLayout(props: { ctx: PortalContext; title: string; section: PortalSection; query?: string; children: ComponentChildren }) {
  const { ctx } = props;
  const { t, language } = ctx;
  const home = t('portal.title');
  const nav: { section: PortalSection; href: string; label: string }[] = [
    { section: 'home', href: portalHref('/', language), label: t('portal.nav.home') },
    { section: 'status', href: portalHref('/status', language), label: t('portal.nav.status') },
    { section: 'search', href: portalHref('/search', language), label: t('portal.nav.search') },
  ];
  return (
    <html lang={language} dir={ctx.dir}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title === home ? home : `${props.title} — ${home}`}</title>
        <meta name="description" content={t('portal.intro')} />
        <link rel="stylesheet" href={ctx.cssUrl} />
        <link rel="icon" href={ctx.faviconUrl} type="image/svg+xml" />
        {ctx.languageLinks.map((l) => (
          <link rel="alternate" hrefLang={l.language} href={l.href} />
        ))}
        {ctx.feeds.map((f) => (
          <link rel="alternate" type={f.type} title={f.title} href={f.href} />
        ))}
      </head>
      <body>
        <a class="skip-link" href="#main">{t('layout.skipToContent')}</a>
        <header class="site-header">
          <div class="wrap site-header__bar">
            <a class="site-brand" href={portalHref('/', language)}>{home}</a>
            <form class="search-form" role="search" action="/search" method="get">
              <label class="visually-hidden" for="portal-search">{t('portal.search.label')}</label>
              <input id="portal-search" type="search" name="q" maxLength={200} value={props.query} />
              <input type="hidden" name="lang" value={language} />
              <button type="submit">{t('layout.search')}</button>
            </form>
            <nav class="language-switcher" aria-label={t('layout.languageSwitcher')}>
              <ul>
                {ctx.languageLinks.map((l) => (
                  <li>
                    <a href={l.href} lang={l.language} hrefLang={l.language} aria-current={l.current ? 'true' : undefined}>
                      {languageAutonym(l.language)}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
          <nav class="main-nav" aria-label={t('portal.nav.label')}>
            <ul class="wrap">
              {nav.map((n) => (
                <li>
                  <a href={n.href} aria-current={n.section === props.section ? 'page' : undefined}>
                    {n.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="main" class="wrap" tabIndex={-1}>
          {props.children}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <p>{t('layout.footerAbout')}</p>
            <p>{t('layout.poweredBy')}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
