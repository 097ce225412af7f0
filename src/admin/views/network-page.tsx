import { languageAutonym } from '../../i18n/languages.ts';
import type { FormValues } from '../form.ts';
import { AdminLayout, type AdminContext } from './admin-layout.tsx';
import { TextField } from './field-control.tsx';

export interface NetworkSiteRow {
  code: string;
  name: string;
  status: string;
  languages: string[];
  href: string;
  /** A training site created from a seed or template: the page offers a reset (ADR 0021). */
  resettable: boolean;
}

/** Network administrators' page on the portal host: every site, its status, and a form for a new one. */
export function NetworkPage(props: { ctx: AdminContext; sites: NetworkSiteRow[]; values: FormValues; errors: Map<string, string[]>; notice?: string }) {
  const { ctx, values, errors } = props;
  const { t } = ctx;
  const field = (name: string, label: string, hint?: string) => <TextField idPrefix="site" name={name} label={label} values={values} errors={errors} hint={hint} maxLength={200} />;
  return (
    <AdminLayout ctx={ctx} title={t('admin.network.title')}>
      <h1>{t('admin.network.title')}</h1>
      {props.notice && (
        <p class="notice notice--success" role="status">
          {props.notice}
        </p>
      )}
      <table class="admin-table">
        <caption class="visually-hidden">{t('admin.network.sites')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.network.code')}</th>
            <th scope="col">{t('admin.network.name')}</th>
            <th scope="col">{t('admin.network.languages')}</th>
            <th scope="col">{t('admin.network.status')}</th>
            <th scope="col">{t('admin.revisions.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {props.sites.map((site) => (
            <tr>
              <th scope="row">{site.code}</th>
              <td>
                <a href={site.href}>{site.name}</a>
              </td>
              <td>{site.languages.map((l) => languageAutonym(l)).join(', ')}</td>
              <td>{t(`portal.status.${site.status}`)}</td>
              <td>
                <form method="post" action={`/admin/network/sites/${site.code}/status`}>
                  <input type="hidden" name="_csrf" value={ctx.csrfToken} />
                  <input type="hidden" name="status" value={site.status === 'suspended' ? 'live' : 'suspended'} />
                  {site.status !== 'suspended' && (
                    <>
                      <label class="visually-hidden" for={`message-${site.code}`}>{t('admin.lifecycle.maintenanceMessage', { code: site.code })}</label>
                      <input id={`message-${site.code}`} name="message" maxLength={1000} placeholder={t('admin.lifecycle.maintenanceMessage', { code: site.code })} />
                    </>
                  )}
                  <button type="submit" class="link-button">
                    {site.status === 'suspended' ? t('admin.network.resume', { code: site.code }) : t('admin.network.suspend', { code: site.code })}
                  </button>
                </form>
                {site.resettable && (
                  <form method="post" action={`/admin/network/sites/${site.code}/reset`}>
                    <input type="hidden" name="_csrf" value={ctx.csrfToken} />
                    <button type="submit" class="link-button">{t('admin.lifecycle.reset', { code: site.code })}</button>
                  </form>
                )}
                <a href={`/admin/network/sites/${site.code}/delete`}>{t('admin.lifecycle.delete', { code: site.code })}</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('admin.network.create')}</h2>
      <form method="post" action="/admin/network/sites" class="admin-form">
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        {field('code', t('admin.network.code'), t('admin.network.codeHint'))}
        {field('country', t('admin.network.country'), t('admin.network.countryHint'))}
        {field('languages', t('admin.settings.languages'), t('admin.settings.languagesHint'))}
        {field('name', t('admin.network.nameInDefault'))}
        <fieldset>
          <legend>{t('admin.lifecycle.seed')}</legend>
          {(['national-chm', 'none'] as const).map((seed) => (
            <label>
              <input type="radio" name="seed" value={seed} checked={(values.seed ?? 'national-chm') === seed} />{' '}
              {t(seed === 'none' ? 'admin.lifecycle.seedNone' : 'admin.lifecycle.seedNationalChm')}
            </label>
          ))}
        </fieldset>
        <button type="submit" class="button">{t('admin.network.createButton')}</button>
      </form>
    </AdminLayout>
  );
}
