import type { ContentTypeDefinition } from '../../content/content-type.ts';
import type { Translate } from '../../i18n/translator.ts';
import { calendarPath, calendarTypes } from '../calendar.ts';
import { type FeedFormat, feedFormats } from '../feeds.ts';

/** One way to follow a section: a feed format, or the subscribable calendar. */
export interface Subscription {
  kind: FeedFormat | 'ics';
  href: string;
  /** The media type the link leads to (its `type` attribute). */
  contentType: string;
  /** The format's own name, shown as the link's text and never translated. */
  label: string;
}

/**
 * The feeds a section has (ADR 0014), as the feed routes serve them: RSS, Atom and JSON Feed for
 * types with `channels.feed`, and the iCalendar feed for calendar types. Empty for the others.
 *
 * @example subscriptionsFor('fr', event).map((s) => s.href) // ['/feeds/fr/events.rss', '/feeds/fr/events.atom', '/feeds/fr/events.json', '/fr/events/calendar.ics']
 */
export function subscriptionsFor(language: string, type: ContentTypeDefinition): Subscription[] {
  const links: Subscription[] = [];
  if (type.channels.feed) {
    for (const [format, { contentType, label }] of Object.entries(feedFormats) as [FeedFormat, (typeof feedFormats)[FeedFormat]][]) {
      links.push({ kind: format, href: `/feeds/${language}/${type.segment}.${format}`, contentType, label });
    }
  }
  if (calendarTypes().includes(type)) links.push({ kind: 'ics', href: calendarPath(language, type), contentType: 'text/calendar', label: 'iCalendar' });
  return links;
}

/**
 * "Subscribe: RSS · Atom · JSON Feed" under a section's list: plain links, no script. Each link's
 * accessible name says what it is a feed of ("RSS feed: News"), and contains its visible text.
 */
export function SubscribeLinks(props: { type: ContentTypeDefinition; language: string; t: Translate }) {
  const { type, language, t } = props;
  const links = subscriptionsFor(language, type);
  if (!links.length) return null;
  const section = t(`type.${type.name}.plural`);
  return (
    <p class="meta subscribe">
      {t('subscribe.label')}{' '}
      {links.map((link, i) => (
        <>
          {i > 0 && <span aria-hidden="true"> · </span>}
          <a href={link.href} type={link.contentType} aria-label={t(`subscribe.${link.kind}`, { section })}>
            {link.label}
          </a>
        </>
      ))}
    </p>
  );
}
