import type { MediaKind } from '../../config.ts';
import { languageAutonym, languageDirection } from '../../i18n/languages.ts';
import { mediaLicences, type MediaMetadataInput, mediaTextLimits } from '../../media/library.ts';
import { formatDate } from '../../web/format.ts';
import { AdminLayout, type AdminContext } from './admin-layout.tsx';
import { FieldErrors } from './field-control.tsx';
import { acceptAttribute } from './media-library-page.tsx';
import { formatBytes } from '../../web/format.ts';

/** What a file's page shows of it. */
export interface MediaDetailModel {
  id: number;
  filename: string;
  kind: MediaKind;
  contentType: string;
  bytes: number;
  width: number | null;
  height: number | null;
  sha256: string;
  createdAt: string;
  uploader: string | null;
  updatedAt: string;
  /** The original, for the download link and for audio and video players. */
  originalUrl: string;
  /** The largest WebP/JPEG variant up to 1024 pixels wide; null until the job has made them. */
  preview: { url: string; width: number; height: number } | null;
  previewFailed: boolean;
  /** Alt text in the site's default language, for the preview itself. */
  altText: string;
}

/** One item that uses the file, linking to its edit page. */
export interface MediaUseModel {
  itemId: number;
  type: string;
  title: string;
  href: string;
  fields: string[];
  trashed: boolean;
  statuses: { language: string; status: string }[];
}

export interface MediaDetailPageProps {
  ctx: AdminContext;
  file: MediaDetailModel;
  languages: string[];
  defaultLanguage: string;
  values: MediaMetadataInput;
  errors: Map<string, string[]>;
  uses: MediaUseModel[];
  /** May change the texts and settings (`canEditMediaTexts`). */
  canEdit: boolean;
  /** May replace and delete (`media.manage`). */
  canManage: boolean;
  notice?: { kind: 'success' | 'error'; text: string };
}

const percent = (fraction: number | undefined) => (fraction === undefined || !Number.isFinite(fraction) ? '' : String(Math.round(fraction * 1000) / 10));

