import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { audit } from '../accounts/audit.ts';
import { SiteScope } from '../db/site-scope.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import { languageAutonym } from '../i18n/languages.ts';
import { type MenuName, menuNames } from '../menus/menus.table.ts';
import { parseEntryId, parseMenuEntryForm, parseMenuName, parseMoveForm } from '../menus/schema.ts';
import { addMenuEntry, deleteMenuEntry, editMenuEntry, type MenuContext, moveMenuEntry, linkableItemChoices, readMenuTree } from '../menus/service.ts';
import type { Site } from '../sites/site.ts';
import { buildAdminContext } from './admin-context.ts';
import { type FormBody, type FormValues, problemsByControl } from './form.ts';
import { html, pickSiteLanguage, requireAdminSite } from './http.ts';
import { MenusPage } from './views/menus-page.tsx';

/** Editors' menus: one page per menu and language, and small POST forms that change the tree. */
export async function menuAdminRoutes(app: FastifyInstance) {
  const db = app.services.db.kysely;
  const config = { policy: 'menu.manage' as const };

  const pagePath = (menu: MenuName, language: string) => `/admin/menus?menu=${menu}&lang=${encodeURIComponent(language)}`;

  function context(site: Site): MenuContext {
    return { scope: new SiteScope(db, site.id), site };
  }

  /** Renders the page; `form` says whether it shows the add form or one entry's edit form. */
  async function renderPage(
    request: FastifyRequest,
    reply: FastifyReply,
    site: Site,
    view: { menu: MenuName; language: string; editId?: number; values?: FormValues; errors?: Map<string, string[]>; notice?: string; status?: number },
  ) {
    const ctx = buildAdminContext(request, request.user, request.user!.csrfToken, 'menus');
    const { scope } = context(site);
    const [tree, choices] = await Promise.all([readMenuTree(scope, site, view.menu, view.language), linkableItemChoices(scope, site, view.language)]);
    const find = (entries: typeof tree, id: number): (typeof tree)[number] | undefined => {
      for (const e of entries) {
        const found = e.id === id ? e : find(e.children, id);
        if (found) return found;
      }
      return undefined;
    };
    const editing = view.editId === undefined ? undefined : find(tree, view.editId);
    if (view.editId !== undefined && !editing) throw new NotFoundError('There is no such entry in this menu', 'menu_entry_not_found');
    const values: FormValues =
      view.values ??
      (editing
        ? {
            label: editing.label,
            parentId: editing.parentId === null ? '' : String(editing.parentId),
            targetKind: editing.target.kind,
            itemId: editing.target.kind === 'item' && editing.target.itemId !== null ? String(editing.target.itemId) : '',
            url: editing.target.kind === 'url' ? editing.target.url : '',
          }
        : { targetKind: 'item' });
    return html(
      reply,
      h(MenusPage, {
        ctx,
        menu: view.menu,
        language: view.language,
        menuTabs: menuNames.map((m) => ({ href: pagePath(m, view.language), label: ctx.t(`admin.menus.menu.${m}`), current: m === view.menu })),
        languageTabs: site.languages.map((l) => ({ href: pagePath(view.menu, l), label: languageAutonym(l), language: l, current: l === view.language })),
        tree,
        form: editing ? { mode: 'edit', entryId: editing.id, label: editing.label } : { mode: 'add' },
        values,
        errors: view.errors ?? new Map(),
        itemChoices: choices.map((group) => ({
          typeLabel: ctx.t(`type.${group.type}.plural`),
          items: group.items.map((item) => ({ id: item.id, title: item.title, statusLabel: item.status === 'published' ? null : ctx.t(`admin.status.${item.status}`) })),
        })),
        returnTo: pagePath(view.menu, view.language),
        notice: view.notice,
      }),
      view.status,
    );
  }

  function requireEntryId(raw: string): number {
    const id = parseEntryId(raw);
    if (id === null) throw new NotFoundError('There is no such menu entry on this site', 'menu_entry_not_found');
    return id;
  }

  const doneNotices = ['added', 'saved', 'moved', 'deleted'] as const;

  app.get<{ Querystring: { menu?: string; lang?: string; edit?: string; done?: string } }>('/admin/menus', { config }, async (request, reply) => {
    const site = requireAdminSite(request);
    const menu = parseMenuName(request.query.menu);
    const language = pickSiteLanguage(site, request.query.lang);
    const editId = request.query.edit === undefined ? undefined : (parseEntryId(request.query.edit) ?? -1);
    const done = doneNotices.find((d) => d === request.query.done);
    const t = buildAdminContext(request, request.user, request.user!.csrfToken).t;
    return renderPage(request, reply, site, { menu, language, editId, notice: done ? t(`admin.menus.done.${done}`) : undefined });
  });

  /** Saves the add or edit form; a refused save comes back with what was typed and the reasons beside the fields. */
  async function saveForm(request: FastifyRequest<{ Body: FormBody }>, reply: FastifyReply, entryId: number | null) {
    const site = requireAdminSite(request);
    const menu = parseMenuName(request.body.menu);
    const language = pickSiteLanguage(site, request.body.lang);
    const input = parseMenuEntryForm(request.body);
    try {
      const id = entryId === null ? await addMenuEntry(context(site), menu, language, input) : (await editMenuEntry(context(site), entryId, input)).id;
      await audit(db, {
        siteId: site.id,
        userId: request.user!.actor.userId,
        action: entryId === null ? 'menu.add' : 'menu.edit',
        subject: `menu-entry:${id}`,
        details: { menu, language, label: input.label.trim() },
      });
      return reply.redirect(`${pagePath(menu, language)}&done=${entryId === null ? 'added' : 'saved'}#entry-${id}`, 303);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const t = buildAdminContext(request, request.user, request.user!.csrfToken).t;
      return renderPage(request, reply, site, { menu, language, editId: entryId ?? undefined, values: { ...request.body } as FormValues, errors: problemsByControl(error.details, t), status: 422 });
    }
  }

  app.post<{ Body: FormBody }>('/admin/menus/entries', { config }, async (request, reply) => saveForm(request, reply, null));

  app.post<{ Params: { id: string }; Body: FormBody }>('/admin/menus/entries/:id', { config }, async (request, reply) => saveForm(request, reply, requireEntryId(request.params.id)));

  app.post<{ Params: { id: string }; Body: FormBody }>('/admin/menus/entries/:id/move', { config }, async (request, reply) => {
    const site = requireAdminSite(request);
    const id = requireEntryId(request.params.id);
    const direction = parseMoveForm(request.body);
    const entry = await moveMenuEntry(context(site), id, direction);
    await audit(db, { siteId: site.id, userId: request.user!.actor.userId, action: 'menu.move', subject: `menu-entry:${id}`, details: { menu: entry.menu, language: entry.language, direction } });
    return reply.redirect(`${pagePath(entry.menu, entry.language)}&done=moved#entry-${id}`, 303);
  });

  app.post<{ Params: { id: string }; Body: FormBody }>('/admin/menus/entries/:id/delete', { config }, async (request, reply) => {
    const site = requireAdminSite(request);
    const id = requireEntryId(request.params.id);
    const entry = await deleteMenuEntry(context(site), id);
    await audit(db, { siteId: site.id, userId: request.user!.actor.userId, action: 'menu.delete', subject: `menu-entry:${id}`, details: { menu: entry.menu, language: entry.language, label: entry.label } });
    return reply.redirect(`${pagePath(entry.menu, entry.language)}&done=deleted`, 303);
  });
}
