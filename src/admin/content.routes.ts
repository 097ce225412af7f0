import '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { audit } from '../accounts/audit.ts';
import { can, canEditItem, ForbiddenError } from '../accounts/policy.ts';
import { contentTypeByName } from '../content/registry.ts';
import type { Item } from '../content/item.ts';
import { announceWorkflowChange } from '../content/workflow-notifications.ts';
import { itemPath, siteOrigin } from '../public/page-builder.ts';
import { findItem } from '../content/repo.ts';
import { isLive, listRevisions, requireContentType, restoreRevision, revisionSnapshot, saveItem, sendBackTranslation, standingReviewNote } from '../content/service.ts';
import { SiteScope } from '../db/site-scope.ts';
import { AppError, BadRequestError, NotFoundError, ReadOnlyItemError, ValidationError } from '../errors.ts';
import type { Site } from '../sites/site.ts';
import { buildAdminContext } from './admin-context.ts';
import { type FormBody, type FormValues, formToItemInput, formValue, itemToFormValues, problemsByControl } from './form.ts';
import type { ContentTypeDefinition } from '../content/content-type.ts';
import { loadMediaEntries, toMediaSummary } from '../media/presenter.ts';
import { tagGroups } from './tag-groups.ts';
import { dashboardData } from './service.ts';
import { DashboardPage } from './views/dashboard-page.tsx';
import { CompareRevisionsPage, RevisionsPage } from './views/revisions-page.tsx';
import { diffRevisions } from './revision-diff.ts';
import { EditPage, type EditPageProps } from './views/edit-page.tsx';

import { html, pickSiteLanguage, requireAdminSite, timeZones } from './http.ts';

