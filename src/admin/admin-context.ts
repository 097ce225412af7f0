import type { FastifyRequest } from 'fastify';
import { permissionsOn } from '../accounts/policy.ts';
import type { SessionUser } from '../accounts/sessions.ts';
import { contentTypes } from '../content/registry.ts';
import { languageDirection } from '../i18n/languages.ts';
import { shippedUiLanguages, translator } from '../i18n/translator.ts';
import { siteName } from '../sites/site.ts';
import { siteCss } from '../web/assets.ts';
import { builtAdminIslands } from '../web/islands.ts';
import { negotiateUiLanguage } from '../web/error-pages.ts';
import type { AdminContext } from './views/admin-layout.tsx';

/** The admin's language: the user's choice, else the site's default when shipped, else the browser's. */
export function adminLanguage(request: FastifyRequest, user: SessionUser | null): string {
  const shipped = shippedUiLanguages();
  if (user?.adminLanguage && shipped.includes(user.adminLanguage)) return user.adminLanguage;
  const siteDefault = request.site?.defaultLanguage.split('-')[0];
  if (siteDefault && shipped.includes(siteDefault)) return siteDefault;
  return negotiateUiLanguage(request.headers['accept-language']);
}

export function buildAdminContext(request: FastifyRequest, user: SessionUser | null, csrfToken: string, current?: string): AdminContext {
  const language = adminLanguage(request, user);
  const t = translator(language);
  const site = request.site;
  const can = permissionsOn(user?.actor ?? null, site?.id ?? null);
  const nav =
    user && can['admin.enter'] && site
      ? [
          { href: '/admin', label: t('admin.dashboard.title'), current: current === 'dashboard' },
          ...contentTypes.map((type) => ({ href: `/admin/content/${type.name}`, label: t(`type.${type.name}.plural`), current: current === type.name })),
          ...(can['media.upload'] ? [{ href: '/admin/media', label: t('admin.media.title'), current: current === 'media' }] : []),
          ...(can['item.delete'] ? [{ href: '/admin/trash', label: t('admin.trash.title'), current: current === 'trash' }] : []),
          ...(can['menu.manage'] ? [{ href: '/admin/menus', label: t('admin.menus.title'), current: current === 'menus' }] : []),
          ...(can['site.users'] ? [{ href: '/admin/users', label: t('admin.users.title'), current: current === 'users' }] : []),
          ...(can['site.settings'] ? [{ href: '/admin/settings', label: t('admin.settings.title'), current: current === 'settings' }] : []),
          ...(can['site.settings'] ? [{ href: '/admin/cbd', label: t('admin.cbd.title'), current: current === 'cbd' }] : []),
          ...(can['site.quarantine'] ? [{ href: '/admin/imports', label: t('admin.imports.title'), current: current === 'imports' }] : []),
          ...(can['site.audit'] ? [{ href: '/admin/audit', label: t('admin.audit.title'), current: current === 'audit' }] : []),
        ]
      : user && !site && can['network.manage']
        ? [
            { href: '/admin/network', label: t('admin.network.title'), current: current !== 'outbox' && current !== 'admins' && current !== 'jobs' && current !== 'harvest' },
            { href: '/admin/network/admins', label: t('admin.networkAdmins.title'), current: current === 'admins' },
            { href: '/admin/outbox', label: t('admin.outbox.title'), current: current === 'outbox' },
            { href: '/admin/network/harvest', label: t('admin.harvest.title'), current: current === 'harvest' },
            { href: '/admin/network/jobs', label: t('admin.jobs.title'), current: current === 'jobs' },
            // The public status page, which shows a network administrator why a sync failed (ADR 0022).
            { href: '/status', label: t('portal.nav.status'), current: false },
          ]
        : [];
  return {
    t,
    language,
    dir: languageDirection(language),
    cssUrl: siteCss.url,
    scriptUrl: builtAdminIslands().entryUrl,
    siteName: site ? siteName(site, language) : t('portal.title'),
    publicHref: site ? `/${site.defaultLanguage}/` : '/',
    csrfToken,
    user: user ? { displayName: user.displayName, email: user.email } : null,
    can,
    nav,
    siteStatus: site ? { status: site.status, resetNightly: site.resetNightly } : null,
  };
}
