import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  matchSiteLanguage, normaliseLanguage, parseZopeDate, readFlag, readGeo, readInteger, readLocalized, readUrl, splitTerms,
} from './values.ts';

describe('parseZopeDate', () => {
  const instants: [raw: unknown, iso: string][] = [
    ['2007/01/17 17:21:17.812 GMT+1', '2007-01-17T16:21:17.812Z'],
    ['2010/11/02 09:15:00 GMT+1', '2010-11-02T08:15:00.000Z'],
    ['2008/12/05 14:11:07.526 GMT+0', '2008-12-05T14:11:07.526Z'],
    ['2011/01/27 10:00:00 Universal', '2011-01-27T10:00:00.000Z'],
    ['2011/01/27 10:00:00 UTC', '2011-01-27T10:00:00.000Z'],
    ['2009/05/14 00:00:00 GMT-3', '2009-05-14T03:00:00.000Z'],
    ['2007/01/17 10:00:00 GMT+5.5', '2007-01-17T04:30:00.000Z'],
    ['2007/01/17 10:00:00 GMT+0530', '2007-01-17T04:30:00.000Z'],
    ['2007/01/17 17:21:17.812345 GMT+1', '2007-01-17T16:21:17.812Z'],
    ['2007/01/17 17:21 GMT+1', '2007-01-17T16:21:00.000Z'],
    ['  2007/01/17 17:21:17 GMT+1  ', '2007-01-17T16:21:17.000Z'],
    // Named zones follow daylight saving: Brussels is +1 in January and +2 in July.
    ['2010/01/15 12:00:00 Europe/Brussels', '2010-01-15T11:00:00.000Z'],
    ['2010/07/15 12:00:00 Europe/Brussels', '2010-07-15T10:00:00.000Z'],
    ['2010/07/01 12:00:00 US/Eastern', '2010-07-01T16:00:00.000Z'],
    ['2010/07/01 12:00:00 europe/brussels', '2010-07-01T10:00:00.000Z'],
    ['2016-08-09T10:00:00Z', '2016-08-09T10:00:00.000Z'],
    ['2016-08-09T10:00:00+02:00', '2016-08-09T08:00:00.000Z'],
    ['2016-08-09T10:00:00.5-0300', '2016-08-09T13:00:00.500Z'],
    ['2016-08-09 10:00:00', '2016-08-09T10:00:00.000Z'],
    [1296072533.37, '2011-01-26T20:08:53.370Z'],
  ];
  for (const [raw, iso] of instants) {
    test(`reads ${JSON.stringify(raw)} as the instant ${iso}`, () => {
      assert.deepEqual(parseZopeDate(raw), { iso, dateOnly: false });
    });
  }

  const dates: [raw: string, iso: string][] = [
    ['2007/01/17', '2007-01-17T00:00:00.000Z'],
    ['2016-08-09', '2016-08-09T00:00:00.000Z'],
    ['17/01/2007', '2007-01-17T00:00:00.000Z'],
    ['2/3/2009', '2009-03-02T00:00:00.000Z'],
    ['2008/02/29', '2008-02-29T00:00:00.000Z'],
  ];
  for (const [raw, iso] of dates) {
    test(`reads ${JSON.stringify(raw)} as a date without a time, at midnight UTC`, () => {
      assert.deepEqual(parseZopeDate(raw, 'Europe/Brussels'), { iso, dateOnly: true });
    });
  }

  test('reads a naive ISO time (the JSON dump) as wall time in the default zone', () => {
    assert.equal(parseZopeDate('2016-08-09T10:00:00', 'Europe/Brussels')?.iso, '2016-08-09T08:00:00.000Z');
    assert.equal(parseZopeDate('2016-01-09T10:00:00', 'Europe/Brussels')?.iso, '2016-01-09T09:00:00.000Z');
    assert.equal(parseZopeDate('2016-08-09T10:00:00')?.iso, '2016-08-09T10:00:00.000Z');
  });

  test('reads a time in a zone it does not know as wall time in the default zone', () => {
    assert.equal(parseZopeDate('2010/07/15 12:00:00 Mars/Olympus', 'Europe/Brussels')?.iso, '2010-07-15T10:00:00.000Z');
    assert.equal(parseZopeDate('2010/07/15 12:00:00 CEST', 'UTC')?.iso, '2010-07-15T12:00:00.000Z');
  });

  test('falls back to UTC when the default zone itself is unknown', () => {
    assert.equal(parseZopeDate('2016-08-09T10:00:00', 'Nowhere/Land')?.iso, '2016-08-09T10:00:00.000Z');
  });

  test('keeps an explicit zone over the default zone', () => {
    assert.equal(parseZopeDate('2010/11/02 09:15:00 GMT+1', 'America/Lima')?.iso, '2010-11-02T08:15:00.000Z');
    assert.equal(parseZopeDate('2016-08-09T10:00:00Z', 'America/Lima')?.iso, '2016-08-09T10:00:00.000Z');
  });

  const refused: unknown[] = [
    'None', 'none', '', '   ', null, undefined, 'soon', '2007/13/45', '2007/02/30', '2007/02/29', '31/04/2010',
    '2007/01/17 24:00:00 GMT+1', '2007/01/17 10:61:00 GMT+1', '1899/12/31', '2101/01/01', '0001/01/01 00:00:00 GMT+0',
    '2016-08-09T10:00:00+25:00', '17/01/07', '2007', NaN, Infinity, -5_000_000_000, 1e13, {}, [], true,
  ];
  for (const raw of refused) {
    test(`refuses ${typeof raw === 'number' ? String(raw) : JSON.stringify(raw) ?? String(raw)} without throwing`, () => {
      assert.equal(parseZopeDate(raw), null);
    });
  }
});

