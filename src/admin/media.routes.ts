import { formatBytes } from '../web/format.ts';
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { can } from '../accounts/policy.ts';
import { SiteScope } from '../db/site-scope.ts';
import { ConflictError, type FieldProblem, ValidationError } from '../errors.ts';
import type { MediaLimits } from '../config.ts';
import type { Translate } from '../i18n/translator.ts';
import {
  deleteMediaFile,
  type LibraryStoreContext,
  mediaDetail,
  MediaInUseError,
  MediaUsedBySiteError,
  mediaKinds,
  type MediaLibraryEntry,
  type MediaMetadataInput,
  MediaReplaceError,
  previewVariant,
  replaceMediaFile,
  requireMediaFile,
  searchMediaLibrary,
  updateMediaMetadata,
} from '../media/library.ts';
import { canEditMediaTexts } from '../media/policy.ts';
import { toMediaSummary } from '../media/presenter.ts';
import { MediaTooLargeError, MediaUploadError } from '../media/schema.ts';
import { uploadStagingDir } from '../media/storage/open-store.ts';
import { storeUpload } from '../media/upload.ts';
import { mediaUrl, variantUrl } from '../media/urls.ts';
import { type MediaUse, siteSettingsMedia } from '../media/usage.ts';
import type { Site } from '../sites/site.ts';
import { buildAdminContext } from './admin-context.ts';
import type { FormBody } from './form.ts';
import { html, pageSize, requireAdminSite } from './http.ts';
import { readMultipart } from './multipart.ts';
import { mediaLibrarySearch, parseMediaChooseQuery, parseMediaDetailQuery, parseMediaId, parseMediaLibraryQuery, parseMediaMetadataForm } from './media.schema.ts';
import { type MediaCardModel, MediaLibraryPage, type UploadOutcome } from './views/media-library-page.tsx';
import { MediaDeleteConfirmPage, type MediaDetailModel, MediaDetailPage, type MediaUseModel } from './views/media-detail-page.tsx';

/** Most files one upload request may carry (the island sends one per request). */
const maxFilesPerRequest = 20;
/** The notice of the last upload or deletion, shown once on the library page after the redirect. */
const flashCookie = 'ecotone_media_flash';

/** What the flash cookie carries (compact: it rides on a redirect). */
interface Flash {
  uploads?: { f: string; ok: boolean; id?: number; dup?: boolean; code?: string; kind?: string }[];
  deleted?: string;
}

/**
 * The media library in the admin (issue 4): the library page with its upload form, the picker's
 * JSON, a file's page (metadata, uses, replace, delete). Uploads are streamed multipart
 * (`@fastify/multipart`, registered in this plugin only); their CSRF token is the form's first
 * field, checked before any file part is read, or the `x-csrf-token` header the island sends.
 */
