import type { ContentTypeDefinition } from '../../content/content-type.ts';
import { languageAutonym } from '../../i18n/languages.ts';
import { Pagination } from '../../public/views/components.tsx';
import { formatDate } from '../../web/format.ts';
import { AdminLayout, type AdminContext } from './admin-layout.tsx';
import { contentListSorts } from '../service.ts';

export interface ContentListRow {
  id: number;
  title: string;
  editHref: string;
  statuses: { language: string; status: string }[];
  author: string | null;
  updatedAt: string;
  createdAt: string;
}

/** The filters as the form shows them (empty string: not filtered). */
export interface ContentListFormValues {
  text: string;
  status: string;
  language: string;
  author: string;
  tag: string;
  sort: string;
  direction: string;
}

export interface ContentListPageProps {
  ctx: AdminContext;
  type: ContentTypeDefinition;
  rows: ContentListRow[];
  total: number;
  page: number;
  pages: number;
  query: ContentListFormValues;
  /** The list's current query string (`?status=draft…`), sent with bulk actions to come back to it. */
  search: string;
  languages: string[];
  authors: { id: number; name: string }[];
  tags: { identifier: string; label: string }[];
  hrefFor: (page: number) => string;
}

export function ContentListPage(props: ContentListPageProps) {
  const { ctx, type, query } = props;
  const { t, language } = ctx;
  const title = t(`type.${type.name}.plural`);
  const canPublish = ctx.can['item.publish'];
  const canTrash = ctx.can['item.delete'];
  const bulk = (canPublish || canTrash) && props.rows.length > 0;
  return (
    <AdminLayout ctx={ctx} title={title}>
      <h1>{title}</h1>
      {ctx.can['item.create'] && !type.origin && (
        <p>
          <a class="button" href={`/admin/content/${type.name}/new`}>{t('admin.content.new', { type: t(`type.${type.name}.singular`) })}</a>
        </p>
      )}
      {type.origin && (
        <p class="notice">
          {t('admin.cbd.typeFromCbd')} {ctx.can['site.settings'] && <a href="/admin/cbd">{t('admin.cbd.title')}</a>}
        </p>
      )}
      <form method="get" action={`/admin/content/${type.name}`} class="filters" role="search" aria-label={t('admin.content.filters')}>
        <div class="form-field">
          <label for="filter-text">{t('admin.content.filterText')}</label>
          <input id="filter-text" type="search" name="q" value={query.text} maxLength={200} />
        </div>
        <div class="form-field">
          <label for="filter-lang">{t('admin.content.filterLanguage')}</label>
          <select id="filter-lang" name="lang">
            <option value="">{t('admin.content.anyLanguage')}</option>
            {props.languages.map((l) => (
              <option value={l} selected={query.language === l}>{languageAutonym(l)}</option>
            ))}
          </select>
        </div>
        <div class="form-field">
          <label for="filter-status">{t('admin.content.filterStatus')}</label>
          <select id="filter-status" name="status">
            <option value="">{t('admin.content.anyStatus')}</option>
            {['draft', 'review', 'published', 'archived'].map((s) => (
              <option value={s} selected={query.status === s}>{t(`admin.status.${s}`)}</option>
            ))}
          </select>
        </div>
        <div class="form-field">
          <label for="filter-author">{t('admin.content.filterAuthor')}</label>
          <select id="filter-author" name="author">
            <option value="">{t('admin.content.anyAuthor')}</option>
            {props.authors.map((a) => (
              <option value={String(a.id)} selected={query.author === String(a.id)}>{a.name}</option>
            ))}
          </select>
        </div>
        <div class="form-field">
          <label for="filter-tag">{t('admin.content.filterTag')}</label>
          <input id="filter-tag" name="tag" value={query.tag} maxLength={120} list="filter-tag-terms" aria-describedby="filter-tag-hint" />
          <p class="hint" id="filter-tag-hint">{t('admin.content.filterTagHint')}</p>
          <datalist id="filter-tag-terms">
            {props.tags.map((tag) => (
              <option value={tag.identifier}>{tag.label}</option>
            ))}
          </datalist>
        </div>
        <div class="form-field">
          <label for="filter-sort">{t('admin.content.sortBy')}</label>
          <select id="filter-sort" name="sort">
            {contentListSorts.map((s) => (
              <option value={s} selected={query.sort === s}>{t(`admin.content.sort.${s}`)}</option>
            ))}
          </select>
        </div>
        <div class="form-field">
          <label for="filter-dir">{t('admin.content.sortDirection')}</label>
          <select id="filter-dir" name="dir">
            <option value="asc" selected={query.direction === 'asc'}>{t('admin.content.ascending')}</option>
            <option value="desc" selected={query.direction === 'desc'}>{t('admin.content.descending')}</option>
          </select>
        </div>
        <button type="submit" class="button">{t('admin.content.filter')}</button>
      </form>
      <p class="meta" role="status">{t('listing.count', { count: props.total })}</p>
      <form method="post" action={`/admin/content/${type.name}/bulk`}>
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <input type="hidden" name="back" value={props.search} />
        {query.language && <input type="hidden" name="lang" value={query.language} />}
        {props.rows.map((row) => (
          <input type="hidden" name="pageIds" value={String(row.id)} />
        ))}
        <fieldset>
          <legend class={bulk ? undefined : 'visually-hidden'}>{t('admin.content.selection')}</legend>
          {bulk && (
            <div class="form-field form-field--check">
              {/* Works without JavaScript: the server applies the action to every item listed on this page. */}
              <input id="select-all" type="checkbox" name="all" value="1" />
              <label for="select-all">{t('admin.content.selectAll', { count: props.rows.length })}</label>
            </div>
          )}
          <table class="admin-table">
            <caption class="visually-hidden">{title}</caption>
            <thead>
              <tr>
                {bulk && (
                  <th scope="col">
                    <span class="visually-hidden">{t('admin.content.selectColumn')}</span>
                  </th>
                )}
                <th scope="col">{t('admin.content.titleColumn')}</th>
                <th scope="col">{t('admin.content.translationsColumn')}</th>
                <th scope="col">{t('admin.content.authorColumn')}</th>
                <th scope="col">{t('admin.content.updatedColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {props.rows.map((row) => (
                <tr>
                  {bulk && (
                    <td>
                      <input type="checkbox" id={`select-${row.id}`} name="ids" value={String(row.id)} />
                      <label class="visually-hidden" for={`select-${row.id}`}>{t('admin.content.selectItem', { title: row.title })}</label>
                    </td>
                  )}
                  <td>
                    <a href={row.editHref}>{row.title}</a>
                  </td>
                  <td>{row.statuses.map((s) => `${s.language}: ${t(`admin.status.${s.status}`)}`).join(' · ')}</td>
                  <td>{row.author ?? '—'}</td>
                  <td>
                    <time dateTime={row.updatedAt}>{formatDate(row.updatedAt, language)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </fieldset>
        {bulk && (
          <div class="filters">
            {query.language && <p class="hint">{t('admin.content.bulkLanguageHint', { language: languageAutonym(query.language) })}</p>}
            {canPublish && (
              <button type="submit" class="button" name="action" value="publish">{t('admin.content.bulk.publish')}</button>
            )}
            {canPublish && (
              <button type="submit" class="button" name="action" value="unpublish">{t('admin.content.bulk.unpublish')}</button>
            )}
            {canTrash && (
              <button type="submit" class="button" name="action" value="trash">{t('admin.content.bulk.trash')}</button>
            )}
          </div>
        )}
      </form>
      <Pagination page={props.page} pages={props.pages} hrefFor={props.hrefFor} t={t} />
    </AdminLayout>
  );
}

export interface BulkResultProps {
  ctx: AdminContext;
  type: ContentTypeDefinition;
  action: 'publish' | 'unpublish' | 'trash';
  outcomes: { itemId: number; title: string | null; result: string }[];
  backHref: string;
}

/** What a bulk action did: how many items changed, and each one that did not, with the reason. */
export function BulkResultPage(props: BulkResultProps) {
  const { ctx, type } = props;
  const { t } = ctx;
  const done = props.outcomes.filter((o) => o.result === 'done');
  const notDone = props.outcomes.filter((o) => o.result !== 'done');
  const heading = t(`type.${type.name}.plural`);
  return (
    <AdminLayout ctx={ctx} title={heading}>
      <h1>{heading}</h1>
      <div class={`notice ${notDone.length ? 'notice--error' : 'notice--success'}`} role="status" aria-live="polite">
        <p>{t(`admin.bulk.done.${props.action}`, { count: done.length })}</p>
        {notDone.length > 0 && <p>{t('admin.bulk.notDone', { count: notDone.length })}</p>}
      </div>
      {notDone.length > 0 && (
        <table class="admin-table">
          <caption class="visually-hidden">{t('admin.bulk.notDone', { count: notDone.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.content.titleColumn')}</th>
              <th scope="col">{t('admin.bulk.reasonColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {notDone.map((o) => (
              <tr data-item-id={String(o.itemId)} data-result={o.result}>
                <td>{o.title !== null ? <a href={`/admin/items/${o.itemId}`}>{o.title}</a> : `#${o.itemId}`}</td>
                <td>{t(`admin.bulk.reason.${o.result}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <a href={props.backHref}>{t('admin.bulk.back')}</a>
      </p>
    </AdminLayout>
  );
}
