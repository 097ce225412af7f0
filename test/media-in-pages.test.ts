import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { saveItem } from '../src/content/service.ts';
import { moveToTrash } from '../src/content/trash.ts';
import { SiteScope } from '../src/db/site-scope.ts';
import { ValidationError } from '../src/errors.ts';
import { runScheduledJobsNow } from '../src/jobs/runner.ts';
import { createUser } from '../src/accounts/service.ts';
import { findMediaById, listMediaVariants, type MediaFile, saveMediaText } from '../src/media/repo.ts';
import { listMediaUses } from '../src/media/usage.ts';
import { mediaUrl } from '../src/media/urls.ts';
import type { Site } from '../src/sites/site.ts';
import { AdminSession } from './support/admin-session.ts';
import { postMultipart } from './support/multipart.ts';
import { buildItem, buildSite, buildTestApp, contextFor, hostOf, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';
import { pdf } from './support/media.ts';
import { type LocalS3, startLocalS3 } from './support/s3rver.ts';

// A 1200 × 800 photo and a second, smaller one for the body.
const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#2f7a4d', noise: { type: 'gaussian', mean: 110, sigma: 20 } } }).jpeg({ quality: 85 }).toBuffer();
const smaller = await sharp({ create: { width: 700, height: 500, channels: 3, background: '#4d2f7a' } }).jpeg().toBuffer();
const silent = { info() {}, warn() {}, error() {} };
const password = 'correct horse battery staple';
const past = () => new Date(Date.now() - 60_000).toISOString();

let s3: LocalS3;
before(async () => {
  s3 = await startLocalS3();
});
after(async () => {
  await s3?.close();
});

for (const { dialect, skip } of await dialectsToTest()) {
  for (const storeKind of ['disk', 's3'] as const) {
    describe(`media on public pages [${dialect}, ${storeKind}]`, { skip }, () => {
      let t: TestApp;
      let site: Site;
      let other: Site;
      let scope: SiteScope;
      let lead: MediaFile;
      let inline: MediaFile;
      let report: MediaFile;
      let foreign: MediaFile;

      const get = (url: string, host = hostOf(site)) => t.app.inject({ method: 'GET', url, headers: { host } });
      let editors: Map<number, AdminSession>;
      /** Uploads through the admin's upload form, as an editor's browser sends it. */
      const upload = async (target: Site, bytes: Buffer, filename: string): Promise<MediaFile> => {
        const session = editors.get(target.id)!;
        const response = await postMultipart(t.app, session, '/admin/media', [{ name: '_csrf', value: session.csrf }, { name: 'files', filename, data: bytes }], { accept: 'application/json' });
        assert.equal(response.statusCode, 200, response.body);
        const [result] = (response.json() as { results: { ok: boolean; id: number; error?: unknown }[] }).results;
        assert.ok(result?.ok, JSON.stringify(result));
        return (await findMediaById(new SiteScope(t.services.db.kysely, target.id), result.id))!;
      };
      const problemsOf = async (promise: Promise<unknown>) => {
        try {
          await promise;
        } catch (error) {
          if (error instanceof ValidationError) return error.details.map((d) => `${d.path}:${d.code}`);
          throw error;
        }
        assert.fail('the save was accepted');
      };

      before(async () => {
        const env: Record<string, string> =
          storeKind === 's3' ? s3.env(`pages-${dialect}`) : {};
        t = await buildTestApp(dialect, env);
        site = await buildSite(t.services, { code: `pages${dialect}${storeKind}`.slice(0, 20) });
        other = await buildSite(t.services, { code: `away${dialect}${storeKind}`.slice(0, 20) });
        scope = new SiteScope(t.services.db.kysely, site.id);
        await createUser(t.services.db.kysely, {
          email: 'editor@pages.example',
          displayName: 'Editor',
          password,
          memberships: [
            { siteId: site.id, role: 'editor' },
            { siteId: other.id, role: 'editor' },
          ],
        });
        editors = new Map();
        for (const s of [site, other]) {
          const session = new AdminSession(t.app, hostOf(s));
          assert.equal((await session.login('editor@pages.example', password)).statusCode, 303);
          await session.get('/admin/media');
          editors.set(s.id, session);
        }
        lead = await upload(site, photo, 'Marais au printemps.jpg');
        inline = await upload(site, smaller, 'Roselière.jpg');
        report = await upload(site, pdf, 'Rapport national 2026.pdf');
        foreign = await upload(other, photo, 'Elsewhere.jpg');
        await saveMediaText(scope, lead.id, { language: 'en', altText: 'Flooded meadow with reeds at dawn', caption: 'The marshes in April', credits: '© Park rangers' });
        await saveMediaText(scope, lead.id, { language: 'fr', altText: 'Prairie inondée et roseaux à l’aube', caption: 'Les marais en avril', credits: '© Gardes du parc' });
      });
      after(async () => {
        await t?.close();
      });

      test('an item cannot use another site’s file, a missing one, or a document as its image', async () => {
        const news = (fields: Record<string, unknown>, body = '<p>Text</p>') =>
          saveItem(contextFor(t.services, site), { type: 'news', fields, translations: { en: { title: 'Marsh news', body, status: 'draft' } } });
        assert.deepEqual(await problemsOf(news({ leadImage: foreign.id })), ['fields.leadImage:mediaUnknown']);
        assert.deepEqual(await problemsOf(news({ leadImage: report.id })), ['fields.leadImage:mediaNotImage']);
        assert.deepEqual(await problemsOf(news({ leadImage: 999_999 })), ['fields.leadImage:mediaUnknown']);
        assert.deepEqual(await problemsOf(news({}, `<p><img src="/media/${foreign.id}/${foreign.sha256}.jpg" alt=""></p>`)), ['translations.en.body:mediaUnknown']);
        assert.deepEqual(await problemsOf(news({ leadImage: 'twelve' })), ['fields.leadImage:invalid']);
      });

      test('upload → variants → public page markup → download: the page shows the pictures, the downloads and where each file is', async () => {
        const item = await buildItem(t.services, site, {
          type: 'news',
          fields: { leadImage: lead.id },
          translations: {
            en: {
              title: 'Marsh restoration',
              body: `<p>Before the works:</p><p><img src="/media/${inline.id}/${inline.sha256}.jpg" alt="Reed bed in winter"></p><p><a href="/media/${report.id}/old-name.pdf">Read the report</a></p>`,
              fields: { attachments: [report.id] },
              status: 'published',
              publishedAt: past(),
            },
          },
        });
        assert.deepEqual(
          (await listMediaUses(scope, report.id)).map((u) => [u.itemId, u.fields.sort()]),
          [[item.id, ['attachments', 'body']]],
          'the report is recorded as used by the item, in both places',
        );

        // Before the variants job: the originals, with their dimensions, so the page does not jump.
        let page = await get('/en/news/marsh-restoration');
        assert.equal(page.statusCode, 200);
        assert.match(page.body, new RegExp(`<img[^>]*src="${mediaUrl(lead).replace(/\./g, '\\.')}"[^>]*width="1200"[^>]*height="800"`));
        assert.match(page.body, /alt="Flooded meadow with reeds at dawn"[^>]*loading="eager"[^>]*fetchpriority="high"/, 'the lead image loads first');

        await runScheduledJobsNow(t.services, { log: silent });
        assert.ok((await listMediaVariants(scope, lead.id)).length > 0);

        page = await get('/en/news/marsh-restoration');
        const body = page.body;
        assert.match(body, /<picture><source type="image\/avif" srcset="[^"]*320w[^"]*"/, 'AVIF first, at several widths');
        assert.match(body, /<source type="image\/webp"/);
        assert.match(body, /<figcaption>The marshes in April <small class="media-figure__credits">© Park rangers<\/small><\/figcaption>/);
        const inlineImg = /<div class="prose">[\s\S]*?<picture>[\s\S]*?<img([^>]*)>/.exec(body)?.[1] ?? '';
        assert.match(inlineImg, /alt="Reed bed in winter"/, 'the editor’s own alt text is kept');
        assert.match(inlineImg, /loading="lazy"/, 'images in the text wait until they are near');
        assert.match(inlineImg, /width="700" height="500"/);
        assert.ok(body.includes(`href="${mediaUrl(report)}"`), 'a link to a file points at its current address');
        assert.match(body, /Rapport national 2026\.pdf/);
        assert.match(body, /PDF/);
        assert.ok(!/<script(?![^>]*application\/ld\+json)/.test(body), 'the page carries no script');
        assert.match(body, /"image":"http[^"]*\/media\/\d+\/\d+w\.[0-9a-f]{16}\.jpg"/, 'structured data names the lead image');

        // Every address on the page is served to an anonymous visitor, cacheable for a year.
        const addresses = [...new Set([...body.matchAll(/(?:src|srcset|href)="([^"]*\/media\/[^"]*)"/g)].flatMap((m) => m[1]!.split(', ').map((part) => part.split(' ')[0]!)))];
        assert.ok(addresses.length >= 10, `the page links variants and files (${addresses.length})`);
        for (const address of addresses) {
          const response = await get(address.replace(/^https?:\/\/[^/]+/, ''));
          assert.equal(response.statusCode, 200, address);
          assert.equal(response.headers['cache-control'], 'public, max-age=31536000, immutable', address);
        }
        // Lists show the lead image on the item's card, cropped around its focal point, lazily.
        await scope.updateTable('media_files').set({ focal_x: 0.25, focal_y: 0.75 }).where('id', '=', lead.id).execute();
        const listing = await get('/en/news');
        const cardImg = /<article class="card"><picture>[\s\S]*?<img([^>]*)>/.exec(listing.body)?.[1] ?? '';
        assert.match(cardImg, /class="card__image"/);
        assert.match(cardImg, /style="object-position: 25% 75%"/);
        assert.match(cardImg, /\salt(="")?\s/, 'the card’s heading names the item; its picture is decoration');
        assert.match(cardImg, /sizes="\(min-width: 72rem\) 21rem/);

        // The read API gives the files as addresses with their texts, not as bare ids.
        const api = (await get(`/api/v1/items/${item.id}`)).json() as { fields: { leadImage: { url: string; alt: string; variants: unknown[] }; attachments: { filename: string; bytes: number }[] } };
        assert.match(api.fields.leadImage.url, new RegExp(`${mediaUrl(lead).replace(/\./g, '\\.')}$`));
        assert.equal(api.fields.leadImage.alt, 'Flooded meadow with reeds at dawn');
        assert.ok(api.fields.leadImage.variants.length >= 9);
        assert.deepEqual(api.fields.attachments.map((f) => [f.filename, f.bytes]), [['Rapport national 2026.pdf', pdf.length]]);

        const download = await get(mediaUrl(report));
        assert.deepEqual(download.rawPayload, pdf, 'the document comes back byte for byte');
        assert.match(String(download.headers['content-disposition']), /^attachment; filename="Rapport national 2026\.pdf"/);
      });

      test('a file is public only while a live, published page uses it', async () => {
        const flyer = await upload(site, Buffer.concat([pdf, Buffer.from('% flyer\n')]), 'Flyer.pdf');
        const item = await buildItem(t.services, site, {
          type: 'page',
          fields: {},
          translations: { en: { title: 'Volunteer day', body: '<p>Join us.</p>', fields: { attachments: [flyer.id] }, status: 'draft' } },
        });
        assert.equal((await get(mediaUrl(flyer))).statusCode, 404, 'used by a draft only: private');
        await saveItem(contextFor(t.services, site), { type: 'page', translations: { en: { title: 'Volunteer day', body: '<p>Join us.</p>', fields: { attachments: [flyer.id] }, status: 'published', publishedAt: past() } } }, { itemId: item.id });
        assert.equal((await get(mediaUrl(flyer))).statusCode, 200, 'published: public');
        assert.equal((await get(mediaUrl(flyer), hostOf(other))).statusCode, 404, 'never on another site’s host');
        await moveToTrash(contextFor(t.services, site), item.id);
        assert.equal((await get(mediaUrl(flyer))).statusCode, 404, 'in the trash: private again');
      });

      test('a video page shows a placeholder that loads nothing from the provider until asked', async () => {
        await buildItem(t.services, site, {
          type: 'media-item',
          fields: { mediaKind: 'video', videoUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42' },
          translations: { en: { title: 'Otters at the river mouth', status: 'published', publishedAt: past() } },
        });
        const page = await get('/en/gallery/otters-at-the-river-mouth');
        assert.equal(page.statusCode, 200);
        assert.match(page.body, /<iframe[^>]*srcdoc="/);
        assert.ok(!/\ssrc="https:\/\/www\.youtube/.test(page.body), 'no frame or image from YouTube in the page');
        const problems = await problemsOf(
          saveItem(contextFor(t.services, site), { type: 'media-item', fields: { mediaKind: 'video', videoUrl: 'https://evil.example/watch?v=dQw4w9WgXcQ' }, translations: { en: { title: 'Bad', status: 'draft' } } }),
        );
        assert.deepEqual(problems, ['fields.videoUrl:videoUrl']);
      });
    });
  }
}