export async function mediaAdminRoutes(app: FastifyInstance) {
  const db = app.services.db.kysely;
  const settings = app.services.config;
  const stagingDir = uploadStagingDir(settings);
  const largestLimit = Math.max(...Object.values(settings.mediaLimits));
  await app.register(multipart, {
    // One byte over the largest kind's limit, so that `storeUpload` sees a file is too large rather
    // than a silently truncated one; each kind's own limit is enforced there.
    limits: { files: maxFilesPerRequest, fileSize: largestLimit + 1, fields: 10, fieldSize: 1024, parts: maxFilesPerRequest + 10, headerPairs: 100 },
    throwFileSizeLimit: false,
    // The name as sent, so that a name with path separators is refused with a reason (`cleanFilename`)
    // rather than silently cut to its last part.
    preservePath: true,
  });

  const scopeOf = (site: Site) => new SiteScope(db, site.id);
  const storeContext = (request: FastifyRequest, site: Site): LibraryStoreContext => ({
    scope: scopeOf(site),
    actor: request.user!.actor,
    languages: site.languages,
    settingsMedia: siteSettingsMedia(site),
    store: app.services.media,
    stagingDir,
    limits: settings.mediaLimits,
    maxImagePixels: settings.mediaMaxImagePixels,
    log: request.log,
  });
  const contextFor = (request: FastifyRequest) => buildAdminContext(request, request.user, request.user!.csrfToken, 'media');

  function cardOf(entry: MediaLibraryEntry): MediaCardModel {
    const { file } = entry;
    return {
      id: file.id,
      href: `/admin/media/${file.id}`,
      filename: file.filename,
      kind: file.kind,
      bytes: file.bytes,
      width: file.width,
      height: file.height,
      thumbnail: entry.thumbnail ? { url: variantUrl(entry.thumbnail), width: entry.thumbnail.width, height: entry.thumbnail.height } : null,
      previewFailed: file.variantsFailedAt !== null,
      useCount: entry.useCount,
      missingAlt: entry.missingAlt,
    };
  }

  app.get('/admin/media', { config: { policy: 'media.upload' } }, async (request, reply) => {
    const site = requireAdminSite(request);
    const query = parseMediaLibraryQuery(request.query);
    const flash = readFlash(request, reply);
    const { entries, total } = await searchMediaLibrary(scopeOf(site), site.defaultLanguage, query, { limit: pageSize, offset: (query.page - 1) * pageSize });
    const ctx = contextFor(request);
    return html(
      reply,
      h(MediaLibraryPage, {
        ctx,
        cards: entries.map(cardOf),
        total,
        page: query.page,
        pages: Math.max(1, Math.ceil(total / pageSize)),
        filters: { kind: query.kind ?? '', text: query.text ?? '', missingAlt: query.missingAlt ?? false },
        hrefFor: (p: number) => `/admin/media${mediaLibrarySearch(query, p)}`,
        limits: settings.mediaLimits,
        uploads: flash.uploads?.map((u) => outcomeFromFlash(u, ctx.t, ctx.language, settings.mediaLimits)),
        deleted: flash.deleted,
      }),
    );
  });

  /**
   * One or more files. Without JavaScript the form posts here and the editor is sent back to the
   * library with each file's outcome; the island sends `accept: application/json` and gets them as JSON.
   */
  app.post('/admin/media', { config: { policy: 'media.upload', multipart: true } }, async (request, reply) => {
    const site = requireAdminSite(request);
    const ctx = contextFor(request);
    const scope = scopeOf(site);
    const results: { filename: string; ok: boolean; id?: number; duplicate?: boolean; error?: { code: string; message: string }; kind?: string }[] = [];
    await readMultipart(request, reply, async (file) => {
      try {
        const { media, duplicate } = await storeUpload(
          { scope, store: app.services.media, actorId: request.user!.actor.userId, stagingDir },
          { stream: file.stream, filename: file.filename, declaredType: file.mimetype, limits: settings.mediaLimits, maxImagePixels: settings.mediaMaxImagePixels },
        );
        results.push({ filename: media.filename, ok: true, id: media.id, duplicate });
      } catch (error) {
        if (!(error instanceof MediaUploadError)) throw error;
        const kind = error instanceof MediaTooLargeError ? error.kind : undefined;
        results.push({ filename: file.filename, ok: false, kind, error: { code: error.code, message: refusalMessage(ctx.t, ctx.language, settings.mediaLimits, { code: error.code, filename: file.filename, kind }, error.message) } });
      }
    });
    if (wantsJson(request)) {
      return reply.header('cache-control', 'no-store').send({ results: results.map(({ kind: _kind, ...result }) => result) });
    }
    writeFlash(request, reply, { uploads: results.map((r) => ({ f: r.filename.slice(0, 80), ok: r.ok, id: r.id, dup: r.duplicate || undefined, code: r.error?.code, kind: r.kind })) });
    return reply.redirect('/admin/media', 303);
  });

  /** The media picker's list (the edit form's island): a page of files, lightest first to show. Keep this shape. */
  app.get('/admin/media/choose.json', { config: { policy: 'media.upload' } }, async (request, reply) => {
    const site = requireAdminSite(request);
    const query = parseMediaChooseQuery(request.query);
    const { entries, total } = await searchMediaLibrary(scopeOf(site), site.defaultLanguage, query, { limit: pageSize, offset: (query.page - 1) * pageSize });
    return reply.header('cache-control', 'no-store').send({
      items: entries.map((entry) => toMediaSummary(entry, site.defaultLanguage, site.defaultLanguage)),
      hasMore: (query.page - 1) * pageSize + entries.length < total,
    });
  });

  /** Renders a file's page; after a refused save or replace, with what was typed and why. */
  async function renderDetail(
    request: FastifyRequest,
    reply: FastifyReply,
    site: Site,
    id: number,
    view: { values?: MediaMetadataInput; errors?: Map<string, string[]>; notice?: { kind: 'success' | 'error'; text: string }; status?: number } = {},
  ) {
    const ctx = contextFor(request);
    const { file, texts, variants, uses, uploader } = await mediaDetail(scopeOf(site), id);
    const preview = file.kind === 'image' ? previewVariant(variants) : null;
    const values = view.values ?? {
      licence: file.licence,
      decorative: file.decorative,
      focalPoint: file.focalPoint,
      texts: site.languages.map((language) => texts.get(language) ?? { language, altText: '', caption: '', credits: '' }),
    };
    const model: MediaDetailModel = {
      id: file.id,
      filename: file.filename,
      kind: file.kind,
      contentType: file.contentType,
      bytes: file.bytes,
      width: file.width,
      height: file.height,
      sha256: file.sha256,
      createdAt: file.createdAt,
      uploader,
      updatedAt: file.updatedAt,
      originalUrl: mediaUrl(file),
      preview: preview ? { url: variantUrl(preview), width: preview.width, height: preview.height } : null,
      previewFailed: file.variantsFailedAt !== null,
      altText: texts.get(site.defaultLanguage)?.altText ?? '',
    };
    return html(
      reply,
      h(MediaDetailPage, {
        ctx,
        file: model,
        languages: site.languages,
        defaultLanguage: site.defaultLanguage,
        values,
        errors: view.errors ?? new Map(),
        uses: uses.map((use) => useModel(use, site)),
        canEdit: canEditMediaTexts(request.user!.actor, file),
        canManage: can(request.user!.actor, 'media.manage', { siteId: site.id }),
        notice: view.notice,
      }),
      view.status,
    );
  }

  app.get<{ Params: { id: string } }>('/admin/media/:id', { config: { policy: 'media.upload' } }, async (request, reply) => {
    const site = requireAdminSite(request);
    const id = parseMediaId(request.params.id);
    const { saved, replaced } = parseMediaDetailQuery(request.query);
    const t = contextFor(request).t;
    const notice = saved ? t('admin.media.savedNotice') : replaced ? t('admin.media.replacedNotice') : undefined;
    return renderDetail(request, reply, site, id, { notice: notice ? { kind: 'success', text: notice } : undefined });
  });

  /** The metadata form. Contributors may save it for their own uploads (`canEditMediaTexts`, checked by the service). */
  app.post<{ Params: { id: string }; Body: FormBody }>('/admin/media/:id', { config: { policy: 'media.upload' } }, async (request, reply) => {
    const site = requireAdminSite(request);
    const id = parseMediaId(request.params.id);
    const input = parseMediaMetadataForm(request.body, site);
    const t = contextFor(request).t;
    try {
      await updateMediaMetadata({ scope: scopeOf(site), actor: request.user!.actor, languages: site.languages }, id, input);
      return reply.redirect(`/admin/media/${id}?saved=1`, 303);
    } catch (error) {
      if (error instanceof ValidationError) {
        return renderDetail(request, reply, site, id, { values: input, errors: problemsByField(error.details, t), notice: { kind: 'error', text: t('admin.media.saveRefused') }, status: 422 });
      }
      if (error instanceof ConflictError) {
        return renderDetail(request, reply, site, id, { values: { ...input, expectedUpdatedAt: undefined }, notice: { kind: 'error', text: t('admin.media.editConflict') }, status: 409 });
      }
      throw error;
    }
  });

  app.post<{ Params: { id: string } }>('/admin/media/:id/replace', { config: { policy: 'media.manage', multipart: true } }, async (request, reply) => {
    const site = requireAdminSite(request);
    const id = parseMediaId(request.params.id);
    const context = storeContext(request, site);
    // A file of another site is a 404 before any byte is read.
    await requireMediaFile(context.scope, id);
    const t = contextFor(request).t;
    let refusal: string | null = null;
    let replaced = false;
    await readMultipart(request, reply, async (file) => {
      // One file replaces; any other part is drained.
      if (replaced || refusal) {
        file.stream.resume();
        return;
      }
      try {
        await replaceMediaFile(context, id, { stream: file.stream, filename: file.filename });
        replaced = true;
      } catch (error) {
        if (error instanceof MediaReplaceError) {
          refusal = error.existing
            ? t(`admin.media.replaceRefused.${error.code}`, { filename: file.filename, existing: error.existing.filename })
            : t(`admin.media.replaceRefused.${error.code}`, { filename: file.filename });
        } else if (error instanceof MediaUploadError) {
          refusal = refusalMessage(t, contextFor(request).language, settings.mediaLimits, { code: error.code, filename: file.filename, kind: error instanceof MediaTooLargeError ? error.kind : undefined }, error.message);
        } else throw error;
      }
    });
    if (replaced) return reply.redirect(`/admin/media/${id}?replaced=1`, 303);
    return renderDetail(request, reply, site, id, { notice: { kind: 'error', text: refusal ?? t('admin.media.replaceNoFile') }, status: refusal ? 422 : 400 });
  });

  /** Asks to confirm a deletion, naming the file; a file in use gets the list of its uses instead. */
  app.get<{ Params: { id: string } }>('/admin/media/:id/delete', { config: { policy: 'media.manage' } }, async (request, reply) => {
    const site = requireAdminSite(request);
    const id = parseMediaId(request.params.id);
    const { file, uses } = await mediaDetail(scopeOf(site), id);
    const ctx = contextFor(request);
    return html(reply, h(MediaDeleteConfirmPage, { ctx, id, filename: file.filename, uses: uses.map((use) => useModel(use, site)) }));
  });

  app.post<{ Params: { id: string }; Body: FormBody }>('/admin/media/:id/delete', { config: { policy: 'media.manage' } }, async (request, reply) => {
    const site = requireAdminSite(request);
    const id = parseMediaId(request.params.id);
    await requireMediaFile(scopeOf(site), id);
    // Only the confirmation page's form says yes: a stray or replayed one-click request deletes nothing.
    if (request.body?.confirm !== 'yes') return reply.redirect(`/admin/media/${id}/delete`, 303);
    try {
      const { file } = await deleteMediaFile(storeContext(request, site), id);
      writeFlash(request, reply, { deleted: file.filename.slice(0, 80) });
      return reply.redirect('/admin/media', 303);
    } catch (error) {
      if (!(error instanceof MediaInUseError) && !(error instanceof MediaUsedBySiteError)) throw error;
      const ctx = contextFor(request);
      const text = error instanceof MediaInUseError ? ctx.t('admin.media.deleteInUse', { count: error.uses.length }) : ctx.t('admin.media.deleteHero');
      return renderDetail(request, reply, site, id, { notice: { kind: 'error', text }, status: 409 });
    }
  });
}

