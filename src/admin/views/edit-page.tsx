import type { ContentTypeDefinition } from '../../content/content-type.ts';
import type { ItemTranslation } from '../../content/item.ts';
import { languageAutonym } from '../../i18n/languages.ts';
import { type FormValues, formValue } from '../form.ts';
import { AdminLayout, type AdminContext } from './admin-layout.tsx';
import { FieldControl, FieldErrors, PointControl } from './field-control.tsx';

export interface EditPageProps {
  ctx: AdminContext;
  type: ContentTypeDefinition;
  itemId: number | null;
  version: number | null;
  language: string;
  values: FormValues;
  errors: Map<string, string[]>;
  /** A message above the form: a conflict, or what the last save did. */
  notice?: { kind: 'error' | 'success'; text: string; linkHref?: string; linkText?: string };
  translations: { language: string; status: string | null; href: string; current: boolean }[];
  /** The default language's text, shown beside the form while translating. */
  source?: ItemTranslation;
  statuses: string[];
  gbfTargets: { identifier: string; label: string }[];
  timeZones: readonly string[];
  action: string;
}

const str = formValue;

export function EditPage(props: EditPageProps) {
  const { ctx, type, values, errors } = props;
  const { t } = ctx;
  const typeLabel = t(`type.${type.name}.singular`);
  const heading = props.itemId ? t('admin.edit.title', { type: typeLabel }) : t('admin.content.new', { type: typeLabel });
  const tags = new Set(Array.isArray(values.tags) ? values.tags : values.tags ? [values.tags] : []);
  const otherTags = [...tags].filter((tag) => !props.gbfTargets.some((g) => g.identifier === tag));
  const errorCount = [...errors.values()].reduce((n, list) => n + list.length, 0);
  return (
    <AdminLayout ctx={ctx} title={str(values, 'title') || heading}>
      <h1>{heading}</h1>
      {props.notice && (
        <div class={`notice notice--${props.notice.kind}`} role={props.notice.kind === 'error' ? 'alert' : 'status'}>
          <p>{props.notice.text}</p>
          {props.notice.linkHref && (
            <p>
              <a href={props.notice.linkHref}>{props.notice.linkText}</a>
            </p>
          )}
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
              <textarea id="control-body" name="body" rows={14}>{str(values, 'body')}</textarea>
              <FieldErrors id="control-body" errors={errors.get('body')} />
            </div>
            {type.fields
              .filter((f) => f.localized)
              .map((field) => (
                <FieldControl field={field} name={`l.${field.name}`} values={values} errors={errors.get(`l.${field.name}`)} t={t} label={t(`field.${field.name}`)} />
              ))}
          </fieldset>
          {type.fields.some((f) => !f.localized) && (
            <fieldset>
              <legend>{t('admin.edit.sharedFields')}</legend>
              {type.fields
                .filter((f) => !f.localized)
                .map((field) => (
                  <FieldControl field={field} name={`f.${field.name}`} values={values} errors={errors.get(`f.${field.name}`)} t={t} label={t(`field.${field.name}`)} />
                ))}
            </fieldset>
          )}
          <fieldset>
            <legend>{t('admin.edit.topics')}</legend>
            <div class="check-columns">
              {props.gbfTargets.map((g) => (
                <label class="check">
                  <input type="checkbox" name="tags" value={g.identifier} checked={tags.has(g.identifier)} /> {g.label}
                </label>
              ))}
            </div>
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
          <button type="submit" class="button">{t('admin.edit.save')}</button>
          <datalist id="time-zones">
            {props.timeZones.map((zone) => (
              <option value={zone} />
            ))}
          </datalist>
        </form>
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
