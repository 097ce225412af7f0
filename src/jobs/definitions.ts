import { runScheduledBackups } from '../backup/schedule.ts';
import { purgeExpiredTrash } from '../content/trash.ts';
import { harvestFeedsJob } from '../interop/harvest/harvest-job.ts';
import { resetTrainingSites } from '../sites/lifecycle.ts';
import { SiteScope } from '../db/site-scope.ts';
import { uploadStagingDir } from '../media/storage/open-store.ts';
import { sweepIncompleteUploads } from '../media/upload.ts';
import { makePendingVariants } from '../media/variant-job.ts';
import { cbdSyncJob } from './cbd-sync.ts';
import { publishScheduledJob } from './publish-scheduled.ts';
import { enqueueJob, pruneJobs } from './queue.ts';
import { defineJob, type JobDefinition, jobRegistry, type JobRegistry, type ScheduledJob } from './registry.ts';
import { dailyAt, every } from './schedule.ts';

/**
 * Every job this installation runs, and when (ADR 0018). Adding a job is one definition (here or
 * in its module, calling that module's service) and one line in `scheduledJobs` if it recurs, or
 * in `onDemandJobs` if services only enqueue it (`enqueueJob(db, { name, payload, siteId })`).
 */

// Items stay in the trash for 30 days (src/content/trash.ts); then they are deleted for good.
export const purgeTrashJob = defineJob({
  name: 'purge-trash',
  retry: { attempts: 3, backoffMs: 60_000 },
  perform: async (_payload, { db, now }) => ({ purged: await purgeExpiredTrash(db, now) }),
});

// What a crash in the middle of an upload left behind: staged files and uncommitted store keys, after an hour.
export const sweepUploadsJob = defineJob({
  name: 'sweep-uploads',
  retry: { attempts: 3, backoffMs: 60_000 },
  perform: async (_payload, { services, now }) => ({ removed: await sweepIncompleteUploads(services.media, { stagingDir: uploadStagingDir(services.config), now: new Date(now) }) }),
});

const variantsPerRun = 3;

// AVIF/WebP/JPEG variants of new images (ADR 0011), a few per run: each costs ~2 s of both cores.
// A full batch enqueues a follow-up at once, so a backlog drains without waiting a minute per batch;
// a batch with images to retry (the store unreachable) waits for the next minute instead.
export const mediaVariantsJob = defineJob({
  name: 'media-variants',
  retry: { attempts: 1, backoffMs: 60_000 },
  leaseMs: 5 * 60_000,
  async perform(_payload, { db, services, log, now }) {
    const counts = await makePendingVariants(
      { db, store: services.media, stagingDir: uploadStagingDir(services.config), scopeFor: (siteId) => new SiteScope(db, siteId), log, maxInputPixels: services.config.mediaMaxImagePixels },
      variantsPerRun,
    );
    if (counts.made + counts.failed === variantsPerRun && counts.retry === 0) {
      await enqueueJob(db, { name: 'media-variants', uniqueKey: 'media-variants:more', uniqueWhilePending: true, maxAttempts: 1, now });
    }
    return counts;
  },
});

// Finished jobs are kept for the admin's history: done ones for a week, failed ones for a month.
export const pruneJobsJob = defineJob({
  name: 'prune-jobs',
  retry: { attempts: 3, backoffMs: 60_000 },
  perform: async (_payload, { db, now }) => ({ deleted: await pruneJobs(db, { now }) }),
});

// Every site's archive, daily, to BACKUP_DIR or BACKUP_TARGET, keeping BACKUP_KEEP per site (ADR 0019).
// A site that fails is reported and the others still written; the job fails (and is retried) only
// when no site could be backed up, so one broken site does not rewrite every other archive twice.
export const backupSitesJob = defineJob({
  name: 'backup-sites',
  retry: { attempts: 3, backoffMs: 15 * 60_000 },
  leaseMs: 10 * 60_000,
  async perform(_payload, { services, now, log }) {
    const report = await runScheduledBackups(services, { now: new Date(now) });
    for (const failure of report.failed) log.error({ site: failure.site, err: failure.error }, 'scheduled backup of a site failed');
    if (report.failed.length && !report.written.length) throw new Error(`No site could be backed up: ${report.failed.map((f) => `${f.site}: ${f.error}`).join('; ')}`);
    return { target: report.target, written: report.written.length, deleted: report.deleted.length, failed: report.failed.map((f) => f.site) };
  },
});

// Training sandboxes marked for it return to their seed each night, ready for the next class (ADR 0021).
export const resetTrainingSitesJob = defineJob({
  name: 'reset-training-sites',
  retry: { attempts: 2, backoffMs: 15 * 60_000 },
  leaseMs: 10 * 60_000,
  async perform(_payload, { services, now, log }) {
    const result = await resetTrainingSites(services, { now: new Date(now) });
    for (const failure of result.failed) log.error({ site: failure.site, err: failure.error }, 'nightly reset of a training site failed');
    return { reset: result.reset.length, failed: result.failed.map((f) => f.site) };
  },
});

/** Recurring jobs, in the order "run all now" (tests, the CLI) enqueues them. */
export const scheduledJobs: readonly ScheduledJob[] = [
  { job: publishScheduledJob, schedule: every({ minutes: 1 }) },
  { job: purgeTrashJob, schedule: every({ hours: 1 }) },
  { job: sweepUploadsJob, schedule: every({ hours: 1 }) },
  // National data and vocabularies from the CBD (ADR 0016), every CBD_SYNC_INTERVAL_HOURS; the job decides which sites are due.
  { job: cbdSyncJob, schedule: every({ minutes: 15 }), enabled: (config) => config.cbdSyncIntervalHours > 0 },
  { job: mediaVariantsJob, schedule: every({ minutes: 1 }) },
  { job: pruneJobsJob, schedule: dailyAt('04:10') },
  // Each feed is fetched when its own interval (HARVEST_INTERVAL_MINUTES) or back-off is over (ADR 0020).
  { job: harvestFeedsJob, schedule: every({ minutes: 5 }) },
  { job: backupSitesJob, schedule: dailyAt('02:30'), enabled: (config) => config.scheduledBackups },
  // Before the backups, so that a sandbox's archive is its seed, not the day's exercises.
  { job: resetTrainingSitesJob, schedule: dailyAt('02:00') },
];

/** Jobs only enqueued by services (no schedule). */
export const onDemandJobs: readonly JobDefinition[] = [];

/** The registry every process uses unless a test gives its own. */
export const defaultJobRegistry: JobRegistry = jobRegistry(onDemandJobs, scheduledJobs);