function wantsJson(request: FastifyRequest): boolean {
  return /\bapplication\/json\b/.test(request.headers.accept ?? '');
}

function readFlash(request: FastifyRequest, reply: FastifyReply): Flash {
  const raw = request.cookies[flashCookie];
  if (!raw) return {};
  reply.clearCookie(flashCookie, { path: '/admin/media' });
  try {
    const value = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Flash;
    return typeof value === 'object' && value !== null ? value : {};
  } catch {
    return {};
  }
}

function writeFlash(request: FastifyRequest, reply: FastifyReply, flash: Flash) {
  let value = Buffer.from(JSON.stringify(flash)).toString('base64url');
  // A cookie holds about 4 kB: past that, the outcomes of the last files are left out of the notice.
  while (value.length > 3500 && flash.uploads && flash.uploads.length > 1) {
    flash.uploads = flash.uploads.slice(0, -1);
    value = Buffer.from(JSON.stringify(flash)).toString('base64url');
  }
  reply.setCookie(flashCookie, value, { path: '/admin/media', httpOnly: true, sameSite: 'lax', secure: request.protocol === 'https', maxAge: 300 });
}

/** The codes `storeUpload` refuses with; each has a sentence in the catalogues. */
const refusalCodes = new Set([
  'media_filename_missing',
  'media_filename_invalid',
  'media_filename_too_long',
  'media_too_large',
  'media_type_refused',
  'media_svg_refused',
  'media_type_unknown',
  'media_extension_mismatch',
  'media_empty',
  'media_image_too_large',
  'media_image_unreadable',
  'media_upload_incomplete',
]);

