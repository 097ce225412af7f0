import type { FieldDefinition } from '../../content/content-type.ts';
import type { Translate } from '../../i18n/translator.ts';
import type { MediaSummary } from '../../media/presenter.ts';
import { mediaPickerLabels } from '../../web/media-picker-labels.ts';
import { type FormValues, formValue } from '../form.ts';

/** Errors under a control, tied to it with aria-describedby. */
export function FieldErrors(props: { id: string; errors?: string[] }) {
  if (!props.errors?.length) return null;
  return (
    <ul class="field-errors" id={`${props.id}-errors`}>
      {props.errors.map((e) => (
        <li>{e}</li>
      ))}
    </ul>
  );
}

const str = formValue;

/** A labelled one-line input with an optional hint and its errors, for forms not generated from a content type. */
export function TextField(props: { idPrefix: string; name: string; label: string; values: FormValues; errors: Map<string, string[]>; type?: string; hint?: string; maxLength?: number }) {
  const { name, values, errors } = props;
  const id = `${props.idPrefix}-${name.replace(/\./g, '-')}`;
  const describedBy = [props.hint ? `${id}-hint` : '', errors.has(name) ? `${id}-errors` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="form-field">
      <label for={id}>{props.label}</label>
      <input id={id} name={name} type={props.type ?? 'text'} value={str(values, name)} aria-invalid={errors.has(name) || undefined} aria-describedby={describedBy} maxLength={props.type === 'color' ? undefined : (props.maxLength ?? 300)} />
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      <FieldErrors id={id} errors={errors.get(name)} />
    </div>
  );
}

/** One labelled control for a field of the content type, chosen by its kind. */
export function FieldControl(props: {
  field: FieldDefinition;
  name: string;
  values: FormValues;
  errors?: string[];
  t: Translate;
  label: string;
  /** The media files the form's values name, to show what each number is. */
  media?: ReadonlyMap<number, MediaSummary>;
}) {
  const { field, name, values, t } = props;
  const id = `control-${name.replace(/\./g, '-')}`;
  const invalid = props.errors?.length ? true : undefined;
  const describedBy = invalid ? `${id}-errors` : undefined;
  const common = { id, name, 'aria-invalid': invalid, 'aria-describedby': describedBy, required: field.required };
  let control;
  switch (field.kind) {
    case 'textarea':
    case 'richtext':
      control = <textarea {...common} rows={field.kind === 'richtext' ? 12 : 4} maxLength={field.maxLength}>{str(values, name)}</textarea>;
      break;
    case 'textlist':
    case 'terms':
      control = <textarea {...common} rows={4} aria-describedby={[describedBy, `${id}-hint`].filter(Boolean).join(' ')}>{str(values, name)}</textarea>;
      break;
    case 'links':
      return <LinksControl {...props} id={id} />;
    case 'image':
    case 'files':
      return <MediaControl {...props} id={id} />;
    case 'embed':
      control = <input {...common} type="url" value={str(values, name)} maxLength={2000} aria-describedby={[describedBy, `${id}-hint`].filter(Boolean).join(' ')} />;
      break;
    case 'integer':
    case 'number':
      control = <input {...common} type="number" step={field.kind === 'integer' ? 1 : 'any'} min={field.min} max={field.max} value={str(values, name)} />;
      break;
    case 'boolean':
      return (
        <div class="form-field form-field--check">
          <input id={id} type="checkbox" name={name} checked={values[name] !== undefined} aria-describedby={describedBy} />
          <label for={id}>{props.label}</label>
          <FieldErrors id={id} errors={props.errors} />
        </div>
      );
    case 'date':
      control = <input {...common} type="date" value={str(values, name)} />;
      break;
    case 'datetime': {
      // The zone is named beside the time, and said again in the hint, so nobody wonders whose 09:30 it is.
      const zone = str(values, `${name}.zone`) || 'UTC';
      const hinted = [`${id}-zone-hint`, describedBy].filter(Boolean).join(' ');
      return (
        <fieldset class="form-field">
          <legend>
            {props.label}
            {field.required && <span aria-hidden="true"> *</span>}
          </legend>
          <label for={id}>{t('admin.field.localTime')}</label>
          <input {...common} type="datetime-local" value={str(values, name)} aria-describedby={hinted} />
          <label for={`${id}-zone`}>{t('admin.field.timeZone')}</label>
          <input id={`${id}-zone`} name={`${name}.zone`} list="time-zones" value={zone} maxLength={64} aria-invalid={invalid} aria-describedby={hinted} />
          <TimeZoneHint id={`${id}-zone-hint`} zone={zone} t={t} />
          <FieldErrors id={id} errors={props.errors} />
        </fieldset>
      );
    }
    case 'select':
      control = (
        <select {...common}>
          <option value="">—</option>
          {field.options!.map((o) => (
            <option value={o} selected={str(values, name) === o}>{t(`option.${field.name}.${o}`)}</option>
          ))}
        </select>
      );
      break;
    case 'multiselect': {
      const selected = new Set(Array.isArray(values[name]) ? (values[name] as string[]) : [str(values, name)]);
      return (
        <fieldset class="form-field" aria-describedby={describedBy}>
          <legend>{props.label}</legend>
          {field.options!.map((o) => (
            <label class="check">
              <input type="checkbox" name={name} value={o} checked={selected.has(o)} /> {t(`option.${field.name}.${o}`)}
            </label>
          ))}
          <FieldErrors id={id} errors={props.errors} />
        </fieldset>
      );
    }
    case 'money':
      return (
        <fieldset class="form-field">
          <legend>{props.label}</legend>
          <label for={id}>{t('admin.field.amount')}</label>
          <input {...common} name={`${name}.amount`} type="number" min={0} step="any" value={str(values, `${name}.amount`)} />
          <label for={`${id}-currency`}>{t('admin.field.currency')}</label>
          <input id={`${id}-currency`} name={`${name}.currency`} value={str(values, `${name}.currency`)} maxLength={3} size={4} pattern="[A-Za-z]{3}" />
          <FieldErrors id={id} errors={props.errors} />
        </fieldset>
      );
    case 'point':
      return <PointControl name={name} values={values} t={t} label={props.label} errors={props.errors} required={field.required} />;
    case 'url':
      control = <input {...common} type="url" value={str(values, name)} maxLength={2000} />;
      break;
    case 'email':
      control = <input {...common} type="email" value={str(values, name)} maxLength={254} />;
      break;
    case 'phone':
      control = <input {...common} type="tel" value={str(values, name)} maxLength={40} />;
      break;
    default:
      control = <input {...common} type="text" value={str(values, name)} maxLength={field.maxLength ?? 500} />;
  }
  const hint = field.kind === 'textlist' || field.kind === 'terms' ? t('admin.field.onePerLine') : field.kind === 'embed' ? t('media.field.embedHint') : undefined;
  return (
    <div class="form-field">
      <label for={id}>
        {props.label}
        {field.required && <span aria-hidden="true"> *</span>}
      </label>
      {control}
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <FieldErrors id={id} errors={props.errors} />
    </div>
  );
}

