import { AppError } from '../errors.ts';
import type { SiteRole } from './service.ts';

/**
 * Who may do what, as pure functions of the actor and the resource: no database, no request.
 * Every admin route names the action it needs; `can` checks the site first, so a role on one site
 * gives nothing on another. Fail closed: an unknown action is refused.
 */
export const actions = [
  'admin.enter', // see the site's admin at all
  'item.create',
  'item.editOwn', // edit one's own items (contributors: drafts only)
  'item.editAny',
  'item.submit', // send a translation for review
  'item.publish', // publish, unpublish, schedule
  'item.delete', // move to the trash, restore from it
  'item.purge', // delete for good from the trash (site managers: it cannot be undone)
  'menu.manage',
  'media.upload', // add files to the site's library (and edit the texts of one's own)
  'media.manage', // edit, replace and delete any file of the site's library
  'site.settings',
  'site.users',
  'site.audit',
  'site.quarantine', // see what an import could not map, retry or dismiss it
  'site.import', // import a whole site from an older system (network administrators only: it can add languages and hundreds of items)
  'network.manage', // create and suspend sites, manage network administrators
] as const;
export type Action = (typeof actions)[number];

export interface Actor {
  userId: number;
  isNetworkAdmin: boolean;
  /** Role per site id. */
  roles: ReadonlyMap<number, SiteRole>;
}

export interface Resource {
  /** The site the resource belongs to; null for the network itself. */
  siteId: number | null;
  /** For items: who wrote it, and whether it is published in any language. */
  authorId?: number | null;
  published?: boolean;
}

const grants: Record<SiteRole, readonly Action[]> = {
  contributor: ['admin.enter', 'item.create', 'item.editOwn', 'item.submit', 'media.upload'],
  editor: ['admin.enter', 'item.create', 'item.editOwn', 'item.editAny', 'item.submit', 'item.publish', 'item.delete', 'menu.manage', 'media.upload', 'media.manage'],
  'site-manager': [
    'admin.enter', 'item.create', 'item.editOwn', 'item.editAny', 'item.submit', 'item.publish', 'item.delete', 'item.purge', 'menu.manage',
    'media.upload', 'media.manage', 'site.settings', 'site.users', 'site.audit', 'site.quarantine',
  ],
};

export function can(actor: Actor | null, action: Action, resource: Resource): boolean {
  if (!actor || !(actions as readonly string[]).includes(action)) return false;
  if (actor.isNetworkAdmin) return true;
  if (resource.siteId === null) return false; // network-level actions belong to network administrators
  const role = actor.roles.get(resource.siteId);
  if (!role || !grants[role].includes(action)) return false;
  if (action === 'item.editOwn') {
    if (resource.authorId !== undefined && resource.authorId !== actor.userId) return grants[role].includes('item.editAny');
    // Contributors may change their own work until it is published; then an editor takes over.
    if (role === 'contributor' && resource.published) return false;
  }
  return true;
}

/**
 * May the actor edit this item? (their own under `item.editOwn`, anyone's under `item.editAny`).
 * Nobody edits an item another system keeps in step (`origin`, e.g. a CBD record): it is changed at its source.
 */
export function canEditItem(actor: Actor | null, item: { siteId: number; authorId: number | null; published: boolean; origin?: string | null }): boolean {
  if (item.origin) return false;
  return can(actor, 'item.editAny', { siteId: item.siteId }) || can(actor, 'item.editOwn', item);
}

export class ForbiddenError extends AppError {
  constructor(message = 'You are not allowed to do this here') {
    super('forbidden', 403, message);
  }
}

export function authorize(actor: Actor | null, action: Action, resource: Resource): void {
  if (!can(actor, action, resource)) throw new ForbiddenError();
}

/** What the actor may do on a site, precomputed for views (which never call `can` themselves). */
export function permissionsOn(actor: Actor | null, siteId: number | null): Record<Action, boolean> {
  return Object.fromEntries(actions.map((action) => [action, can(actor, action, { siteId })])) as Record<Action, boolean>;
}
