import type { HarvestSourceView } from '../../interop/harvest/service.ts';
import { countryName } from '../../interop/harvest/views/remote-stream.tsx';
import { languageAutonym } from '../../i18n/languages.ts';
import { formatNumber } from '../../web/format.ts';
import { type FormValues, formValue } from '../form.ts';
import { AdminLayout, type AdminContext } from './admin-layout.tsx';
import { FieldErrors, TextField } from './field-control.tsx';

/** When something happened, in the admin's language, UTC. */
function when(iso: string | null, ctx: AdminContext): string {
  return iso ? new Intl.DateTimeFormat(ctx.language, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso)) : ctx.t('admin.harvest.never');
}

function FeedStatus(props: { feed: HarvestSourceView['feeds'][number]; ctx: AdminContext }) {
  const { feed, ctx } = props;
  const { t } = ctx;
  if (feed.lastError) {
    return (
      <span class="notice--error">
        {t('admin.harvest.failing', { count: feed.consecutiveFailures })} <q>{feed.lastError}</q>
        <br />
        {t('admin.harvest.nextFetch', { when: when(feed.nextFetchAt, ctx) })}
      </span>
    );
  }
  if (!feed.lastFetchedAt) return <span>{t('admin.harvest.pending')}</span>;
  return <span>{t('admin.harvest.working', { status: String(feed.lastStatus ?? '') })}</span>;
}

/** A textarea with its label, hint and errors (the feed list and the names per language). */
function TextArea(props: { name: string; label: string; hint: string; values: FormValues; errors: Map<string, string[]>; rows: number }) {
  const id = `harvest-${props.name}`;
  return (
    <div class="form-field">
      <label for={id}>{props.label}</label>
      <textarea id={id} name={props.name} rows={props.rows} aria-describedby={`${id}-hint${props.errors.has(props.name) ? ` ${id}-errors` : ''}`} aria-invalid={props.errors.has(props.name) || undefined}>
        {formValue(props.values, props.name)}
      </textarea>
      <p class="hint" id={`${id}-hint`}>
        {props.hint}
      </p>
      <FieldErrors id={id} errors={props.errors.get(props.name)} />
    </div>
  );
}

/** The form that adds a source, or edits one (`action` says which). */
export function SourceForm(props: { ctx: AdminContext; action: string; values: FormValues; errors: Map<string, string[]> }) {
  const { ctx, values, errors } = props;
  const { t } = ctx;
  return (
    <form method="post" action={props.action} class="admin-form">
      <input type="hidden" name="_csrf" value={ctx.csrfToken} />
      <TextField idPrefix="harvest" name="name" label={t('admin.harvest.name')} hint={t('admin.harvest.nameHint')} values={values} errors={errors} maxLength={200} />
      <TextArea name="names" label={t('admin.harvest.names')} hint={t('admin.harvest.namesHint')} values={values} errors={errors} rows={3} />
      <TextField idPrefix="harvest" name="country" label={t('admin.harvest.country')} hint={t('admin.harvest.countryHint')} values={values} errors={errors} maxLength={2} />
      <TextField idPrefix="harvest" name="homeUrl" label={t('admin.harvest.homeUrl')} type="url" values={values} errors={errors} maxLength={1000} />
      <TextArea name="feeds" label={t('admin.harvest.feeds')} hint={t('admin.harvest.feedsHint')} values={values} errors={errors} rows={4} />
      <button type="submit" class="button">{t('admin.harvest.save')}</button>
    </form>
  );
}

/**
 * Network administrators' page of harvested CHM sites (ADR 0020): every source with each feed's
 * state (last success, the last error and when it is tried again, entries), "fetch now", edit,
 * remove, and the form that adds one.
 */
