import { AdminLayout, type AdminContext } from './admin-layout.tsx';

/** The one-time code field: numeric keypad on phones, and the browser/OS may fill it from an SMS or app. */
export function OneTimeCodeField(props: { id: string; label: string; hint: string; error?: string; required?: boolean }) {
  const described = [`${props.id}-hint`, props.error ? `${props.id}-errors` : ''].filter(Boolean).join(' ');
  return (
    <div class="form-field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="text"
        name="code"
        inputMode="numeric"
        pattern="[0-9 ]{6,7}"
        autoComplete="one-time-code"
        maxLength={7}
        size={8}
        required={props.required}
        aria-describedby={described}
        aria-invalid={props.error ? true : undefined}
      />
      <p class="hint" id={`${props.id}-hint`}>{props.hint}</p>
      {props.error && (
        <p class="field-errors" id={`${props.id}-errors`}>
          {props.error}
        </p>
      )}
    </div>
  );
}

/**
 * Setting up two-factor sign-in: the QR code, its text alternatives (the key grouped for typing,
 * and the otpauth:// link for the phone that has the app), and the code that confirms it works.
 */
export function TwoFactorSetupPage(props: { ctx: AdminContext; qrSvg: string; groupedSecret: string; uri: string; required: boolean; error?: string }) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <AdminLayout ctx={ctx} title={t('admin.twoFactor.setupTitle')}>
      <h1>{t('admin.twoFactor.setupTitle')}</h1>
      {props.required && (
        <p class="notice notice--error" role="alert">
          {t('admin.twoFactor.required')}
        </p>
      )}
      <ol>
        <li>
          <p>{t('admin.twoFactor.scan')}</p>
          {/* The SVG is made by `qrcode` from the otpauth URI: paths only, no text from users. */}
          <div class="qr-code" role="img" aria-label={t('admin.twoFactor.qrLabel')} dangerouslySetInnerHTML={{ __html: props.qrSvg }} />
          <p>{t('admin.twoFactor.manualKey')}</p>
          <p>
            <code class="secret-key" dir="ltr">{props.groupedSecret}</code>
          </p>
          <p>
            <a href={props.uri} dir="ltr">{t('admin.twoFactor.openLink')}</a>
          </p>
        </li>
        <li>
          <p>{t('admin.twoFactor.confirmIntro')}</p>
          <form method="post" action="/admin/account/two-factor" class="admin-form">
            <input type="hidden" name="_csrf" value={ctx.csrfToken} />
            <OneTimeCodeField id="enrol-code" label={t('admin.twoFactor.code')} hint={t('admin.twoFactor.codeHint')} error={props.error} required />
            <button type="submit" class="button">{t('admin.twoFactor.confirm')}</button>
          </form>
        </li>
      </ol>
    </AdminLayout>
  );
}

/** The recovery codes, shown once right after two-factor sign-in was turned on (never stored in clear). */
export function RecoveryCodesPage(props: { ctx: AdminContext; codes: string[] }) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <AdminLayout ctx={ctx} title={t('admin.twoFactor.recoveryTitle')}>
      <h1>{t('admin.twoFactor.recoveryTitle')}</h1>
      <p class="notice notice--success" role="status">
        {t('admin.twoFactor.recoveryIntro')}
      </p>
      <ol class="recovery-codes" dir="ltr">
        {props.codes.map((code) => (
          <li>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <p>
        <a class="button" href="/admin/account">{t('admin.twoFactor.recoveryDone')}</a>
      </p>
    </AdminLayout>
  );
}

/**
 * The second step of a login: the 6-digit code, or a recovery code behind a disclosure (native
 * `<details>`, no script). Two fields because a recovery code has letters and the code field
 * brings up a numeric keypad.
 */
export function LoginCodePage(props: { ctx: AdminContext; next: string; error?: string; expired?: boolean }) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <AdminLayout ctx={ctx} title={t('admin.twoFactor.loginTitle')}>
      <h1>{t('admin.twoFactor.loginTitle')}</h1>
      {props.expired ? (
        <>
          <p class="notice notice--error" role="alert">
            {t('admin.twoFactor.expired')}
          </p>
          <p>
            <a href={`/admin/login?next=${encodeURIComponent(props.next)}`}>{t('admin.twoFactor.startAgain')}</a>
          </p>
        </>
      ) : (
        <>
          <p>{t('admin.twoFactor.loginIntro')}</p>
          {props.error && (
            <p class="notice notice--error" role="alert">
              {props.error}
            </p>
          )}
          <form method="post" action="/admin/login/code" class="admin-form">
            <input type="hidden" name="_csrf" value={ctx.csrfToken} />
            <input type="hidden" name="next" value={props.next} />
            <OneTimeCodeField id="login-code" label={t('admin.twoFactor.code')} hint={t('admin.twoFactor.codeHint')} />
            <details>
              <summary>{t('admin.twoFactor.useRecovery')}</summary>
              <div class="form-field">
                <label for="login-recovery">{t('admin.twoFactor.recoveryCode')}</label>
                <input id="login-recovery" type="text" name="recoveryCode" autoComplete="off" autoCapitalize="none" spellcheck={false} maxLength={32} dir="ltr" />
              </div>
            </details>
            <button type="submit" class="button">{t('admin.twoFactor.verify')}</button>
          </form>
          <p>
            <a href={`/admin/login?next=${encodeURIComponent(props.next)}`}>{t('admin.twoFactor.startAgain')}</a>
          </p>
        </>
      )}
    </AdminLayout>
  );
}
