import { h } from 'preact';
import { languageDirection } from '../../i18n/languages.ts';
import { translator } from '../../i18n/translator.ts';
import { siteCss } from '../../web/assets.ts';
import { renderDocument } from '../../web/layout.tsx';
import { type Site, siteName } from '../site.ts';

/** The language of a suspended site's maintenance page: the visitor's first language the site has, else its default. */
export function maintenanceLanguage(site: Pick<Site, 'languages' | 'defaultLanguage'>, acceptLanguage: string | undefined): string {
  for (const part of (acceptLanguage ?? '').split(',').slice(0, 10)) {
    const tag = part.split(';')[0]!.trim().toLowerCase();
    const match = site.languages.find((l) => l.toLowerCase() === tag) ?? site.languages.find((l) => l.toLowerCase().split('-')[0] === tag.split('-')[0]);
    if (tag && match) return match;
  }
  return site.defaultLanguage;
}

function MaintenancePage(props: { site: Site; language: string }) {
  const { site, language } = props;
  const t = translator(language);
  const message = site.maintenanceMessage[language] ?? site.maintenanceMessage[site.defaultLanguage] ?? Object.values(site.maintenanceMessage)[0];
  return (
    <html lang={language} dir={languageDirection(language)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${t('error.suspended.title')} — ${siteName(site, language)}`}</title>
        <link rel="stylesheet" href={siteCss.url} />
      </head>
      <body>
        <main id="main" class="wrap">
          <div class="error-page">
            <p>{siteName(site, language)}</p>
            <h1>{t('error.suspended.title')}</h1>
            <p>{t('error.suspended.body')}</p>
            {message && <p class="maintenance-message">{message}</p>}
          </div>
        </main>
      </body>
    </html>
  );
}

/** A suspended site's answer to every public page: its name, the maintenance notice and the network administrators' message. */
export function renderMaintenancePage(site: Site, acceptLanguage: string | undefined): string {
  return renderDocument(h(MaintenancePage, { site, language: maintenanceLanguage(site, acceptLanguage) }));
}