describe('normaliseLanguage', () => {
  const codes: [raw: unknown, canonical: string | null][] = [
    ['FR', 'fr'], ['fr', 'fr'], ['fr_BE', 'fr-BE'], ['FR-be', 'fr-BE'], ['nl-be', 'nl-BE'], ['zh-hans', 'zh-Hans'],
    [' en ', 'en'], ['ara', 'ar'],
    ['', null], ['*', null], ['x', null], ['english', null], ['fr--BE', null], ['12', null], [null, null], [3, null],
  ];
  for (const [raw, canonical] of codes) {
    test(`reads ${JSON.stringify(raw)} as ${JSON.stringify(canonical)}`, () => {
      assert.equal(normaliseLanguage(raw), canonical);
    });
  }
});

describe('matchSiteLanguage', () => {
  test('prefers the exact language, in the site\'s own spelling', () => {
    assert.equal(matchSiteLanguage('FR_be', ['fr', 'fr-BE']), 'fr-BE');
    assert.equal(matchSiteLanguage('FR', ['en', 'fr']), 'fr');
  });
  test('falls back from a regional code to its base language', () => {
    assert.equal(matchSiteLanguage('fr-BE', ['en', 'fr']), 'fr');
  });
  test('falls back from a base language to a regional variant the site has', () => {
    assert.equal(matchSiteLanguage('nl', ['fr-BE', 'nl-BE']), 'nl-BE');
    assert.equal(matchSiteLanguage('fr-CA', ['en', 'fr-BE']), 'fr-BE');
  });
  test('returns null for a language the site lacks or a code that is not one', () => {
    assert.equal(matchSiteLanguage('de', ['en', 'fr']), null);
    assert.equal(matchSiteLanguage('*', ['en', 'fr']), null);
    assert.equal(matchSiteLanguage('en', []), null);
  });
});

describe('readLocalized', () => {
  const shapes: [name: string, raw: unknown, expected: ReturnType<typeof readLocalized>][] = [
    ['a plain string', 'COP10 outcomes', { byLanguage: {}, unlocalized: 'COP10 outcomes' }],
    ['a per-language map (export_json)', { en: 'Title', FR: 'Titre' }, { byLanguage: { en: 'Title', FR: 'Titre' }, unlocalized: null }],
    ['(value, timestamp) pairs (the JSON dump)', { en: ['Title', 1296072533.37], fr: ['Titre', 1296072540] }, { byLanguage: { en: 'Title', fr: 'Titre' }, unlocalized: null }],
    ['null and empty values in a map', { en: 'Title', fr: null, de: '', es: ['  ', 1.5], nl: [null, 2] }, { byLanguage: { en: 'Title' }, unlocalized: null }],
    ['a number', 100, { byLanguage: {}, unlocalized: '100' }],
    ['a number per language', { en: 3 }, { byLanguage: { en: '3' }, unlocalized: null }],
    ['a list of strings', ['Belgium', 'France', ''], { byLanguage: {}, unlocalized: 'Belgium, France' }],
    ['a list of strings per language', { en: ['Belgium', 'France'] }, { byLanguage: { en: 'Belgium, France' }, unlocalized: null }],
    ['an empty string', '', { byLanguage: {}, unlocalized: null }],
    ['null', null, { byLanguage: {}, unlocalized: null }],
    ['undefined', undefined, { byLanguage: {}, unlocalized: null }],
  ];
  for (const [name, raw, expected] of shapes) {
    test(`reads ${name}`, () => {
      assert.deepEqual(readLocalized(raw), expected);
    });
  }
  test('keeps values as found, markup and surrounding spaces included', () => {
    assert.deepEqual(readLocalized({ en: ' <p>Body</p>\n' }), { byLanguage: { en: ' <p>Body</p>\n' }, unlocalized: null });
  });
});

