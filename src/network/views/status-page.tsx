import { languageAutonym } from '../../i18n/languages.ts';
import type { Translate } from '../../i18n/translator.ts';
import { formatDate, formatList, formatNumber } from '../../web/format.ts';
import type { SiteStatusRow, SyncSummary } from '../service.ts';
import { type PortalContext, PortalLayout } from './portal-layout.tsx';
import { SiteName } from './portal-page.tsx';

/** Bytes in the largest unit that keeps the number at or above one (kB, MB, GB: decimal, as storage is sold). */
function formatBytes(bytes: number, language: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return formatNumber(value, language, { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: unit === 0 ? 0 : 1 });
}

function Sync(props: { sync: SyncSummary; t: Translate; language: string }) {
  const { sync, t, language } = props;
  if (sync.state === 'never' || !sync.at) return <>{t('portal.networkStatus.syncNever')}</>;
  return (
    <>
      <time class={sync.state === 'failed' ? 'badge' : undefined} dateTime={sync.at}>
        {t(sync.state === 'ok' ? 'portal.networkStatus.syncOk' : 'portal.networkStatus.syncFailed', { date: formatDate(sync.at, language) })}
      </time>
      {sync.sampleData && <> ({t('portal.networkStatus.sampleData')})</>}
      {sync.error && (
        <>
          <br />
          <span class="meta" lang="en">{sync.error}</span>
        </>
      )}
    </>
  );
}

function SiteStatus(props: { row: SiteStatusRow; t: Translate; language: string }) {
  const { row, t, language } = props;
  const { site } = row;
  const id = `status-${site.code}`;
  return (
    <li class="card">
      <section aria-labelledby={id}>
        <h2 id={id}>
          {site.flag && <span aria-hidden="true">{site.flag} </span>}
          <a href={site.href}>
            <SiteName name={site.name} nameLanguage={site.nameLanguage} language={language} />
          </a>
        </h2>
        <dl class="details">
          <dt>{t('portal.networkStatus.siteStatus')}</dt>
          <dd>{t('portal.status.live')}</dd>
          <dt>{t('portal.networkStatus.languages')}</dt>
          <dd>{formatList(site.languages.map(languageAutonym), language)}</dd>
          <dt>{t('portal.networkStatus.items')}</dt>
          <dd>
            {row.counts.length ? (
              <ul class="tag-list" data-total={row.total}>
                {row.counts.map((c) => (
                  <li data-type={c.type}>{t('portal.networkStatus.typeCount', { type: t(`type.${c.type}.plural`), count: c.count })}</li>
                ))}
              </ul>
            ) : (
              t('portal.networkStatus.noItems')
            )}
          </dd>
          <dt>{t('portal.networkStatus.lastPublication')}</dt>
          <dd>{row.lastPublishedAt ? <time dateTime={row.lastPublishedAt}>{formatDate(row.lastPublishedAt, language)}</time> : t('portal.noUpdate')}</dd>
          <dt>{t('portal.networkStatus.cbdSync')}</dt>
          <dd>
            <Sync sync={row.sync} t={t} language={language} />
          </dd>
          <dt>{t('portal.networkStatus.storage')}</dt>
          <dd data-bytes={row.storageBytes}>{formatBytes(row.storageBytes, language)}</dd>
        </dl>
      </section>
    </li>
  );
}

/** The network status page: one card per live site. Sync errors appear only for network administrators (ADR 0022). */
export function StatusPage(props: { ctx: PortalContext; rows: SiteStatusRow[]; showsErrors: boolean }) {
  const { ctx } = props;
  const { t, language } = ctx;
  return (
    <PortalLayout ctx={ctx} title={t('portal.networkStatus.title')} section="status">
      <h1>{t('portal.networkStatus.title')}</h1>
      <p class="lead">{t(props.showsErrors ? 'portal.networkStatus.introAdmin' : 'portal.networkStatus.intro')}</p>
      {props.rows.length ? (
        <ul class="grid">
          {props.rows.map((row) => (
            <SiteStatus row={row} t={t} language={language} />
          ))}
        </ul>
      ) : (
        <p>{t('portal.empty')}</p>
      )}
    </PortalLayout>
  );
}
