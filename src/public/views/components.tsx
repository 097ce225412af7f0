import type { ContentTypeDefinition } from '../../content/content-type.ts';
import type { ItemView } from '../../content/item.ts';
import type { Translate } from '../../i18n/translator.ts';
import { languageAutonym } from '../../i18n/languages.ts';
import { formatDate, formatZonedDateTime } from '../../web/format.ts';
import type { MediaEntry } from '../../media/presenter.ts';
import { MediaImage } from '../../media/views/media-image.tsx';
import { CARD_IMAGE_SIZES } from '../../media/views/sizes.ts';

export interface CardModel {
  view: ItemView;
  type: ContentTypeDefinition;
  href: string;
  /** The item's lead image, when it has one (`withCardImages`). */
  image?: MediaEntry;
}

/** The date a card shows: an event's start, a project's start date, otherwise publication. */
export function CardDate(props: { card: CardModel; language: string }) {
  const { card, language } = props;
  const range = card.type.dateRange;
  const start = range ? card.view.item.fields[range.start] : undefined;
  if (start && typeof start === 'object') {
    const v = start as { at: string; zone: string };
    return <time dateTime={v.at}>{formatZonedDateTime(v, language)}</time>;
  }
  if (typeof start === 'string') return <time dateTime={start}>{formatDate(start, language)}</time>;
  const published = card.view.translation.publishedAt;
  return published ? <time dateTime={published}>{formatDate(published, language)}</time> : null;
}

export function ItemCard(props: { card: CardModel; language: string; t: Translate; showType?: boolean; headingLevel?: 2 | 3 }) {
  const { card, language, t } = props;
  const { translation, isFallback } = card.view;
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article class="card">
      {/* The heading names the item: its picture is decoration here, so it has an empty alt text. */}
      {card.image && <MediaImage entry={card.image} alt="" sizes={CARD_IMAGE_SIZES} class="card__image" cropped />}
      {props.showType && <span class="card__type">{t(`type.${card.type.name}.singular`)}</span>}
      <Heading>
        <a href={card.href} lang={isFallback ? translation.language : undefined} hrefLang={isFallback ? translation.language : undefined}>
          {translation.title}
        </a>
      </Heading>
      <p class="meta">
        <CardDate card={card} language={language} />
        {isFallback && <> <span class="badge">{t('listing.inLanguage', { language: languageAutonym(translation.language) })}</span></>}
      </p>
      {translation.summary && <p lang={isFallback ? translation.language : undefined}>{translation.summary}</p>}
    </article>
  );
}

/** Cards in a responsive grid, or the "nothing here yet" line. */
export function CardGrid(props: { cards: CardModel[]; language: string; t: Translate; showType?: boolean }) {
  if (!props.cards.length) return <p>{props.t('listing.empty')}</p>;
  return (
    <ul class="grid">
      {props.cards.map((card) => (
        <li>
          <ItemCard card={card} language={props.language} t={props.t} showType={props.showType} headingLevel={2} />
        </li>
      ))}
    </ul>
  );
}

export function Pagination(props: { page: number; pages: number; hrefFor: (page: number) => string; t: Translate }) {
  const { page, pages, t } = props;
  if (pages <= 1) return null;
  return (
    <nav class="pagination" aria-label={t('pagination.label')}>
      {page > 1 && <a rel="prev" href={props.hrefFor(page - 1)}>{t('pagination.previous')}</a>}
      <span aria-current="page">{t('pagination.status', { page, pages })}</span>
      {page < pages && <a rel="next" href={props.hrefFor(page + 1)}>{t('pagination.next')}</a>}
    </nav>
  );
}

/** One step of the breadcrumb trail: a link, or the current page when it has no `href`. */
export interface Crumb {
  label: string;
  href?: string;
}

/** The trail from the home page to this page (the home page itself comes first, always). */
export function Breadcrumbs(props: { language: string; t: Translate; trail: readonly Crumb[] }) {
  const { language, t } = props;
  return (
    <nav class="breadcrumbs" aria-label={t('layout.breadcrumbs')}>
      <ol>
        <li>
          <a href={`/${language}/`}>{t('layout.home')}</a>
        </li>
        {props.trail.map((crumb) => (crumb.href ? <li><a href={crumb.href}>{crumb.label}</a></li> : <li aria-current="page">{crumb.label}</li>))}
      </ol>
    </nav>
  );
}
