import type { MediaKind, MediaLimits } from '../../config.ts';
import type { Translate } from '../../i18n/translator.ts';
import { mediaKinds } from '../../media/library.ts';
import { Pagination } from '../../public/views/components.tsx';
import { formatBytes, formatNumber } from '../../web/format.ts';
import { AdminLayout, type AdminContext } from './admin-layout.tsx';

/** One file as a card of the library's grid. */
export interface MediaCardModel {
  id: number;
  href: string;
  filename: string;
  kind: MediaKind;
  bytes: number;
  width: number | null;
  height: number | null;
  /** The smallest WebP/JPEG variant; null until the job has made it (never the full original). */
  thumbnail: { url: string; width: number; height: number } | null;
  /** The variants job could not read the image: there will be no preview. */
  previewFailed: boolean;
  useCount: number;
  missingAlt: boolean;
}

/** What became of one uploaded file, for the notice after an upload. */
export interface UploadOutcome {
  filename: string;
  status: 'stored' | 'duplicate' | 'refused';
  /** The file's page (stored or already there). */
  href: string | null;
  /** Why it was refused, in the admin's language. */
  reason: string | null;
}

export interface MediaLibraryPageProps {
  ctx: AdminContext;
  cards: MediaCardModel[];
  total: number;
  page: number;
  pages: number;
  filters: { kind: string; text: string; missingAlt: boolean };
  hrefFor: (page: number) => string;
  limits: MediaLimits;
  /** The outcome of the last upload, once, after its redirect. */
  uploads?: UploadOutcome[];
  /** The name of a file just deleted. */
  deleted?: string;
}

/** A size in bytes in the admin's language ("2.4 MB", "2,4 Mo"). */
/** The picker's `accept`: only what the library takes, so that the file dialog offers the right files. */
export const acceptAttribute = 'image/jpeg,image/png,image/webp,image/avif,image/gif,application/pdf,.docx,.xlsx,.pptx,.odt,.ods,.odp,.txt,.md,.csv,audio/*,video/mp4,video/webm,video/ogg';

/** The upload form: a plain multipart form, which the upload island turns into a drop zone with per-file progress. */
export function MediaUploadForm(props: { ctx: AdminContext; limits: MediaLimits }) {
  const { ctx, limits } = props;
  const { t, language } = ctx;
  // Words the island shows come from the page, in the admin's language (ADR 0009).
  const labels = {
    drop: t('admin.media.upload.drop'),
    dropActive: t('admin.media.upload.dropActive'),
    uploading: t('admin.media.upload.uploading'),
    stored: t('admin.media.upload.stored'),
    duplicate: t('admin.media.upload.duplicate'),
    failed: t('admin.media.upload.failed'),
    done: t('admin.media.upload.done'),
  };
  return (
    <section class="media-upload" aria-labelledby="media-upload-title" data-media-upload={JSON.stringify(labels)}>
      <h2 id="media-upload-title">{t('admin.media.upload.title')}</h2>
      <form method="post" action="/admin/media" enctype="multipart/form-data" class="media-upload__form">
        {/* First, so that the server checks it before reading any file. */}
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <div class="form-field">
          <label for="media-files">{t('admin.media.upload.label')}</label>
          <input id="media-files" type="file" name="files" multiple required accept={acceptAttribute} aria-describedby="media-files-hint" />
          <p class="hint" id="media-files-hint">
            {t('admin.media.upload.hint', {
              image: formatBytes(limits.image, language),
              document: formatBytes(limits.document, language),
              audio: formatBytes(limits.audio, language),
              video: formatBytes(limits.video, language),
            })}
          </p>
        </div>
        <button type="submit" class="button">{t('admin.media.upload.submit')}</button>
      </form>
      <ol class="media-upload__progress" aria-live="polite" data-media-upload-list hidden></ol>
    </section>
  );
}

