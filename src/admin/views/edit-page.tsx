import type { ContentTypeDefinition } from '../../content/content-type.ts';
import type { ItemTranslation } from '../../content/item.ts';
import { maxReviewComment } from '../../content/service.ts';
import { languageAutonym, languageDirection } from '../../i18n/languages.ts';
import type { Translate } from '../../i18n/translator.ts';
import type { MediaSummary } from '../../media/presenter.ts';
import { type RichTextLabels, richTextLabelKeys } from '../../web/rich-text-labels.ts';
import { formatZonedDateTime } from '../../web/format.ts';
import { type FormValues, formValue } from '../form.ts';
import { AdminLayout, type AdminContext } from './admin-layout.tsx';
import { FieldControl, FieldErrors, PointControl, TimeZoneHint } from './field-control.tsx';
import { mediaPickerLabels } from '../../web/media-picker-labels.ts';
import { type TagGroup, TagPicker } from './tag-picker.tsx';

export interface EditPageProps {
  ctx: AdminContext;
  type: ContentTypeDefinition;
  itemId: number | null;
  version: number | null;
  language: string;
  values: FormValues;
  errors: Map<string, string[]>;
  /** A message above the form: a conflict, or what the last save did. */
  notice?: { kind: 'error' | 'success'; text: string; links?: { href: string; text: string }[] };
  translations: { language: string; status: string | null; href: string; current: boolean }[];
  /** The default language's text, shown beside the form while translating. */
  source?: ItemTranslation;
  statuses: string[];
  tagGroups: TagGroup[];
  timeZones: readonly string[];
  /** Whether the user may publish, hence schedule and send back (precomputed by the route). */
  canPublish: boolean;
  /** The translation's stored schedule, to show it back in its zone with the zone named. */
  schedule?: { publishAt: string | null; unpublishAt: string | null; zone: string };
  /** Where an editor sends an in-review translation back with a comment; absent when it is not in review. */
  sendBackAction?: string;
  /** The comment of the editor who sent this translation back, while it stands. */
  reviewNote?: { note: string; by: string; at: string };
  action: string;
  /** The media files the form's values name (lead image, attachments), to show them by name. */
  media?: ReadonlyMap<number, MediaSummary>;
}

const str = formValue;

