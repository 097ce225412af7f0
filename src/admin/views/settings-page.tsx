import { languageAutonym } from '../../i18n/languages.ts';
import type { ContrastProblem } from '../../web/contrast.ts';
import { formatNumber } from '../../web/format.ts';
import type { FormValues } from '../form.ts';
import { AdminLayout, type AdminContext } from './admin-layout.tsx';
import type { FieldDefinition } from '../../content/content-type.ts';
import type { MediaSummary } from '../../media/presenter.ts';
import { FieldControl, TextField } from './field-control.tsx';

/** The home page picture is chosen like an item's lead image: one image of the site's library. */
const heroField: FieldDefinition = { name: 'heroImage', kind: 'image' };

/** A site manager's settings: names, languages, theme and contact. */
export function SettingsPage(props: {
  ctx: AdminContext;
  languages: string[];
  values: FormValues;
  errors: Map<string, string[]>;
  saved: boolean;
  /** The saved theme colours that fail WCAG AA against the page (`themeContrastProblems`). */
  contrastProblems?: readonly ContrastProblem[];
  /** The library image the form names as the home page picture, to show it. */
  media?: ReadonlyMap<number, MediaSummary>;
}) {
  const { ctx, values, errors } = props;
  const { t } = ctx;
  const input = (name: string, label: string, type = 'text', hint?: string) => <TextField idPrefix="settings" name={name} label={label} values={values} errors={errors} type={type} hint={hint} />;
  return (
    <AdminLayout ctx={ctx} title={t('admin.settings.title')}>
      <h1>{t('admin.settings.title')}</h1>
      <p>
        <a href="/admin/settings/remote-streams">{t('admin.remoteStreams.link')}</a>
      </p>
      {props.saved && (
        <p class="notice notice--success" role="status">
          {t('admin.edit.saved')}
        </p>
      )}
      {errors.size > 0 && (
        <p class="notice notice--error" role="alert">
          {t('admin.edit.fixErrors', { count: [...errors.values()].flat().length })}
        </p>
      )}
      <form method="post" action="/admin/settings" class="admin-form">
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <fieldset>
          <legend>{t('admin.settings.languagesLegend')}</legend>
          {input('languages', t('admin.settings.languages'), 'text', t('admin.settings.languagesHint'))}
          {input('defaultLanguage', t('admin.settings.defaultLanguage'), 'text')}
        </fieldset>
        <fieldset>
          <legend>{t('admin.settings.namesLegend')}</legend>
          {props.languages.map((language) => (
            <div lang={language}>
              {input(`names.${language}`, t('admin.settings.nameIn', { language: languageAutonym(language) }))}
              {input(`taglines.${language}`, t('admin.settings.taglineIn', { language: languageAutonym(language) }))}
            </div>
          ))}
        </fieldset>
        <fieldset aria-describedby={props.contrastProblems?.length ? 'settings-contrast' : undefined}>
          <legend>{t('admin.settings.themeLegend')}</legend>
          {props.contrastProblems && props.contrastProblems.length > 0 && (
            <div class="notice notice--warning" id="settings-contrast" role="status">
              <ul>
                {props.contrastProblems.map((p) => (
                  <li>
                    {t(p.colour === 'primaryColor' ? 'admin.settings.contrastPrimary' : 'admin.settings.contrastAccent', {
                      ratio: formatNumber(p.ratio, ctx.language, { maximumFractionDigits: 1 }),
                      needed: formatNumber(p.needed, ctx.language, { maximumFractionDigits: 1 }),
                    })}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {input('theme.primaryColor', t('admin.settings.primaryColor'), 'color')}
          {input('theme.accentColor', t('admin.settings.accentColor'), 'color')}
          {input('theme.logoUrl', t('admin.settings.logoUrl'), 'text', t('admin.settings.logoHint'))}
          <FieldControl field={heroField} name="theme.heroImageId" values={values} errors={errors.get('theme.heroImageId')} t={t} label={t('admin.settings.heroImage')} media={props.media} />
        </fieldset>
        {input('contactEmail', t('admin.settings.contactEmail'), 'email')}
        <button type="submit" class="button">{t('admin.edit.save')}</button>
      </form>
    </AdminLayout>
  );
}
