import type { JobStatus } from '../../jobs/jobs.table.ts';
import type { Schedule } from '../../jobs/schedule.ts';
import { formatDate } from '../../web/format.ts';
import { AdminLayout, type AdminContext } from './admin-layout.tsx';

export interface JobListRow {
  id: number;
  name: string;
  /** The site's code, or null for network-wide work. */
  site: string | null;
  status: JobStatus;
  attempts: number;
  maxAttempts: number;
  runAt: string;
  finishedAt: string | null;
  error: string | null;
}

export interface ScheduleRow {
  name: string;
  schedule: Schedule;
  enabled: boolean;
  nextRunAt: string | null;
  lastRun: { id: number; status: string; at: string; error: string | null } | null;
}

const statuses: JobStatus[] = ['queued', 'running', 'done', 'failed'];

/** The network's background jobs (network administrators, portal host): counts, schedules, recent and failed jobs. */
export function JobsPage(props: { ctx: AdminContext; counts: Record<JobStatus, number>; schedules: ScheduleRow[]; jobs: JobListRow[]; failed: JobListRow[]; status: JobStatus | ''; notice?: string; error?: string }) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <AdminLayout ctx={ctx} title={t('admin.jobs.title')}>
      <h1>{t('admin.jobs.title')}</h1>
      {props.notice && (
        <p class="notice notice--success" role="status">
          {props.notice}
        </p>
      )}
      {props.error && (
        <p class="notice notice--error" role="alert">
          {props.error}
        </p>
      )}
      <dl class="job-counts">
        {statuses.map((status) => (
          <div>
            <dt>{t(`admin.jobs.status.${status}`)}</dt>
            <dd data-status={status}>{props.counts[status]}</dd>
          </div>
        ))}
      </dl>

      <h2>{t('admin.jobs.schedules')}</h2>
      <table class="admin-table">
        <caption class="visually-hidden">{t('admin.jobs.schedules')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.jobs.job')}</th>
            <th scope="col">{t('admin.jobs.schedule')}</th>
            <th scope="col">{t('admin.jobs.nextRun')}</th>
            <th scope="col">{t('admin.jobs.lastRun')}</th>
            <th scope="col">{t('admin.revisions.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {props.schedules.map((s) => (
            <tr>
              <th scope="row">
                <code>{s.name}</code>
              </th>
              <td>{s.enabled ? describeSchedule(ctx, s.schedule) : t('admin.jobs.disabled')}</td>
              <td>{s.nextRunAt ? <When ctx={ctx} at={s.nextRunAt} /> : '—'}</td>
              <td>{s.lastRun ? <>{t(`admin.jobs.status.${s.lastRun.status}`)} · <When ctx={ctx} at={s.lastRun.at} /></> : t('admin.jobs.never')}</td>
              <td>
                <form method="post" action={`/admin/network/jobs/run/${s.name}`}>
                  <input type="hidden" name="_csrf" value={ctx.csrfToken} />
                  <button type="submit" class="link-button">{t('admin.jobs.runNow', { name: s.name })}</button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      {props.failed.length > 0 && (
        <>
          <h2>{t('admin.jobs.failed')}</h2>
          <JobTable ctx={ctx} jobs={props.failed} caption={t('admin.jobs.failed')} />
        </>
      )}

      <h2>{t('admin.jobs.recent')}</h2>
      <form method="get" action="/admin/network/jobs" class="filters" role="search" aria-label={t('admin.jobs.filter')}>
        <div>
          <label for="filter-status">{t('admin.jobs.filter')}</label>
          <select id="filter-status" name="status">
            <option value="" selected={props.status === ''}>{t('admin.jobs.all')}</option>
            {statuses.map((status) => (
              <option value={status} selected={props.status === status}>{t(`admin.jobs.status.${status}`)}</option>
            ))}
          </select>
        </div>
        <button type="submit" class="button">{t('admin.jobs.apply')}</button>
      </form>
      {props.jobs.length ? <JobTable ctx={ctx} jobs={props.jobs} caption={t('admin.jobs.recent')} /> : <p>{t('admin.jobs.none')}</p>}
    </AdminLayout>
  );
}

function JobTable(props: { ctx: AdminContext; jobs: JobListRow[]; caption: string }) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <table class="admin-table">
      <caption class="visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">{t('admin.jobs.job')}</th>
          <th scope="col">{t('admin.jobs.site')}</th>
          <th scope="col">{t('admin.jobs.statusColumn')}</th>
          <th scope="col">{t('admin.jobs.attempts')}</th>
          <th scope="col">{t('admin.jobs.runAt')}</th>
          <th scope="col">{t('admin.jobs.finishedAt')}</th>
          <th scope="col">{t('admin.jobs.error')}</th>
          <th scope="col">{t('admin.revisions.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {props.jobs.map((job) => (
          <tr id={`job-${job.id}`}>
            <td>{job.id}</td>
            <td>
              <code>{job.name}</code>
            </td>
            <td>{job.site ?? t('admin.jobs.network')}</td>
            <td>{t(`admin.jobs.status.${job.status}`)}</td>
            <td>{t('admin.jobs.triesValue', { attempts: job.attempts, max: job.maxAttempts })}</td>
            <td>
              <When ctx={ctx} at={job.runAt} />
            </td>
            <td>{job.finishedAt ? <When ctx={ctx} at={job.finishedAt} /> : '—'}</td>
            <td>{job.error ? <span class="job-error">{job.error.length > 300 ? `${job.error.slice(0, 300)}…` : job.error}</span> : ''}</td>
            <td>
              {(job.status === 'failed' || (job.status === 'queued' && job.error)) && (
                <form method="post" action={`/admin/network/jobs/${job.id}/retry`}>
                  <input type="hidden" name="_csrf" value={ctx.csrfToken} />
                  <button type="submit" class="link-button">{t('admin.jobs.retry', { id: job.id })}</button>
                </form>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function When(props: { ctx: AdminContext; at: string }) {
  return (
    <time dateTime={props.at}>
      {formatDate(props.at, props.ctx.language)} {props.at.slice(11, 16)} UTC
    </time>
  );
}

function describeSchedule(ctx: AdminContext, schedule: Schedule): string {
  if (schedule.kind === 'daily') return ctx.t('admin.jobs.dailyAt', { time: `${String(schedule.hour).padStart(2, '0')}:${String(schedule.minute).padStart(2, '0')}` });
  const seconds = schedule.ms / 1000;
  if (seconds % 3600 === 0) return ctx.t('admin.jobs.everyHours', { count: seconds / 3600 });
  if (seconds % 60 === 0) return ctx.t('admin.jobs.everyMinutes', { count: seconds / 60 });
  return ctx.t('admin.jobs.everySeconds', { count: seconds });
}
