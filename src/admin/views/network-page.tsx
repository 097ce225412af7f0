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
                  <button type="submit" class="link-button">
                    {site.status === 'suspended' ? t('admin.network.resume', { code: site.code }) : t('admin.network.suspend', { code: site.code })}
                  </button>
                </form>
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
        <button type="submit" class="button">{t('admin.network.createButton')}</button>
      </form>
    </AdminLayout>
  );
}
