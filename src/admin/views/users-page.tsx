import type { FormValues } from '../form.ts';
import { AdminLayout, type AdminContext } from './admin-layout.tsx';
import { TextField } from './field-control.tsx';

export interface MemberRow {
  userId: number;
  displayName: string;
  email: string;
  role: string;
  pending: boolean;
  isSelf: boolean;
}

const roles = ['contributor', 'editor', 'site-manager'];

/** A site manager's list of the site's people, with their roles, and the invitation form. */
export function UsersPage(props: { ctx: AdminContext; members: MemberRow[]; values: FormValues; errors: Map<string, string[]>; notice?: string }) {
  const { ctx, values, errors } = props;
  const { t } = ctx;
  return (
    <AdminLayout ctx={ctx} title={t('admin.users.title')}>
      <h1>{t('admin.users.title')}</h1>
      {props.notice && (
        <p class="notice notice--success" role="status">
          {props.notice}
        </p>
      )}
      <table class="admin-table">
        <caption class="visually-hidden">{t('admin.users.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.network.name')}</th>
            <th scope="col">{t('admin.login.email')}</th>
            <th scope="col">{t('admin.users.role')}</th>
          </tr>
        </thead>
        <tbody>
          {props.members.map((m) => (
            <tr>
              <th scope="row">
                {m.displayName}
                {m.pending && <span class="badge">{t('admin.users.pending')}</span>}
              </th>
              <td>{m.email}</td>
              <td>
                {m.isSelf ? (
                  t(`admin.users.role.${m.role}`)
                ) : (
                  <form method="post" action={`/admin/users/${m.userId}/role`} class="filters">
                    <input type="hidden" name="_csrf" value={ctx.csrfToken} />
                    <label class="visually-hidden" for={`role-${m.userId}`}>{t('admin.users.roleOf', { name: m.displayName })}</label>
                    <select id={`role-${m.userId}`} name="role">
                      {roles.map((r) => (
                        <option value={r} selected={m.role === r}>{t(`admin.users.role.${r}`)}</option>
                      ))}
                      <option value="">{t('admin.users.remove')}</option>
                    </select>
                    <button type="submit" class="button">{t('admin.users.change')}</button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('admin.users.invite')}</h2>
      <form method="post" action="/admin/users" class="admin-form">
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <TextField idPrefix="invite" name="email" type="email" label={t('admin.login.email')} values={values} errors={errors} />
        <TextField idPrefix="invite" name="displayName" label={t('admin.network.name')} values={values} errors={errors} />
        <div class="form-field">
          <label for="invite-role">{t('admin.users.role')}</label>
          <select id="invite-role" name="role">
            {roles.map((r) => (
              <option value={r} selected={(values.role ?? 'contributor') === r}>{t(`admin.users.role.${r}`)}</option>
            ))}
          </select>
        </div>
        <button type="submit" class="button">{t('admin.users.sendInvitation')}</button>
      </form>
    </AdminLayout>
  );
}

/** Choosing a password through an emailed link (invitation or reset). */
export function SetPasswordPage(props: { ctx: AdminContext; email: string | null; token: string; errors: Map<string, string[]> }) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <AdminLayout ctx={ctx} title={t('admin.password.title')}>
      <h1>{t('admin.password.title')}</h1>
      {props.email === null ? (
        <p class="notice notice--error" role="alert">
          {t('admin.password.expired')} <a href="/admin/forgot">{t('admin.password.askAgain')}</a>
        </p>
      ) : (
        <form method="post" action={`/admin/password/${props.token}`} class="admin-form">
          <input type="hidden" name="_csrf" value={ctx.csrfToken} />
          <p>{props.email}</p>
          <input type="text" name="username" value={props.email} autoComplete="username" hidden />
          <div class="form-field">
            <label for="new-password">{t('admin.password.new')}</label>
            <input id="new-password" type="password" name="password" autoComplete="new-password" required minLength={12} maxLength={1000} aria-describedby="new-password-hint" aria-invalid={props.errors.has('password') || undefined} />
            <p class="hint" id="new-password-hint">{t('admin.password.hint')}</p>
            {props.errors.get('password')?.map((e) => <p class="field-errors">{e}</p>)}
          </div>
          <button type="submit" class="button">{t('admin.password.save')}</button>
        </form>
      )}
    </AdminLayout>
  );
}

export function ForgotPasswordPage(props: { ctx: AdminContext; sent: boolean }) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <AdminLayout ctx={ctx} title={t('admin.forgot.title')}>
      <h1>{t('admin.forgot.title')}</h1>
      {props.sent ? (
        <p class="notice notice--success" role="status">
          {t('admin.forgot.sent')}
        </p>
      ) : (
        <form method="post" action="/admin/forgot" class="admin-form">
          <input type="hidden" name="_csrf" value={ctx.csrfToken} />
          <div class="form-field">
            <label for="forgot-email">{t('admin.login.email')}</label>
            <input id="forgot-email" type="email" name="email" autoComplete="username" required maxLength={254} />
          </div>
          <button type="submit" class="button">{t('admin.forgot.submit')}</button>
        </form>
      )}
    </AdminLayout>
  );
}
