import type { FastifyInstance, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { audit } from '../accounts/audit.ts';
import { AppError, NotFoundError } from '../errors.ts';
import { defaultJobRegistry } from '../jobs/definitions.ts';
import { enqueueJob, listJobs, parseJobStatus, queueDepth, retryJob } from '../jobs/queue.ts';
import { scheduleStatuses } from '../jobs/scheduler.ts';
import { buildAdminContext } from './admin-context.ts';
import type { FormBody } from './form.ts';
import { html } from './http.ts';
import { type JobListRow, JobsPage } from './views/jobs-page.tsx';

/** These pages exist only on the portal host: on a site's host they are not found. */
function requirePortal(request: FastifyRequest): void {
  if (request.site) throw new NotFoundError('Background jobs are watched on the portal’s host', 'not_portal');
}

/**
 * The network administrators' view of the job queue (ADR 0018): counts by status, the recurring
 * jobs with a "run now", the newest jobs (or those of one status) with their errors, and a "retry
 * now" for failed ones. `notice` and `error` in the query name a message, never carry its text.
 */
export async function jobsAdminRoutes(app: FastifyInstance) {
  const db = app.services.db.kysely;
  const registry = defaultJobRegistry;

  app.get<{ Querystring: { status?: string; notice?: string; id?: string; name?: string; error?: string } }>('/admin/network/jobs', { config: { policy: 'network.manage' } }, async (request, reply) => {
    requirePortal(request);
    const ctx = buildAdminContext(request, request.user, request.user!.csrfToken, 'jobs');
    const status = parseJobStatus(request.query.status);
    const now = new Date();
    const codes = new Map(app.services.sites.all().map((s) => [s.id, s.code]));
    const present = (rows: Awaited<ReturnType<typeof listJobs>>): JobListRow[] =>
      rows.map((j) => ({ id: j.id, name: j.name, site: j.site_id === null ? null : (codes.get(j.site_id) ?? String(j.site_id)), status: j.status, attempts: j.attempts, maxAttempts: j.max_attempts, runAt: j.run_at, finishedAt: j.finished_at, error: j.last_error }));
    const id = String(request.query.id ?? '').slice(0, 12);
    const name = registry.schedules.find((s) => s.job.name === request.query.name)?.job.name ?? '';
    const notice = request.query.notice === 'retried' ? ctx.t('admin.jobs.retried', { id }) : request.query.notice === 'enqueued' && name ? ctx.t('admin.jobs.enqueued', { name }) : undefined;
    const error = request.query.error === 'not_retryable' ? ctx.t('admin.jobs.notRetryable', { id }) : undefined;
    return html(
      reply,
      h(JobsPage, {
        ctx,
        counts: await queueDepth(db),
        schedules: (await scheduleStatuses(db, registry, app.services.config, now)).map((s) => ({ ...s, schedule: registry.schedules.find((r) => r.job.name === s.name)!.schedule })),
        jobs: present(await listJobs(db, { status, limit: 50 })),
        failed: status ? [] : present(await listJobs(db, { status: 'failed', limit: 20 })),
        status: status ?? '',
        notice,
        error,
      }),
    );
  });

  app.post<{ Params: { id: string }; Body: FormBody }>('/admin/network/jobs/:id/retry', { config: { policy: 'network.manage' } }, async (request, reply) => {
    requirePortal(request);
    const id = Number(request.params.id);
    if (!Number.isSafeInteger(id) || id <= 0) throw new NotFoundError('There is no such job', 'job_not_found');
    try {
      const job = await retryJob(db, id);
      await audit(db, { siteId: job.site_id, userId: request.user!.actor.userId, action: 'job.retry', subject: `job:${job.id}`, details: { name: job.name } });
      return reply.redirect(`/admin/network/jobs?notice=retried&id=${job.id}`, 303);
    } catch (error) {
      if (error instanceof AppError && error.code === 'job_not_retryable') return reply.redirect(`/admin/network/jobs?error=not_retryable&id=${id}`, 303);
      throw error;
    }
  });

  app.post<{ Params: { name: string }; Body: FormBody }>('/admin/network/jobs/run/:name', { config: { policy: 'network.manage' } }, async (request, reply) => {
    requirePortal(request);
    const scheduled = registry.schedules.find((s) => s.job.name === request.params.name);
    if (!scheduled) throw new NotFoundError('There is no such recurring job', 'job_not_found');
    // Enqueued once while pending: several clicks before the next poll make one run.
    await enqueueJob(db, { name: scheduled.job.name, payload: scheduled.payload, maxAttempts: scheduled.job.retry.attempts, uniqueKey: `run-now:${scheduled.job.name}`, uniqueWhilePending: true });
    await audit(db, { siteId: null, userId: request.user!.actor.userId, action: 'job.run', subject: `job:${scheduled.job.name}` });
    return reply.redirect(`/admin/network/jobs?notice=enqueued&name=${encodeURIComponent(scheduled.job.name)}`, 303);
  });
}
