import { ptkOutcomes, type PtkImportReport, type PtkOutcome, type PtkWarning } from '../../interop/ptk/report.ts';
import type { QuarantineEntry } from '../../interop/ptk/service.ts';
import { Pagination } from '../../public/views/components.tsx';
import { formatBytes, formatDate, formatList, formatNumber } from '../../web/format.ts';
import type { Translate } from '../../i18n/translator.ts';
import { AdminLayout, type AdminContext } from './admin-layout.tsx';
import { FieldErrors } from './field-control.tsx';

/** The admin's pages of imports from older systems (ADR 0017): runs, one run's report, the quarantine. */

export interface ImportRunRow {
  /** Null for an upload still being read, which has no run of its own yet. */
  id: number | null;
  sourceName: string;
  /** `nyexp`, `json-dump`, `export-json`, `glossary`, or `unknown` for a file that could not be read at all. */
  format: string;
  startedBy: string | null;
  startedAt: string;
  status: 'preparing' | 'running' | 'completed' | 'failed';
  dryRun: boolean;
  progress: { done: number; total: number } | null;
  totals: Record<string, number>;
}

export interface ImportFormValues {
  dryRun: boolean;
  zone: string;
  siteUrls: string;
}

export interface Notice {
  kind: 'success' | 'error';
  text: string;
  /** A link the notice offers (the item a retried object became). */
  link?: { href: string; label: string };
}

export interface ImportsPageProps {
  ctx: AdminContext;
  runs: ImportRunRow[];
  openQuarantine: number;
  /** Network administrators only (`site.import`): the upload form. */
  canImport: boolean;
  /** Something is being read or imported: the page says so and, unless turned off, refreshes itself. */
  busy: boolean;
  refresh: boolean;
  form: { values: ImportFormValues; errors: Map<string, string[]> };
  timeZones: readonly string[];
  maxUploadBytes: number;
  notice?: Notice;
}

export interface ImportReportPageProps {
  ctx: AdminContext;
  run: ImportRunRow;
  report: PtkImportReport | null;
  /** Why the run stopped, when it did (with the line and column the reader gave). */
  fatal: string | null;
  /** One page of the report's warnings. */
  warnings: PtkWarning[];
  warningsPage: number;
  warningsPages: number;
  refresh: boolean;
}

/** A quarantined object as the page shows it (`raw` pretty-printed). */
export type QuarantineRow = QuarantineEntry;

export interface QuarantinePageProps {
  ctx: AdminContext;
  entries: QuarantineRow[];
  total: number;
  status: 'open' | 'dismissed';
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
  /** This listing's address, so that Retry and Dismiss come back to it. */
  back: string;
  notice?: Notice;
}

const refreshSeconds = 5;

const when = (iso: string, language: string) => `${formatDate(iso, language)} ${iso.slice(11, 16)} UTC`;

function formatLabel(t: Translate, format: string): string {
  return ['nyexp', 'json-dump', 'export-json', 'glossary'].includes(format) ? t(`admin.imports.format.${format}`) : t('admin.imports.format.unknown');
}

function progressText(t: Translate, language: string, progress: { done: number; total: number }): string {
  return t('admin.imports.progress', { done: formatNumber(progress.done, language), total: progress.total });
}

/** "3 created, 1 quarantined": the outcomes a run had, in the report's order. */
function totalsText(t: Translate, language: string, totals: Record<string, number>): string {
  const parts = ptkOutcomes.filter((o) => (totals[o] ?? 0) > 0).map((o) => t(`admin.imports.count.${o}`, { count: totals[o]! }));
  return parts.length ? formatList(parts, language) : '—';
}

function statusText(t: Translate, language: string, run: ImportRunRow): string {
  if (run.status === 'running' && run.progress) return `${t('admin.imports.status.running')}: ${progressText(t, language, run.progress)}`;
  return t(`admin.imports.status.${run.status}`);
}