describe('splitTerms', () => {
  test('splits CHM terms on |, trimmed and without blanks', () => {
    assert.deepEqual(splitTerms('Climate change| Protected areas ||', '|'), ['Climate change', 'Protected areas']);
  });
  test('does not split CHM terms on commas', () => {
    assert.deepEqual(splitTerms('Fauna, flora|Marine', '|'), ['Fauna, flora', 'Marine']);
  });
  test('splits keywords on commas and semicolons', () => {
    assert.deepEqual(splitTerms('Nagoya, ABS;  access  and sharing ,', ','), ['Nagoya', 'ABS', 'access and sharing']);
  });
  test('drops duplicates ignoring case and keeps the first spelling', () => {
    assert.deepEqual(splitTerms('ABS, abs, Nagoya, NAGOYA', ','), ['ABS', 'Nagoya']);
  });
  test('reads lists and numbers, and nothing from null', () => {
    assert.deepEqual(splitTerms(['a, b', 'B', 2010], ','), ['a', 'b', '2010']);
    assert.deepEqual(splitTerms(null, ','), []);
    assert.deepEqual(splitTerms('', '|'), []);
  });
});

describe('readFlag', () => {
  for (const raw of [1, '1', true, 'True', 'true', 'yes', 'on', ' ON ', 2]) {
    test(`reads ${JSON.stringify(raw)} as true`, () => assert.equal(readFlag(raw), true));
  }
  for (const raw of [0, '0', false, 'False', 'None', '', 'no', 'off', null, undefined, NaN, {}]) {
    test(`reads ${JSON.stringify(raw) ?? String(raw)} as false`, () => assert.equal(readFlag(raw), false));
  }
});

describe('readInteger', () => {
  const values: [raw: unknown, expected: number | null][] = [
    [100, 100], ['100', 100], [' 7 ', 7], ['-3', -3], ['100.0', 100], [0, 0],
    [1.5, null], ['1.5', null], ['', null], ['None', null], ['12abc', null], [null, null], [NaN, null],
    [2 ** 53, null], ['9007199254740993', null], [true, null],
  ];
  for (const [raw, expected] of values) {
    test(`reads ${JSON.stringify(raw) ?? String(raw)} as ${expected}`, () => assert.equal(readInteger(raw), expected));
  }
});

describe('readGeo', () => {
  const points: [name: string, raw: unknown, expected: ReturnType<typeof readGeo>][] = [
    ['the Geo tuple', [50.85, 4.35, 'Brussels'], { lat: 50.85, lng: 4.35, address: 'Brussels' }],
    ['a tuple of numeric strings', ['50.85', '4.35', null], { lat: 50.85, lng: 4.35, address: '' }],
    ['an object with lat and lon', { lat: -33.9, lon: 18.4, address: ' Cape Town ' }, { lat: -33.9, lng: 18.4, address: 'Cape Town' }],
    ['an object with lat and lng', { lat: 1, lng: 2 }, { lat: 1, lng: 2, address: '' }],
    ['GeoPoint attributes', { latitude: '45.5', longitude: '-73.6', address: 'Montréal' }, { lat: 45.5, lng: -73.6, address: 'Montréal' }],
    ['a "lat, lon" string', '50.8, 4.3', { lat: 50.8, lng: 4.3, address: '' }],
    ['the extreme corners', [-90, 180, ''], { lat: -90, lng: 180, address: '' }],
    ['an empty Geo tuple', [null, null, ''], null],
    ['a latitude out of range', [91, 4, ''], null],
    ['a longitude out of range', [50, -181, ''], null],
    ['a missing longitude', { lat: 50 }, null],
    ['blank coordinates', ['', '', 'Brussels'], null],
    ['a string with one number', '50.8', null],
    ['words', 'Brussels, Belgium', null],
    ['null', null, null],
  ];
  for (const [name, raw, expected] of points) {
    test(`reads ${name}`, () => assert.deepEqual(readGeo(raw), expected));
  }
});

describe('readUrl', () => {
  const urls: [raw: unknown, expected: string | null][] = [
    ['http://www.cbd.int/cop10/', 'http://www.cbd.int/cop10/'],
    ['  https://www.cbd.int/cop10/  ', 'https://www.cbd.int/cop10/'],
    ['www.biodiv.be/news', 'http://www.biodiv.be/news'],
    ['WWW.Biodiv.be', 'http://www.biodiv.be/'],
    ['//www.cbd.int/x', 'http://www.cbd.int/x'],
    ['HTTP://www.cbd.int', 'http://www.cbd.int/'],
    ['', null], ['None', null], ['http://', null], ['ftp://ftp.example.org/x', null], ['javascript:alert(1)', null],
    ['mailto:info@example.org', null], ['biodiv.be', null], ['/news/x', null], [null, null], [42, null],
  ];
  for (const [raw, expected] of urls) {
    test(`reads ${JSON.stringify(raw)} as ${JSON.stringify(expected)}`, () => assert.equal(readUrl(raw), expected));
  }
});
