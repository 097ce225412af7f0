import { AdminLayout, type AdminContext } from './admin-layout.tsx';

export function LoginPage(props: { ctx: AdminContext; email: string; error?: string; next: string }) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <AdminLayout ctx={ctx} title={t('admin.login.title')}>
      <h1>{t('admin.login.title')}</h1>
      {props.error && (
        <p class="notice notice--error" role="alert">
          {props.error}
        </p>
      )}
      <form method="post" action="/admin/login" class="admin-form">
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <input type="hidden" name="next" value={props.next} />
        <div class="form-field">
          <label for="login-email">{t('admin.login.email')}</label>
          <input id="login-email" type="email" name="email" value={props.email} autoComplete="username" required maxLength={254} />
        </div>
        <div class="form-field">
          <label for="login-password">{t('admin.login.password')}</label>
          <input id="login-password" type="password" name="password" autoComplete="current-password" required maxLength={1000} />
        </div>
        <button type="submit" class="button">{t('admin.login.submit')}</button>
      </form>
      <p>
        <a href="/admin/forgot">{t('admin.login.forgot')}</a>
      </p>
    </AdminLayout>
  );
}
