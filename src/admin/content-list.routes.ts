import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { applyBulkAction } from '../content/bulk.ts';
import { requireContentType } from '../content/service.ts';
import { SiteScope } from '../db/site-scope.ts';
import { siteOrigin } from '../public/page-builder.ts';
import { termTitle } from '../vocabularies/service.ts';
import { buildAdminContext } from './admin-context.ts';
import { contentListSearch, parseBulkForm, parseContentListQuery } from './content-list.schema.ts';
import { html, pageSize, requireAdminSite } from './http.ts';
import { listAuthors, listItemsForAdmin } from './service.ts';
import { BulkResultPage, ContentListPage } from './views/content-list-page.tsx';

/** The content list of each type (filters, sorting, pages) and its bulk actions. */
export async function contentListRoutes(app: FastifyInstance) {
  const db = app.services.db.kysely;

  app.get<{ Params: { type: string } }>('/admin/content/:type', { config: { policy: 'admin.enter' } }, async (request, reply) => {
    const site = requireAdminSite(request);
    const type = requireContentType(request.params.type);
    const filters = parseContentListQuery(request.query, site);
    const scope = new SiteScope(db, site.id);
    const [{ rows, total }, authors] = await Promise.all([
      listItemsForAdmin(scope, { ...filters, type: type.name, defaultLanguage: site.defaultLanguage, limit: pageSize, offset: (filters.page - 1) * pageSize }),
      listAuthors(scope, type.name),
    ]);
    const ctx = buildAdminContext(request, request.user, request.user!.csrfToken, type.name);
    const titleLanguage = filters.language ?? site.defaultLanguage;
    return html(
      reply,
      h(ContentListPage, {
        ctx,
        type,
        total,
        page: filters.page,
        pages: Math.max(1, Math.ceil(total / pageSize)),
        query: {
          text: filters.text ?? '',
          status: filters.status ?? '',
          language: filters.language ?? '',
          author: filters.authorId !== undefined ? String(filters.authorId) : '',
          tag: filters.tag ?? '',
          sort: filters.sort,
          direction: filters.direction,
        },
        search: contentListSearch(filters),
        languages: site.languages,
        authors,
        tags: app.services.vocabularies.list('gbf-targets').map((term) => ({ identifier: term.identifier, label: `${term.data.number}. ${termTitle(term, ctx.language)}` })),
        hrefFor: (p: number) => `/admin/content/${type.name}${contentListSearch(filters, p)}`,
        rows: rows.map((row) => {
          const main = row.translations.find((t) => t.language === titleLanguage) ?? row.translations.find((t) => t.language === site.defaultLanguage) ?? row.translations[0];
          return {
            id: row.id,
            title: main?.title ?? `#${row.id}`,
            editHref: `/admin/items/${row.id}`,
            statuses: row.translations.map((t) => ({ language: t.language, status: t.status })),
            author: authors.find((a) => a.id === row.authorId)?.name ?? null,
            updatedAt: row.updatedAt,
            createdAt: row.createdAt,
          };
        }),
      }),
    );
  });

  /**
   * Publish, unpublish or trash the ticked items. The route only needs `admin.enter`: each item is
   * then checked on its own (a contributor's publish is refused item by item and reported), and
   * ids of another site are not found through this site's scope, so they are reported and untouched.
   */
  app.post<{ Params: { type: string } }>('/admin/content/:type/bulk', { config: { policy: 'admin.enter' } }, async (request, reply) => {
    const site = requireAdminSite(request);
    const type = requireContentType(request.params.type);
    const form = parseBulkForm(request.body, site);
    const user = request.user!;
    const outcomes = await applyBulkAction(
      {
        scope: new SiteScope(db, site.id),
        site,
        vocabularies: app.services.vocabularies,
        actor: user.actor,
        actorId: user.actor.userId,
        mailer: app.services.mailer,
        origin: siteOrigin(request, site),
        log: request.log,
      },
      { action: form.action, itemIds: form.itemIds, language: form.language },
    );
    const ctx = buildAdminContext(request, user, user.csrfToken, type.name);
    return html(reply, h(BulkResultPage, { ctx, type, action: form.action, outcomes, backHref: `/admin/content/${type.name}${form.back}` }));
  });
}
