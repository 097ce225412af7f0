import type { Translate } from '../../i18n/translator.ts';
import type { Site } from '../site.ts';

/**
 * The banner a training site shows on every public and admin page (ADR 0021), and the notice a
 * suspended site's admin shows its managers. Nothing for a live or test site.
 */
export function SiteStatusBanner(props: { t: Translate; site: Pick<Site, 'status' | 'resetNightly'> | null | undefined; admin?: boolean }) {
  const { t, site } = props;
  if (site?.status === 'training') {
    return (
      <p class="site-status-banner site-status-banner--training" role="note">
        <strong>{t('training.bannerTitle')}</strong> {site.resetNightly ? t('training.bannerNightly') : t('training.bannerOnDemand')}
      </p>
    );
  }
  if (props.admin && site?.status === 'suspended') {
    return (
      <p class="site-status-banner site-status-banner--suspended" role="note">
        {t('admin.lifecycle.suspendedNotice')}
      </p>
    );
  }
  return null;
}
