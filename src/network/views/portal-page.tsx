import { languageAutonym } from '../../i18n/languages.ts';
import type { Translate } from '../../i18n/translator.ts';
import { formatDate, formatList, formatZonedDateTime } from '../../web/format.ts';
import type { PortalSiteCard, StreamEntry } from '../presenter.ts';
import { type PortalContext, PortalLayout } from './portal-layout.tsx';

/** A site's name, marked with its language when it is not the page's (a site without a name in it). */
export function SiteName(props: { name: string; nameLanguage: string | null; language: string }) {
  return props.nameLanguage && props.nameLanguage !== props.language ? <span lang={props.nameLanguage}>{props.name}</span> : <>{props.name}</>;
}

function SiteCard(props: { site: PortalSiteCard; t: Translate; language: string }) {
  const { site, t, language } = props;
  return (
    <li class="card">
      <h3>
        {site.flag && <span aria-hidden="true">{site.flag} </span>}
        <a href={site.href} aria-label={t('portal.visit', { name: site.name })}>
          <SiteName name={site.name} nameLanguage={site.nameLanguage} language={language} />
        </a>
      </h3>
      {site.countryName && <p class="meta">{site.countryName}</p>}
      <p class="meta">{t('portal.languages', { languages: formatList(site.languages.map(languageAutonym), language) })}</p>
      <p class="meta">
        {site.lastUpdatedAt ? <time dateTime={site.lastUpdatedAt}>{t('portal.lastUpdate', { date: formatDate(site.lastUpdatedAt, language) })}</time> : t('portal.noUpdate')}
      </p>
    </li>
  );
}

/**
 * One news item or event of the network, attributed to its site. An entry shown in another
 * language than the page's (no translation) carries `lang` and says which language it is in.
 */
function Entry(props: { entry: StreamEntry; t: Translate; language: string; event: boolean }) {
  const { entry, t, language } = props;
  const other = entry.language && entry.language !== language ? entry.language : undefined;
  return (
    <li class="card">
      <article lang={other}>
        <h3>
          <a href={entry.href} hrefLang={other}>
            {entry.title}
          </a>
        </h3>
        <p class="meta" lang={language}>
          {props.event && entry.start ? (
            <time dateTime={entry.start.at}>{formatZonedDateTime(entry.start, language)}</time>
          ) : (
            <time dateTime={entry.publishedAt}>{formatDate(entry.publishedAt, language)}</time>
          )}
          {other && (
            <>
              {' '}
              <span class="badge">{t('listing.inLanguage', { language: languageAutonym(other) })}</span>
            </>
          )}
        </p>
        {entry.summary && <p>{entry.summary}</p>}
        <p class="meta" lang={language}>
          {entry.source.flag && <span aria-hidden="true">{entry.source.flag} </span>}
          {t('portal.entry.from', { site: entry.source.name })}
        </p>
      </article>
    </li>
  );
}

function Stream(props: { id: string; heading: string; empty: string; entries: StreamEntry[]; feedHref: string; feedLabel: string; t: Translate; language: string; event: boolean }) {
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.heading}</h2>
      {props.entries.length ? (
        <ul class="grid">
          {props.entries.map((entry) => (
            <Entry entry={entry} t={props.t} language={props.language} event={props.event} />
          ))}
        </ul>
      ) : (
        <p>{props.empty}</p>
      )}
      <p class="meta">
        <a href={props.feedHref}>{props.feedLabel}</a>
      </p>
    </section>
  );
}

/** The network portal's home: every live site, the latest news and the upcoming events of all of them. */
export function PortalPage(props: { ctx: PortalContext; sites: PortalSiteCard[]; news: StreamEntry[]; events: StreamEntry[] }) {
  const { ctx } = props;
  const { t, language } = ctx;
  return (
    <PortalLayout ctx={ctx} title={t('portal.title')} section="home">
      <h1>{t('portal.title')}</h1>
      <p class="lead">{t('portal.intro')}</p>
      <Stream
        id="portal-news"
        heading={t('portal.news.heading')}
        empty={t('portal.news.empty')}
        entries={props.news}
        feedHref={`/feeds/${language}/news.rss`}
        feedLabel={t('portal.feed.newsLink')}
        t={t}
        language={language}
        event={false}
      />
      <Stream
        id="portal-events"
        heading={t('portal.events.heading')}
        empty={t('portal.events.empty')}
        entries={props.events}
        feedHref={`/feeds/${language}/events.rss`}
        feedLabel={t('portal.feed.eventsLink')}
        t={t}
        language={language}
        event={true}
      />
      <section aria-labelledby="portal-sites">
        <h2 id="portal-sites">{t('portal.sites')}</h2>
        {props.sites.length ? (
          <ul class="grid">
            {props.sites.map((site) => (
              <SiteCard site={site} t={t} language={language} />
            ))}
          </ul>
        ) : (
          <p>{t('portal.empty')}</p>
        )}
      </section>
    </PortalLayout>
  );
}
