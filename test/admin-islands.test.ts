import assert from 'node:assert/strict';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import { createUser } from '../src/accounts/service.ts';
import type { Site } from '../src/sites/site.ts';
import { AdminSession } from './support/admin-session.ts';
import { buildItem, buildSite, buildTestApp, hostOf, type TestApp } from './support/app.ts';

/**
 * The admin's scripts are progressive enhancement: a tiny entry script on admin pages that loads
 * the rich-text editor only where there is rich text, served compressed under hashed URLs, and
 * nothing at all on public pages.
 */
describe('admin scripts', () => {
  let t: TestApp;
  let site: Site;
  let session: AdminSession;
  const password = 'correct horse battery staple';

  before(async () => {
    t = await buildTestApp('sqlite');
    site = await buildSite(t.services, { code: 'isl', names: { en: 'Islands', es: 'Islas' }, languages: ['es', 'en'] });
    await buildItem(t.services, site, { type: 'news' });
    await createUser(t.services.db.kysely, { email: 'editor@isl.example', displayName: 'Editor', password, memberships: [{ siteId: site.id, role: 'editor' }] });
    session = new AdminSession(t.app, `${hostOf(site)}:3000`, '10.9.0.1');
    await session.login('editor@isl.example', password);
  });
  after(() => t.close());

  const entryScript = (html: string) => /<script type="module" src="(\/assets\/islands\/admin\.[A-Z0-9]+\.js)"><\/script>/.exec(html)?.[1];

  test('public pages carry no script to run', async () => {
    const page = await t.app.inject({ url: '/es/', headers: { host: `${hostOf(site)}:3000` } });
    assert.equal(page.statusCode, 200);
    assert.doesNotMatch(page.body, /<script(?![^>]*application\/ld\+json)/);
  });

  test('the edit form marks the body for the rich-text editor, with its words in the admin’s language', async () => {
    const page = await session.get('/admin/content/news/new?lang=es');
    assert.equal(page.statusCode, 200);
    assert.ok(entryScript(page.body), 'the admin page loads the entry script');
    const attribute = /<textarea id="control-body"[^>]*data-rich-text="([^"]+)"/.exec(page.body)?.[1];
    assert.ok(attribute, 'the body field is marked');
    const labels = JSON.parse(attribute.replace(/&quot;/g, '"').replace(/&amp;/g, '&')) as Record<string, string>;
    assert.equal(labels.bold, 'Negrita');
    assert.equal(labels.toolbar, 'Formato del texto');
  });

  test('serves the scripts compressed, cached for a year, and the editor as a separate file', async () => {
    const page = await session.get('/admin');
    const url = entryScript(page.body)!;
    const host = `${hostOf(site)}:3000`;
    const plain = await t.app.inject({ url, headers: { host } });
    assert.equal(plain.statusCode, 200);
    assert.match(String(plain.headers['content-type']), /^text\/javascript/);
    assert.equal(plain.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.ok(plain.rawPayload.length < 1024, `the entry script is small (${plain.rawPayload.length} bytes)`);

    const chunk = /["']\.\/(rich-text-editor\.[A-Z0-9]+\.js)["']/.exec(plain.body)?.[1];
    assert.ok(chunk, 'the entry script loads the editor on demand');
    assert.match(plain.body, /["']\.\/tag-filter\.[A-Z0-9]+\.js["']/, 'and the tag search on demand');
    const editorUrl = `/assets/islands/${chunk}`;
    const raw = await t.app.inject({ url: editorUrl, headers: { host } });
    const br = await t.app.inject({ url: editorUrl, headers: { host, 'accept-encoding': 'gzip, deflate, br' } });
    const gz = await t.app.inject({ url: editorUrl, headers: { host, 'accept-encoding': 'gzip' } });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.equal(br.headers.vary, 'accept-encoding');
    assert.deepEqual(brotliDecompressSync(br.rawPayload), raw.rawPayload);
    assert.deepEqual(gunzipSync(gz.rawPayload), raw.rawPayload);
    assert.ok(br.rawPayload.length < raw.rawPayload.length / 3, `brotli: ${br.rawPayload.length} of ${raw.rawPayload.length} bytes`);
  });

  test('an unknown script name is a 404, not another file', async () => {
    const response = await t.app.inject({ url: '/assets/islands/admin.NOPE.js', headers: { host: `${hostOf(site)}:3000` } });
    assert.equal(response.statusCode, 404);
  });
});
