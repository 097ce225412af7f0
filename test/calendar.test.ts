import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ICAL from 'ical.js';
import { saveItem } from '../src/content/service.ts';
import { moveToTrash } from '../src/content/trash.ts';
import type { Item } from '../src/content/item.ts';
import type { Site } from '../src/sites/site.ts';
import { buildItem, buildSite, buildTestApp, contextFor, hostOf, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';

const past = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** The VEVENTs of an iCalendar text, read by ical.js with the calendar's own VTIMEZONEs. */
function readCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtimezone);
  return {
    calendar,
    events: calendar.getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      return {
        vevent,
        event,
        uid: event.uid,
        summary: event.summary,
        location: event.location,
        url: vevent.getFirstPropertyValue('url') as string | null,
        start: event.startDate.toJSDate().toISOString(),
        end: event.endDate?.toJSDate().toISOString(),
        startZone: event.startDate.zone?.tzid,
        geo: vevent.getFirstPropertyValue('geo') as number[] | null,
      };
    }),
  };
}

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`calendars [${dialect}]`, { skip }, () => {
    let t: TestApp;
    let site: Site;
    let other: Site;
    let forestDay: Item;

    const event = (s: Site, title: Record<string, string>, start: { at: string; zone: string }, extra: { end?: { at: string; zone: string }; point?: { lat: number; lng: number }; location?: string; status?: 'published' | 'draft' } = {}) =>
      buildItem(t.services, s, {
        type: 'event',
        point: extra.point ?? null,
        fields: { start, ...(extra.end ? { end: extra.end } : {}) },
        translations: Object.fromEntries(
          Object.entries(title).map(([language, text]) => [language, { title: text, summary: `${text}: summary; with, punctuation`, status: extra.status ?? 'published', publishedAt: past(10), fields: extra.location ? { location: extra.location } : {} }]),
        ),
      });

    before(async () => {
      t = await buildTestApp(dialect);
      site = await buildSite(t.services, { code: 'cal', names: { en: 'Calendar CHM', fr: 'CHM agenda' }, languages: ['en', 'fr'] });
      other = await buildSite(t.services, { code: 'calother', names: { en: 'Other' }, languages: ['en'] });
      // 09:30 in Porto-Novo (UTC+1 all year) is 08:30 UTC.
      forestDay = await event(site, { en: 'Forest day', fr: 'Journée de la forêt' }, { at: '2099-03-04T08:30:00.000Z', zone: 'Africa/Porto-Novo' }, {
        end: { at: '2099-03-04T11:00:00.000Z', zone: 'Africa/Porto-Novo' },
        point: { lat: 6.4969, lng: 2.6289 },
        location: 'Porto-Novo, Jardin des plantes',
      });
      // Spans Brussels' change to summer time (last Sunday of March): +01:00 at the start, +02:00 at the end.
      await event(site, { en: 'Spring survey', fr: 'Inventaire de printemps' }, { at: '2099-03-20T08:00:00.000Z', zone: 'Europe/Brussels' }, { end: { at: '2099-04-05T15:00:00.000Z', zone: 'Europe/Brussels' } });
      await event(site, { en: 'Online seminar', fr: 'Séminaire en ligne' }, { at: '2099-05-01T12:00:00.000Z', zone: 'UTC' });
      await event(site, { en: 'Recent workshop', fr: 'Atelier récent' }, { at: daysFromNow(-30), zone: 'Europe/Brussels' });
      await event(site, { en: 'Old workshop', fr: 'Vieil atelier' }, { at: daysFromNow(-120), zone: 'Europe/Brussels' });
      await event(site, { en: 'English only' }, { at: '2099-06-01T08:00:00.000Z', zone: 'Europe/Brussels' });
      await event(site, { en: 'Draft event', fr: 'Brouillon' }, { at: '2099-06-02T08:00:00.000Z', zone: 'Europe/Brussels' }, { status: 'draft' });
      const trashed = await event(site, { en: 'Cancelled', fr: 'Annulé' }, { at: '2099-06-03T08:00:00.000Z', zone: 'Europe/Brussels' });
      await moveToTrash(contextFor(t.services, site), trashed.id);
      await event(other, { en: 'Foreign event' }, { at: '2099-06-04T08:00:00.000Z', zone: 'Europe/Brussels' });
    });
    after(() => t.close());

    const get = (url: string, s: Site = site) => t.app.inject({ method: 'GET', url, headers: { host: `${hostOf(s)}:3000` } });
    const origin = `http://${'cal'}.localhost:3000`;

    test('serves a calendar of upcoming and recent events in the page language', async () => {
      const response = await get('/en/events/calendar.ics');
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['content-type'], 'text/calendar; charset=utf-8');
      assert.match(response.headers['content-disposition'] as string, /^inline; filename="cal-events-en\.ics"/);
      assert.equal(response.headers['cache-control'], 'public, max-age=300');
      const { calendar, events } = readCalendar(response.body);
      assert.equal(calendar.getFirstPropertyValue('x-wr-calname'), 'Events calendar — Calendar CHM');
      assert.deepEqual(events.map((e) => e.summary), ['Recent workshop', 'Forest day', 'Spring survey', 'Online seminar', 'English only']);
      const fr = readCalendar((await get('/fr/events/calendar.ics')).body);
      assert.deepEqual(fr.events.map((e) => e.summary), ['Atelier récent', 'Journée de la forêt', 'Inventaire de printemps', 'Séminaire en ligne']);
      assert.equal(fr.calendar.getFirstPropertyValue('x-wr-calname'), 'Agenda des événements — CHM agenda');
    });

    test('writes each event in its own zone, so that calendar programs show the right hour', async () => {
      const body = (await get('/en/events/calendar.ics')).body;
      assert.match(body, /DTSTART;TZID=Africa\/Porto-Novo:20990304T093000\r\n/);
      const { events } = readCalendar(body);
      const forest = events.find((e) => e.summary === 'Forest day')!;
      assert.equal(forest.startZone, 'Africa/Porto-Novo');
      assert.equal(forest.start, '2099-03-04T08:30:00.000Z');
      assert.equal(forest.end, '2099-03-04T11:00:00.000Z');
      const spring = events.find((e) => e.summary === 'Spring survey')!;
      assert.match(body, /DTSTART;TZID=Europe\/Brussels:20990320T090000\r\n/);
      assert.match(body, /DTEND;TZID=Europe\/Brussels:20990405T170000\r\n/);
      assert.equal(spring.start, '2099-03-20T08:00:00.000Z');
      assert.equal(spring.end, '2099-04-05T15:00:00.000Z');
      const online = events.find((e) => e.summary === 'Online seminar')!;
      assert.match(body, /DTSTART:20990501T120000Z\r\n/);
      assert.equal(online.start, '2099-05-01T12:00:00.000Z');
    });

    test('gives each event a stable UID, its location, coordinates, page URL and description', async () => {
      const { events } = readCalendar((await get('/en/events/calendar.ics')).body);
      const forest = events.find((e) => e.summary === 'Forest day')!;
      assert.equal(forest.uid, `event-${forestDay.id}@cal.localhost`);
      assert.equal(forest.location, 'Porto-Novo, Jardin des plantes');
      assert.deepEqual(forest.geo, [6.4969, 2.6289]);
      assert.equal(forest.url, `${origin}/en/events/forest-day`);
      assert.equal(forest.event.description, 'Forest day: summary; with, punctuation');
      assert.ok(forest.vevent.getFirstPropertyValue('dtstamp'));
      assert.ok(forest.vevent.getFirstPropertyValue('last-modified'));
      // The same event in French is the same calendar entry.
      const fr = readCalendar((await get('/fr/events/calendar.ics')).body).events.find((e) => e.summary === 'Journée de la forêt')!;
      assert.equal(fr.uid, forest.uid);
      assert.equal(fr.url, `${origin}/fr/events/journee-de-la-foret`);
    });

    test('keeps the UID when the event is edited and raises its SEQUENCE', async () => {
      const before = readCalendar((await get('/en/events/calendar.ics')).body).events.find((e) => e.summary === 'Forest day')!;
      const translations = Object.fromEntries(forestDay.translations.map((tr) => [tr.language, { title: tr.language === 'en' ? 'Forest day (moved)' : tr.title, slug: tr.slug, summary: tr.summary, status: tr.status, publishedAt: tr.publishedAt, fields: tr.fields }]));
      forestDay = await saveItem(contextFor(t.services, site), { type: 'event', fields: { ...forestDay.fields, start: { at: '2099-03-05T08:30:00.000Z', zone: 'Africa/Porto-Novo' }, end: { at: '2099-03-05T11:00:00.000Z', zone: 'Africa/Porto-Novo' } }, point: forestDay.point, translations }, { itemId: forestDay.id });
      const afterEdit = readCalendar((await get('/en/events/calendar.ics')).body).events.find((e) => e.uid === before.uid)!;
      assert.equal(afterEdit.summary, 'Forest day (moved)');
      assert.equal(afterEdit.start, '2099-03-05T08:30:00.000Z');
      assert.ok(afterEdit.event.sequence > before.event.sequence);
    });

    test('serves one event as an .ics linked from its page', async () => {
      const page = await get('/en/events/forest-day');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<a href="\/en\/events\/forest-day\.ics" type="text\/calendar">Add to calendar<\/a>/);
      assert.match((await get('/fr/events/journee-de-la-foret')).body, /href="\/fr\/events\/journee-de-la-foret\.ics"[^>]*>Ajouter à mon agenda</);
      const response = await get('/en/events/forest-day.ics');
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['content-type'], 'text/calendar; charset=utf-8');
      assert.equal(response.headers['content-disposition'], `inline; filename="forest-day.ics"; filename*=UTF-8''forest-day.ics`);
      const { events } = readCalendar(response.body);
      assert.equal(events.length, 1);
      assert.equal(events[0]!.uid, `event-${forestDay.id}@cal.localhost`);
      assert.equal(events[0]!.start, '2099-03-05T08:30:00.000Z');
      assert.equal(events[0]!.url, `${origin}/en/events/forest-day`);
    });

    test('answers 404 for a missing, unpublished, trashed or foreign event, and for types without calendars', async () => {
      for (const url of ['/en/events/no-such-event.ics', '/en/events/draft-event.ics', '/en/events/cancelled.ics', '/en/events/foreign-event.ics', '/en/news/forest-day.ics', '/de/events/calendar.ics', '/en/news/calendar.ics', '/en/events/Bad_Slug.ics']) {
        const response = await get(url);
        assert.equal(response.statusCode, 404, url);
        assert.match(response.headers['content-type'] as string, /html/, url);
      }
      assert.equal((await get('/en/events/foreign-event.ics', other)).statusCode, 200);
      const foreign = readCalendar((await get('/en/events/calendar.ics', other)).body);
      assert.deepEqual(foreign.events.map((e) => e.summary), ['Foreign event']);
    });

    test('leaves the event pages and listing where they were', async () => {
      assert.equal((await get('/en/events')).statusCode, 200);
      assert.equal((await get('/en/events/spring-survey')).statusCode, 200);
      assert.equal((await get('/en/events/calendar')).statusCode, 404);
    });
  });
}
