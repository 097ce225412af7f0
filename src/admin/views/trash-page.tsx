import { formatDate } from '../../web/format.ts';
import { AdminLayout, type AdminContext } from './admin-layout.tsx';

export interface TrashRow {
  id: number;
  title: string;
  typeLabel: string;
  deletedBy: string | null;
  deletedAt: string;
  purgeAt: string;
}

export interface TrashPageProps {
  ctx: AdminContext;
  rows: TrashRow[];
  retentionDays: number;
  /** What the last action did, shown once after the redirect. */
  notice?: string;
}

const when = (iso: string, language: string) => `${formatDate(iso, language)} ${iso.slice(11, 16)} UTC`;

/** Items in the site's trash: who trashed them and when, with restore and (site managers) delete for good. */
export function TrashPage(props: TrashPageProps) {
  const { ctx } = props;
  const { t, language } = ctx;
  return (
    <AdminLayout ctx={ctx} title={t('admin.trash.title')}>
      <h1>{t('admin.trash.title')}</h1>
      <div role="status" aria-live="polite">
        {props.notice && <p class="notice notice--success">{props.notice}</p>}
      </div>
      <p class="lead">{t('admin.trash.intro', { days: props.retentionDays })}</p>
      {props.rows.length === 0 ? (
        <p>{t('admin.trash.empty')}</p>
      ) : (
        <table class="admin-table">
          <caption class="visually-hidden">{t('admin.trash.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.content.titleColumn')}</th>
              <th scope="col">{t('admin.trash.typeColumn')}</th>
              <th scope="col">{t('admin.trash.deletedByColumn')}</th>
              <th scope="col">{t('admin.trash.deletedAtColumn')}</th>
              <th scope="col">{t('admin.trash.purgeAtColumn')}</th>
              <th scope="col">{t('admin.trash.actionsColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr>
                <td>{row.title}</td>
                <td>{row.typeLabel}</td>
                <td>{row.deletedBy ?? t('admin.revisions.system')}</td>
                <td>
                  <time dateTime={row.deletedAt}>{when(row.deletedAt, language)}</time>
                </td>
                <td>
                  <time dateTime={row.purgeAt}>{formatDate(row.purgeAt, language)}</time>
                </td>
                <td>
                  <form method="post" action={`/admin/trash/${row.id}/restore`}>
                    <input type="hidden" name="_csrf" value={ctx.csrfToken} />
                    <button type="submit" class="button" aria-label={t('admin.trash.restoreItem', { title: row.title })}>{t('admin.trash.restore')}</button>
                  </form>
                  {ctx.can['item.purge'] && (
                    // A page of its own asks to confirm: nothing brings the item back afterwards.
                    <a href={`/admin/trash/${row.id}/purge`} aria-label={t('admin.trash.purgeItem', { title: row.title })}>
                      {t('admin.trash.purge')}
                    </a>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {ctx.can['item.purge'] && props.rows.length > 0 && <p class="hint">{t('admin.trash.purgeHint')}</p>}
    </AdminLayout>
  );
}

/** Asks a site manager to confirm deleting an item for good, naming it; the form alone carries `confirm`. */
export function PurgeConfirmPage(props: { ctx: AdminContext; id: number; title: string; typeLabel: string }) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <AdminLayout ctx={ctx} title={t('admin.trash.confirmTitle', { title: props.title })}>
      <h1>{t('admin.trash.confirmTitle', { title: props.title })}</h1>
      <p>
        {props.typeLabel} · {t('admin.trash.purgeHint')}
      </p>
      <form method="post" action={`/admin/trash/${props.id}/purge`} class="admin-form">
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <input type="hidden" name="confirm" value="yes" />
        <button type="submit" class="button">{t('admin.trash.confirmButton')}</button>
      </form>
      <p>
        <a href="/admin/trash">{t('admin.trash.cancel')}</a>
      </p>
    </AdminLayout>
  );
}