/** Why a file was refused, in the admin's language; the service's English message for a code without a sentence. */
function refusalMessage(t: Translate, language: string, limits: MediaLimits, refusal: { code: string; filename: string; kind?: string }, fallback: string): string {
  if (!refusalCodes.has(refusal.code)) return fallback;
  const kind = mediaKinds.find((k) => k === refusal.kind);
  return t(`admin.media.refused.${refusal.code}`, { filename: refusal.filename, limit: kind ? formatBytes(limits[kind], language) : '' });
}

function outcomeFromFlash(flash: NonNullable<Flash['uploads']>[number], t: Translate, language: string, limits: MediaLimits): UploadOutcome {
  const filename = String(flash.f ?? '');
  if (flash.ok) return { filename, status: flash.dup ? 'duplicate' : 'stored', href: typeof flash.id === 'number' ? `/admin/media/${flash.id}` : null, reason: null };
  return { filename, status: 'refused', href: null, reason: refusalMessage(t, language, limits, { code: String(flash.code ?? ''), filename, kind: flash.kind }, t('admin.media.refused.other', { filename })) };
}

function useModel(use: MediaUse, site: Site): MediaUseModel {
  const main = use.translations.find((tr) => tr.language === site.defaultLanguage) ?? use.translations[0];
  return {
    itemId: use.itemId,
    type: use.type,
    title: main?.title ?? `#${use.itemId}`,
    href: `/admin/items/${use.itemId}${main && main.language !== site.defaultLanguage ? `?lang=${encodeURIComponent(main.language)}` : ''}`,
    fields: use.fields,
    trashed: use.trashed,
    statuses: use.translations.map((tr) => ({ language: tr.language, status: tr.status })),
  };
}

/** Field problems under their form controls (`alt.fr` → the French alt text), worded in the admin's language. */
function problemsByField(problems: readonly FieldProblem[], t: Translate): Map<string, string[]> {
  const byField = new Map<string, string[]>();
  for (const problem of problems) {
    const message = problem.code ? t(`admin.media.problem.${problem.code}`, problem.params) : problem.message;
    byField.set(problem.path, [...(byField.get(problem.path) ?? []), message]);
  }
  return byField;
}
