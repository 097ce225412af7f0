import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Site } from '../src/sites/site.ts';
import { buildItem, buildSite, buildTestApp, hostOf, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';

const past = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

interface ShownLink {
  href: string;
  type: string;
  name: string;
  text: string;
}

/** Each "Subscribe:" line of a page: its leading words and its links (address, type, accessible name, visible text). */
function subscribeLines(html: string): { label: string; links: ShownLink[] }[] {
  return [...html.matchAll(/<p class="meta subscribe">(.*?)<\/p>/g)].map((m) => ({
    label: m[1]!.replace(/<.*$/, '').trim(),
    links: [...m[1]!.matchAll(/<a href="([^"]+)" type="([^"]+)" aria-label="([^"]+)">([^<]+)<\/a>/g)].map((a) => ({ href: a[1]!, type: a[2]!, name: a[3]!, text: a[4]! })),
  }));
}

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`visible subscribe links [${dialect}]`, { skip }, () => {
    let t: TestApp;
    let site: Site;

    before(async () => {
      t = await buildTestApp(dialect);
      site = await buildSite(t.services, { code: 'follow', languages: ['en', 'fr'] });
      await buildItem(t.services, site, {
        translations: {
          en: { title: 'Marsh restored', status: 'published', publishedAt: past(30) },
          fr: { title: 'Marais restauré', status: 'published', publishedAt: past(30) },
        },
      });
      await buildItem(t.services, site, {
        type: 'event',
        fields: { start: { at: '2099-05-22T08:00:00.000Z', zone: 'Europe/Brussels' } },
        translations: {
          en: { title: 'Marsh walk', status: 'published', publishedAt: past(10) },
          fr: { title: 'Balade au marais', status: 'published', publishedAt: past(10) },
        },
      });
      await buildItem(t.services, site, { type: 'document', fields: { documentType: 'report' }, translations: { en: { title: 'National report', status: 'published', publishedAt: past(40) } } });
    });
    after(() => t.close());

    const get = (url: string) => t.app.inject({ method: 'GET', url, headers: { host: `${hostOf(site)}:3000` } });

    /** Every link answers 200 with the media type the link announces. */
    async function assertResolve(links: ShownLink[]) {
      for (const link of links) {
        const response = await get(link.href);
        assert.equal(response.statusCode, 200, link.href);
        assert.equal((response.headers['content-type'] as string).split(';')[0], link.type, link.href);
      }
    }

    test('news and documents listings offer RSS, Atom and JSON Feed, named for the section, that resolve', async () => {
      for (const [segment, section] of [
        ['news', 'News'],
        ['documents', 'Documents'],
      ]) {
        const lines = subscribeLines((await get(`/en/${segment}`)).body);
        assert.equal(lines.length, 1, segment);
        assert.equal(lines[0]!.label, 'Subscribe:');
        assert.deepEqual(lines[0]!.links, [
          { href: `/feeds/en/${segment}.rss`, type: 'application/rss+xml', name: `RSS feed: ${section}`, text: 'RSS' },
          { href: `/feeds/en/${segment}.atom`, type: 'application/atom+xml', name: `Atom feed: ${section}`, text: 'Atom' },
          { href: `/feeds/en/${segment}.json`, type: 'application/feed+json', name: `JSON Feed: ${section}`, text: 'JSON Feed' },
        ]);
        await assertResolve(lines[0]!.links);
      }
    });

    test('the events listing adds its iCalendar feed', async () => {
      const [line] = subscribeLines((await get('/en/events')).body);
      assert.deepEqual(
        line!.links.map((l) => [l.text, l.href]),
        [
          ['RSS', '/feeds/en/events.rss'],
          ['Atom', '/feeds/en/events.atom'],
          ['JSON Feed', '/feeds/en/events.json'],
          ['iCalendar', '/en/events/calendar.ics'],
        ],
      );
      assert.equal(line!.links[3]!.name, 'iCalendar feed: Events');
      await assertResolve(line!.links);
    });

    test('speaks the page language', async () => {
      const [line] = subscribeLines((await get('/fr/news')).body);
      assert.equal(line!.label, 'S’abonner :');
      assert.deepEqual(
        line!.links.map((l) => [l.href, l.name]),
        [
          ['/feeds/fr/news.rss', 'Flux RSS : Actualités'],
          ['/feeds/fr/news.atom', 'Flux Atom : Actualités'],
          ['/feeds/fr/news.json', 'JSON Feed : Actualités'],
        ],
      );
      await assertResolve(line!.links);
    });

    test('a section without feeds shows none', async () => {
      assert.deepEqual(subscribeLines((await get('/en/protected-areas')).body), []);
    });

    test('the home page offers the news and the events feeds under their blocks', async () => {
      const lines = subscribeLines((await get('/en/')).body);
      assert.deepEqual(
        lines.map((line) => line.links.map((l) => l.href)),
        [
          ['/feeds/en/news.rss', '/feeds/en/news.atom', '/feeds/en/news.json'],
          ['/feeds/en/events.rss', '/feeds/en/events.atom', '/feeds/en/events.json', '/en/events/calendar.ics'],
        ],
      );
      await assertResolve(lines.flatMap((line) => line.links));
    });

    test("an event's page links its own .ics", async () => {
      const html = (await get('/fr/events/balade-au-marais')).body;
      const href = /<a href="([^"]+\.ics)" type="text\/calendar">Ajouter à mon agenda<\/a>/.exec(html)?.[1];
      assert.equal(href, '/fr/events/balade-au-marais.ics');
      const ics = await get(href!);
      assert.equal(ics.statusCode, 200);
      assert.match(ics.headers['content-type'] as string, /^text\/calendar/);
      assert.match(ics.body, /SUMMARY:Balade au marais/);
    });
  });
}
