import { defineJob } from '../../jobs/registry.ts';
import { harvestDueFeeds } from './service.ts';

/**
 * The periodic harvest (ADR 0020): every few minutes, one round fetches the feeds that are due
 * (their interval, HARVEST_INTERVAL_MINUTES, passed, or their back-off after failures is over).
 * Each feed's own failure is recorded on the feed and never fails the job; the job fails (and is
 * retried) only when the round itself could not run (the database unreachable). Feeds are
 * claimed one by one, so two processes running the job at once fetch each feed once.
 * Scheduled every five minutes in `src/jobs/definitions.ts`.
 */
export const harvestFeedsJob = defineJob({
  name: 'harvest-feeds',
  retry: { attempts: 2, backoffMs: 60_000 },
  leaseMs: 5 * 60_000,
  async perform(_payload, { services, now }) {
    const report = await harvestDueFeeds(services, { now: new Date(now) });
    const count = (outcome: string) => report.feeds.filter((f) => f.outcome === outcome).length;
    return {
      feeds: report.feeds.length,
      updated: count('updated'),
      notModified: count('not-modified'),
      failed: count('failed'),
      added: report.feeds.reduce((n, f) => n + f.added, 0),
    };
  },
});
