import type { Translate } from '../../i18n/translator.ts';
import { languageAutonym } from '../../i18n/languages.ts';
import { formatList } from '../../web/format.ts';

export interface PortalSite {
  code: string;
  name: string;
  href: string;
  status: string;
  languages: string[];
  countryName: string | null;
}

/** The network portal's home: every site of the installation. */
export function PortalPage(props: { t: Translate; language: string; dir: 'ltr' | 'rtl'; cssUrl: string; sites: PortalSite[]; languageLinks: { language: string; href: string; current: boolean }[] }) {
  const { t, language } = props;
  return (
    <html lang={language} dir={props.dir}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{t('portal.title')}</title>
        <link rel="stylesheet" href={props.cssUrl} />
      </head>
      <body>
        <a class="skip-link" href="#main">{t('layout.skipToContent')}</a>
        <header class="site-header">
          <div class="wrap site-header__bar">
            <a class="site-brand" href="/">{t('portal.title')}</a>
            <nav class="language-switcher" aria-label={t('layout.languageSwitcher')}>
              <ul>
                {props.languageLinks.map((l) => (
                  <li>
                    <a href={l.href} lang={l.language} hrefLang={l.language} aria-current={l.current ? 'true' : undefined}>{languageAutonym(l.language)}</a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" class="wrap" tabIndex={-1}>
          <h1>{t('portal.title')}</h1>
          <p class="lead">{t('portal.intro')}</p>
          <h2>{t('portal.sites')}</h2>
          {props.sites.length ? (
            <ul class="grid">
              {props.sites.map((site) => (
                <li class="card">
                  <h3>
                    <a href={site.href} aria-label={t('portal.visit', { name: site.name })}>{site.name}</a>
                  </h3>
                  {site.countryName && <p class="meta">{site.countryName}</p>}
                  <p class="meta">{t('portal.languages', { languages: formatList(site.languages.map(languageAutonym), language) })}</p>
                  {site.status !== 'live' && <p><span class="badge">{t(`portal.status.${site.status}`)}</span></p>}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('portal.empty')}</p>
          )}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <p>{t('layout.poweredBy')}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
