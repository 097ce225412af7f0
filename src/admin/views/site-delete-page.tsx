import { AdminLayout, type AdminContext } from './admin-layout.tsx';

/** Network administrators confirm a site's deletion by typing its code (ADR 0021). */
export function SiteDeletePage(props: { ctx: AdminContext; code: string; name: string; error?: string }) {
  const { ctx, code } = props;
  const { t } = ctx;
  return (
    <AdminLayout ctx={ctx} title={t('admin.lifecycle.deleteTitle', { code })}>
      <h1>{t('admin.lifecycle.deleteTitle', { code })}</h1>
      <p>{props.name}</p>
      <p class="notice notice--warning">{t('admin.lifecycle.deleteWarning')}</p>
      {props.error && (
        <p class="notice notice--error" role="alert">
          {props.error}
        </p>
      )}
      <form method="post" action={`/admin/network/sites/${code}/delete`} class="admin-form">
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <label for="delete-confirm">{t('admin.lifecycle.deleteConfirm', { code })}</label>
        <input id="delete-confirm" name="confirm" autocomplete="off" required maxLength={32} aria-invalid={props.error ? 'true' : undefined} />
        <button type="submit" class="button button--danger">{t('admin.lifecycle.deleteButton')}</button>
      </form>
      <p>
        <a href="/admin/network">{t('admin.lifecycle.back')}</a>
      </p>
    </AdminLayout>
  );
}
