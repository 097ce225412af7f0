import { contentTypeByName } from '../../content/registry.ts';
import type { SiteSyncStatus } from '../../interop/cbd/status.ts';
import { formatNumber } from '../../web/format.ts';
import { AdminLayout, type AdminContext } from './admin-layout.tsx';

export interface CbdPageProps {
  ctx: AdminContext;
  /** The site's country (ISO code, lower case), or null: without one there is nothing to sync. */
  country: string | null;
  countryName: string | null;
  apiUrl: string;
  status: SiteSyncStatus | undefined;
  /** Synced items per content type. */
  counts: { type: string; count: number }[];
  publicLanguage: string;
  /** Set after "Sync now": what it did. */
  outcome?: { ok: boolean; text: string };
  intervalHours: number;
}

/**
 * A site manager's view of the national data synced from the CBD (ADR 0016): when it was last
 * synced, what the last attempt said (an API failure is shown here, with the data kept), what the
 * site holds, and a button to sync now.
 */
export function CbdPage(props: CbdPageProps) {
  const { ctx, status } = props;
  const { t, language } = ctx;
  const when = (iso: string | null | undefined) =>
    iso ? new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'long', timeZone: 'UTC' }).format(new Date(iso)) : t('admin.cbd.never');
  return (
    <AdminLayout ctx={ctx} title={t('admin.cbd.title')}>
      <h1>{t('admin.cbd.title')}</h1>
      <p>{t('admin.cbd.intro')}</p>
      {props.outcome && (
        <p class={`notice notice--${props.outcome.ok ? 'success' : 'error'}`} role={props.outcome.ok ? 'status' : 'alert'}>
          {props.outcome.text}
        </p>
      )}
      {!props.country ? (
        <p class="notice notice--warning" role="status">
          {t('admin.cbd.noCountry')}
        </p>
      ) : (
        <>
          {status?.lastError && (
            <div class="notice notice--warning" role="status">
              <p>
                <strong>{t('admin.cbd.lastAttemptFailed', { when: when(status.lastAttemptAt) })}</strong>
              </p>
              <p>{status.lastError}</p>
              <p>{t('admin.cbd.dataKept')}</p>
            </div>
          )}
          {status?.sampleData && <p class="notice">{t('admin.cbd.sampleData')}</p>}
          <dl class="facts">
            <dt>{t('admin.cbd.country')}</dt>
            <dd>{props.countryName ?? props.country}</dd>
            <dt>{t('admin.cbd.source')}</dt>
            <dd>
              <code>{props.apiUrl}</code>
            </dd>
            <dt>{t('admin.cbd.lastSuccess')}</dt>
            <dd>{when(status?.lastSuccessAt)}</dd>
            {status?.lastSuccessAt && (
              <>
                <dt>{t('admin.cbd.lastChanges')}</dt>
                <dd>{t('admin.cbd.changes', status.counts as unknown as Record<string, number>)}</dd>
              </>
            )}
            <dt>{t('admin.cbd.schedule')}</dt>
            <dd>{props.intervalHours > 0 ? t('admin.cbd.every', { hours: props.intervalHours }) : t('admin.cbd.onDemand')}</dd>
          </dl>
          <h2>{t('admin.cbd.heldTitle')}</h2>
          {props.counts.length ? (
            <ul>
              {props.counts.map(({ type, count }) => (
                <li>
                  <a href={`/${props.publicLanguage}/${contentTypeByName(type)?.segment ?? type}`}>{t(`type.${type}.plural`)}</a>: {formatNumber(count, language)}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('admin.cbd.nothingYet')}</p>
          )}
          <form method="post" action="/admin/cbd/sync">
            <input type="hidden" name="_csrf" value={ctx.csrfToken} />
            <button type="submit" class="button">
              {t('admin.cbd.syncNow')}
            </button>
          </form>
        </>
      )}
    </AdminLayout>
  );
}
