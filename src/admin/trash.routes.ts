import type { FastifyInstance, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { audit } from '../accounts/audit.ts';
import { ForbiddenError } from '../accounts/policy.ts';
import { findItem } from '../content/repo.ts';
import { deletePermanently, listTrash, restoreFromTrash, trashItemAs, trashRetentionDays } from '../content/trash.ts';
import { SiteScope } from '../db/site-scope.ts';
import { NotFoundError } from '../errors.ts';
import { buildAdminContext } from './admin-context.ts';
import { html, requireAdminSite } from './http.ts';
import type { FormBody } from './form.ts';
import { PurgeConfirmPage, TrashPage } from './views/trash-page.tsx';

type IdParams = { Params: { id: string } };

function itemId(raw: string): number {
  if (!/^\d{1,10}$/.test(raw)) throw new NotFoundError('There is no such item', 'item_not_found');
  return Number(raw);
}

/**
 * The trash: moving an item there (from its edit page), the trash page, restoring (editors and
 * up: `item.delete`) and deleting for good (site managers: `item.purge`). Every change is audited.
 */
export async function trashRoutes(app: FastifyInstance) {
  const db = app.services.db.kysely;
  const actorOf = (request: FastifyRequest) => request.user!.actor;

  app.get<{ Querystring: { trashed?: string; restored?: string; renamed?: string; purged?: string } }>('/admin/trash', { config: { policy: 'item.delete' } }, async (request, reply) => {
    const site = requireAdminSite(request);
    const scope = new SiteScope(db, site.id);
    const ctx = buildAdminContext(request, request.user, request.user!.csrfToken, 'trash');
    const rows = await listTrash(scope, site.defaultLanguage);
    // The notice after a redirect: names the item when it is still to be found, else says what happened.
    const { trashed, restored, renamed, purged } = request.query;
    let notice: string | undefined;
    if (trashed !== undefined) notice = noticeFor(ctx, 'admin.trash.trashedNotice', rows.find((r) => String(r.id) === trashed)?.title);
    else if (restored !== undefined) {
      const item = /^\d{1,10}$/.test(restored) ? await findItem(scope, Number(restored)) : undefined;
      const title = (item?.translations.find((tr) => tr.language === site.defaultLanguage) ?? item?.translations[0])?.title;
      notice = noticeFor(ctx, renamed ? 'admin.trash.restoredRenamedNotice' : 'admin.trash.restoredNotice', title);
    } else if (purged !== undefined) notice = ctx.t('admin.trash.purgedNotice');
    return html(
      reply,
      h(TrashPage, {
        ctx,
        retentionDays: trashRetentionDays,
        notice,
        rows: rows.map((r) => ({ id: r.id, title: r.title, typeLabel: ctx.t(`type.${r.type}.singular`), deletedBy: r.deletedBy?.name ?? null, deletedAt: r.deletedAt, purgeAt: r.purgeAt })),
      }),
    );
  });

  /** "Move to trash" on the edit page. The item-level rule is checked too, as for bulk actions. */
  app.post<IdParams>('/admin/items/:id/trash', { config: { policy: 'item.delete' } }, async (request, reply) => {
    const site = requireAdminSite(request);
    const scope = new SiteScope(db, site.id);
    const item = await findItem(scope, itemId(request.params.id));
    if (!item) throw new NotFoundError('There is no such item on this site', 'item_not_found');
    if (!(await trashItemAs({ scope, site, actor: actorOf(request), actorId: actorOf(request).userId }, item))) throw new ForbiddenError('You cannot move this item to the trash');
    return reply.redirect(`/admin/trash?trashed=${item.id}`, 303);
  });

  app.post<IdParams>('/admin/trash/:id/restore', { config: { policy: 'item.delete' } }, async (request, reply) => {
    const site = requireAdminSite(request);
    const id = itemId(request.params.id);
    const { renamed } = await restoreFromTrash({ scope: new SiteScope(db, site.id), site, vocabularies: app.services.vocabularies, actorId: actorOf(request).userId }, id);
    await audit(db, { siteId: site.id, userId: actorOf(request).userId, action: 'item.untrash', subject: `item:${id}`, details: renamed.length ? { renamed } : {} });
    return reply.redirect(`/admin/trash?restored=${id}${renamed.length ? '&renamed=1' : ''}`, 303);
  });

  app.get<IdParams>('/admin/trash/:id/purge', { config: { policy: 'item.purge' } }, async (request, reply) => {
    const site = requireAdminSite(request);
    const id = itemId(request.params.id);
    const [row] = await listTrash(new SiteScope(db, site.id), site.defaultLanguage, { id });
    if (!row) throw new NotFoundError('There is no such item in the trash', 'item_not_found');
    const ctx = buildAdminContext(request, request.user, request.user!.csrfToken, 'trash');
    return html(reply, h(PurgeConfirmPage, { ctx, id, title: row.title, typeLabel: ctx.t(`type.${row.type}.singular`) }));
  });

  app.post<IdParams & { Body: FormBody }>('/admin/trash/:id/purge', { config: { policy: 'item.purge' } }, async (request, reply) => {
    const site = requireAdminSite(request);
    const id = itemId(request.params.id);
    // Only the confirmation page's form says yes: a stray or replayed one-click request deletes nothing.
    if (request.body?.confirm !== 'yes') return reply.redirect(`/admin/trash/${id}/purge`, 303);
    const { type } = await deletePermanently(new SiteScope(db, site.id), id);
    await audit(db, { siteId: site.id, userId: actorOf(request).userId, action: 'item.purge', subject: `item:${id}`, details: { type } });
    return reply.redirect('/admin/trash?purged=1', 303);
  });
}

/** A notice naming the item, or the same notice without a name when it cannot be found. */
function noticeFor(ctx: { t: (key: string, values?: Record<string, string>) => string }, key: string, title: string | undefined): string {
  return ctx.t(key, { title: title ?? '—' });
}
