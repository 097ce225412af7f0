import type { ContentTypeDefinition, FieldKind } from '../../content/content-type.ts';
import { parseVideoUrl } from '../../media/embeds.ts';
import { mediaTextIn, type MediaEntry } from '../../media/presenter.ts';
import { renderRichTextMedia } from '../../media/rich-text-media.ts';
import { mediaUrl } from '../../media/urls.ts';
import { Attachments } from '../../media/views/attachments.tsx';
import { VideoEmbed } from '../../media/views/embed.tsx';
import { MediaFigure } from '../../media/views/media-image.tsx';
import { MediaPlayer } from '../../media/views/player.tsx';
import { ARTICLE_IMAGE_SIZES } from '../../media/views/sizes.ts';
import type { ItemView } from '../../content/item.ts';
import { languageAutonym } from '../../i18n/languages.ts';
import { formatDate } from '../../web/format.ts';
import { Layout } from '../../web/layout.tsx';
import type { PageContext } from '../../web/page-context.ts';
import { FieldValue } from '../field-display.tsx';
import { gbfTargetNumber, gbfTargetPath } from '../gbf.ts';
import type { SyncProvenance } from '../national-data.ts';
import type { Topic } from '../service.ts';
import { ItemProvenance } from './sync-provenance.tsx';
import type { ItemComment } from '../../content/comments.ts';
import { Breadcrumbs } from './components.tsx';

export interface ItemPageProps {
  ctx: PageContext;
  type: ContentTypeDefinition;
  view: ItemView;
  listingHref: string;
  tags: Topic[];
  otherLanguages: { language: string; href: string }[];
  jsonLd: string;
  /** The library files the item uses (`itemMedia`), with their variants and texts. */
  media: ReadonlyMap<number, MediaEntry>;
  defaultLanguage: string;
  /** This event's `.ics` ("Add to calendar"), for types in calendars. */
  calendarHref?: string;
  /** For a record synced from the CBD (`item.origin`): when it was last synced, and whether it is sample data. */
  provenance?: SyncProvenance;
  /** Comments kept from the site's previous system (closed: nobody adds new ones here). */
  comments?: readonly ItemComment[];
}

/** Kinds shown in their own places (pictures, players, downloads), not in the details list. */
const mediaKinds: ReadonlySet<FieldKind> = new Set(['image', 'files', 'embed']);