/** Editing content: dashboard, lists, the generated edit form, revisions. */
export async function contentAdminRoutes(app: FastifyInstance) {
  const db = app.services.db.kysely;
  app.get('/admin', { config: { policy: 'admin.enter' } }, async (request, reply) => {
    if (!request.site) return reply.redirect('/admin/network', 302);
    const site = requireAdminSite(request);
    const user = request.user!;
    const ctx = buildAdminContext(request, user, user.csrfToken, 'dashboard');
    const data = await dashboardData(new SiteScope(db, site.id), site, user.actor.userId);
    const toRow = (r: { itemId: number; type: string; language: string; title: string; status: string; updatedAt: string }) => ({
      href: `/admin/items/${r.itemId}?lang=${encodeURIComponent(r.language)}`,
      title: r.title,
      typeLabel: ctx.t(`type.${r.type}.singular`),
      language: r.language,
      status: r.status,
      updatedAt: r.updatedAt,
    });
    return html(reply, h(DashboardPage, { ctx, myDrafts: data.myDrafts.map(toRow), inReview: data.inReview.map(toRow), recentlyPublished: data.recentlyPublished.map(toRow), untranslated: data.untranslated }));
  });

  // The content lists (`/admin/content/:type`) and their bulk actions are in content-list.routes.ts.

  /** The statuses this user may give a translation: contributors write drafts and submit them. */
  function allowedStatuses(request: FastifyRequest, site: Site): string[] {
    return can(request.user!.actor, 'item.publish', { siteId: site.id }) ? ['draft', 'review', 'published', 'archived'] : ['draft', 'review'];
  }

  const canPublish = (request: FastifyRequest, site: Site) => can(request.user!.actor, 'item.publish', { siteId: site.id });

  type EditPageInput = Omit<EditPageProps, 'ctx' | 'statuses' | 'tagGroups' | 'timeZones' | 'canPublish' | 'schedule' | 'sendBackAction' | 'reviewNote'>;

  /** The edit page of a saved item in one language, as stored; `overrides` carry what a refused action brings back. */
  function savedItemPage(request: FastifyRequest, site: Site, item: Item, language: string, overrides: Partial<EditPageInput> = {}) {
    const type = contentTypeByName(item.type)!;
    return editPage(request, site, {
      type,
      itemId: item.id,
      version: item.version,
      language,
      values: itemToFormValues(type, item, language),
      errors: new Map(),
      translations: translationTabs(site, item, language, item.id),
      action: `/admin/items/${item.id}`,
      ...overrides,
    }, item);
  }

  async function editPage(request: FastifyRequest, site: Site, props: EditPageInput, item?: Item) {
    const ctx = buildAdminContext(request, request.user, request.user!.csrfToken, props.type.name);
    const mayPublish = canPublish(request, site);
    const translation = item?.translations.find((t) => t.language === props.language);
    const note = item && translation?.status === 'draft' ? await standingReviewNote(new SiteScope(db, site.id), item.id, props.language) : undefined;
    const noteBy = note?.userId ? await db.selectFrom('users').select('display_name').where('id', '=', note.userId).executeTakeFirst() : undefined;
    const media = await formMedia(new SiteScope(db, site.id), site, props.type, props.values, ctx.language);
    return h(EditPage, {
      ...props,
      media,
      // The default language's text beside the form whenever a translation is edited, also when a save was refused.
      source: props.source ?? (item && props.language !== site.defaultLanguage ? item.translations.find((t) => t.language === site.defaultLanguage) : undefined),
      ctx,
      statuses: allowedStatuses(request, site),
      timeZones,
      tagGroups: tagGroups(app.services.vocabularies, ctx.language),
      canPublish: mayPublish,
      schedule: translation && (translation.publishAt || translation.unpublishAt) ? { publishAt: translation.publishAt, unpublishAt: translation.unpublishAt, zone: translation.scheduleZone ?? 'UTC' } : undefined,
      sendBackAction: item && mayPublish && translation?.status === 'review' ? `/admin/items/${item.id}/send-back` : undefined,
      reviewNote: note ? { note: note.note, by: noteBy?.display_name ?? ctx.t('admin.revisions.system'), at: note.createdAt } : undefined,
    });
  }

  /** The files the form's media fields name, summarised for their controls (another site's numbers find nothing). */
  async function formMedia(scope: SiteScope, site: Site, type: ContentTypeDefinition, values: FormValues, language: string) {
    const ids = type.fields
      .filter((f) => f.kind === 'image' || f.kind === 'files')
      .flatMap((f) => [values[`${f.localized ? 'l' : 'f'}.${f.name}`] ?? []].flat())
      .filter((v) => /^\d{1,10}$/.test(v))
      .map(Number);
    const entries = await loadMediaEntries(scope, ids);
    return new Map([...entries].map(([id, entry]) => [id, toMediaSummary(entry, language, site.defaultLanguage)]));
  }

  app.get<{ Params: { type: string }; Querystring: { lang?: string } }>('/admin/content/:type/new', { config: { policy: 'item.create' } }, async (request, reply) => {
    const site = requireAdminSite(request);
    const type = requireContentType(request.params.type);
    const language = pickSiteLanguage(site, request.query.lang);
    return html(reply, await editPage(request, site, { type, itemId: null, version: null, language, values: itemToFormValues(type, undefined, language), errors: new Map(), translations: [], action: `/admin/content/${type.name}` }));
  });

  /** Saves a form; on a refused save, the page comes back with everything typed and the reasons. */
  async function saveFromForm(request: FastifyRequest<{ Body: FormBody }>, reply: FastifyReply, site: Site, typeName: string, itemId: number | null, before?: Item) {
    const type = requireContentType(typeName);
    const language = pickSiteLanguage(site, request.body.lang);
    const input = formToItemInput(type, language, request.body);
    const status = input.translations[language]!.status!;
    if (!allowedStatuses(request, site).includes(status)) throw new ForbiddenError('Only editors can publish or archive; submit it for review instead.');
    const schedule = input.translations[language]!.schedule;
    if (schedule && !canPublish(request, site)) {
      // Contributors get no schedule controls; a crafted form that tries is refused, an empty one ignored.
      if (schedule.publishAt !== null || schedule.unpublishAt !== null) throw new ForbiddenError('Only editors can schedule publication.');
      input.translations[language]!.schedule = undefined;
    }
    const scope = new SiteScope(db, site.id);
    const version = request.body.version === undefined ? undefined : Number(request.body.version);
    const action = itemId === null ? `/admin/content/${type.name}` : `/admin/items/${itemId}`;
    try {
      const saved = await saveItem({ scope, site, vocabularies: app.services.vocabularies, actorId: request.user!.actor.userId }, input, itemId === null ? {} : { itemId, expectedVersion: version });
      await announceWorkflowChange(
        db,
        app.services.mailer,
        { site, before, after: saved, actorId: request.user!.actor.userId, origin: siteOrigin(request, site), language, action: itemId === null ? 'item.create' : status === 'published' ? 'item.publish' : 'item.edit' },
        request.log,
      );
      return reply.redirect(`/admin/items/${saved.id}?lang=${encodeURIComponent(language)}&saved=1`, 303);
    } catch (error) {
      if (!(error instanceof AppError) || (error.code !== 'validation_failed' && error.code !== 'edit_conflict')) throw error;
      const values = { ...request.body } as Record<string, string | string[]>;
      const ctx = buildAdminContext(request, request.user, request.user!.csrfToken);
      const conflict = error.code === 'edit_conflict';
      const existing = itemId === null ? undefined : await findItem(scope, itemId);
      return html(
        reply,
        await editPage(request, site, {
          type,
          itemId,
          version: conflict ? (version ?? null) : (existing?.version ?? version ?? null),
          language,
          values,
          errors: error instanceof ValidationError ? problemsByControl(error.details, ctx.t) : new Map(),
          notice: conflict
            ? {
                kind: 'error',
                text: ctx.t('admin.edit.conflict'),
                links: [
                  { href: `/admin/items/${itemId}?lang=${encodeURIComponent(language)}`, text: ctx.t('admin.edit.openLatest') },
                  // What the others changed since this editor opened the form: their version against the latest.
                  ...(existing && version !== undefined && Number.isInteger(version) && version < existing.version
                    ? [{ href: `/admin/items/${itemId}/revisions/compare?a=${version}&b=${existing.version}`, text: ctx.t('admin.edit.compareChanges') }]
                    : []),
                ],
              }
            : undefined,
          translations: translationTabs(site, existing, language, itemId),
          action,
        }, existing),
        error.statusCode,
      );
    }
  }

  function translationTabs(site: Site, item: Awaited<ReturnType<typeof findItem>>, language: string, itemId: number | null) {
    return itemId === null
      ? []
      : site.languages.map((l) => ({ language: l, status: item?.translations.find((t) => t.language === l)?.status ?? null, href: `/admin/items/${itemId}?lang=${encodeURIComponent(l)}`, current: l === language }));
  }

  app.post<{ Params: { type: string }; Body: FormBody }>('/admin/content/:type', { config: { policy: 'item.create' } }, async (request, reply) => {
    return saveFromForm(request, reply, requireAdminSite(request), request.params.type, null);
  });

  /** The site's item a URL names (another site's id, like a missing one, is not found). */
  async function siteItem(site: Site, rawId: string) {
    if (!/^\d{1,10}$/.test(rawId)) throw new NotFoundError('There is no such item', 'item_not_found');
    const item = await findItem(new SiteScope(db, site.id), Number(rawId));
    if (!item) throw new NotFoundError('There is no such item on this site', 'item_not_found');
    return item;
  }

  /** The item, if the person may change it: a synced record never (ADR 0016), others by the policy. */
  function assertEditable(request: FastifyRequest, site: Site, item: Item) {
    if (item.origin) throw new ReadOnlyItemError(`This is a record of the CBD's central clearing-house, kept in step by the CBD sync: it is changed at the source, not here`);
    const now = new Date().toISOString();
    if (!canEditItem(request.user!.actor, { siteId: site.id, authorId: item.authorId, published: item.translations.some((t) => isLive(t, now)) })) {
      throw new ForbiddenError('You cannot edit this item');
    }
    return item;
  }

  const editableItem = async (request: FastifyRequest, site: Site, rawId: string) => assertEditable(request, site, await siteItem(site, rawId));

  app.get<{ Params: { id: string }; Querystring: { lang?: string; saved?: string; sentBack?: string } }>('/admin/items/:id', { config: { policy: 'admin.enter' } }, async (request, reply) => {
    const site = requireAdminSite(request);
    const found = await siteItem(site, request.params.id);
    if (found.origin) {
      // A synced record is read-only (ADR 0016): the admin shows it where visitors see it.
      const language = pickSiteLanguage(site, request.query.lang);
      const translation = found.translations.find((t) => t.language === language) ?? found.translations[0]!;
      return reply.redirect(itemPath(translation.language, requireContentType(found.type), translation.slug), 303);
    }
    const item = assertEditable(request, site, found);
    const language = pickSiteLanguage(site, request.query.lang);
    const { t } = buildAdminContext(request, request.user, request.user!.csrfToken);
    const notice = request.query.saved ? { kind: 'success' as const, text: t('admin.edit.saved') } : request.query.sentBack ? { kind: 'success' as const, text: t('admin.review.sentBack') } : undefined;
    return html(reply, await savedItemPage(request, site, item, language, { notice }));
  });

  /** An editor sends a translation in review back to its author, with a comment (emailed, and shown on the edit page). */
  app.post<{ Params: { id: string }; Body: FormBody }>('/admin/items/:id/send-back', { config: { policy: 'item.publish' } }, async (request, reply) => {
    const site = requireAdminSite(request);
    const item = await editableItem(request, site, request.params.id);
    const language = pickSiteLanguage(site, request.body.lang);
    const version = Number(request.body.version);
    const context = { scope: new SiteScope(db, site.id), site, vocabularies: app.services.vocabularies, actorId: request.user!.actor.userId };
    const editHref = `/admin/items/${item.id}?lang=${encodeURIComponent(language)}`;
    try {
      const changed = await sendBackTranslation(context, { itemId: item.id, language, comment: formValue(request.body, 'comment'), expectedVersion: Number.isInteger(version) ? version : undefined });
      // Null: it was no longer in review (someone published or sent it back meanwhile); the page shows where it stands.
      if (!changed) return reply.redirect(editHref, 303);
      await announceWorkflowChange(
        db,
        app.services.mailer,
        { site, before: changed.before, after: changed.after, actorId: request.user!.actor.userId, origin: siteOrigin(request, site), language, action: 'item.sendBack', note: formValue(request.body, 'comment').trim() },
        request.log,
      );
      return reply.redirect(`${editHref}&sentBack=1`, 303);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const { t } = buildAdminContext(request, request.user, request.user!.csrfToken);
      const type = contentTypeByName(item.type)!;
      return html(
        reply,
        await savedItemPage(request, site, item, language, {
          values: { ...itemToFormValues(type, item, language), comment: formValue(request.body, 'comment') },
          errors: problemsByControl(error.details, t),
        }),
        error.statusCode,
      );
    }
  });

  app.post<{ Params: { id: string }; Body: FormBody }>('/admin/items/:id', { config: { policy: 'admin.enter' } }, async (request, reply) => {
    const site = requireAdminSite(request);
    const item = await editableItem(request, site, request.params.id);
    return saveFromForm(request, reply, site, item.type, item.id, item);
  });

  app.get<{ Params: { id: string }; Querystring: { restored?: string; conflict?: string } }>('/admin/items/:id/revisions', { config: { policy: 'admin.enter' } }, async (request, reply) => {
    const site = requireAdminSite(request);
    const item = await editableItem(request, site, request.params.id);
    const revisions = await listRevisions(new SiteScope(db, site.id), item.id);
    const authorIds = [...new Set(revisions.map((r) => r.userId).filter((id): id is number => id !== null))];
    const authors = authorIds.length ? await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', authorIds).execute() : [];
    const ctx = buildAdminContext(request, request.user, request.user!.csrfToken, item.type);
    const title = (item.translations.find((t) => t.language === site.defaultLanguage) ?? item.translations[0])?.title ?? `#${item.id}`;
    const restored = Number(request.query.restored);
    return html(
      reply,
      h(RevisionsPage, {
        ctx,
        itemId: item.id,
        title,
        currentVersion: item.version,
        restored: Number.isInteger(restored) && restored > 0 ? restored : undefined,
        conflict: request.query.conflict !== undefined,
        rows: revisions.map((r) => ({
          version: r.version,
          author: authors.find((a) => a.id === r.userId)?.display_name ?? ctx.t('admin.revisions.system'),
          createdAt: r.createdAt,
          changes: r.changes,
          isCurrent: r.version === item.version,
        })),
      }),
    );
  });

  app.get<{ Params: { id: string }; Querystring: { a?: string; b?: string } }>('/admin/items/:id/revisions/compare', { config: { policy: 'admin.enter' } }, async (request, reply) => {
    const site = requireAdminSite(request);
    const item = await editableItem(request, site, request.params.id);
    const [a, b] = [request.query.a, request.query.b].map((v) => Number(v));
    if (!Number.isInteger(a) || !Number.isInteger(b)) throw new BadRequestError('Choose two versions to compare ("a" and "b")', 'invalid_versions');
    const scope = new SiteScope(db, site.id);
    const [before, after] = await Promise.all([revisionSnapshot(scope, item.id, Math.min(a!, b!)), revisionSnapshot(scope, item.id, Math.max(a!, b!))]);
    if (!before || !after) throw new NotFoundError('One of these versions does not exist', 'revision_not_found');
    const ctx = buildAdminContext(request, request.user, request.user!.csrfToken, item.type);
    return html(reply, h(CompareRevisionsPage, { ctx, itemId: item.id, a: before.version, b: after.version, rows: diffRevisions(before, after, ctx.t) }));
  });

  app.post<{ Params: { id: string; version: string }; Body: FormBody }>('/admin/items/:id/revisions/:version/restore', { config: { policy: 'admin.enter' } }, async (request, reply) => {
    const site = requireAdminSite(request);
    const item = await editableItem(request, site, request.params.id);
    const version = Number(request.params.version);
    if (!Number.isInteger(version) || version < 1) throw new NotFoundError('There is no such version', 'revision_not_found');
    const context = { scope: new SiteScope(db, site.id), site, vocabularies: app.services.vocabularies, actorId: request.user!.actor.userId };
    const expected = Number(request.body.version);
    try {
      await restoreRevision(context, item.id, version, Number.isInteger(expected) ? expected : item.version);
    } catch (error) {
      if (error instanceof AppError && error.code === 'edit_conflict') return reply.redirect(`/admin/items/${item.id}/revisions?conflict=1`, 303);
      throw error;
    }
    await audit(db, { siteId: site.id, userId: request.user!.actor.userId, action: 'item.restore', subject: `item:${item.id}`, details: { version } });
    return reply.redirect(`/admin/items/${item.id}/revisions?restored=${version}`, 303);
  });
}
