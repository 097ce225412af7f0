import { transitionTranslation } from '../content/service.ts';
import { listDueTransitions, publishableStatuses } from '../content/scheduling.ts';
import { announceWorkflowChange } from '../content/workflow-notifications.ts';
import { SiteScope } from '../db/site-scope.ts';
import { primaryOrigin } from '../public/page-builder.ts';
import type { Site } from '../sites/site.ts';
import { defineJob } from './registry.ts';

/**
 * Applies scheduled publications and unpublications that are due (ADR 0007), each through the
 * content service like an editor's change: a revision, the search index, an audit event and the
 * author's email. `transitionTranslation` only moves a translation that is still in the expected
 * status with its schedule still due, so a second process (or a second run) finds nothing to do.
 * It runs every minute (src/jobs/definitions.ts); one item that fails is counted and tried again
 * at the next run, so the job itself is not retried.
 */
export const publishScheduledJob = defineJob({
  name: 'publish-scheduled',
  retry: { attempts: 1, backoffMs: 60_000 },
  async perform(_payload, { db, now, services, log }) {
    const counts = { published: 0, unpublished: 0, skipped: 0, failed: 0 };
    const due = await listDueTransitions(db, now);
    if (!due.length) return counts;
    const sites = new Map(services.sites.all().map((site) => [site.id, site]));
    for (const transition of due) {
      const site = sites.get(transition.siteId);
      if (!site) {
        counts.skipped++;
        continue;
      }
      const publishing = transition.kind === 'publish';
      try {
        const context = { scope: new SiteScope(db, site.id), site, vocabularies: services.vocabularies, actorId: null };
        const changed = await transitionTranslation(context, {
          itemId: transition.itemId,
          language: transition.language,
          to: publishing ? 'published' : 'archived',
          from: publishing ? publishableStatuses : ['published'],
          due: transition.kind,
          now,
        });
        if (!changed) {
          counts.skipped++; // another process, or an editor, got there first
          continue;
        }
        await announceWorkflowChange(
          db,
          services.mailer,
          { site, before: changed.before, after: changed.after, actorId: null, origin: siteOrigin(site, services.config), language: transition.language, action: publishing ? 'item.publish' : 'item.unpublish', details: { scheduled: true } },
          log,
        );
        counts[publishing ? 'published' : 'unpublished']++;
      } catch (error) {
        // One item that cannot change (an edit in progress, a broken row) must not hold up the others.
        counts.failed++;
        log.warn({ ...transition, err: error instanceof Error ? error.message : String(error) }, 'a scheduled change could not be applied; it will be tried again');
      }
    }
    return counts;
  },
});

/** The address of the site for links in emails sent with no request to take the host from. */
function siteOrigin(site: Site, config: { localSiteSuffix: string; port: number }): string {
  return primaryOrigin(site) ?? `http://${site.code}.${config.localSiteSuffix}:${config.port}`;
}