export function ItemPage(props: ItemPageProps) {
  const { ctx, type, view } = props;
  const { t, language } = ctx;
  const { translation, item } = view;
  const contentLang = view.isFallback ? translation.language : undefined;
  const valued = type.fields
    .map((field) => ({ field, value: field.localized ? translation.fields[field.name] : item.fields[field.name] }))
    .filter((row) => row.value !== undefined && row.value !== null && row.value !== '' && !(Array.isArray(row.value) && !row.value.length));
  // A synced record's link to the CBD is in its provenance note; its documents have a section of their own.
  const ownPlace = (name: string) => name === 'documents' || (name === 'cbdRecordUrl' && props.provenance !== undefined);
  const rows = valued.filter((row) => !mediaKinds.has(row.field.kind) && !ownPlace(row.field.name));
  const documents = valued.filter((row) => row.field.name === 'documents' && row.field.kind === 'links').flatMap((row) => row.value as { url: string; title: string }[]);
  const recordUrl = typeof item.fields.cbdRecordUrl === 'string' ? item.fields.cbdRecordUrl : undefined;
  const entry = (id: unknown) => (typeof id === 'number' ? props.media.get(id) : undefined);
  const figure = (id: unknown, aboveTheFold: boolean) => {
    const e = entry(id);
    if (!e || e.file.kind !== 'image') return null;
    const text = mediaTextIn(e, translation.language, props.defaultLanguage);
    return (
      <MediaFigure
        entry={e}
        alt={e.file.decorative ? '' : text.altText}
        caption={text.caption}
        credits={text.credits}
        lang={text.isFallback ? text.language : undefined}
        sizes={ARTICLE_IMAGE_SIZES}
        aboveTheFold={aboveTheFold}
      />
    );
  };
  const images = valued.filter((row) => row.field.kind === 'image');
  const videos = valued.filter((row) => row.field.kind === 'embed').map((row) => parseVideoUrl(row.value as string)).filter((v) => v !== null);
  const files = valued.filter((row) => row.field.kind === 'files').flatMap((row) => (row.value as number[]).map(entry).filter((e) => e !== undefined));
  const players = files.filter((e) => e.file.kind === 'audio' || e.file.kind === 'video');
  const body = translation.body && renderRichTextMedia(translation.body, { media: props.media, language: translation.language, defaultLanguage: props.defaultLanguage });
  return (
    <Layout
      ctx={ctx}
      title={translation.title}
      description={translation.summary || undefined}
      head={<script type="application/ld+json" dangerouslySetInnerHTML={{ __html: props.jsonLd }} />}
    >
      <Breadcrumbs language={language} t={t} trail={[{ label: t(`type.${type.name}.plural`), href: props.listingHref }]} />
      <article lang={contentLang}>
        {view.isFallback && (
          <p class="notice" role="note" lang={language}>
            {t('item.fallbackNotice', { requested: languageAutonym(view.requestedLanguage), shown: languageAutonym(translation.language) })}
          </p>
        )}
        <p class="card__type" lang={language}>{t(`type.${type.name}.singular`)}</p>
        <h1>{translation.title}</h1>
        <p class="meta" lang={language}>
          {translation.publishedAt && <time dateTime={translation.publishedAt}>{t('item.published', { date: formatDate(translation.publishedAt, language) })}</time>}
        </p>
        {props.provenance && <ItemProvenance provenance={props.provenance} recordUrl={recordUrl} language={language} t={t} />}
        {props.calendarHref && (
          <p class="meta" lang={language}>
            <a href={props.calendarHref} type="text/calendar">{t('calendar.addToCalendar')}</a>
          </p>
        )}
        {images.map((row, i) => figure(row.value, i === 0))}
        {translation.summary && <p class="lead">{translation.summary}</p>}
        {videos.map((embed) => (
          <VideoEmbed embed={embed} title={translation.title} language={language} t={t} />
        ))}
        {players.map((e) => (
          <MediaPlayer kind={e.file.kind as 'audio' | 'video'} url={mediaUrl(e.file)} contentType={e.file.contentType} title={mediaTextIn(e, translation.language, props.defaultLanguage).caption || e.file.filename} t={t} />
        ))}
        {rows.length > 0 && (
          <section aria-labelledby="item-details">
            <h2 id="item-details" class="visually-hidden" lang={language}>{t('item.details')}</h2>
            <dl class="details">
              {rows.map(({ field, value }) => (
                <>
                  <dt lang={language}>{t(`field.${field.name}`)}</dt>
                  <dd>
                    {field.kind === 'terms' && field.vocabulary === 'gbf-targets' ? (
                      <GbfTargetLinks identifiers={value as string[]} language={language} t={t} />
                    ) : (
                      <FieldValue field={field} value={value} language={language} t={t} />
                    )}
                  </dd>
                </>
              ))}
            </dl>
          </section>
        )}
        {body && <div class="prose" dangerouslySetInnerHTML={{ __html: body }} />}
        {documents.length > 0 && <Documents links={documents} t={t} language={language} />}
        <Attachments
          files={files.map((e) => ({ filename: e.file.filename, url: mediaUrl(e.file), contentType: e.file.contentType, bytes: e.file.bytes, kind: e.file.kind }))}
          language={language}
          t={t}
        />
        {item.point && (
          <section aria-labelledby="item-map" lang={language}>
            <h2 id="item-map">{t('item.location')}</h2>
            <p>
              {t('item.coordinates', { lat: item.point.lat, lng: item.point.lng })} —{' '}
              <a href={`https://www.openstreetmap.org/?mlat=${item.point.lat}&mlon=${item.point.lng}#map=10/${item.point.lat}/${item.point.lng}`}>{t('item.viewOnMap')}</a>
            </p>
          </section>
        )}
        {props.tags.length > 0 && (
          <section aria-labelledby="item-tags" lang={language}>
            <h2 id="item-tags">{t('item.tags')}</h2>
            <ul class="tag-list">
              {props.tags.map((tag) => (
                <li>
                  <a class="badge" href={tag.href}>{tag.title}</a>
                </li>
              ))}
            </ul>
          </section>
        )}
        {props.comments && props.comments.length > 0 && (
          <section aria-labelledby="item-comments" class="comments">
            <h2 id="item-comments" lang={language}>{t('item.comments', { count: props.comments.length })}</h2>
            <p class="meta" lang={language}>{t('item.commentsClosed')}</p>
            {props.comments.map((comment) => (
              <article class="comment">
                <p class="meta">
                  <span lang={language}>{t('item.commentBy', { author: comment.authorName })}</span>
                  {comment.postedAt && (
                    <>
                      {' · '}
                      <time dateTime={comment.postedAt}>{formatDate(comment.postedAt, language)}</time>
                    </>
                  )}
                </p>
                {comment.title && <h3>{comment.title}</h3>}
                {comment.body.split(/\n{2,}/).map((paragraph) => (
                  <p>{paragraph}</p>
                ))}
              </article>
            ))}
          </section>
        )}
        {props.otherLanguages.length > 0 && (
          <section aria-labelledby="item-languages" lang={language}>
            <h2 id="item-languages">{t('item.otherLanguages')}</h2>
            <ul>
              {props.otherLanguages.map((l) => (
                <li>
                  <a href={l.href} hrefLang={l.language} lang={l.language}>{languageAutonym(l.language)}</a>
                </li>
              ))}
            </ul>
          </section>
        )}
      </article>
    </Layout>
  );
}

