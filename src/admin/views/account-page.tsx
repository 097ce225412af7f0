import { languageAutonym } from '../../i18n/languages.ts';
import { AdminLayout, type AdminContext } from './admin-layout.tsx';
import { OneTimeCodeField } from './two-factor-pages.tsx';

export interface AccountTwoFactor {
  enabled: boolean;
  recoveryCodesLeft: number;
  /** Why turning it off was refused (wrong code or password, or too many tries). */
  error?: string;
}

/** The signed-in user's own settings: admin language, two-factor sign-in, and ending sessions on every device. */
export function AccountPage(props: { ctx: AdminContext; languages: string[]; chosen: string | null; saved: boolean; notice?: string; twoFactor: AccountTwoFactor }) {
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
      {props.notice && (
        <p class="notice notice--success" role="status">
          {props.notice}
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
      <TwoFactorSection ctx={ctx} twoFactor={props.twoFactor} />
      <h2>{t('admin.account.sessions')}</h2>
      <form method="post" action="/admin/logout-everywhere">
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <button type="submit" class="button">{t('admin.account.logoutEverywhere')}</button>
      </form>
    </AdminLayout>
  );
}

function TwoFactorSection(props: { ctx: AdminContext; twoFactor: AccountTwoFactor }) {
  const { ctx, twoFactor } = props;
  const { t } = ctx;
  if (!twoFactor.enabled) {
    return (
      <section aria-labelledby="two-factor-heading">
        <h2 id="two-factor-heading">{t('admin.twoFactor.title')}</h2>
        <p>{t('admin.twoFactor.isOff')}</p>
        <p>
          <a class="button" href="/admin/account/two-factor">{t('admin.twoFactor.turnOn')}</a>
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="two-factor-heading">
      <h2 id="two-factor-heading">{t('admin.twoFactor.title')}</h2>
      <p>
        {t('admin.twoFactor.isOn')} {t('admin.twoFactor.recoveryLeft', { count: twoFactor.recoveryCodesLeft })}
      </p>
      {twoFactor.error && (
        <p class="notice notice--error" role="alert">
          {twoFactor.error}
        </p>
      )}
      <form method="post" action="/admin/account/two-factor/disable" class="admin-form">
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <p>{t('admin.twoFactor.turnOffHint')}</p>
        <OneTimeCodeField id="disable-code" label={t('admin.twoFactor.code')} hint={t('admin.twoFactor.codeHint')} />
        <div class="form-field">
          <label for="disable-password">{t('admin.login.password')}</label>
          <input id="disable-password" type="password" name="password" autoComplete="current-password" maxLength={1000} />
        </div>
        <button type="submit" class="button">{t('admin.twoFactor.turnOff')}</button>
      </form>
    </section>
  );
}