export function HarvestPage(props: { ctx: AdminContext; sources: HarvestSourceView[]; values: FormValues; errors: Map<string, string[]>; notice?: { ok: boolean; text: string } }) {
  const { ctx } = props;
  const { t } = ctx;
  const hidden = <input type="hidden" name="_csrf" value={ctx.csrfToken} />;
  return (
    <AdminLayout ctx={ctx} title={t('admin.harvest.title')}>
      <h1>{t('admin.harvest.title')}</h1>
      <p>{t('admin.harvest.intro')}</p>
      {props.notice && (
        <p class={`notice notice--${props.notice.ok ? 'success' : 'error'}`} role={props.notice.ok ? 'status' : 'alert'}>
          {props.notice.text}
        </p>
      )}
      {props.sources.length === 0 && <p>{t('admin.harvest.empty')}</p>}
      {props.sources.map((source) => (
        <section aria-labelledby={`source-${source.id}`} class="harvest-source">
          <h2 id={`source-${source.id}`}>
            {source.name} <span class="meta">({countryName(source.country, ctx.language)})</span>
          </h2>
          <p>
            <a href={source.homeUrl} rel="external noopener">{source.homeUrl}</a>
          </p>
          <table class="admin-table">
            <caption class="visually-hidden">{t('admin.harvest.feedsOf', { name: source.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.harvest.feed')}</th>
                <th scope="col">{t('admin.harvest.kind')}</th>
                <th scope="col">{t('admin.harvest.language')}</th>
                <th scope="col">{t('admin.harvest.lastSuccess')}</th>
                <th scope="col">{t('admin.harvest.status')}</th>
                <th scope="col">{t('admin.harvest.entries')}</th>
              </tr>
            </thead>
            <tbody>
              {source.feeds.map((feed) => (
                <tr>
                  <td>{feed.url}</td>
                  <td>{t(`admin.harvest.kind.${feed.kind}`)}</td>
                  <td>{languageAutonym(feed.language)}</td>
                  <td>{when(feed.lastSuccessAt, ctx)}</td>
                  <td>
                    <FeedStatus feed={feed} ctx={ctx} />
                  </td>
                  <td>{formatNumber(feed.entryCount, ctx.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div class="form-actions">
            <form method="post" action={`/admin/network/harvest/${source.id}/fetch`}>
              {hidden}
              <button type="submit" class="button">{t('admin.harvest.fetchNow', { name: source.name })}</button>
            </form>
            <a href={`/admin/network/harvest/${source.id}`}>{t('admin.harvest.edit', { name: source.name })}</a>
            <form method="post" action={`/admin/network/harvest/${source.id}/remove`}>
              {hidden}
              <button type="submit" class="link-button">{t('admin.harvest.remove', { name: source.name })}</button>
            </form>
          </div>
        </section>
      ))}
      <h2>{t('admin.harvest.add')}</h2>
      <SourceForm ctx={ctx} action="/admin/network/harvest" values={props.values} errors={props.errors} />
    </AdminLayout>
  );
}

/** The page that edits one source. */
export function HarvestSourcePage(props: { ctx: AdminContext; source: HarvestSourceView; values: FormValues; errors: Map<string, string[]> }) {
  const { ctx, source } = props;
  const title = ctx.t('admin.harvest.editTitle', { name: source.name });
  return (
    <AdminLayout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p>
        <a href="/admin/network/harvest">{ctx.t('admin.harvest.back')}</a>
      </p>
      <SourceForm ctx={ctx} action={`/admin/network/harvest/${source.id}`} values={props.values} errors={props.errors} />
    </AdminLayout>
  );
}

/** A site manager's choice of the registered sources shown on the site's home page. */
export function RemoteStreamsPage(props: { ctx: AdminContext; sources: HarvestSourceView[]; selected: readonly number[]; saved: boolean }) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <AdminLayout ctx={ctx} title={t('admin.remoteStreams.title')}>
      <h1>{t('admin.remoteStreams.title')}</h1>
      <p>{t('admin.remoteStreams.intro')}</p>
      {props.saved && (
        <p class="notice notice--success" role="status">
          {t('admin.edit.saved')}
        </p>
      )}
      {props.sources.length === 0 ? (
        <p>{t('admin.remoteStreams.none')}</p>
      ) : (
        <form method="post" action="/admin/settings/remote-streams" class="admin-form">
          <input type="hidden" name="_csrf" value={ctx.csrfToken} />
          <fieldset>
            <legend>{t('admin.remoteStreams.legend')}</legend>
            {props.sources.map((source) => (
              <div class="form-field form-field--check">
                <input type="checkbox" id={`remote-${source.id}`} name="sources" value={String(source.id)} checked={props.selected.includes(source.id)} />
                <label for={`remote-${source.id}`}>{t('admin.remoteStreams.source', { name: source.names[ctx.language] ?? source.name, country: countryName(source.country, ctx.language) })}</label>
              </div>
            ))}
          </fieldset>
          <button type="submit" class="button">{t('admin.remoteStreams.save')}</button>
        </form>
      )}
    </AdminLayout>
  );
}
