import { formatDate } from '../../web/format.ts';
import { AdminLayout, type AdminContext } from './admin-layout.tsx';

export interface RevisionRow {
  version: number;
  author: string;
  createdAt: string;
  changes: string[];
  isCurrent: boolean;
}

/** An item's saves, newest first: compare any two, or bring an old one back. */
export function RevisionsPage(props: { ctx: AdminContext; itemId: number; title: string; currentVersion: number; rows: RevisionRow[]; restored?: number; conflict?: boolean }) {
  const { ctx } = props;
  const { t, language } = ctx;
  return (
    <AdminLayout ctx={ctx} title={t('admin.revisions.title', { title: props.title })}>
      <h1>{t('admin.revisions.title', { title: props.title })}</h1>
      <p>
        <a href={`/admin/items/${props.itemId}`}>{t('admin.revisions.backToItem')}</a>
      </p>
      {props.conflict && (
        <p class="notice notice--error" role="alert">
          {t('admin.revisions.conflict')}
        </p>
      )}
      {props.restored !== undefined && (
        <p class="notice notice--success" role="status">
          {t('admin.revisions.restored', { version: props.restored })}
        </p>
      )}
      <form method="get" action={`/admin/items/${props.itemId}/revisions/compare`} class="admin-form">
        <table class="admin-table">
          <caption class="visually-hidden">{t('admin.revisions.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.revisions.version')}</th>
              <th scope="col">{t('admin.revisions.compareFrom')}</th>
              <th scope="col">{t('admin.revisions.compareTo')}</th>
              <th scope="col">{t('admin.revisions.savedBy')}</th>
              <th scope="col">{t('admin.revisions.changes')}</th>
              <th scope="col">{t('admin.revisions.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row, index) => (
              <tr>
                <th scope="row">{row.version}</th>
                <td>
                  <input type="radio" name="a" value={String(row.version)} checked={index === 1 || (props.rows.length === 1 && index === 0)} aria-label={t('admin.revisions.compareFromVersion', { version: row.version })} />
                </td>
                <td>
                  <input type="radio" name="b" value={String(row.version)} checked={index === 0} aria-label={t('admin.revisions.compareToVersion', { version: row.version })} />
                </td>
                <td>
                  {row.author}
                  <br />
                  <span class="meta">{formatDate(row.createdAt, language)}</span>
                </td>
                <td>{row.changes.join(', ')}</td>
                <td>{row.isCurrent ? t('admin.revisions.current') : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="submit" class="button">{t('admin.revisions.compare')}</button>
      </form>
      {props.rows
        .filter((row) => !row.isCurrent)
        .map((row) => (
          <form method="post" action={`/admin/items/${props.itemId}/revisions/${row.version}/restore`} class="inline-form">
            <input type="hidden" name="_csrf" value={ctx.csrfToken} />
            <input type="hidden" name="version" value={String(props.currentVersion)} />
            <button type="submit" class="link-button">{t('admin.revisions.restore', { version: row.version })}</button>
          </form>
        ))}
    </AdminLayout>
  );
}

export interface DiffRow {
  label: string;
  before: string;
  after: string;
}

/** Two revisions side by side, one row per field that differs. */
export function CompareRevisionsPage(props: { ctx: AdminContext; itemId: number; a: number; b: number; rows: DiffRow[] }) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <AdminLayout ctx={ctx} title={t('admin.revisions.compareTitle', { a: props.a, b: props.b })}>
      <h1>{t('admin.revisions.compareTitle', { a: props.a, b: props.b })}</h1>
      <p>
        <a href={`/admin/items/${props.itemId}/revisions`}>{t('admin.revisions.backToList')}</a>
      </p>
      {props.rows.length ? (
        <table class="admin-table diff-table">
          <thead>
            <tr>
              <th scope="col">{t('admin.revisions.field')}</th>
              <th scope="col">{t('admin.revisions.versionN', { version: props.a })}</th>
              <th scope="col">{t('admin.revisions.versionN', { version: props.b })}</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr>
                <th scope="row">{row.label}</th>
                <td class="diff-before">{row.before}</td>
                <td class="diff-after">{row.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('admin.revisions.identical')}</p>
      )}
    </AdminLayout>
  );
}