/** The items that use a file, each linked to its edit page, with the fields that hold it. */
export function MediaUsesList(props: { ctx: AdminContext; uses: MediaUseModel[] }) {
  const { t } = props.ctx;
  return (
    <ul class="media-uses">
      {props.uses.map((use) => (
        <li>
          <a href={use.href}>{use.title}</a> <span class="hint">({t(`type.${use.type}.singular`)}{use.trashed ? ` · ${t('admin.media.inTrash')}` : ''})</span>
          <br />
          <span class="hint">
            {t('admin.media.usedInFields', { fields: use.fields.map((f) => (f === 'body' ? t('admin.media.bodyField') : f)).join(', ') })}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The preview: an image variant (never a large original), a player for audio and video, else the kind. */
function Preview(props: { ctx: AdminContext; file: MediaDetailModel }) {
  const { file, ctx } = props;
  const { t } = ctx;
  if (file.kind === 'image') {
    if (!file.preview) return <p class="media-preview__placeholder">{file.previewFailed ? t('admin.media.noPreview') : t('admin.media.processing')}</p>;
    return <img src={file.preview.url} width={file.preview.width} height={file.preview.height} alt={file.altText} />;
  }
  // Opened on its own the original is sandboxed (`routes.ts`); played here it is only media.
  if (file.kind === 'audio') return <audio controls preload="none" src={file.originalUrl} />;
  if (file.kind === 'video') return <video controls preload="none" src={file.originalUrl} width={640} />;
  return <p class="media-preview__placeholder">{t('admin.media.kind.document')}</p>;
}

/** A file of the library: preview and facts, its metadata form, where it is used, replace and delete. */
export function MediaDetailPage(props: MediaDetailPageProps) {
  const { ctx, file, values, errors } = props;
  const { t, language } = ctx;
  const described = (id: string, name: string, hint?: boolean) => [hint ? `${id}-hint` : '', errors.has(name) ? `${id}-errors` : ''].filter(Boolean).join(' ') || undefined;
  const isImage = file.kind === 'image';
  const focalErrors = errors.get('focalPoint');
  return (
    <AdminLayout ctx={ctx} title={file.filename}>
      <p>
        <a href="/admin/media">{t('admin.media.back')}</a>
      </p>
      <h1 class="media-title">{file.filename}</h1>
      <div role="status" aria-live="polite">
        {props.notice && <p class={`notice notice--${props.notice.kind}`}>{props.notice.text}</p>}
      </div>
      <div class="media-detail">
        <div class="media-preview">
          {isImage && file.preview && props.canEdit ? (
            <div class="focal-picker" data-focal-point data-focal-x="media-focal-x" data-focal-y="media-focal-y" data-focal-label={t('admin.media.focal.pick')}>
              <Preview ctx={ctx} file={file} />
            </div>
          ) : (
            <Preview ctx={ctx} file={file} />
          )}
          <p>
            <a href={file.originalUrl} download={file.filename}>{t('admin.media.download', { size: formatBytes(file.bytes, language) })}</a>
          </p>
        </div>
        <dl class="media-facts">
          <dt>{t('admin.media.fact.type')}</dt>
          <dd>
            {t(`admin.media.kind.${file.kind}`)} ({file.contentType})
          </dd>
          <dt>{t('admin.media.fact.size')}</dt>
          <dd>{formatBytes(file.bytes, language)}</dd>
          {file.width && file.height && <dt>{t('admin.media.fact.dimensions')}</dt>}
          {file.width && file.height && <dd>{t('admin.media.dimensions', { width: file.width, height: file.height })}</dd>}
          <dt>{t('admin.media.fact.uploaded')}</dt>
          <dd>
            <time dateTime={file.createdAt}>{formatDate(file.createdAt, language)}</time>
            {file.uploader ? ` · ${file.uploader}` : ''}
          </dd>
          <dt>{t('admin.media.fact.sha256')}</dt>
          <dd>
            <code class="media-hash">{file.sha256}</code>
          </dd>
        </dl>
      </div>

      <h2>{t('admin.media.details')}</h2>
      {props.canEdit ? (
        <form method="post" action={`/admin/media/${file.id}`} class="admin-form" novalidate>
          <input type="hidden" name="_csrf" value={ctx.csrfToken} />
          <input type="hidden" name="updatedAt" value={values.expectedUpdatedAt ?? file.updatedAt} />
          {props.languages.map((lang) => {
            const text = values.texts.find((x) => x.language === lang) ?? { language: lang, altText: '', caption: '', credits: '' };
            const dir = languageDirection(lang);
            const required = isImage && !values.decorative && lang === props.defaultLanguage;
            return (
              // The labels are in the admin's language; only what is typed is in the fieldset's language.
              <fieldset>
                <legend lang={lang} dir={dir}>
                  {languageAutonym(lang)}
                </legend>
                <div class="form-field">
                  <label for={`media-alt-${lang}`}>
                    {t('admin.media.altText')}
                    {required ? ` ${t('admin.media.requiredMark')}` : ''}
                  </label>
                  <textarea
                    id={`media-alt-${lang}`}
                    name={`alt.${lang}`}
                    lang={lang}
                    dir={dir}
                    rows={2}
                    maxLength={mediaTextLimits.altText}
                    aria-invalid={errors.has(`alt.${lang}`) || undefined}
                    aria-describedby={described(`media-alt-${lang}`, `alt.${lang}`, true)}
                  >
                    {text.altText}
                  </textarea>
                  <p class="hint" id={`media-alt-${lang}-hint`}>{t('admin.media.altHint')}</p>
                  <FieldErrors id={`media-alt-${lang}`} errors={errors.get(`alt.${lang}`)} />
                </div>
                <div class="form-field">
                  <label for={`media-caption-${lang}`}>{t('admin.media.caption')}</label>
                  <textarea id={`media-caption-${lang}`} name={`caption.${lang}`} lang={lang} dir={dir} rows={2} maxLength={mediaTextLimits.caption} aria-invalid={errors.has(`caption.${lang}`) || undefined} aria-describedby={described(`media-caption-${lang}`, `caption.${lang}`)}>
                    {text.caption}
                  </textarea>
                  <FieldErrors id={`media-caption-${lang}`} errors={errors.get(`caption.${lang}`)} />
                </div>
                <div class="form-field">
                  <label for={`media-credits-${lang}`}>{t('admin.media.credits')}</label>
                  <input id={`media-credits-${lang}`} name={`credits.${lang}`} lang={lang} dir={dir} value={text.credits} maxLength={mediaTextLimits.credits} aria-invalid={errors.has(`credits.${lang}`) || undefined} aria-describedby={described(`media-credits-${lang}`, `credits.${lang}`)} />
                  <FieldErrors id={`media-credits-${lang}`} errors={errors.get(`credits.${lang}`)} />
                </div>
              </fieldset>
            );
          })}
          <div class="form-field">
            <label for="media-licence">{t('admin.media.licence')}</label>
            <select id="media-licence" name="licence" aria-invalid={errors.has('licence') || undefined} aria-describedby={described('media-licence', 'licence')}>
              <option value="">{t('admin.media.licence.none')}</option>
              {mediaLicences.map((licence) => (
                <option value={licence} selected={values.licence === licence}>{t(`admin.media.licence.${licence}`)}</option>
              ))}
            </select>
            <FieldErrors id="media-licence" errors={errors.get('licence')} />
          </div>
          {isImage && (
            <div class="form-field form-field--check">
              <input id="media-decorative" type="checkbox" name="decorative" value="on" checked={values.decorative} aria-describedby="media-decorative-hint" />
              <label for="media-decorative">{t('admin.media.decorative')}</label>
            </div>
          )}
          {isImage && <p class="hint" id="media-decorative-hint">{t('admin.media.decorativeHint')}</p>}
          {isImage && (
            <fieldset>
              <legend>{t('admin.media.focal.legend')}</legend>
              <p class="hint" id="media-focal-hint">{t('admin.media.focal.hint')}</p>
              <div class="media-focal-inputs">
                <div class="form-field">
                  <label for="media-focal-x">{t('admin.media.focal.x')}</label>
                  <input id="media-focal-x" name="focalX" type="number" min={0} max={100} step="0.1" inputMode="decimal" value={percent(values.focalPoint?.x)} aria-invalid={focalErrors ? true : undefined} aria-describedby={`media-focal-hint${focalErrors ? ' media-focal-errors' : ''}`} />
                </div>
                <div class="form-field">
                  <label for="media-focal-y">{t('admin.media.focal.y')}</label>
                  <input id="media-focal-y" name="focalY" type="number" min={0} max={100} step="0.1" inputMode="decimal" value={percent(values.focalPoint?.y)} aria-invalid={focalErrors ? true : undefined} aria-describedby={`media-focal-hint${focalErrors ? ' media-focal-errors' : ''}`} />
                </div>
              </div>
              <FieldErrors id="media-focal" errors={focalErrors} />
            </fieldset>
          )}
          <div class="form-actions">
            <button type="submit" class="button">{t('admin.media.save')}</button>
          </div>
        </form>
      ) : (
        <>
          <p class="hint">{t('admin.media.readOnly')}</p>
          <dl class="media-facts">
            {props.languages.flatMap((lang) => {
              const text = values.texts.find((x) => x.language === lang);
              return [<dt>{t('admin.media.altTextIn', { language: languageAutonym(lang) })}</dt>, <dd lang={lang}>{text?.altText || '—'}</dd>];
            })}
            <dt>{t('admin.media.licence')}</dt>
            <dd>{values.licence ? t(`admin.media.licence.${values.licence}`) : t('admin.media.licence.none')}</dd>
          </dl>
        </>
      )}

      <h2>{t('admin.media.usedInTitle')}</h2>
      {props.uses.length === 0 ? <p>{t('admin.media.notUsed')}</p> : <MediaUsesList ctx={ctx} uses={props.uses} />}

      {props.canManage && (
        <section aria-labelledby="media-replace-title">
          <h2 id="media-replace-title">{t('admin.media.replace.title')}</h2>
          <p class="hint" id="media-replace-hint">{t('admin.media.replace.hint', { kind: t(`admin.media.kind.${file.kind}`) })}</p>
          <form method="post" action={`/admin/media/${file.id}/replace`} enctype="multipart/form-data" class="admin-form">
            <input type="hidden" name="_csrf" value={ctx.csrfToken} />
            <div class="form-field">
              <label for="media-replace-file">{t('admin.media.replace.label')}</label>
              <input id="media-replace-file" type="file" name="file" required accept={file.kind === 'image' ? 'image/jpeg,image/png,image/webp,image/avif,image/gif' : acceptAttribute} aria-describedby="media-replace-hint" />
            </div>
            <div class="form-actions">
              <button type="submit" class="button button--secondary">{t('admin.media.replace.submit')}</button>
            </div>
          </form>
        </section>
      )}

      {props.canManage && (
        <section aria-labelledby="media-delete-title">
          <h2 id="media-delete-title">{t('admin.media.delete.title')}</h2>
          {props.uses.length > 0 ? (
            <>
              <p id="media-delete-blocked">{t('admin.media.delete.blocked', { count: props.uses.length })}</p>
              <button type="button" class="small-button small-button--danger" disabled aria-describedby="media-delete-blocked">
                {t('admin.media.delete.submit')}
              </button>
            </>
          ) : (
            // A page of its own asks to confirm: nothing brings the file back afterwards.
            <p>
              <a class="small-button small-button--danger" href={`/admin/media/${file.id}/delete`}>{t('admin.media.delete.submit')}</a>
            </p>
          )}
        </section>
      )}
    </AdminLayout>
  );
}

/** Asks to confirm deleting a file, naming it; a file in use gets the list of its uses and no button. */
export function MediaDeleteConfirmPage(props: { ctx: AdminContext; id: number; filename: string; uses: MediaUseModel[] }) {
  const { ctx } = props;
  const { t } = ctx;
  const title = t('admin.media.delete.confirmTitle', { filename: props.filename });
  return (
    <AdminLayout ctx={ctx} title={title}>
      <h1>{title}</h1>
      {props.uses.length > 0 ? (
        <>
          <p class="notice notice--error">{t('admin.media.delete.blocked', { count: props.uses.length })}</p>
          <MediaUsesList ctx={ctx} uses={props.uses} />
        </>
      ) : (
        <>
          <p>{t('admin.media.delete.confirmHint')}</p>
          <form method="post" action={`/admin/media/${props.id}/delete`} class="admin-form">
            <input type="hidden" name="_csrf" value={ctx.csrfToken} />
            <input type="hidden" name="confirm" value="yes" />
            <div class="form-actions">
              <button type="submit" class="button">{t('admin.media.delete.confirmButton')}</button>
            </div>
          </form>
        </>
      )}
      <p>
        <a href={`/admin/media/${props.id}`}>{t('admin.media.delete.cancel')}</a>
      </p>
    </AdminLayout>
  );
}