/** Says in which zone a local date-time is read. */
export function TimeZoneHint(props: { id: string; zone: string; t: Translate }) {
  return (
    <p class="hint" id={props.id}>
      {props.t('admin.field.timeZoneHint', { zone: props.zone })}
    </p>
  );
}

/** Spare empty rows after the links already there: a form without script offers more this way. */
const spareLinkRows = 2;

/**
 * A list of links as rows of two inputs (address, title). Empty rows are ignored on save; save
 * with every row filled to get more. Works without JavaScript.
 */
function LinksControl(props: { field: FieldDefinition; name: string; values: FormValues; errors?: string[]; t: Translate; label: string; id: string }) {
  const { name, values, t, id } = props;
  const list = (key: string) => {
    const v = values[key];
    return Array.isArray(v) ? v : v ? [v] : [];
  };
  const urls = list(`${name}.url`);
  const titles = list(`${name}.title`);
  const rows = Math.max(urls.length, titles.length) + spareLinkRows;
  const describedBy = [`${id}-hint`, props.errors?.length ? `${id}-errors` : ''].filter(Boolean).join(' ');
  return (
    <fieldset class="form-field links-control" aria-describedby={describedBy}>
      <legend>
        {props.label}
        {props.field.required && <span aria-hidden="true"> *</span>}
      </legend>
      <p class="hint" id={`${id}-hint`}>
        {t('admin.field.linksRowsHint')}
      </p>
      {Array.from({ length: rows }, (_, i) => (
        <div class="link-row">
          <label for={i === 0 ? id : `${id}-url-${i}`}>{t('admin.field.linkUrl', { number: i + 1 })}</label>
          <input id={i === 0 ? id : `${id}-url-${i}`} name={`${name}.url`} type="url" value={urls[i] ?? ''} maxLength={2000} aria-invalid={props.errors?.length ? true : undefined} />
          <label for={`${id}-title-${i}`}>{t('admin.field.linkTitle', { number: i + 1 })}</label>
          <input id={`${id}-title-${i}`} name={`${name}.title`} value={titles[i] ?? ''} maxLength={300} />
        </div>
      ))}
      <FieldErrors id={id} errors={props.errors} />
    </fieldset>
  );
}