/** The outcomes of the last upload, each file named: stored, already there, or refused and why. */
function UploadNotice(props: { t: Translate; uploads: UploadOutcome[] }) {
  const { t, uploads } = props;
  const refused = uploads.filter((u) => u.status === 'refused').length;
  if (uploads.length === 0) return <p class="notice notice--error">{t('admin.media.upload.nothing')}</p>;
  return (
    <div class={`notice ${refused ? 'notice--error' : 'notice--success'}`}>
      <p>{t('admin.media.upload.summary', { stored: uploads.length - refused, refused })}</p>
      <ul class="media-outcomes">
        {uploads.map((u) => (
          <li data-outcome={u.status}>
            {u.href ? <a href={u.href}>{u.filename}</a> : <strong>{u.filename}</strong>}
            {' — '}
            {u.status === 'refused' ? u.reason : t(u.status === 'duplicate' ? 'admin.media.upload.duplicate' : 'admin.media.upload.stored')}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** One file of the grid: thumbnail, name (the link), kind, size, dimensions, uses, and whether alt text is missing. */
export function MediaCard(props: { ctx: AdminContext; card: MediaCardModel }) {
  const { card, ctx } = props;
  const { t, language } = ctx;
  const kindLabel = t(`admin.media.kind.${card.kind}`);
  return (
    <li class="media-card" data-media-id={String(card.id)}>
      <div class="media-card__thumb">
        {card.thumbnail ? (
          // The name below says which file this is: the thumbnail itself adds nothing for a screen reader.
          <img src={card.thumbnail.url} width={card.thumbnail.width} height={card.thumbnail.height} alt="" loading="lazy" decoding="async" />
        ) : (
          <span class="media-card__placeholder">
            {card.kind !== 'image' ? kindLabel : card.previewFailed ? t('admin.media.noPreview') : t('admin.media.processing')}
          </span>
        )}
      </div>
      <p class="media-card__name">
        <a href={card.href}>{card.filename}</a>
      </p>
      <p class="media-card__facts">
        {kindLabel} · {formatBytes(card.bytes, language)}
        {card.width && card.height ? ` · ${t('admin.media.dimensions', { width: card.width, height: card.height })}` : ''}
      </p>
      <p class="media-card__facts">{t('admin.media.usedIn', { count: card.useCount })}</p>
      {card.missingAlt && <p class="badge badge--warning">{t('admin.media.altMissing')}</p>}
    </li>
  );
}

/** The site's media library: upload form, filters in the query string, a grid of cards, pages. */
export function MediaLibraryPage(props: MediaLibraryPageProps) {
  const { ctx, filters } = props;
  const { t } = ctx;
  const title = t('admin.media.title');
  return (
    <AdminLayout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <div role="status" aria-live="polite">
        {props.uploads && <UploadNotice t={t} uploads={props.uploads} />}
        {props.deleted && <p class="notice notice--success">{t('admin.media.deletedNotice', { filename: props.deleted })}</p>}
      </div>
      {ctx.can['media.upload'] && <MediaUploadForm ctx={ctx} limits={props.limits} />}
      <form method="get" action="/admin/media" class="filters media-filters" role="search" aria-label={t('admin.media.filters')}>
        <div class="form-field">
          <label for="media-filter-text">{t('admin.media.filterText')}</label>
          <input id="media-filter-text" type="search" name="q" value={filters.text} maxLength={200} />
        </div>
        <div class="form-field">
          <label for="media-filter-kind">{t('admin.media.filterKind')}</label>
          <select id="media-filter-kind" name="kind">
            <option value="">{t('admin.media.anyKind')}</option>
            {mediaKinds.map((kind) => (
              <option value={kind} selected={filters.kind === kind}>{t(`admin.media.kind.${kind}`)}</option>
            ))}
          </select>
        </div>
        <div class="form-field form-field--check">
          <input id="media-filter-alt" type="checkbox" name="alt" value="missing" checked={filters.missingAlt} />
          <label for="media-filter-alt">{t('admin.media.filterMissingAlt')}</label>
        </div>
        <button type="submit" class="button">{t('admin.media.filter')}</button>
      </form>
      {/* The upload island reloads this part once its files are in. */}
      <div data-media-results>
      <p class="meta" role="status">{t('admin.media.count', { count: props.total })}</p>
      {props.cards.length === 0 ? (
        <p>{filters.text || filters.kind || filters.missingAlt ? t('admin.media.noMatch') : t('admin.media.empty')}</p>
      ) : (
        <ul class="media-grid" data-media-grid>
          {props.cards.map((card) => (
            <MediaCard ctx={ctx} card={card} />
          ))}
        </ul>
      )}
      <Pagination page={props.page} pages={props.pages} hrefFor={props.hrefFor} t={t} />
      </div>
    </AdminLayout>
  );
}
