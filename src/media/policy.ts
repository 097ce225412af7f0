import { type Actor, can } from '../accounts/policy.ts';

/**
 * Who may download a media file (pure, like `accounts/policy.ts`). A file used by a published
 * translation of a live item is public (`isUsedPublicly`, ADR 0012); any other file is private to
 * the people who work on its site (anyone who may enter its admin).
 *
 * Routes answer 404, not 403, when this says no, so that a private file's existence is not revealed.
 *
 * @example canSeeMedia(session?.actor ?? null, file, { publiclyReferenced: false })
 */
export function canSeeMedia(actor: Actor | null, file: { siteId: number }, context: { publiclyReferenced: boolean }): boolean {
  if (context.publiclyReferenced) return true;
  return can(actor, 'admin.enter', { siteId: file.siteId });
}

/**
 * May the actor change a file's texts and settings? Anyone with `media.manage` on its site; a
 * contributor only the files they uploaded (replacing and deleting stay with `media.manage`).
 */
export function canEditMediaTexts(actor: Actor | null, file: { siteId: number; createdBy: number | null }): boolean {
  if (can(actor, 'media.manage', { siteId: file.siteId })) return true;
  return actor !== null && file.createdBy === actor.userId && can(actor, 'media.upload', { siteId: file.siteId });
}