/** A point as two decimal-degree inputs with their ranges; both or neither (checked on save). */
export function PointControl(props: { name: string; values: FormValues; t: Translate; label: string; errors?: string[]; required?: boolean }) {
  const { name, values, t } = props;
  const id = `control-${name.replace(/\./g, '-')}`;
  const invalid = props.errors?.length ? true : undefined;
  const describedBy = [`${id}-hint`, invalid ? `${id}-errors` : ''].filter(Boolean).join(' ');
  return (
    <fieldset class="form-field">
      <legend>
        {props.label}
        {props.required && <span aria-hidden="true"> *</span>}
      </legend>
      <p class="hint" id={`${id}-hint`}>
        {t('admin.field.pointHint')}
      </p>
      <label for={`${id}-lat`}>{t('admin.field.latitude')}</label>
      <input id={`${id}-lat`} name={`${name}.lat`} type="number" inputMode="decimal" step="any" min={-90} max={90} value={str(values, `${name}.lat`)} aria-invalid={invalid} aria-describedby={describedBy} />
      <label for={`${id}-lng`}>{t('admin.field.longitude')}</label>
      <input id={`${id}-lng`} name={`${name}.lng`} type="number" inputMode="decimal" step="any" min={-180} max={180} value={str(values, `${name}.lng`)} aria-invalid={invalid} aria-describedby={describedBy} />
      <FieldErrors id={id} errors={props.errors} />
    </fieldset>
  );
}

/** Spare empty inputs after a list's files: a form without script adds files this way. */
const spareFileRows = 2;

/**
 * Files of the site's library, by number: one input for an `image` field, one per file (plus spare
 * ones) for a `files` list, each with a thumbnail and the file's name once chosen. Works without
 * JavaScript (type the number shown in the library); the media picker island adds a searchable
 * chooser, removal and reordering.
 */
function MediaControl(props: { field: FieldDefinition; name: string; values: FormValues; errors?: string[]; t: Translate; label: string; id: string; media?: ReadonlyMap<number, MediaSummary> }) {
  const { field, name, values, t, id } = props;
  const raw = values[name];
  const chosen = (Array.isArray(raw) ? raw : raw ? [raw] : []).filter((v) => v !== '');
  const rows = field.kind === 'image' ? 1 : chosen.length + spareFileRows;
  const invalid = props.errors?.length ? true : undefined;
  const describedBy = [`${id}-hint`, invalid ? `${id}-errors` : ''].filter(Boolean).join(' ');
  return (
    <fieldset
      class="form-field media-control"
      aria-describedby={describedBy}
      data-media-field={field.kind}
      data-media-name={name}
      data-media-labels={JSON.stringify(mediaPickerLabels(t))}
    >
      <legend>
        {props.label}
        {field.required && <span aria-hidden="true"> *</span>}
      </legend>
      <p class="hint" id={`${id}-hint`}>
        {t(field.kind === 'image' ? 'media.field.imageHint' : 'media.field.filesHint')}{' '}
        <a href={`/admin/media${field.kind === 'image' ? '?kind=image' : ''}`} target="_blank" rel="noopener">{t('media.field.openLibrary')}</a>
      </p>
      <ol class="media-control__list" role="list">
        {Array.from({ length: rows }, (_, i) => {
          const value = chosen[i] ?? '';
          const summary = /^\d+$/.test(value) ? props.media?.get(Number(value)) : undefined;
          const inputId = i === 0 ? id : `${id}-${i}`;
          return (
            <li class="media-control__row" data-media-row>
              <span class="media-control__preview" aria-hidden="true">
                {summary?.thumbUrl ? <img src={summary.thumbUrl} alt="" width={64} height={48} loading="lazy" /> : summary ? <span class="media-control__kind">{t(`media.kind.${summary.kind}`)}</span> : null}
              </span>
              <span class="media-control__name">{summary ? summary.filename : value ? t('media.field.unknown', { id: value }) : ''}</span>
              <label for={inputId}>{t(field.kind === 'image' ? 'media.field.imageNumber' : 'media.field.fileNumber', { number: i + 1 })}</label>
              <input id={inputId} name={name} value={value} inputMode="numeric" size={8} maxLength={10} aria-invalid={invalid} />
            </li>
          );
        })}
      </ol>
      <FieldErrors id={id} errors={props.errors} />
    </fieldset>
  );
}
