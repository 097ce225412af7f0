import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { siteName } from '../sites/site.ts';
import { SiteStatusBanner } from '../sites/views/site-status-banner.tsx';
import { favicon } from './assets.ts';
import { PAGE_BACKGROUND, readableShade, readableTextOn, TEXT_CONTRAST } from './contrast.ts';
import { MenuNav, NavList } from './nav-list.tsx';
import type { OpenGraph, PageContext } from './page-context.ts';

/** Renders a page component to a complete HTML document. */
export function renderDocument(node: preact.VNode<any>): string {
  return `<!doctype html>${renderToString(node)}`;
}

/** Theme styles by colour pair: the contrast search costs more than the rest of a page's layout. */
const themeStyles = new Map<string, string>();

/** The theme's custom properties for one site; colours are validated as #rrggbb when saved. */
function themeStyle(ctx: PageContext): string {
  const { primaryColor, accentColor } = ctx.site.theme;
  const key = `${primaryColor}${accentColor}`;
  let style = themeStyles.get(key);
  if (style === undefined) {
    // Bounded: a network has a few hundred sites; a larger map is simply started again.
    if (themeStyles.size > 1000) themeStyles.clear();
    style = computeThemeStyle(primaryColor, accentColor);
    themeStyles.set(key, style);
  }
  return style;
}

function computeThemeStyle(primaryColor: string, accentColor: string): string {
  return `:root{--color-primary:${primaryColor};--color-on-primary:${readableTextOn(primaryColor)};--color-link:${readableShade(primaryColor, PAGE_BACKGROUND, TEXT_CONTRAST)};--color-accent:${accentColor};--color-on-accent:${readableTextOn(accentColor)}}`;
}

/** `og:locale` writes a language tag with an underscore: `nl-BE` → `nl_BE`. */
function ogLocale(tag: string): string {
  return tag.replace(/-/g, '_');
}

/** Open Graph and Twitter card properties; Twitter reads title, description and image from Open Graph. */
function OpenGraphMeta({ og }: { og: OpenGraph }) {
  return (
    <>
      <meta property="og:type" content={og.type} />
      <meta property="og:title" content={og.title} />
      {og.description && <meta property="og:description" content={og.description} />}
      <meta property="og:url" content={og.url} />
      <meta property="og:site_name" content={og.siteName} />
      <meta property="og:locale" content={ogLocale(og.locale)} />
      {og.alternateLocales?.map((l) => <meta property="og:locale:alternate" content={ogLocale(l)} />)}
      {og.image && <meta property="og:image" content={og.image.url} />}
      {og.image?.type && <meta property="og:image:type" content={og.image.type} />}
      {og.image?.width && <meta property="og:image:width" content={String(og.image.width)} />}
      {og.image?.height && <meta property="og:image:height" content={String(og.image.height)} />}
      {og.image?.alt && <meta property="og:image:alt" content={og.image.alt} />}
      {og.publishedTime && <meta property="article:published_time" content={og.publishedTime} />}
      {og.modifiedTime && <meta property="article:modified_time" content={og.modifiedTime} />}
      <meta name="twitter:card" content={og.image ? 'summary_large_image' : 'summary'} />
    </>
  );
}

export function Layout(props: { ctx: PageContext; title: string; description?: string; children: ComponentChildren; head?: ComponentChildren }) {
  const { ctx, title } = props;
  const name = siteName(ctx.site, ctx.language);
  const tagline = ctx.site.taglines[ctx.language] ?? ctx.site.taglines[ctx.site.defaultLanguage];
  return (
    <html lang={ctx.language} dir={ctx.dir}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title === name ? name : `${title} — ${name}`}</title>
        {props.description && <meta name="description" content={props.description} />}
        {ctx.noindex && <meta name="robots" content="noindex" />}
        <link rel="stylesheet" href={ctx.cssUrl} />
        <link rel="icon" href={favicon.url} type="image/svg+xml" />
        <style dangerouslySetInnerHTML={{ __html: themeStyle(ctx) }} />
        {ctx.canonicalUrl && <link rel="canonical" href={ctx.canonicalUrl} />}
        {ctx.alternates?.map((a) => <link rel="alternate" hrefLang={a.hreflang} href={a.href} />)}
        {ctx.feeds?.map((f) => <link rel="alternate" type={f.type} title={f.title} href={f.href} />)}
        {ctx.openGraph && <OpenGraphMeta og={ctx.openGraph} />}
        {ctx.jsonLd?.map((json) => <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />)}
        {props.head}
      </head>
      <body>
        <a class="skip-link" href="#main">{ctx.t('layout.skipToContent')}</a>
        <SiteStatusBanner t={ctx.t} site={ctx.site} />
        <header class="site-header">
          <div class="wrap site-header__bar">
            <a class="site-brand" href={`/${ctx.language}/`}>
              {ctx.site.theme.logoUrl && <img src={ctx.site.theme.logoUrl} alt="" width={40} height={40} />}
              <span>
                {name}
                {tagline && <span class="site-brand__tagline">{tagline}</span>}
              </span>
            </a>
            <form class="search-form" role="search" action={`/${ctx.language}/search`} method="get">
              <label class="visually-hidden" for="site-search">{ctx.t('layout.searchLabel')}</label>
              <input id="site-search" type="search" name="q" maxLength={200} />
              <button type="submit">{ctx.t('layout.search')}</button>
            </form>
            {ctx.languageLinks.length > 1 && (
              <nav class="language-switcher" aria-label={ctx.t('layout.languageSwitcher')}>
                <ul>
                  {ctx.languageLinks.map((l) => (
                    <li>
                      <a href={l.href} hrefLang={l.language} lang={l.language} aria-current={l.current ? 'true' : undefined}>
                        {l.label}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            )}
          </div>
          {/* The editors' main menu when the site has one in this language; else sections generated from the content types. */}
          {ctx.mainMenu?.length ? (
            <MenuNav class="main-nav menu" label={ctx.t('layout.mainNavigation')} items={ctx.mainMenu} />
          ) : (
            <NavList label={ctx.t('layout.mainNavigation')} items={ctx.nav} />
          )}
        </header>
        <main id="main" class="wrap" tabIndex={-1}>
          {props.children}
        </main>
        <footer class="site-footer">
          {ctx.footerMenu && <MenuNav class="footer-menu" label={ctx.t('layout.footerNavigation')} items={ctx.footerMenu} />}
          <div class="wrap">
            <p>{ctx.t('layout.footerAbout')}</p>
            {ctx.site.contactEmail && <p>{ctx.t('layout.contact', { email: ctx.site.contactEmail })}</p>}
            <p>{ctx.t('layout.poweredBy')}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
