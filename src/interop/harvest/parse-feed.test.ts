import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dedupeKeys, FeedFormatError, normaliseLink, parseHarvestedFeed } from './parse-feed.ts';

const item = { guid: null, link: null, title: 'T', summary: null, publishedAt: null, updatedAt: null, eventStart: null, eventEnd: null, language: null };

test('recognises an item by its guid, else its link, else its title and day', () => {
  assert.deepEqual(dedupeKeys({ ...item, guid: 'urn:1', link: 'https://a.example/x#top' }), { dedupeKey: 'id:urn:1', linkKey: 'a.example/x' });
  assert.deepEqual(dedupeKeys({ ...item, link: 'https://A.example/x/?utm_source=rss' }), { dedupeKey: 'link:a.example/x', linkKey: 'a.example/x' });
  assert.deepEqual(dedupeKeys({ ...item, title: 'Wetlands:  THE day!', publishedAt: '2026-02-02T10:00:00.000Z' }), { dedupeKey: 'title:wetlands the day|2026-02-02', linkKey: null });
});

test('spells an address one way: no fragment, no tracking, same for http and https', () => {
  assert.equal(normaliseLink('http://chm.example/news/1?id=3&utm_medium=x#c'), normaliseLink('https://CHM.example/news/1/?id=3'));
});

test('reads RSS 1.0 event dates and keeps only http links', () => {
  const feed = parseHarvestedFeed(
    `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:ev="http://purl.org/rss/1.0/modules/event/">
<channel rdf:about="https://chm.example/"><title>Events</title><link>https://chm.example/</link></channel>
<item rdf:about="https://chm.example/ev/1"><title>Wetland walk</title><link>https://chm.example/ev/1</link><ev:startdate>2026-05-02T09:00:00Z</ev:startdate><ev:enddate>2026-05-02T12:00:00Z</ev:enddate></item>
<item rdf:about="x"><title>Bad link</title><link>javascript:alert(1)</link></item>
</rdf:RDF>`,
    'application/rdf+xml',
  );
  assert.equal(feed.format, 'rss');
  assert.deepEqual(
    feed.items.map((i) => [i.title, i.link, i.eventStart, i.eventEnd]),
    [
      ['Wetland walk', 'https://chm.example/ev/1', '2026-05-02T09:00:00.000Z', '2026-05-02T12:00:00.000Z'],
      ['Bad link', null, null, null],
    ],
  );
});

test('shortens long summaries at a word', () => {
  const long = 'word '.repeat(200);
  const feed = parseHarvestedFeed(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: 1, title: 'Long', content_text: long }] }), 'application/feed+json');
  assert.ok(feed.items[0]!.summary!.length <= 300);
  assert.match(feed.items[0]!.summary!, /word…$/);
  assert.equal(feed.items[0]!.guid, '1');
});

test('refuses what is not a feed, naming why', () => {
  const refused = (text: string, type: string | null = null) => assert.throws(() => parseHarvestedFeed(text, type), FeedFormatError);
  refused('');
  refused('{"version": "https://jsonfeed.org/version/1.1", "items": [', 'application/json');
  refused('{"title": "no version"}', 'application/json');
  refused('<html><body>Not a feed</body></html>');
  assert.throws(() => parseHarvestedFeed('<rss><channel><title>a &nosuch; b</title></channel></rss>', null), /not well-formed XML/);
});

test('reads a feed whose text quotes an entity declaration, and refuses one that declares entities', () => {
  const quoting = parseHarvestedFeed('<?xml version="1.0"?><rss version="2.0"><channel><title>XML tips</title><item><title>Entities</title><description><![CDATA[Never allow <!ENTITY x SYSTEM "file:///"> in input.]]></description></item></channel></rss>', null);
  assert.equal(quoting.items[0]!.summary, 'Never allow in input.');
  assert.throws(() => parseHarvestedFeed('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "b">]><rss version="2.0"><channel><title>&a;</title></channel></rss>', null), /declares XML entities/);
  // A public DOCTYPE without an internal subset (RSS 0.91) is fine.
  const netscape = parseHarvestedFeed('<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel><title>Old</title><item><title>Still read</title><link>https://old.example/1</link></item></channel></rss>', null);
  assert.deepEqual(netscape.items.map((i) => i.title), ['Still read']);
});
