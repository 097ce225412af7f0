import type { ContentTypeDefinition } from '../../content/content-type.ts';
import { contentTypeByName } from '../../content/registry.ts';
import type { MediaEntry } from '../../media/presenter.ts';
import { MediaImage } from '../../media/views/media-image.tsx';
import { siteName } from '../../sites/site.ts';
import { Layout } from '../../web/layout.tsx';
import type { PageContext } from '../../web/page-context.ts';
import { type CardModel, ItemCard } from './components.tsx';
import { SubscribeLinks } from './subscribe-links.tsx';
import type { HarvestedEntryView } from '../../interop/harvest/service.ts';
import { RemoteStream } from '../../interop/harvest/views/remote-stream.tsx';

export interface HomePageProps {
  ctx: PageContext;
  promoted: CardModel[];
  news: CardModel[];
  events: CardModel[];
  sections: { type: ContentTypeDefinition; href: string; count: number }[];
  gbfTargets: { identifier: string; number: number; title: string; count: number; href: string }[];
  /** The site's home page picture (site settings), with its alt text in the page language. */
  hero?: { entry: MediaEntry; alt: string };
  /** Latest entries harvested from the other CHM sites the site chose to show (ADR 0020). */
  remote?: HarvestedEntryView[];
}

/** The hero spans the content column (`main.wrap`: 72rem less its padding) and the screen on phones. */
const HERO_SIZES = '(min-width: 72rem) 70rem, calc(100vw - 2rem)';

export function HomePage(props: HomePageProps) {
  const { ctx } = props;
  const { t, language } = ctx;
  const name = siteName(ctx.site, language);
  return (
    <Layout ctx={ctx} title={name} description={ctx.site.taglines[language]}>
      <section class="hero" aria-labelledby="home-title">
        {props.hero && <MediaImage entry={props.hero.entry} alt={props.hero.alt} sizes={HERO_SIZES} aboveTheFold class="hero__image" cropped />}
        <h1 id="home-title">{name}</h1>
        {ctx.site.taglines[language] && <p class="lead">{ctx.site.taglines[language]}</p>}
      </section>
      {props.promoted.length > 0 && (
        <section aria-labelledby="home-highlights">
          <h2 id="home-highlights">{t('home.highlights')}</h2>
          <ul class="grid">
            {props.promoted.map((card) => (
              <li>
                <ItemCard card={card} language={language} t={t} showType />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="home-news">
        <h2 id="home-news">{t('home.latestNews')}</h2>
        <ul class="grid">
          {props.news.map((card) => (
            <li>
              <ItemCard card={card} language={language} t={t} />
            </li>
          ))}
        </ul>
        <p>
          <a href={`/${language}/news`}>{t('home.allNews')}</a>
        </p>
        <SubscribeLinks type={contentTypeByName('news')!} language={language} t={t} />
      </section>
      <section aria-labelledby="home-events">
        <h2 id="home-events">{t('home.upcomingEvents')}</h2>
        {props.events.length ? (
          <ul class="grid">
            {props.events.map((card) => (
              <li>
                <ItemCard card={card} language={language} t={t} />
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('home.noUpcomingEvents')}</p>
        )}
        <p>
          <a href={`/${language}/events`}>{t('home.allEvents')}</a>
        </p>
        <SubscribeLinks type={contentTypeByName('event')!} language={language} t={t} />
      </section>
      {props.remote && <RemoteStream entries={props.remote} language={language} t={t} />}
      <section aria-labelledby="home-sections">
        <h2 id="home-sections">{t('home.sections')}</h2>
        <ul class="grid section-list">
          {props.sections.map((s) => (
            <li class="card">
              <a href={s.href}>{t(`type.${s.type.name}.plural`)}</a>
              <span class="meta">{t('home.itemCount', { count: s.count })}</span>
            </li>
          ))}
        </ul>
      </section>
      {props.gbfTargets.length > 0 && (
        <section aria-labelledby="home-gbf">
          <h2 id="home-gbf">{t('home.gbfTargets')}</h2>
          <ul class="tag-list">
            {props.gbfTargets.map((g) => (
              <li>
                <a class="badge" href={g.href} title={g.title}>
                  {g.number}. {g.title} ({g.count})
                </a>
              </li>
            ))}
          </ul>
          <p>
            <a href={`/${language}/gbf`}>{t('home.gbfOverview')}</a>
          </p>
        </section>
      )}
    </Layout>
  );
}
