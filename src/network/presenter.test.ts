import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseFeedFile } from './feeds.ts';
import { flagEmoji, siteOrigin } from './presenter.ts';
import type { Site } from '../sites/site.ts';
import { portalHref } from './views/portal-layout.tsx';

const site = (overrides: Partial<Pick<Site, 'code' | 'domains'>>): Pick<Site, 'code' | 'domains'> => ({ code: 'be', domains: [], ...overrides });

test('a country code becomes its flag as two regional indicator symbols; no country, no flag', () => {
  assert.equal(flagEmoji('be'), '🇧🇪');
  assert.equal(flagEmoji('MA'), '🇲🇦');
  assert.equal(flagEmoji(null), null);
  assert.equal(flagEmoji('eu1'), null);
});

test('a site is linked on its primary domain over https, else on <code>.<suffix> with the portal’s scheme and port', () => {
  const links = { protocol: 'http', port: '3000', localSiteSuffix: 'localhost' };
  assert.equal(siteOrigin(site({}), links), 'http://be.localhost:3000');
  assert.equal(siteOrigin(site({ domains: [{ host: 'www.biodiv.be', kind: 'primary' }] }), links), 'https://www.biodiv.be');
  assert.equal(siteOrigin(site({}), { ...links, port: undefined }), 'http://be.localhost');
});

test('the portal’s feeds are news and events in three formats, nothing else', () => {
  assert.deepEqual(parseFeedFile('news.atom'), { kind: 'news', format: 'atom' });
  assert.deepEqual(parseFeedFile('events.json'), { kind: 'events', format: 'json' });
  assert.equal(parseFeedFile('documents.rss'), undefined);
  assert.equal(parseFeedFile('news.xml'), undefined);
});

test('portal links keep the visitor’s language', () => {
  assert.equal(portalHref('/search', 'fr', { q: 'zones humides' }), '/search?q=zones+humides&lang=fr');
});
