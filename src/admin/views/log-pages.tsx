import { formatDate } from '../../web/format.ts';
import { AdminLayout, type AdminContext } from './admin-layout.tsx';

export interface AuditRow {
  action: string;
  subject: string | null;
  who: string | null;
  at: string;
}

/** Who did what on the site, newest first (site managers). */
export function AuditPage(props: { ctx: AdminContext; rows: AuditRow[] }) {
  const { ctx } = props;
  const { t, language } = ctx;
  return (
    <AdminLayout ctx={ctx} title={t('admin.audit.title')}>
      <h1>{t('admin.audit.title')}</h1>
      {props.rows.length ? (
        <table class="admin-table">
          <caption class="visually-hidden">{t('admin.audit.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.audit.when')}</th>
              <th scope="col">{t('admin.audit.who')}</th>
              <th scope="col">{t('admin.audit.what')}</th>
              <th scope="col">{t('admin.audit.subject')}</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr>
                <td>
                  <time dateTime={row.at}>{formatDate(row.at, language)} {row.at.slice(11, 16)} UTC</time>
                </td>
                <td>{row.who ?? t('admin.revisions.system')}</td>
                <td>
                  <code>{row.action}</code>
                </td>
                <td>{row.subject?.startsWith('item:') ? <a href={`/admin/items/${row.subject.slice(5)}`}>{row.subject}</a> : row.subject}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('admin.dashboard.none')}</p>
      )}
    </AdminLayout>
  );
}

export interface OutboxRow {
  to: string;
  subject: string;
  text: string;
  at: string;
  sentAt: string | null;
  error: string | null;
}

/** Emails the system wrote, newest first (network administrators): what was sent, what failed, what waits. */
export function OutboxPage(props: { ctx: AdminContext; rows: OutboxRow[]; delivers: boolean }) {
  const { ctx } = props;
  const { t, language } = ctx;
  return (
    <AdminLayout ctx={ctx} title={t('admin.outbox.title')}>
      <h1>{t('admin.outbox.title')}</h1>
      <p class="lead">{props.delivers ? t('admin.outbox.delivering') : t('admin.outbox.notDelivering')}</p>
      {props.rows.length === 0 && <p>{t('admin.dashboard.none')}</p>}
      {props.rows.map((row) => (
        <article class="card">
          <h2>{row.subject}</h2>
          <p class="meta">
            {t('admin.outbox.to', { to: row.to })} · {formatDate(row.at, language)} · {row.error ? t('admin.outbox.failed', { error: row.error }) : row.sentAt ? t('admin.outbox.sent') : t('admin.outbox.kept')}
          </p>
          <pre class="mail-text">{row.text}</pre>
        </article>
      ))}
    </AdminLayout>
  );
}