/**
 * While an import runs, the page can reload itself, when asked (an automatic reload is a time
 * limit a person did not choose, WCAG 2.2.1). No script: the progress is in the run's row, read
 * again on each load.
 */
function RefreshControl(props: { t: Translate; busy: boolean; refresh: boolean; href: string }) {
  const { t } = props;
  if (!props.busy) return null;
  const separator = props.href.includes('?') ? '&' : '?';
  return (
    <>
      {props.refresh && <meta http-equiv="refresh" content={String(refreshSeconds)} />}
      <p class="meta">
        {props.refresh ? t('admin.imports.refreshing', { seconds: refreshSeconds }) : t('admin.imports.refreshOff')}{' '}
        <a href={props.refresh ? props.href : `${props.href}${separator}refresh=on`}>
          {props.refresh ? t('admin.imports.stopRefreshing') : t('admin.imports.resumeRefreshing', { seconds: refreshSeconds })}
        </a>
      </p>
    </>
  );
}


function NoticeBox(props: { notice?: Notice }) {
  const { notice } = props;
  return (
    <div role="status" aria-live="polite">
      {notice && (
        <p class={`notice notice--${notice.kind}`}>
          {notice.text}
          {notice.link && (
            <>
              {' '}
              <a href={notice.link.href}>{notice.link.label}</a>
            </>
          )}
        </p>
      )}
    </div>
  );
}

/** The upload form (network administrators). The file comes last: the server reads the options before it streams the file. */
function ImportForm(props: { ctx: AdminContext; values: ImportFormValues; errors: Map<string, string[]>; timeZones: readonly string[]; maxUploadBytes: number }) {
  const { ctx, values, errors } = props;
  const { t, language } = ctx;
  const describedBy = (id: string, name: string, hint: boolean) => [hint ? `${id}-hint` : '', errors.has(name) ? `${id}-errors` : ''].filter(Boolean).join(' ') || undefined;
  const problems = [...errors.values()].flat().length;
  return (
    <section aria-labelledby="import-form-title">
      <h2 id="import-form-title">{t('admin.imports.form.title')}</h2>
      <p id="import-form-intro">{t('admin.imports.form.intro', { limit: formatBytes(props.maxUploadBytes, language) })}</p>
      {problems > 0 && (
        <p class="notice notice--error" role="alert">
          {t('admin.imports.error.summary', { count: problems })}
        </p>
      )}
      <form method="post" action="/admin/imports" enctype="multipart/form-data" class="admin-form">
        {/* First, so that the server checks it before reading any file. */}
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <div class="form-field form-field--check">
          <input id="import-dry-run" type="checkbox" name="dryRun" value="1" checked={values.dryRun} />
          <label for="import-dry-run">{t('admin.imports.form.dryRun')}</label>
        </div>
        <div class="form-field">
          <label for="import-zone">{t('admin.imports.form.zone')}</label>
          <input id="import-zone" type="text" name="zone" value={values.zone} list="import-zones" maxLength={100} autoComplete="off" aria-invalid={errors.has('zone') || undefined} aria-describedby={describedBy('import-zone', 'zone', true)} />
          <datalist id="import-zones">
            {props.timeZones.map((zone) => (
              <option value={zone} />
            ))}
          </datalist>
          <p class="hint" id="import-zone-hint">{t('admin.imports.form.zoneHint')}</p>
          <FieldErrors id="import-zone" errors={errors.get('zone')} />
        </div>
        <div class="form-field">
          <label for="import-site-urls">{t('admin.imports.form.siteUrls')}</label>
          <textarea id="import-site-urls" name="siteUrls" rows={3} aria-invalid={errors.has('siteUrls') || undefined} aria-describedby={describedBy('import-site-urls', 'siteUrls', true)}>
            {values.siteUrls}
          </textarea>
          <p class="hint" id="import-site-urls-hint">{t('admin.imports.form.siteUrlsHint')}</p>
          <FieldErrors id="import-site-urls" errors={errors.get('siteUrls')} />
        </div>
        <div class="form-field">
          <label for="import-file">{t('admin.imports.form.file')}</label>
          <input id="import-file" type="file" name="file" required accept=".nyexp,.xml,.json,.zip" aria-invalid={errors.has('file') || undefined} aria-describedby={describedBy('import-file', 'file', false) ?? 'import-form-intro'} />
          <FieldErrors id="import-file" errors={errors.get('file')} />
        </div>
        <button type="submit" class="button">{t('admin.imports.form.submit')}</button>
      </form>
    </section>
  );
}