export function EditPage(props: EditPageProps) {
  const { ctx, type, values, errors } = props;
  const { t } = ctx;
  const typeLabel = t(`type.${type.name}.singular`);
  const heading = props.itemId ? t('admin.edit.title', { type: typeLabel }) : t('admin.content.new', { type: typeLabel });
  const tags = new Set(Array.isArray(values.tags) ? values.tags : values.tags ? [values.tags] : []);
  const offered = new Set(props.tagGroups.flatMap((g) => g.sections.flatMap((s) => s.terms.map((term) => term.identifier))));
  const otherTags = [...tags].filter((tag) => !offered.has(tag));
  const errorCount = [...errors.values()].reduce((n, list) => n + list.length, 0);
  return (
    <AdminLayout ctx={ctx} title={str(values, 'title') || heading}>
      <h1>{heading}</h1>
      {props.notice && (
        <div class={`notice notice--${props.notice.kind}`} role={props.notice.kind === 'error' ? 'alert' : 'status'}>
          <p>{props.notice.text}</p>
          {props.notice.links?.map((link) => (
            <p>
              <a href={link.href}>{link.text}</a>
            </p>
          ))}
        </div>
      )}
      {errorCount > 0 && (
        <p class="notice notice--error" role="alert">
          {t('admin.edit.fixErrors', { count: errorCount })}
        </p>
      )}
      {props.itemId && (
        <p>
          <a href={`/admin/items/${props.itemId}/revisions`}>{t('admin.edit.history')}</a>
        </p>
      )}
      {props.reviewNote && (
        <section class="notice" aria-labelledby="review-note-title">
          <h2 id="review-note-title">{t('admin.review.noteTitle', { name: props.reviewNote.by })}</h2>
          <p class="review-note">{props.reviewNote.note}</p>
        </section>
      )}
      {props.itemId && ctx.can['item.delete'] && (
        // Its own small form (forms cannot nest); the item can be restored from the trash page.
        <form method="post" action={`/admin/items/${props.itemId}/trash`}>
          <input type="hidden" name="_csrf" value={ctx.csrfToken} />
          <button type="submit" class="link-button">{t('admin.edit.moveToTrash')}</button>
        </form>
      )}
      {props.itemId && (
        <nav aria-label={t('admin.edit.translations')}>
          <ul class="tabs">
            {props.translations.map((tr) => (
              <li>
                <a href={tr.href} aria-current={tr.current ? 'page' : undefined} lang={tr.language}>
                  {languageAutonym(tr.language)}
                </a>{' '}
                <span class="meta">{tr.status ? t(`admin.status.${tr.status}`) : t('admin.edit.notTranslated')}</span>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <div class="edit-columns">
        <form method="post" action={props.action} class="admin-form" novalidate>
          <input type="hidden" name="_csrf" value={ctx.csrfToken} />
          {props.version !== null && <input type="hidden" name="version" value={String(props.version)} />}
          <input type="hidden" name="lang" value={props.language} />
          <fieldset lang={props.language} dir={undefined}>
            <legend>{t('admin.edit.textIn', { language: languageAutonym(props.language) })}</legend>
            <div class="form-field">
              <label for="control-title">
                {t('admin.field.title')}
                <span aria-hidden="true"> *</span>
              </label>
              <input id="control-title" name="title" value={str(values, 'title')} required maxLength={300} aria-invalid={errors.has('title') || undefined} aria-describedby={errors.has('title') ? 'control-title-errors' : undefined} />
              <FieldErrors id="control-title" errors={errors.get('title')} />
            </div>
            <div class="form-field">
              <label for="control-slug">{t('admin.field.slug')}</label>
              <input id="control-slug" name="slug" value={str(values, 'slug')} maxLength={100} aria-describedby="control-slug-hint" aria-invalid={errors.has('slug') || undefined} />
              <p class="hint" id="control-slug-hint">{t('admin.field.slugHint')}</p>
              <FieldErrors id="control-slug" errors={errors.get('slug')} />
            </div>
            <div class="form-field">
              <label for="control-summary">{t('admin.field.summary')}</label>
              <textarea id="control-summary" name="summary" rows={3} maxLength={2000}>{str(values, 'summary')}</textarea>
              <FieldErrors id="control-summary" errors={errors.get('summary')} />
            </div>
            <div class="form-field">
              <label for="control-body">{t('admin.field.body')}</label>
              <textarea id="control-body" name="body" rows={14} lang={props.language} dir={languageDirection(props.language)} data-rich-text={JSON.stringify(richTextLabels(t))} data-media-labels={JSON.stringify(mediaPickerLabels(t))}>
                {str(values, 'body')}
              </textarea>
              <FieldErrors id="control-body" errors={errors.get('body')} />
            </div>
            {type.fields
              .filter((f) => f.localized)
              .map((field) => (
                <FieldControl field={field} name={`l.${field.name}`} values={values} errors={errors.get(`l.${field.name}`)} t={t} label={t(`field.${field.name}`)} media={props.media} />
              ))}
          </fieldset>
          {type.fields.some((f) => !f.localized) && (
            <fieldset>
              <legend>{t('admin.edit.sharedFields')}</legend>
              {type.fields
                .filter((f) => !f.localized)
                .map((field) => (
                  <FieldControl field={field} name={`f.${field.name}`} values={values} errors={errors.get(`f.${field.name}`)} t={t} label={t(`field.${field.name}`)} media={props.media} />
                ))}
            </fieldset>
          )}
          <TagPicker groups={props.tagGroups} selected={tags} t={t} />
          <fieldset>
            <legend>{t('admin.edit.otherTopics')}</legend>
            <div class="form-field">
              <label for="control-moreTags">{t('admin.edit.otherTopics')}</label>
              <input id="control-moreTags" name="moreTags" value={str(values, 'moreTags') || otherTags.join(', ')} aria-describedby="control-moreTags-hint" />
              <p class="hint" id="control-moreTags-hint">{t('admin.edit.otherTopicsHint')}</p>
              <FieldErrors id="control-moreTags" errors={errors.get('tags')} />
            </div>
          </fieldset>
          <fieldset>
            <legend>{t('admin.edit.placement')}</legend>
            <PointControl name="point" values={values} t={t} label={t('admin.field.point')} errors={errors.get('point')} />
            <div class="form-field form-field--check">
              <input id="control-promoted" type="checkbox" name="promoted" checked={values.promoted !== undefined} />
              <label for="control-promoted">{t('admin.field.promoted')}</label>
            </div>
            <div class="form-field form-field--check">
              <input id="control-sticky" type="checkbox" name="sticky" checked={values.sticky !== undefined} />
              <label for="control-sticky">{t('admin.field.sticky')}</label>
            </div>
            <div class="form-field">
              <label for="control-sortOrder">{t('admin.field.sortOrder')}</label>
              <input id="control-sortOrder" name="sortOrder" type="number" step={1} value={str(values, 'sortOrder')} />
              <FieldErrors id="control-sortOrder" errors={errors.get('sortOrder')} />
            </div>
          </fieldset>
          <div class="form-field">
            <label for="control-status">{t('admin.field.status')}</label>
            <select id="control-status" name="status">
              {props.statuses.map((s) => (
                <option value={s} selected={str(values, 'status') === s}>{t(`admin.status.${s}`)}</option>
              ))}
            </select>
            <FieldErrors id="control-status" errors={errors.get('status')} />
          </div>
          {props.canPublish && <ScheduleFields {...props} />}
          <button type="submit" class="button">{t('admin.edit.save')}</button>
          <datalist id="time-zones">
            {props.timeZones.map((zone) => (
              <option value={zone} />
            ))}
          </datalist>
        </form>
        {props.sendBackAction && (
          // A form of its own (forms cannot nest): sending back changes only the status, not the text.
          <form method="post" action={props.sendBackAction} class="send-back-form">
            <input type="hidden" name="_csrf" value={ctx.csrfToken} />
            {props.version !== null && <input type="hidden" name="version" value={String(props.version)} />}
            <input type="hidden" name="lang" value={props.language} />
            <fieldset>
              <legend>{t('admin.review.sendBack')}</legend>
              <div class="form-field">
                <label for="control-comment">{t('admin.review.comment')}</label>
                <textarea
                  id="control-comment"
                  name="comment"
                  rows={4}
                  maxLength={maxReviewComment}
                  required
                  aria-invalid={errors.has('comment') || undefined}
                  aria-describedby={['control-comment-hint', errors.has('comment') ? 'control-comment-errors' : ''].filter(Boolean).join(' ')}
                >
                  {str(values, 'comment')}
                </textarea>
                <p class="hint" id="control-comment-hint">{t('admin.review.commentHint')}</p>
                <FieldErrors id="control-comment" errors={errors.get('comment')} />
              </div>
              <button type="submit" class="button button--secondary">{t('admin.review.sendBackButton')}</button>
            </fieldset>
          </form>
        )}
        {props.source && (
          <aside class="source-text" lang={props.source.language} aria-label={t('admin.edit.sourceText', { language: languageAutonym(props.source.language) })}>
            <h2>{t('admin.edit.sourceText', { language: languageAutonym(props.source.language) })}</h2>
            <h3>{props.source.title}</h3>
            {props.source.summary && <p class="lead">{props.source.summary}</p>}
            <div class="prose" dangerouslySetInnerHTML={{ __html: props.source.body }} />
          </aside>
        )}
      </div>
    </AdminLayout>
  );
}

/** The rich-text editor's toolbar words, in the admin's language (read by the editor island). */
function richTextLabels(t: Translate): RichTextLabels {
  return Object.fromEntries(richTextLabelKeys.map((key) => [key, t(`admin.richText.${key}`)])) as RichTextLabels;
}

/**
 * Publish and unpublish at a date (ADR 0007), for those who may publish: local date-times read in
 * the zone named beside them, and the stored schedule said back in that zone.
 */
function ScheduleFields(props: EditPageProps) {
  const { ctx, values, errors } = props;
  const { t } = ctx;
  const zone = str(values, 'scheduleZone') || props.schedule?.zone || 'UTC';
  const stored = props.schedule;
  const control = (name: 'publishAt' | 'unpublishAt', label: string) => (
    <div class="form-field">
      <label for={`control-${name}`}>{label}</label>
      <input
        id={`control-${name}`}
        name={name}
        type="datetime-local"
        value={str(values, name)}
        aria-invalid={errors.has(name) || undefined}
        aria-describedby={['control-scheduleZone-hint', errors.has(name) ? `control-${name}-errors` : ''].filter(Boolean).join(' ')}
      />
      <FieldErrors id={`control-${name}`} errors={errors.get(name)} />
    </div>
  );
  return (
    <fieldset class="schedule">
      <legend>{t('admin.schedule.legend')}</legend>
      <p class="hint">{t('admin.schedule.hint')}</p>
      {stored?.publishAt && <p role="status">{t('admin.schedule.publishesOn', { when: formatZonedDateTime({ at: stored.publishAt, zone: stored.zone }, ctx.language), zone: stored.zone })}</p>}
      {stored?.unpublishAt && <p role="status">{t('admin.schedule.unpublishesOn', { when: formatZonedDateTime({ at: stored.unpublishAt, zone: stored.zone }, ctx.language), zone: stored.zone })}</p>}
      {control('publishAt', t('admin.schedule.publishAt'))}
      {control('unpublishAt', t('admin.schedule.unpublishAt'))}
      <div class="form-field">
        <label for="control-scheduleZone">{t('admin.field.timeZone')}</label>
        <input
          id="control-scheduleZone"
          name="scheduleZone"
          list="time-zones"
          value={zone}
          maxLength={64}
          aria-invalid={errors.has('scheduleZone') || undefined}
          aria-describedby={['control-scheduleZone-hint', errors.has('scheduleZone') ? 'control-scheduleZone-errors' : ''].filter(Boolean).join(' ')}
        />
        <TimeZoneHint id="control-scheduleZone-hint" zone={zone} t={t} />
        <FieldErrors id="control-scheduleZone" errors={errors.get('scheduleZone')} />
      </div>
    </fieldset>
  );
}
