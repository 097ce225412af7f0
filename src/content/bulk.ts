import { type Actor, can, canEditItem } from '../accounts/policy.ts';
import { AppError } from '../errors.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { Item, TranslationStatus } from './item.ts';
import * as repo from './repo.ts';
import { type ContentContext, isLive, itemToInput, saveItem } from './service.ts';
import { trashItemAs } from './trash.ts';
import { announceWorkflowChange, type WorkflowLog } from './workflow-notifications.ts';

/**
 * Bulk actions of the admin's content lists. Each item is checked and changed on its own, through
 * the same service functions as a single edit (so a revision, the search index and workflow email
 * follow as they would), and each gives an outcome: nothing is skipped silently.
 *
 * "Unpublish" archives: in the workflow (draft → review → published → archived), archived is the
 * status an editor gives a text withdrawn from the public. Sending it back to draft would instead
 * hand it back to its contributor for rewriting and put it among their drafts.
 */
export const bulkActions = ['publish', 'unpublish', 'trash'] as const;
export type BulkAction = (typeof bulkActions)[number];

/**
 * What happened to one item: `done`; `forbidden` (the user may not do this to it); `unchanged`
 * (nothing to do, e.g. no draft to publish); `missing` (not on this site, or already in the
 * trash); `conflict` (changed by someone else meanwhile); `invalid` (its content no longer passes
 * validation, e.g. a withdrawn tag: open it to fix it).
 */
export type BulkResult = 'done' | 'forbidden' | 'unchanged' | 'missing' | 'conflict' | 'invalid';

export interface BulkOutcome {
  itemId: number;
  /** The item's title in `language` (or its first), null when there is no such item. */
  title: string | null;
  result: BulkResult;
}

export interface BulkRequest {
  action: BulkAction;
  itemIds: readonly number[];
  /** When given, publish and unpublish touch only this language's translation. */
  language?: string;
}

export interface BulkDependencies extends ContentContext {
  actor: Actor;
  actorId: number;
  mailer: Mailer;
  /** `https://host` of the site, for links in workflow email. */
  origin: string;
  /** Where a failed notification is reported (it must not undo a change already made). */
  log: WorkflowLog;
}


const newStatus: Record<Exclude<BulkAction, 'trash'>, { from: readonly TranslationStatus[]; to: TranslationStatus }> = {
  publish: { from: ['draft', 'review'], to: 'published' },
  unpublish: { from: ['published'], to: 'archived' },
};

/** Applies one action to each item in turn and says what became of each, in the order given. */
export async function applyBulkAction(deps: BulkDependencies, request: BulkRequest): Promise<BulkOutcome[]> {
  const outcomes: BulkOutcome[] = [];
  for (const itemId of [...new Set(request.itemIds)]) {
    outcomes.push(await applyToItem(deps, request, itemId));
  }
  return outcomes;
}

async function applyToItem(deps: BulkDependencies, request: BulkRequest, itemId: number): Promise<BulkOutcome> {
  const { scope, site, actor, actorId } = deps;
  // Read through the site scope: another site's id, like a trashed one, is simply not there.
  const item = await repo.findItem(scope, itemId);
  if (!item) return { itemId, title: null, result: 'missing' };
  const title = (item.translations.find((t) => t.language === request.language) ?? item.translations.find((t) => t.language === site.defaultLanguage) ?? item.translations[0])?.title ?? `#${item.id}`;
  const outcome = (result: BulkResult): BulkOutcome => ({ itemId, title, result });
  const resource = { siteId: site.id, authorId: item.authorId, published: item.translations.some((t) => isLive(t, new Date().toISOString())) };

  if (request.action === 'trash') return outcome((await trashItemAs(deps, item, { bulk: true })) ? 'done' : 'forbidden');

  if (!can(actor, 'item.publish', resource) || !canEditItem(actor, { siteId: site.id, authorId: item.authorId, published: resource.published, origin: item.origin })) return outcome('forbidden');
  const change = newStatus[request.action];
  const targets = item.translations.filter((t) => (request.language === undefined || t.language === request.language) && change.from.includes(t.status));
  if (!targets.length) return outcome('unchanged');
  const input = itemToInput(item);
  for (const t of targets) input.translations[t.language]!.status = change.to;
  let saved: Item;
  try {
    saved = await saveItem(deps, input, { itemId: item.id, expectedVersion: item.version });
  } catch (error) {
    if (error instanceof AppError && error.code === 'edit_conflict') return outcome('conflict');
    if (error instanceof AppError && error.code === 'validation_failed') return outcome('invalid');
    throw error;
  }
  await announceWorkflowChange(
    scope.db,
    deps.mailer,
    {
      site,
      before: item,
      after: saved,
      actorId,
      origin: deps.origin,
      action: request.action === 'publish' ? 'item.publish' : 'item.unpublish',
      language: targets[0]!.language,
      details: { languages: targets.map((t) => t.language), status: change.to, bulk: true },
    },
    deps.log,
  );
  return outcome('done');
}
