import type { ComponentChildren } from 'preact';
import type { Action } from '../../accounts/policy.ts';
import type { Translate } from '../../i18n/translator.ts';
import { adminCss } from '../../web/assets.ts';
import { NavList } from '../../web/nav-list.tsx';
import type { Site } from '../../sites/site.ts';
import { SiteStatusBanner } from '../../sites/views/site-status-banner.tsx';

export interface AdminContext {
  t: Translate;
  language: string;
  dir: 'ltr' | 'rtl';
  cssUrl: string;
  /** The admin's entry script (progressive enhancement only). */
  scriptUrl: string;
  siteName: string;
  publicHref: string;
  csrfToken: string;
  user: { displayName: string; email: string } | null;
  can: Record<Action, boolean>;
  nav: { href: string; label: string; current: boolean }[];
  /** The site's status and nightly reset, for the training banner and the suspended notice (ADR 0021); null on the portal. */
  siteStatus?: { status: Site['status']; resetNightly: boolean } | null;
}

/** The admin's frame: its own header and navigation, no public theme colours, never indexed. */
export function AdminLayout(props: { ctx: AdminContext; title: string; children: ComponentChildren }) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <html lang={ctx.language} dir={ctx.dir}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${props.title} — ${t('admin.title', { site: ctx.siteName })}`}</title>
        <link rel="stylesheet" href={ctx.cssUrl} />
        {/* The admin's rules come second: they build on the public stylesheet's. */}
        <link rel="stylesheet" href={adminCss.url} />
        <script type="module" src={ctx.scriptUrl} />
      </head>
      <body class="admin">
        <a class="skip-link" href="#main">{t('layout.skipToContent')}</a>
        <SiteStatusBanner t={t} site={ctx.siteStatus} admin />
        <header class="site-header">
          <div class="wrap site-header__bar">
            <a class="site-brand" href="/admin">{t('admin.title', { site: ctx.siteName })}</a>
            {ctx.user && (
              <div class="admin-user">
                <a href="/admin/account">{ctx.user.displayName}</a>
                <a href={ctx.publicHref}>{t('admin.viewSite')}</a>
                <form method="post" action="/admin/logout">
                  <input type="hidden" name="_csrf" value={ctx.csrfToken} />
                  <button type="submit" class="link-button">{t('admin.logout')}</button>
                </form>
              </div>
            )}
          </div>
          <NavList label={t('admin.navigation')} items={ctx.nav} />
        </header>
        <main id="main" class="wrap" tabIndex={-1}>
          {props.children}
        </main>
      </body>
    </html>
  );
}
