import type { FormValues } from '../form.ts';
import { AdminLayout, type AdminContext } from './admin-layout.tsx';
import { TextField } from './field-control.tsx';

export interface NetworkAdminView {
  userId: number;
  displayName: string;
  email: string;
  twoFactorEnabled: boolean;
  pending: boolean;
  isSelf: boolean;
}

/** The network administrators (with whether each signs in with two factors), and the form to add one. */
export function NetworkAdminsPage(props: { ctx: AdminContext; admins: NetworkAdminView[]; values: FormValues; errors: Map<string, string[]>; notice?: string; error?: string }) {
  const { ctx, values, errors } = props;
  const { t } = ctx;
  return (
    <AdminLayout ctx={ctx} title={t('admin.networkAdmins.title')}>
      <h1>{t('admin.networkAdmins.title')}</h1>
      <p>{t('admin.networkAdmins.intro')}</p>
      {props.notice && (
        <p class="notice notice--success" role="status">
          {props.notice}
        </p>
      )}
      {props.error && (
        <p class="notice notice--error" role="alert">
          {props.error}
        </p>
      )}
      <table class="admin-table">
        <caption class="visually-hidden">{t('admin.networkAdmins.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.network.name')}</th>
            <th scope="col">{t('admin.login.email')}</th>
            <th scope="col">{t('admin.twoFactor.title')}</th>
            <th scope="col">{t('admin.revisions.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {props.admins.map((admin) => (
            <tr>
              <th scope="row">
                {admin.displayName}
                {admin.isSelf && ` ${t('admin.networkAdmins.you')}`}
                {admin.pending && <span class="badge">{t('admin.users.pending')}</span>}
              </th>
              <td>{admin.email}</td>
              <td>{admin.twoFactorEnabled ? t('admin.twoFactor.on') : t('admin.twoFactor.off')}</td>
              <td>
                {/* Oneself is not offered: the server refuses it anyway, with a message. */}
                {!admin.isSelf && (
                  <form method="post" action={`/admin/network/admins/${admin.userId}/revoke`}>
                    <input type="hidden" name="_csrf" value={ctx.csrfToken} />
                    <button type="submit" class="link-button">{t('admin.networkAdmins.revoke', { name: admin.displayName })}</button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('admin.networkAdmins.grant')}</h2>
      <p>{t('admin.networkAdmins.grantHint')}</p>
      <form method="post" action="/admin/network/admins" class="admin-form">
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <TextField idPrefix="grant" name="email" type="email" label={t('admin.login.email')} values={values} errors={errors} />
        <TextField idPrefix="grant" name="displayName" label={t('admin.network.name')} values={values} errors={errors} />
        <button type="submit" class="button">{t('admin.networkAdmins.grantButton')}</button>
      </form>
    </AdminLayout>
  );
}
