import '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { audit, listAuditEvents } from '../accounts/audit.ts';
import { ForbiddenError } from '../accounts/policy.ts';
import { siteOrigin } from '../public/page-builder.ts';
import { BadRequestError, NotFoundError, ValidationError } from '../errors.ts';
import type { Site } from '../sites/site.ts';
import { buildAdminContext } from './admin-context.ts';
import { type FormBody, problemsByControl } from './form.ts';
import { SettingsPage } from './views/settings-page.tsx';
import { themeContrastProblems } from '../web/contrast.ts';
import { SiteScope } from '../db/site-scope.ts';
import { findMediaKinds } from '../media/repo.ts';
import { loadMediaEntries, toMediaSummary } from '../media/presenter.ts';
import { updateSite } from '../sites/service.ts';
import { siteName } from '../sites/site.ts';
import { AuditPage } from './views/log-pages.tsx';
import { UsersPage } from './views/users-page.tsx';
import { inviteToSite } from '../accounts/invitations.ts';
import { type SiteRole, siteRoles } from '../accounts/service.ts';

import { html, requireAdminSite } from './http.ts';

/** A site manager's pages: people and roles, settings, the activity log. */
export async function siteAdminRoutes(app: FastifyInstance) {
  const db = app.services.db.kysely;
  /** The home page picture the form names, summarised for its control (another site's number finds nothing). */
  async function heroSummary(site: Site, values: Record<string, string | string[] | undefined>, language: string) {
    const raw = String(values['theme.heroImageId'] ?? '');
    if (!/^\d{1,10}$/.test(raw)) return new Map();
    const entries = await loadMediaEntries(new SiteScope(db, site.id), [Number(raw)]);
    return new Map([...entries].map(([id, entry]) => [id, toMediaSummary(entry, language, site.defaultLanguage)]));
  }

  function settingsValues(site: Site): Record<string, string> {
    const values: Record<string, string> = {
      languages: site.languages.join(', '),
      defaultLanguage: site.defaultLanguage,
      'theme.primaryColor': site.theme.primaryColor,
      'theme.accentColor': site.theme.accentColor,
      'theme.logoUrl': site.theme.logoUrl ?? '',
      'theme.heroImageId': site.theme.heroImageId === undefined ? '' : String(site.theme.heroImageId),
      contactEmail: site.contactEmail ?? '',
    };
    for (const language of site.languages) {
      values[`names.${language}`] = site.names[language] ?? '';
      values[`taglines.${language}`] = site.taglines[language] ?? '';
    }
    return values;
  }

  app.get<{ Querystring: { invited?: string } }>('/admin/users', { config: { policy: 'site.users' } }, async (request, reply) => {
    const site = requireAdminSite(request);
    const ctx = buildAdminContext(request, request.user, request.user!.csrfToken, 'users');
    const notice = request.query.invited ? ctx.t('admin.users.invited', { email: request.query.invited.slice(0, 254) }) : undefined;
    return html(reply, h(UsersPage, { ctx, members: await siteMembers(site, request.user!.actor.userId), values: {}, errors: new Map(), notice }));
  });

  async function siteMembers(site: Site, selfId: number) {
    const rows = await db
      .selectFrom('site_memberships')
      .innerJoin('users', 'users.id', 'site_memberships.user_id')
      .select(['users.id', 'users.display_name', 'users.email', 'users.password_hash', 'site_memberships.role'])
      .where('site_memberships.site_id', '=', site.id)
      .orderBy('users.display_name')
      .execute();
    return rows.map((r) => ({ userId: r.id, displayName: r.display_name, email: r.email, role: r.role, pending: r.password_hash === null, isSelf: r.id === selfId }));
  }

  app.post<{ Body: FormBody }>('/admin/users', { config: { policy: 'site.users' } }, async (request, reply) => {
    const site = requireAdminSite(request);
    const ctx = buildAdminContext(request, request.user, request.user!.csrfToken, 'users');
    try {
      const invitation = await inviteToSite(db, { siteId: site.id, email: String(request.body.email ?? ''), displayName: String(request.body.displayName ?? ''), role: String(request.body.role ?? '') as SiteRole });
      const origin = siteOrigin(request, site);
      const t = ctx.t;
      await app.services.mailer.send({
        siteId: site.id,
        to: invitation.email,
        subject: t('mail.invite.subject', { site: siteName(site, ctx.language) }),
        text: invitation.token
          ? t('mail.invite.body', { site: siteName(site, ctx.language), link: `${origin}/admin/password/${invitation.token}` })
          : t('mail.role.body', { site: siteName(site, ctx.language), link: `${origin}/admin` }),
      });
      await audit(db, { siteId: site.id, userId: request.user!.actor.userId, action: 'user.invite', subject: `user:${invitation.userId}`, details: { role: request.body.role } });
      return reply.redirect(`/admin/users?invited=${encodeURIComponent(invitation.email)}`, 303);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return html(reply, h(UsersPage, { ctx, members: await siteMembers(site, request.user!.actor.userId), values: request.body as Record<string, string>, errors: problemsByControl(error.details, ctx.t) }), 422);
    }
  });

  app.post<{ Params: { id: string }; Body: FormBody }>('/admin/users/:id/role', { config: { policy: 'site.users' } }, async (request, reply) => {
    const site = requireAdminSite(request);
    const userId = Number(request.params.id);
    if (!Number.isInteger(userId)) throw new NotFoundError('There is no such user', 'user_not_found');
    if (userId === request.user!.actor.userId) throw new ForbiddenError('You cannot change your own role; ask another site manager.');
    const role = String(request.body.role ?? '');
    const member = await db.selectFrom('site_memberships').select('role').where('site_id', '=', site.id).where('user_id', '=', userId).executeTakeFirst();
    if (!member) throw new NotFoundError('This person has no role on this site', 'user_not_found');
    if (role === '') await db.deleteFrom('site_memberships').where('site_id', '=', site.id).where('user_id', '=', userId).execute();
    else if ((siteRoles as readonly string[]).includes(role)) await db.updateTable('site_memberships').set({ role: role as SiteRole }).where('site_id', '=', site.id).where('user_id', '=', userId).execute();
    else throw new BadRequestError(`"${role}" is not a role`, 'invalid_role');
    await audit(db, { siteId: site.id, userId: request.user!.actor.userId, action: role === '' ? 'user.remove' : 'user.role', subject: `user:${userId}`, details: { from: member.role, to: role || null } });
    return reply.redirect('/admin/users', 303);
  });

  app.get('/admin/audit', { config: { policy: 'site.audit' } }, async (request, reply) => {
    const site = requireAdminSite(request);
    const ctx = buildAdminContext(request, request.user, request.user!.csrfToken, 'audit');
    const rows = await listAuditEvents(db, site.id, 200);
    return html(reply, h(AuditPage, { ctx, rows: rows.map((r) => ({ action: r.action, subject: r.subject, who: r.email, at: r.created_at })) }));
  });

  app.get<{ Querystring: { saved?: string } }>('/admin/settings', { config: { policy: 'site.settings' } }, async (request, reply) => {
    const site = requireAdminSite(request);
    const ctx = buildAdminContext(request, request.user, request.user!.csrfToken, 'settings');
    const values = settingsValues(site);
    return html(
      reply,
      h(SettingsPage, {
        ctx,
        languages: site.languages,
        values,
        errors: new Map(),
        saved: request.query.saved !== undefined,
        contrastProblems: themeContrastProblems(site.theme),
        media: await heroSummary(site, values, ctx.language),
      }),
    );
  });

  app.post<{ Body: FormBody }>('/admin/settings', { config: { policy: 'site.settings' } }, async (request, reply) => {
    const site = requireAdminSite(request);
    const body = request.body;
    const text = (name: string) => String(body[name] ?? '').trim();
    const names: Record<string, string> = {};
    const taglines: Record<string, string> = {};
    for (const key of Object.keys(body)) {
      if (key.startsWith('names.') && text(key)) names[key.slice(6)] = text(key);
      if (key.startsWith('taglines.')) taglines[key.slice(9)] = text(key);
    }
    const languages = text('languages').split(/[\s,]+/).filter(Boolean);
    const heroRaw = text('theme.heroImageId');
    const heroImageId = heroRaw === '' ? null : /^\d{1,10}$/.test(heroRaw) ? Number(heroRaw) : Number.NaN;
    try {
      // The home page picture must be an image of this site's library (another site's number finds nothing).
      if (heroImageId !== null) {
        const kind = Number.isInteger(heroImageId) ? (await findMediaKinds(new SiteScope(db, site.id), [heroImageId])).get(heroImageId) : undefined;
        if (kind !== 'image') {
          throw new ValidationError('The home page picture is not an image of this site', [
            { path: 'theme.heroImageId', message: `No image ${heroRaw} in this site's library`, code: kind ? 'mediaNotImage' : 'mediaUnknown', params: { id: heroRaw } },
          ]);
        }
      }
      await updateSite(db, site.code, {
        names,
        taglines,
        languages,
        defaultLanguage: text('defaultLanguage') || undefined,
        contactEmail: text('contactEmail') || null,
        theme: { primaryColor: text('theme.primaryColor'), accentColor: text('theme.accentColor'), ...(text('theme.logoUrl') ? { logoUrl: text('theme.logoUrl') } : {}), heroImageId },
      });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const ctx = buildAdminContext(request, request.user, request.user!.csrfToken, 'settings');
      const values = body as Record<string, string>;
      return html(
        reply,
        h(SettingsPage, { ctx, languages: site.languages, values, errors: problemsByControl(error.details, ctx.t), saved: false, media: await heroSummary(site, values, ctx.language) }),
        422,
      );
    }
    await app.services.sites.refresh();
    await audit(db, { siteId: site.id, userId: request.user!.actor.userId, action: 'site.settings', subject: `site:${site.code}` });
    return reply.redirect('/admin/settings?saved=1', 303);
  });
}
