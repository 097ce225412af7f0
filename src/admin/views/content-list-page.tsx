import type { ContentTypeDefinition } from '../../content/content-type.ts';
import { Pagination } from '../../public/views/components.tsx';
import { formatDate } from '../../web/format.ts';
import { AdminLayout, type AdminContext } from './admin-layout.tsx';

export interface ContentListRow {
  id: number;
  title: string;
  editHref: string;
  statuses: { language: string; status: string }[];
  updatedAt: string;
}

export function ContentListPage(props: { ctx: AdminContext; type: ContentTypeDefinition; rows: ContentListRow[]; total: number; page: number; pages: number; query: { status: string; text: string }; hrefFor: (page: number) => string }) {
  const { ctx, type } = props;
  const { t, language } = ctx;
  const title = t(`type.${type.name}.plural`);
  return (
    <AdminLayout ctx={ctx} title={title}>
      <h1>{title}</h1>
      {ctx.can['item.create'] && (
        <p>
          <a class="button" href={`/admin/content/${type.name}/new`}>{t('admin.content.new', { type: t(`type.${type.name}.singular`) })}</a>
        </p>
      )}
      <form method="get" class="filters" role="search">
        <div class="form-field">
          <label for="filter-text">{t('admin.content.filterText')}</label>
          <input id="filter-text" type="search" name="q" value={props.query.text} maxLength={200} />
        </div>
        <div class="form-field">
          <label for="filter-status">{t('admin.content.filterStatus')}</label>
          <select id="filter-status" name="status">
            <option value="">{t('admin.content.anyStatus')}</option>
            {['draft', 'review', 'published', 'archived'].map((s) => (
              <option value={s} selected={props.query.status === s}>{t(`admin.status.${s}`)}</option>
            ))}
          </select>
        </div>
        <button type="submit" class="button">{t('admin.content.filter')}</button>
      </form>
      <p class="meta">{t('listing.count', { count: props.total })}</p>
      <table class="admin-table">
        <thead>
          <tr>
            <th scope="col">{t('admin.content.titleColumn')}</th>
            <th scope="col">{t('admin.content.translationsColumn')}</th>
            <th scope="col">{t('admin.content.updatedColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr>
              <td>
                <a href={row.editHref}>{row.title}</a>
              </td>
              <td>{row.statuses.map((s) => `${s.language}: ${t(`admin.status.${s.status}`)}`).join(' · ')}</td>
              <td>{formatDate(row.updatedAt, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination page={props.page} pages={props.pages} hrefFor={props.hrefFor} t={t} />
    </AdminLayout>
  );
}
