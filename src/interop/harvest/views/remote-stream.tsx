import type { Translate } from '../../../i18n/translator.ts';
import { formatDate } from '../../../web/format.ts';
import type { HarvestedEntryView } from '../service.ts';

/** A country's name in the page language (`be` → "Belgique"), from the platform's region names. */
export function countryName(country: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region', fallback: 'code' }).of(country.toUpperCase()) ?? country.toUpperCase();
  } catch {
    return country.toUpperCase();
  }
}

/**
 * The home page's block of entries harvested from the other CHM sites the site chose (ADR 0020):
 * each links out to its page on the source's site and says where it comes from. Nothing when the
 * site chose no source or they have published nothing yet.
 */
export function RemoteStream(props: { entries: readonly HarvestedEntryView[]; language: string; t: Translate }) {
  const { entries, language, t } = props;
  if (!entries.length) return null;
  return (
    <section aria-labelledby="home-remote" class="remote-stream">
      <h2 id="home-remote">{t('harvest.home.title')}</h2>
      <ul class="grid">
        {entries.map((entry) => {
          const lang = entry.language === language ? undefined : entry.language;
          return (
            <li>
              <article class="card">
                <h3>
                  {entry.link ? (
                    <a href={entry.link} lang={lang} hrefLang={lang} rel="external noopener">
                      {entry.title}
                    </a>
                  ) : (
                    <span lang={lang}>{entry.title}</span>
                  )}
                </h3>
                <p class="meta">
                  {t('harvest.home.from', { source: entry.source.name, country: countryName(entry.source.country, language) })}
                  {' · '}
                  <time dateTime={entry.sortAt}>{formatDate(entry.sortAt, language)}</time>
                </p>
                {entry.summary && <p lang={lang}>{entry.summary}</p>}
              </article>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
