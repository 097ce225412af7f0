import { languageAutonym } from '../../i18n/languages.ts';
import { formatDate } from '../../web/format.ts';
import { AdminLayout, type AdminContext } from './admin-layout.tsx';

export interface DashboardRow {
  href: string;
  title: string;
  typeLabel: string;
  language: string;
  status: string;
  updatedAt: string;
}

function RowList(props: { ctx: AdminContext; rows: DashboardRow[]; empty: string }) {
  const { t, language } = props.ctx;
  if (!props.rows.length) return <p>{props.empty}</p>;
  return (
    <ul class="item-list">
      {props.rows.map((row) => (
        <li>
          <a href={row.href}>{row.title}</a>{' '}
          <span class="meta">
            {row.typeLabel} · {row.language} · {t(`admin.status.${row.status}`)} · {formatDate(row.updatedAt, language)}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function DashboardPage(props: { ctx: AdminContext; myDrafts: DashboardRow[]; inReview: DashboardRow[]; recentlyPublished: DashboardRow[]; untranslated: { language: string; count: number }[] }) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <AdminLayout ctx={ctx} title={t('admin.dashboard.title')}>
      <h1>{t('admin.dashboard.title')}</h1>
      <section aria-labelledby="dash-drafts">
        <h2 id="dash-drafts">{t('admin.dashboard.myDrafts')}</h2>
        <RowList ctx={ctx} rows={props.myDrafts} empty={t('admin.dashboard.none')} />
      </section>
      <section aria-labelledby="dash-review">
        <h2 id="dash-review">{t('admin.dashboard.inReview')}</h2>
        <RowList ctx={ctx} rows={props.inReview} empty={t('admin.dashboard.none')} />
      </section>
      <section aria-labelledby="dash-published">
        <h2 id="dash-published">{t('admin.dashboard.recentlyPublished')}</h2>
        <RowList ctx={ctx} rows={props.recentlyPublished} empty={t('admin.dashboard.none')} />
      </section>
      <section aria-labelledby="dash-untranslated">
        <h2 id="dash-untranslated">{t('admin.dashboard.untranslated')}</h2>
        <ul>
          {props.untranslated.map((u) => (
            <li>{t('admin.dashboard.untranslatedCount', { language: languageAutonym(u.language), count: u.count })}</li>
          ))}
        </ul>
      </section>
    </AdminLayout>
  );
}
