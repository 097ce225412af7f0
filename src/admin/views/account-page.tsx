import { languageAutonym } from '../../i18n/languages.ts';
import { AdminLayout, type AdminContext } from './admin-layout.tsx';

/** The signed-in user's own settings: admin language, and ending sessions on every device. */
export function AccountPage(props: { ctx: AdminContext; languages: string[]; chosen: string | null; saved: boolean }) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <AdminLayout ctx={ctx} title={t('admin.account.title')}>
      <h1>{t('admin.account.title')}</h1>
      {props.saved && (
        <p class="notice notice--success" role="status">
          {t('admin.edit.saved')}
        </p>
      )}
      <form method="post" action="/admin/account" class="admin-form">
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <div class="form-field">
          <label for="account-language">{t('admin.account.language')}</label>
          <select id="account-language" name="adminLanguage">
            <option value="">{t('admin.account.siteLanguage')}</option>
            {props.languages.map((l) => (
              <option value={l} lang={l} selected={props.chosen === l}>{languageAutonym(l)}</option>
            ))}
          </select>
        </div>
        <button type="submit" class="button">{t('admin.edit.save')}</button>
      </form>
      <h2>{t('admin.account.sessions')}</h2>
      <form method="post" action="/admin/logout-everywhere">
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <button type="submit" class="button">{t('admin.account.logoutEverywhere')}</button>
      </form>
    </AdminLayout>
  );
}