/** A site's import runs, newest first, the way to its quarantine, and (network administrators) the upload form. */
export function ImportsPage(props: ImportsPageProps) {
  const { ctx } = props;
  const { t, language } = ctx;
  const title = t('admin.imports.title');
  return (
    <AdminLayout ctx={ctx} title={title}>
      <RefreshControl t={t} busy={props.busy} refresh={props.refresh} href="/admin/imports" />
      <h1>{title}</h1>
      <NoticeBox notice={props.notice} />
      <p class="lead">{t('admin.imports.intro')}</p>
      <p>
        <a href="/admin/imports/quarantine">{t('admin.imports.quarantineLink', { count: props.openQuarantine })}</a>
      </p>
      {props.runs.length === 0 ? (
        <p>{t('admin.imports.empty')}</p>
      ) : (
        <table class="admin-table">
          <caption>{t('admin.imports.runsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.imports.col.file')}</th>
              <th scope="col">{t('admin.imports.col.format')}</th>
              <th scope="col">{t('admin.imports.col.startedBy')}</th>
              <th scope="col">{t('admin.imports.col.startedAt')}</th>
              <th scope="col">{t('admin.imports.col.status')}</th>
              <th scope="col">{t('admin.imports.col.outcome')}</th>
              <th scope="col">{t('admin.imports.col.report')}</th>
            </tr>
          </thead>
          <tbody>
            {props.runs.map((run) => (
              <tr data-status={run.status}>
                <th scope="row">{run.sourceName}</th>
                <td>{run.status === 'preparing' ? '—' : formatLabel(t, run.format)}</td>
                <td>{run.startedBy ?? t('admin.imports.byCommandLine')}</td>
                <td>
                  <time dateTime={run.startedAt}>{when(run.startedAt, language)}</time>
                </td>
                <td>
                  {statusText(t, language, run)}
                  {run.dryRun && (
                    <>
                      {' '}
                      <span class="badge">{t('admin.imports.dryRun')}</span>
                    </>
                  )}
                </td>
                <td>{run.status === 'completed' || run.status === 'failed' ? totalsText(t, language, run.totals) : '—'}</td>
                <td>
                  {run.id !== null ? (
                    <a href={`/admin/imports/${run.id}`} aria-label={t('admin.imports.reportOf', { file: run.sourceName })}>
                      {t('admin.imports.col.report')}
                    </a>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {props.canImport && <ImportForm ctx={ctx} values={props.form.values} errors={props.form.errors} timeZones={props.timeZones} maxUploadBytes={props.maxUploadBytes} />}
    </AdminLayout>
  );
}

/** One run's report: what was read, what each object became, what else was made, and every warning. */
export function ImportReportPage(props: ImportReportPageProps) {
  const { ctx, run, report } = props;
  const { t, language } = ctx;
  const title = t('admin.imports.report.title', { file: run.sourceName });
  const outcomes: readonly PtkOutcome[] = ptkOutcomes;
  return (
    <AdminLayout ctx={ctx} title={title}>
      <RefreshControl t={t} busy={run.status === 'running'} refresh={props.refresh} href={`/admin/imports/${run.id}`} />
      <p>
        <a href="/admin/imports">{t('admin.imports.back')}</a>
      </p>
      <h1>{title}</h1>
      {run.dryRun && <p class="notice">{t('admin.imports.report.dryRun')}</p>}
      {props.fatal && (
        <p class="notice notice--error" role="alert">
          {report ? t('admin.imports.report.fatal', { problem: props.fatal }) : t('admin.imports.report.failed', { problem: props.fatal })}
        </p>
      )}
      <dl class="media-facts">
        <dt>{t('admin.imports.col.status')}</dt>
        <dd>{statusText(t, language, run)}</dd>
        <dt>{t('admin.imports.col.format')}</dt>
        <dd>{formatLabel(t, run.format)}</dd>
        <dt>{t('admin.imports.col.startedBy')}</dt>
        <dd>{run.startedBy ?? t('admin.imports.byCommandLine')}</dd>
        <dt>{t('admin.imports.col.startedAt')}</dt>
        <dd>
          <time dateTime={run.startedAt}>{when(run.startedAt, language)}</time>
        </dd>
        {report && (
          <>
            <dt>{t('admin.imports.report.duration')}</dt>
            <dd>{formatNumber(report.durationMs / 1000, language, { style: 'unit', unit: 'second', unitDisplay: 'long', maximumFractionDigits: 1 })}</dd>
            <dt>{t('admin.imports.report.objectsRead')}</dt>
            <dd>{formatNumber(report.objectsRead, language)}</dd>
          </>
        )}
      </dl>
      {run.status === 'running' && <p>{t('admin.imports.report.running')}</p>}
      {report && (
        <>
          <table class="admin-table">
            <caption>{t('admin.imports.report.countsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.imports.report.type')}</th>
                {outcomes.map((o) => (
                  <th scope="col">{t(`admin.imports.outcome.${o}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Object.entries(report.byType)
                .sort(([a], [b]) => a.localeCompare(b))
                .map(([type, counts]) => (
                  <tr>
                    <th scope="row">{type || t('admin.imports.report.unknownType')}</th>
                    {outcomes.map((o) => (
                      <td>{formatNumber(counts[o] ?? 0, language)}</td>
                    ))}
                  </tr>
                ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('admin.imports.report.total')}</th>
                {outcomes.map((o) => (
                  <td>{formatNumber(report.totals[o] ?? 0, language)}</td>
                ))}
              </tr>
            </tfoot>
          </table>
          <h2>{t('admin.imports.report.madeTitle')}</h2>
          <dl class="media-facts">
            {(['media', 'menuEntries', 'comments', 'redirects', 'linksRewritten', 'placeholderAuthors'] as const).map((key) => (
              <>
                <dt>{t(`admin.imports.made.${key}`)}</dt>
                <dd>{formatNumber(report.made[key] ?? 0, language)}</dd>
              </>
            ))}
          </dl>
          <h2>{t('admin.imports.report.languagesTitle')}</h2>
          <dl class="media-facts">
            <dt>{t('admin.imports.report.languagesAdded')}</dt>
            <dd>{report.languagesAdded.length ? formatList(report.languagesAdded, language) : t('admin.imports.report.none')}</dd>
            <dt>{t('admin.imports.report.languageCodes')}</dt>
            <dd>
              {Object.keys(report.languageMap).length ? (
                <ul>
                  {Object.entries(report.languageMap)
                    .sort(([a], [b]) => a.localeCompare(b))
                    .map(([from, to]) => (
                      <li>
                        <code>{from}</code> → <code>{to}</code>
                      </li>
                    ))}
                </ul>
              ) : (
                t('admin.imports.report.none')
              )}
            </dd>
          </dl>
          <h2>{t('admin.imports.report.warningsTitle', { count: report.warnings.length })}</h2>
          {props.warnings.length > 0 && (
            <table class="admin-table">
              <caption class="visually-hidden">{t('admin.imports.report.warningsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.imports.report.path')}</th>
                  <th scope="col">{t('admin.imports.report.message')}</th>
                </tr>
              </thead>
              <tbody>
                {props.warnings.map((w) => (
                  <tr>
                    <td>
                      <code>{w.path}</code>
                    </td>
                    <td>{w.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Pagination page={props.warningsPage} pages={props.warningsPages} hrefFor={(p) => `/admin/imports/${run.id}?page=${p}`} t={t} />
        </>
      )}
    </AdminLayout>
  );
}

/** Objects an import could not map, each with its reason, the object as read, and Retry and Dismiss. */
export function QuarantinePage(props: QuarantinePageProps) {
  const { ctx } = props;
  const { t, language } = ctx;
  const title = t('admin.imports.quarantine.title');
  return (
    <AdminLayout ctx={ctx} title={title}>
      <p>
        <a href="/admin/imports">{t('admin.imports.back')}</a>
      </p>
      <h1>{title}</h1>
      <NoticeBox notice={props.notice} />
      <p class="lead">{t('admin.imports.quarantine.intro')}</p>
      <form method="get" action="/admin/imports/quarantine" class="filters">
        <div class="form-field">
          <label for="quarantine-status">{t('admin.imports.quarantine.filter')}</label>
          <select id="quarantine-status" name="status">
            <option value="open" selected={props.status === 'open'}>{t('admin.imports.quarantine.status.open')}</option>
            <option value="dismissed" selected={props.status === 'dismissed'}>{t('admin.imports.quarantine.status.dismissed')}</option>
          </select>
        </div>
        <button type="submit" class="button">{t('admin.imports.quarantine.apply')}</button>
      </form>
      <p class="meta">{t('admin.imports.quarantine.count', { count: props.total })}</p>
      {props.entries.length === 0 ? (
        <p>{props.status === 'open' ? t('admin.imports.quarantine.empty') : t('admin.imports.quarantine.emptyDismissed')}</p>
      ) : (
        <table class="admin-table">
          <caption class="visually-hidden">{t(`admin.imports.quarantine.status.${props.status}`)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.imports.report.path')}</th>
              <th scope="col">{t('admin.imports.report.type')}</th>
              <th scope="col">{t('admin.imports.quarantine.reason')}</th>
              <th scope="col">{t('admin.imports.quarantine.updated')}</th>
              <th scope="col">{t('admin.imports.quarantine.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {props.entries.map((entry) => (
              <tr data-quarantine-id={String(entry.id)}>
                <th scope="row">
                  <code>{entry.sourcePath}</code>
                </th>
                <td>{entry.metaType}</td>
                <td>
                  {entry.reason}
                  {/* Not in the row's header: a screen reader would read the whole object with every cell. */}
                  <details>
                    <summary>{t('admin.imports.quarantine.showRaw')}</summary>
                    <pre class="mail-text">{entry.raw}</pre>
                  </details>
                </td>
                <td>
                  <time dateTime={entry.updatedAt}>{when(entry.updatedAt, language)}</time>
                </td>
                <td>
                  <form method="post" action={`/admin/imports/quarantine/${entry.id}/retry`}>
                    <input type="hidden" name="_csrf" value={ctx.csrfToken} />
                    <input type="hidden" name="back" value={props.back} />
                    <button type="submit" class="small-button" aria-label={t('admin.imports.quarantine.retryItem', { path: entry.sourcePath })}>
                      {t('admin.imports.quarantine.retry')}
                    </button>
                  </form>
                  {entry.status === 'open' && (
                    <form method="post" action={`/admin/imports/quarantine/${entry.id}/dismiss`}>
                      <input type="hidden" name="_csrf" value={ctx.csrfToken} />
                      <input type="hidden" name="back" value={props.back} />
                      <button type="submit" class="small-button" aria-label={t('admin.imports.quarantine.dismissItem', { path: entry.sourcePath })}>
                        {t('admin.imports.quarantine.dismiss')}
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination page={props.page} pages={props.pages} hrefFor={props.hrefFor} t={t} />
    </AdminLayout>
  );
}
