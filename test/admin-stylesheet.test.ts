import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { contentTypes } from '../src/content/registry.ts';
import { createDemoNetwork } from '../src/sites/seeds/demo-network.ts';
import { buildTestApp, type TestApp } from './support/app.ts';

/**
 * The admin's rules live in their own stylesheet (admin.css), linked by admin pages only, so that
 * public pages download just what they use. Only on SQLite: which rules a page needs does not
 * depend on the database.
 */
const cssOf = (file: string) => fs.readFileSync(new URL(`../src/web/assets/${file}`, import.meta.url), 'utf8');

/** The class names a stylesheet's selectors name (comments and declarations left out). */
function selectorClasses(css: string): Set<string> {
  const selectors = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\{[^{}]*\}/g, ' ');
  return new Set([...selectors.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]!));
}

describe('admin stylesheet', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp('sqlite');
    await createDemoNetwork(t.services);
  });
  after(() => t.close());

  const get = (host: string, url: string) => t.app.inject({ url, headers: { host } });
  const stylesheets = (html: string) => [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);

  test('admin pages link the public stylesheet, then the admin one; both are hashed and immutable', async () => {
    const login = await get('be.localhost', '/admin/login');
    assert.equal(login.statusCode, 200);
    const links = stylesheets(login.body);
    assert.equal(links.length, 2);
    assert.match(links[0]!, /^\/assets\/site\.[0-9a-f]{10}\.css$/);
    assert.match(links[1]!, /^\/assets\/admin\.[0-9a-f]{10}\.css$/);
    for (const href of links) {
      const css = await get('be.localhost', href);
      assert.equal(css.statusCode, 200, href);
      assert.match(css.headers['content-type'] as string, /^text\/css/);
      assert.match(css.headers['cache-control'] as string, /immutable/);
    }
    const portalLogin = await get('localhost', '/admin/login');
    assert.deepEqual(stylesheets(portalLogin.body), links, 'the network admin too');
  });

  test('public pages link only the public stylesheet and use no class that only the admin one styles', async () => {
    const adminOnly = new Set([...selectorClasses(cssOf('admin.css'))].filter((c) => !selectorClasses(cssOf('site.css')).has(c)));
    assert.ok(adminOnly.has('admin-form') && adminOnly.has('media-picker'), 'the admin stylesheet holds the admin rules');
    const pages: [string, string][] = [['localhost', '/']];
    for (const code of ['be', 'bj', 'ma']) {
      const host = `${code}.localhost`;
      const language = t.services.sites.byCodeOrUndefined(code)!.defaultLanguage;
      pages.push([host, `/${language}/`], [host, `/${language}/search?q=biodiversity`], [host, `/${language}/no-such-section`]);
      for (const type of contentTypes) {
        pages.push([host, `/${language}/${type.segment}`]);
        const list = (await get(host, `/api/v1/items?type=${type.name}&lang=${language}&limit=1`)).json() as { items?: { url: string }[] };
        const item = list.items?.[0];
        if (item) pages.push([host, new URL(item.url).pathname]);
      }
    }
    assert.ok(pages.length > 30);
    for (const [host, url] of pages) {
      const html = (await get(host, url)).body;
      assert.deepEqual(stylesheets(html).map((href) => href.replace(/\.[0-9a-f]{10}\./, '.')), ['/assets/site.css'], `${host}${url}`);
      const used = new Set([...html.matchAll(/\sclass="([^"]*)"/g)].flatMap((m) => m[1]!.split(/\s+/)));
      assert.deepEqual([...used].filter((c) => adminOnly.has(c)), [], `${host}${url} uses classes that only admin.css styles`);
    }
  });
});
