import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { createUser } from '../src/accounts/service.ts';
import { SiteScope } from '../src/db/site-scope.ts';
import { uploadStagingDir } from '../src/media/storage/open-store.ts';
import { makeVariantsFor } from '../src/media/variant-job.ts';
import type { Site } from '../src/sites/site.ts';
import { AdminSession } from './support/admin-session.ts';
import { buildItem, buildSite, buildTestApp, hostOf, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';
import { noisyJpeg, pdf, sha256, storedKeys, truncatedJpeg as noisyJpegTruncated } from './support/media.ts';
import { type MultipartPart, postMultipart } from './support/multipart.ts';

const password = 'correct horse battery staple';
const solidJpeg = (colour: string, width = 96, height = 64) => sharp({ create: { width, height, channels: 3, background: colour } }).jpeg().toBuffer();
const wetland = await solidJpeg('#2f7a4d', 1200, 800);
const mangrove = await solidJpeg('#1d5e3b', 900, 600);
const savanna = await solidJpeg('#b88a00');
const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');

interface UploadResult {
  filename: string;
  ok: boolean;
  id?: number;
  duplicate?: boolean;
  error?: { code: string; message: string };
}

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`admin media library [${dialect}]`, { skip }, () => {
    let t: TestApp;
    let siteA: Site;
    let siteB: Site;
    let editor: AdminSession;
    let contributor: AdminSession;
    let editorB: AdminSession;
    let counter = 0;
    const db = () => t.services.db.kysely;
    const newSession = (site: Site) => new AdminSession(t.app, `${hostOf(site)}:3000`, `10.8.${dialect === 'sqlite' ? 1 : 2}.${++counter}`);
    const fileCount = async (siteId: number) => Number((await db().selectFrom('media_files').select((eb) => eb.fn.countAll<number>().as('n')).where('site_id', '=', siteId).executeTakeFirstOrThrow()).n);
    const mediaRow = (id: number) => db().selectFrom('media_files').selectAll().where('id', '=', id).executeTakeFirst();

    /** Uploads through the island's path (header token, JSON answer). */
    async function uploadJson(session: AdminSession, files: { filename: string; data: Buffer }[]): Promise<UploadResult[]> {
      const response = await postMultipart(
        t.app,
        session,
        '/admin/media',
        files.map((f) => ({ name: 'files', ...f })),
        { accept: 'application/json', 'x-csrf-token': session.csrf },
      );
      assert.equal(response.statusCode, 200, response.body);
      return (response.json() as { results: UploadResult[] }).results;
    }
    async function uploadOne(session: AdminSession, filename: string, data: Buffer): Promise<number> {
      const [result] = await uploadJson(session, [{ filename, data }]);
      assert.ok(result?.ok && result.id, JSON.stringify(result));
      return result.id;
    }
    /** A GET carrying one more cookie than the session knows (the flash a multipart response set). */
    const getWith = (session: AdminSession, url: string, setCookie: string | string[] | undefined) => {
      const extra = [setCookie ?? []].flat().map((c) => c.split(';')[0]).join('; ');
      return t.app.inject({ url, headers: { host: session.host, cookie: [session.cookieHeader(), extra].filter(Boolean).join('; ') } });
    };

    before(async () => {
      t = await buildTestApp(dialect);
      siteA = await buildSite(t.services, { code: `meda${dialect === 'sqlite' ? 's' : 'p'}`, names: { en: 'Media site A' }, languages: ['en', 'fr'] });
      siteB = await buildSite(t.services, { code: `medb${dialect === 'sqlite' ? 's' : 'p'}`, names: { en: 'Media site B' }, languages: ['en'] });
      await createUser(db(), { email: 'editor@media.example', displayName: 'Media editor', password, memberships: [{ siteId: siteA.id, role: 'editor' }] });
      await createUser(db(), { email: 'contributor@media.example', displayName: 'Media contributor', password, memberships: [{ siteId: siteA.id, role: 'contributor' }] });
      await createUser(db(), { email: 'editor-b@media.example', displayName: 'Editor of B', password, memberships: [{ siteId: siteB.id, role: 'editor' }] });
      editor = newSession(siteA);
      await editor.login('editor@media.example', password);
      contributor = newSession(siteA);
      await contributor.login('contributor@media.example', password);
      editorB = newSession(siteB);
      await editorB.login('editor-b@media.example', password);
    });
    after(() => t.close());

    test('the library page offers a plain upload form with the CSRF field first, and the navigation links to it', async () => {
      const page = await editor.get('/admin/media');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<a href="\/admin\/media"[^>]*aria-current="page"|aria-current="page"[^>]*href="\/admin\/media"/);
      const form = /<form method="post" action="\/admin\/media" enctype="multipart\/form-data"[^>]*>([\s\S]*?)<\/form>/.exec(page.body)?.[1] ?? '';
      assert.match(form, /^\s*<input type="hidden" name="_csrf"/, 'the token comes before the file input');
      assert.match(form, /<input id="media-files" type="file" name="files" multiple/);
    });

    test('uploads several files without JavaScript and names each outcome after the redirect', async () => {
      const before = await fileCount(siteA.id);
      const parts: MultipartPart[] = [
        { name: '_csrf', value: editor.csrf },
        { name: 'files', filename: 'Zone humide à Ganvié.jpg', data: wetland, contentType: 'image/jpeg' },
        { name: 'files', filename: 'logo.svg', data: svg, contentType: 'image/svg+xml' },
        { name: 'files', filename: 'rapport-national.pdf', data: pdf, contentType: 'application/pdf' },
      ];
      const response = await postMultipart(t.app, editor, '/admin/media', parts);
      assert.equal(response.statusCode, 303, response.body);
      assert.equal(response.headers.location, '/admin/media');
      assert.equal(await fileCount(siteA.id), before + 2, 'the two acceptable files are stored, the SVG is not');
      const stored = await db().selectFrom('media_files').select(['filename', 'sha256']).where('site_id', '=', siteA.id).execute();
      assert.ok(stored.some((row) => row.filename === 'Zone humide à Ganvié.jpg'), 'the UTF-8 file name is kept');
      const keys = await storedKeys(t.services.media);
      assert.ok(keys.includes(`sites/${siteA.id}/${sha256(wetland)}`));
      assert.ok(keys.includes(`sites/${siteA.id}/${sha256(pdf)}`));
      assert.ok(!keys.some((k) => k.endsWith(sha256(svg))));

      const library = await getWith(editor, '/admin/media', response.headers['set-cookie']);
      assert.equal(library.statusCode, 200);
      assert.match(library.body, /<li data-outcome="stored"><a href="\/admin\/media\/\d+">Zone humide à Ganvié\.jpg<\/a>/);
      assert.match(library.body, /<li data-outcome="refused"><strong>logo\.svg<\/strong> — [^<]*SVG/);
      assert.match(library.body, /<li data-outcome="stored"><a href="\/admin\/media\/\d+">rapport-national\.pdf/);
      const again = await editor.get('/admin/media');
      assert.doesNotMatch(again.body, /data-outcome=/, 'the notice is shown once');
    });

    test('an upload already in the library is reported as a duplicate and stores nothing new', async () => {
      const id = await uploadOne(editor, 'savanna.jpg', savanna);
      const before = await fileCount(siteA.id);
      const keys = await storedKeys(t.services.media);
      const [again] = await uploadJson(editor, [{ filename: 'savanna-copy.jpg', data: savanna }]);
      assert.deepEqual({ ok: again!.ok, id: again!.id, duplicate: again!.duplicate }, { ok: true, id, duplicate: true });
      assert.equal(await fileCount(siteA.id), before);
      assert.deepEqual(await storedKeys(t.services.media), keys);
    });

    test('the JSON answer names a refused file with its code and still stores the others', async () => {
      const results = await uploadJson(editor, [
        { filename: 'fake.jpg', data: pdf },
        { filename: 'mangrove.jpg', data: mangrove },
      ]);
      assert.equal(results.length, 2);
      assert.equal(results[0]!.ok, false);
      assert.equal(results[0]!.error?.code, 'media_extension_mismatch');
      assert.match(results[0]!.error!.message, /fake\.jpg/);
      assert.equal(results[1]!.ok, true);
      assert.ok(await mediaRow(results[1]!.id!));
    });

    test('bad files through the form are each refused with a reason naming them; nothing is stored and the server keeps serving', async () => {
      const before = await fileCount(siteA.id);
      const keysBefore = await storedKeys(t.services.media);
      const bomb = await sharp({ create: { width: 1, height: 1, channels: 3, background: '#000' } }).png().toBuffer();
      // A PNG that claims 30000 × 30000 pixels in its header: small on the wire, 900 megapixels decoded.
      bomb.writeUInt32BE(30_000, 16);
      bomb.writeUInt32BE(30_000, 20);
      const cases: [string, Buffer, string][] = [
        ['half-a-photo.jpg', noisyJpegTruncated, 'media_image_unreadable'],
        ['report.pdf.jpg', pdf, 'media_extension_mismatch'],
        ['huge.png', bomb, 'media_image_too_large'],
        ['empty.pdf', Buffer.alloc(0), 'media_empty'],
        ['../../etc/passwd.pdf', pdf, 'media_filename_invalid'],
        ['notes\u0007.pdf', pdf, 'media_filename_invalid'],
      ];
      for (const [filename, data, code] of cases) {
        const [result] = await uploadJson(editor, [{ filename, data }]);
        assert.equal(result?.ok, false, filename);
        assert.equal(result?.error?.code, code, `${filename}: ${result?.error?.message}`);
        assert.ok(result!.error!.message.length > 10, 'a sentence, not a bare code');
      }
      assert.equal(await fileCount(siteA.id), before, 'no media item');
      assert.deepEqual(await storedKeys(t.services.media), keysBefore, 'nothing written to the store');
      assert.equal((await editor.get('/admin/media')).statusCode, 200, 'the server still serves');
    });

    test('refuses an upload whose CSRF token is missing, wrong, or sent after the file, and stores nothing', async () => {
      const before = await fileCount(siteA.id);
      const keys = await storedKeys(t.services.media);
      const file = { name: 'files', filename: 'late.jpg', data: await solidJpeg('#123456'), contentType: 'image/jpeg' };
      const attempts: MultipartPart[][] = [[file], [{ name: '_csrf', value: 'not-the-token' }, file], [file, { name: '_csrf', value: editor.csrf }]];
      for (const parts of attempts) {
        const response = await postMultipart(t.app, editor, '/admin/media', parts);
        assert.equal(response.statusCode, 403, parts.map((p) => p.name).join(','));
      }
      const wrongHeader = await postMultipart(t.app, editor, '/admin/media', [file], { accept: 'application/json', 'x-csrf-token': 'nope' });
      assert.equal(wrongHeader.statusCode, 403);
      assert.equal(await fileCount(siteA.id), before);
      assert.deepEqual(await storedKeys(t.services.media), keys);
    });

    test('filters the library by kind, by words in names and texts, and by missing alt text; the picker gets JSON', async () => {
      const heron = await uploadOne(editor, 'heron.jpg', await solidJpeg('#445566'));
      const save = await editor.post(`/admin/media/${heron}`, { 'alt.en': 'A grey heron fishing', 'caption.fr': 'Héron cendré au lac Nokoué', 'credits.en': 'Photo: Koffi A.' });
      assert.equal(save.statusCode, 303, save.body);

      const images = await editor.get('/admin/media?kind=image');
      assert.match(images.body, /heron\.jpg/);
      assert.doesNotMatch(images.body, /rapport-national\.pdf/);
      const documents = await editor.get('/admin/media?kind=document');
      assert.match(documents.body, /rapport-national\.pdf/);
      assert.doesNotMatch(documents.body, /heron\.jpg/);

      assert.match((await editor.get('/admin/media?q=NOKOU')).body, /heron\.jpg/, 'a French caption is searched, case aside');
      assert.match((await editor.get('/admin/media?q=koffi')).body, /heron\.jpg/, 'credits are searched');
      assert.doesNotMatch((await editor.get('/admin/media?q=koffi')).body, /savanna\.jpg/);
      assert.match((await editor.get('/admin/media?q=100%25')).body, /No file matches/i);

      const missing = await editor.get('/admin/media?alt=missing');
      assert.match(missing.body, /savanna\.jpg/);
      assert.doesNotMatch(missing.body, /heron\.jpg/, 'the heron has alt text');
      assert.doesNotMatch(missing.body, /rapport-national\.pdf/, 'documents need no alt text');
      assert.match(missing.body, /class="badge badge--warning"/);

      assert.equal((await editor.get('/admin/media?kind=sound')).statusCode, 400);

      const pdfId = /<a href="\/admin\/media\/(\d+)">rapport-national\.pdf<\/a>/.exec(documents.body)![1];
      const pdfPage = await editor.get(`/admin/media/${pdfId}`);
      assert.equal(pdfPage.statusCode, 200);
      assert.match(pdfPage.body, new RegExp(`<a href="/media/${pdfId}/[0-9a-f]{64}\\.pdf" download="rapport-national.pdf">Download the original`));
      assert.doesNotMatch(pdfPage.body, /name="focalX"|name="decorative"/, 'documents have no focal point nor decorative flag');
      assert.equal((await editor.post(`/admin/media/${pdfId}`, { licence: 'CC0-1.0' })).statusCode, 303, 'a document needs no alt text');

      const choose = await editor.get('/admin/media/choose.json?kind=image&q=heron');
      assert.equal(choose.statusCode, 200);
      const body = choose.json() as { items: Record<string, unknown>[]; hasMore: boolean };
      assert.equal(body.hasMore, false);
      assert.equal(body.items.length, 1);
      const item = body.items[0]!;
      assert.deepEqual(Object.keys(item).sort(), ['altText', 'bytes', 'contentType', 'filename', 'height', 'id', 'kind', 'thumbUrl', 'url', 'width']);
      assert.equal(item.id, heron);
      assert.equal(item.altText, 'A grey heron fishing');
      assert.equal(item.thumbUrl, null, 'no variants yet');
      assert.match(String(item.url), new RegExp(`^/media/${heron}/[0-9a-f]{64}\\.jpg$`));
    });

    test('the card shows the smallest WebP variant once the job has made them, never the original', async () => {
      const id = await uploadOne(editor, 'big-wetland.jpg', noisyJpeg);
      await makeVariantsFor({ scope: new SiteScope(db(), siteA.id), store: t.services.media, stagingDir: uploadStagingDir(t.services.config) }, id);
      const page = await editor.get('/admin/media?q=big-wetland');
      const card = /<li class="media-card" data-media-id="\d+">([\s\S]*?)<\/li>/.exec(page.body)?.[1] ?? '';
      assert.match(card, new RegExp(`<img src="/media/${id}/\\d+w\\.[0-9a-f]{16}\\.webp"`));
      const choose = (await editor.get('/admin/media/choose.json?q=big-wetland')).json() as { items: { thumbUrl: string | null }[] };
      assert.match(choose.items[0]!.thumbUrl ?? '', /\.webp$/);
    });

    test('saving metadata requires alt text in the default language for an image that is not decorative', async () => {
      const id = await uploadOne(editor, 'kingfisher.jpg', await solidJpeg('#3366aa'));
      const refused = await editor.post(`/admin/media/${id}`, { 'alt.en': '  ', 'alt.fr': 'Martin-pêcheur', licence: 'CC-BY-4.0' });
      assert.equal(refused.statusCode, 422);
      assert.match(refused.body, /id="media-alt-en"[^>]*aria-invalid="true"/);
      assert.match(refused.body, /<ul class="field-errors" id="media-alt-en-errors">/);
      assert.match(refused.body, />Martin-pêcheur<\/textarea>/, 'what was typed is kept');
      assert.equal((await db().selectFrom('media_texts').select('id').where('media_id', '=', id).execute()).length, 0, 'nothing saved');

      const badValues = await editor.post(`/admin/media/${id}`, { 'alt.en': 'A kingfisher', licence: 'GPL-3.0', focalX: '150', focalY: '20' });
      assert.equal(badValues.statusCode, 422);
      assert.match(badValues.body, /id="media-licence-errors"/);
      assert.match(badValues.body, /id="media-focal-errors"/);

      const saved = await editor.post(`/admin/media/${id}`, { 'alt.en': 'A kingfisher on a branch', 'alt.fr': 'Un martin-pêcheur', 'caption.en': 'Lake Ahémé', licence: 'CC-BY-SA-4.0', focalX: '25', focalY: '40,5' });
      assert.equal(saved.statusCode, 303, saved.body);
      assert.equal(saved.headers.location, `/admin/media/${id}?saved=1`);
      const row = await mediaRow(id);
      assert.equal(row?.licence, 'CC-BY-SA-4.0');
      assert.equal(Number(row?.focal_x), 0.25);
      assert.equal(Number(row?.focal_y), 0.405);
      const texts = await db().selectFrom('media_texts').select(['language', 'alt_text', 'caption']).where('media_id', '=', id).orderBy('language').execute();
      assert.deepEqual(texts, [
        { language: 'en', alt_text: 'A kingfisher on a branch', caption: 'Lake Ahémé' },
        { language: 'fr', alt_text: 'Un martin-pêcheur', caption: '' },
      ]);
      const page = await editor.get(`/admin/media/${id}?saved=1`);
      assert.match(page.body, /class="notice notice--success"/);
      assert.match(page.body, /<option value="CC-BY-SA-4.0" selected/);
      assert.match(page.body, /id="media-focal-y"[^>]*value="40.5"/);

      const decorative = await editor.post(`/admin/media/${id}`, { 'alt.en': '', decorative: 'on' });
      assert.equal(decorative.statusCode, 303, 'a decorative image needs no alt text');
      const audit = await db().selectFrom('audit_events').select(['site_id', 'user_id']).where('action', '=', 'media.edit').where('subject', '=', `media:${id}`).execute();
      assert.equal(audit.length, 2);
      assert.ok(audit.every((event) => event.site_id === siteA.id && event.user_id !== null));
    });

    test('a form shown before someone else saved is refused, not silently overwritten', async () => {
      const id = await uploadOne(editor, 'ibis.jpg', await solidJpeg('#aa6633'));
      const page = await editor.get(`/admin/media/${id}`);
      const shownAt = /name="updatedAt" value="([^"]+)"/.exec(page.body)![1]!;
      await new Promise((resolve) => setTimeout(resolve, 5));
      assert.equal((await editor.post(`/admin/media/${id}`, { 'alt.en': 'Sacred ibis' })).statusCode, 303);
      const stale = await editor.post(`/admin/media/${id}`, { 'alt.en': 'An ibis', updatedAt: shownAt });
      assert.equal(stale.statusCode, 409);
      const text = await db().selectFrom('media_texts').select('alt_text').where('media_id', '=', id).where('language', '=', 'en').executeTakeFirst();
      assert.equal(text?.alt_text, 'Sacred ibis');
    });

    test('a contributor uploads and describes their own files, but cannot edit others’, replace or delete', async () => {
      const own = await uploadOne(contributor, 'contributor-photo.jpg', await solidJpeg('#669900'));
      const others = await uploadOne(editor, 'editor-photo.jpg', await solidJpeg('#990066'));
      assert.equal((await contributor.post(`/admin/media/${own}`, { 'alt.en': 'Rice fields' })).statusCode, 303);
      assert.equal((await contributor.post(`/admin/media/${others}`, { 'alt.en': 'Vandalised' })).statusCode, 403);
      const ownPage = await contributor.get(`/admin/media/${own}`);
      assert.doesNotMatch(ownPage.body, /\/replace"/, 'no replace form for a contributor');
      assert.doesNotMatch(ownPage.body, /\/delete"/, 'no delete link for a contributor');
      const othersPage = await contributor.get(`/admin/media/${others}`);
      assert.doesNotMatch(othersPage.body, /<form method="post" action="\/admin\/media\/\d+" class="admin-form"/, 'read only');

      const replace = await postMultipart(t.app, contributor, `/admin/media/${own}/replace`, [
        { name: '_csrf', value: contributor.csrf },
        { name: 'file', filename: 'new.jpg', data: await solidJpeg('#000000') },
      ]);
      assert.equal(replace.statusCode, 403);
      assert.equal((await contributor.get(`/admin/media/${own}/delete`)).statusCode, 403);
      assert.equal((await contributor.post(`/admin/media/${own}/delete`, { confirm: 'yes' })).statusCode, 403);
      assert.ok(await mediaRow(own));
    });

    test('another site’s file is not found through any route', async () => {
      const foreign = await uploadOne(editorB, 'site-b.jpg', await solidJpeg('#ff0000'));
      assert.equal((await editor.get(`/admin/media/${foreign}`)).statusCode, 404);
      assert.equal((await editor.post(`/admin/media/${foreign}`, { 'alt.en': 'Hijacked' })).statusCode, 404);
      assert.equal((await editor.get(`/admin/media/${foreign}/delete`)).statusCode, 404);
      assert.equal((await editor.post(`/admin/media/${foreign}/delete`, { confirm: 'yes' })).statusCode, 404);
      const replace = await postMultipart(t.app, editor, `/admin/media/${foreign}/replace`, [
        { name: '_csrf', value: editor.csrf },
        { name: 'file', filename: 'x.jpg', data: await solidJpeg('#00ff00') },
      ]);
      assert.equal(replace.statusCode, 404);
      assert.ok(await mediaRow(foreign), 'untouched');
      assert.equal((await db().selectFrom('media_texts').select('id').where('media_id', '=', foreign).execute()).length, 0);
      const choose = (await editor.get('/admin/media/choose.json?q=site-b')).json() as { items: unknown[] };
      assert.equal(choose.items.length, 0);
      assert.doesNotMatch((await editor.get('/admin/media?q=site-b')).body, /site-b\.jpg/);
    });

    test('deleting is blocked while an item uses the file, and the page says where', async () => {
      const id = await uploadOne(editor, 'in-use.jpg', await solidJpeg('#0000ff'));
      const item = await buildItem(t.services, siteA, { type: 'news', translations: { en: { title: 'Manatee census', status: 'draft' } } });
      await new SiteScope(db(), siteA.id).insertInto('media_usages', { media_id: id, item_id: item.id, language: null, field: 'body' }).execute();

      const detail = await editor.get(`/admin/media/${id}`);
      assert.match(detail.body, new RegExp(`<a href="/admin/items/${item.id}">Manatee census</a>`));
      assert.match(detail.body, /<button type="button" class="small-button small-button--danger" disabled/);
      const library = await editor.get('/admin/media?q=in-use');
      assert.match(library.body, /Used in 1 item/);

      const confirm = await editor.get(`/admin/media/${id}/delete`);
      assert.match(confirm.body, /Manatee census/);
      assert.doesNotMatch(confirm.body, /name="confirm"/);
      const refused = await editor.post(`/admin/media/${id}/delete`, { confirm: 'yes' });
      assert.equal(refused.statusCode, 409);
      assert.ok(await mediaRow(id));
      assert.ok((await storedKeys(t.services.media)).includes(`sites/${siteA.id}/${(await mediaRow(id))!.sha256}`));
    });

    test('deleting an unused file removes its rows and every object in the store', async () => {
      const bytes = await solidJpeg('#777777', 800, 500);
      const id = await uploadOne(editor, 'to-delete.jpg', bytes);
      await makeVariantsFor({ scope: new SiteScope(db(), siteA.id), store: t.services.media, stagingDir: uploadStagingDir(t.services.config) }, id);
      await editor.post(`/admin/media/${id}`, { 'alt.en': 'Grey', 'alt.fr': 'Gris' });
      const hash = sha256(bytes);
      assert.ok((await storedKeys(t.services.media)).filter((k) => k.includes(hash)).length > 1, 'original and variants are stored');

      const withoutConfirm = await editor.post(`/admin/media/${id}/delete`, {});
      assert.equal(withoutConfirm.statusCode, 303);
      assert.ok(await mediaRow(id), 'a post without the confirmation deletes nothing');

      const confirmPage = await editor.get(`/admin/media/${id}/delete`);
      assert.match(confirmPage.body, /name="confirm" value="yes"/);
      const deleted = await editor.post(`/admin/media/${id}/delete`, { confirm: 'yes' });
      assert.equal(deleted.statusCode, 303);
      assert.equal(deleted.headers.location, '/admin/media');
      assert.equal(await mediaRow(id), undefined);
      assert.equal((await db().selectFrom('media_texts').select('id').where('media_id', '=', id).execute()).length, 0);
      assert.equal((await db().selectFrom('media_variants').select('id').where('media_id', '=', id).execute()).length, 0);
      assert.deepEqual((await storedKeys(t.services.media)).filter((k) => k.includes(hash)), []);
      const library = await getWith(editor, '/admin/media', deleted.headers['set-cookie']);
      assert.match(library.body, /to-delete\.jpg/, 'the notice names the deleted file');
      const audit = await db().selectFrom('audit_events').select('site_id').where('action', '=', 'media.delete').where('subject', '=', `media:${id}`).executeTakeFirst();
      assert.equal(audit?.site_id, siteA.id);
    });

    test('replacing a file keeps its id and texts, takes the new bytes, and drops the old variants', async () => {
      const oldBytes = await solidJpeg('#335577', 700, 400);
      const newBytes = await solidJpeg('#557733', 640, 480);
      const id = await uploadOne(editor, 'lagoon-v1.jpg', oldBytes);
      await makeVariantsFor({ scope: new SiteScope(db(), siteA.id), store: t.services.media, stagingDir: uploadStagingDir(t.services.config) }, id);
      await editor.post(`/admin/media/${id}`, { 'alt.en': 'The lagoon at dawn' });
      const oldKeys = (await storedKeys(t.services.media)).filter((k) => k.includes(sha256(oldBytes)));
      assert.ok(oldKeys.length > 1);

      await editor.get(`/admin/media/${id}`);
      const replaced = await postMultipart(t.app, editor, `/admin/media/${id}/replace`, [
        { name: '_csrf', value: editor.csrf },
        { name: 'file', filename: 'lagoon-v2.jpg', data: newBytes, contentType: 'image/jpeg' },
      ]);
      assert.equal(replaced.statusCode, 303, replaced.body);
      assert.equal(replaced.headers.location, `/admin/media/${id}?replaced=1`);
      const row = await mediaRow(id);
      assert.equal(row?.sha256, sha256(newBytes));
      assert.equal(row?.filename, 'lagoon-v2.jpg');
      assert.deepEqual([row?.width, row?.height], [640, 480]);
      assert.equal(row?.variants_failed_at ?? null, null);
      assert.equal((await db().selectFrom('media_variants').select('id').where('media_id', '=', id).execute()).length, 0);
      const keys = await storedKeys(t.services.media);
      assert.deepEqual(keys.filter((k) => k.includes(sha256(oldBytes))), [], 'the old original and variants are gone');
      assert.ok(keys.includes(`sites/${siteA.id}/${sha256(newBytes)}`));
      const text = await db().selectFrom('media_texts').select('alt_text').where('media_id', '=', id).executeTakeFirst();
      assert.equal(text?.alt_text, 'The lagoon at dawn', 'texts stay with the file');

      const wrongKind = await postMultipart(t.app, editor, `/admin/media/${id}/replace`, [{ name: '_csrf', value: editor.csrf }, { name: 'file', filename: 'report.pdf', data: Buffer.concat([pdf, Buffer.from('%replace')]) }]);
      assert.equal(wrongKind.statusCode, 422);
      const duplicate = await postMultipart(t.app, editor, `/admin/media/${id}/replace`, [{ name: '_csrf', value: editor.csrf }, { name: 'file', filename: 'again.jpg', data: savanna }]);
      assert.equal(duplicate.statusCode, 422);
      assert.match(duplicate.body, /savanna\.jpg/, 'the refusal names the file that already has these bytes');
      assert.equal((await mediaRow(id))?.sha256, sha256(newBytes), 'refusals change nothing');
      const noToken = await postMultipart(t.app, editor, `/admin/media/${id}/replace`, [{ name: 'file', filename: 'x.jpg', data: await solidJpeg('#abcdef') }]);
      assert.equal(noToken.statusCode, 403);
      const audit = await db().selectFrom('audit_events').select('site_id').where('action', '=', 'media.replace').where('subject', '=', `media:${id}`).execute();
      assert.equal(audit.length, 1);
    });
  });
}