/**
 * GBF targets named by an alignment field, as short links to their pages ("Target 3"): the titles
 * are long, and the item's tags below name them in full.
 */
function GbfTargetLinks(props: { identifiers: string[]; language: string; t: ItemPageProps['ctx']['t'] }) {
  const { language, t } = props;
  return (
    <ul class="tag-list" lang={language}>
      {props.identifiers.map((identifier) => {
        const n = gbfTargetNumber(identifier);
        return <li>{n === undefined ? identifier : <a class="badge" href={gbfTargetPath(language, n)}>{t('gbf.targetNumber', { number: n })}</a>}</li>;
      })}
    </ul>
  );
}

/**
 * The documents of a synced record (the files the country submitted, kept at the CBD), as a list
 * of downloads like an item's own attachments: the title as the link, then the format when the
 * address shows it ("PDF"), so that visitors on metered connections know before they tap.
 */
function Documents(props: { links: { url: string; title: string }[]; language: string; t: ItemPageProps['ctx']['t'] }) {
  const { t } = props;
  return (
    <section class="attachments" aria-labelledby="item-documents">
      <h2 id="item-documents" lang={props.language}>{t('field.documents')}</h2>
      <ul class="attachments__list">
        {props.links.map((link) => {
          const format = formatOf(link.url);
          return (
            <li>
              <a href={link.url} rel="noopener">{link.title || link.url}</a>
              {format && <> <span class="attachments__details">{format}</span></>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** A document's format from its address's extension (`…/nbsap-v2-en.pdf` → "PDF"), if it has a plausible one. */
function formatOf(url: string): string | undefined {
  try {
    return /\.([a-z0-9]{2,5})$/i.exec(new URL(url).pathname)?.[1]?.toUpperCase();
  } catch {
    return undefined;
  }
}
