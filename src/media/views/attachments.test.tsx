import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { catalogue, shippedUiLanguages, translator } from '../../i18n/translator.ts';
import { formatBytes } from '../../web/format.ts';
import { acceptedTypes } from '../schema.ts';
import { Attachments, type AttachmentFile, fileTypeName, typeNameKey } from './attachments.tsx';

const pdf: AttachmentFile = { filename: 'Report.pdf', url: '/media/7/9f86.pdf', contentType: 'application/pdf', bytes: 2_400_000, kind: 'document' };
const word: AttachmentFile = {
  filename: 'Minutes.docx',
  url: '/media/8/1a2b.docx',
  contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  bytes: 48_213,
  kind: 'document',
};
const sheet: AttachmentFile = { filename: 'Species.xlsx', url: '/media/9/3c4d.xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes: 812, kind: 'document' };

/** Each list entry as a visitor reads it; the narrow and ordinary no-break spaces Intl puts between number and unit read as spaces. */
function entries(html: string): string[] {
  return [...html.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').replace(/[\u00a0\u202f]/g, ' '));
}

describe('Attachments', () => {
  it('shows each file’s name, its type in words and its size, in English', () => {
    const html = renderToString(<Attachments files={[pdf, word, sheet]} language="en" t={translator('en')} />);
    assert.match(html, /^<section class="attachments"><h2>Downloads<\/h2><ul class="attachments__list">/);
    assert.deepEqual(entries(html), ['Report.pdf (PDF, 2.4 MB)', 'Minutes.docx (Word document, 48 kB)', 'Species.xlsx (Excel spreadsheet, 812 bytes)']);
  });

  it('shows them in French words, units and decimal comma', () => {
    const html = renderToString(<Attachments files={[pdf, word, sheet]} language="fr" t={translator('fr')} />);
    assert.match(html, /<h2>Téléchargements<\/h2>/);
    assert.deepEqual(entries(html), ['Report.pdf (PDF, 2,4 Mo)', 'Minutes.docx (Document Word, 48 ko)', 'Species.xlsx (Classeur Excel, 812 octets)']);
  });

  it('links each file with its MIME type and no download attribute (the server sends Content-Disposition)', () => {
    const html = renderToString(<Attachments files={[pdf]} language="en" t={translator('en')} />);
    assert.match(html, /<a href="\/media\/7\/9f86\.pdf" type="application\/pdf">Report\.pdf<\/a>/);
    assert.doesNotMatch(html, /download/);
  });

  it('escapes file names, takes a level-3 heading, and renders nothing without files', () => {
    const html = renderToString(<Attachments files={[{ ...pdf, filename: '<img src=x onerror=alert(1)>&.pdf' }]} language="en" t={translator('en')} headingLevel={3} />);
    assert.doesNotMatch(html, /<img/);
    assert.match(html, /<h3>Downloads<\/h3>/);
    assert.match(html, />&lt;img src=x onerror=alert\(1\)>&amp;\.pdf<\/a>/);
    assert.equal(renderToString(<Attachments files={[]} language="en" t={translator('en')} />), '');
  });
});

describe('fileTypeName', () => {
  const en = translator('en');

  it('names every type uploads accept, in every shipped catalogue', () => {
    for (const [name, type] of Object.entries(acceptedTypes)) {
      const key = typeNameKey(type.mime);
      assert.ok(key, name);
      for (const language of shippedUiLanguages()) assert.ok(catalogue(language)![key], `${language} ${key}`);
    }
  });

  it('tells apart types that share a base MIME type by their parameters', () => {
    const name = (contentType: string, filename = 'file') => fileTypeName({ filename, contentType, kind: 'audio' }, en);
    assert.equal(name('audio/ogg; codecs=opus'), 'Opus audio');
    assert.equal(name('audio/ogg'), 'Ogg audio');
    assert.equal(name('text/plain; charset=utf-8'), 'Text file');
    assert.equal(name('text/csv; charset=utf-8'), 'CSV table');
    assert.equal(name('text/csv'), 'CSV table');
    assert.equal(name('Application/PDF'), 'PDF');
    assert.equal(name('video/mp4'), 'MP4 video');
    assert.equal(name('application/vnd.oasis.opendocument.presentation'), 'OpenDocument presentation');
  });

  it('falls back to the extension in capitals, then to the kind of file', () => {
    assert.equal(fileTypeName({ filename: 'data.zip', contentType: 'application/zip', kind: 'document' }, en), 'ZIP');
    assert.equal(fileTypeName({ filename: 'README', contentType: 'application/octet-stream', kind: 'document' }, en), 'Document');
    assert.equal(fileTypeName({ filename: 'clip.<b>', contentType: 'video/x-unknown', kind: 'video' }, en), 'Video file');
    assert.equal(fileTypeName({ filename: 'clip', contentType: 'video/x-unknown', kind: 'video' }, translator('fr')), 'Fichier vidéo');
  });
});

describe('formatBytes', () => {
  const en = (bytes: number) => formatBytes(bytes, 'en').replace(/[\u00a0\u202f]/g, ' ');

  it('counts in decimal units with one decimal below 10 and none from 10', () => {
    assert.equal(en(0), '0 bytes');
    assert.equal(en(1), '1 byte');
    assert.equal(en(999), '999 bytes');
    assert.equal(en(1000), '1 kB');
    assert.equal(en(1234), '1.2 kB');
    assert.equal(en(12_345), '12 kB');
    assert.equal(en(2_400_000), '2.4 MB');
    assert.equal(en(24_400_000), '24 MB');
    assert.equal(en(1_500_000_000), '1.5 GB');
    assert.equal(en(5_000_000_000_000), '5,000 GB');
  });

  it('moves to the next unit rather than show 1000 of one', () => {
    assert.equal(en(999_499), '999 kB');
    assert.equal(en(999_500), '1 MB');
    assert.equal(en(9_960), '10 kB');
  });

  it('writes the language’s own units and decimal separator', () => {
    const fmt = (bytes: number, language: string) => formatBytes(bytes, language).replace(/[\u00a0\u202f]/g, ' ');
    assert.equal(fmt(2_400_000, 'fr'), '2,4 Mo');
    assert.equal(fmt(512, 'fr'), '512 octets');
    assert.equal(fmt(2_400_000, 'ru'), '2,4 МБ');
    assert.equal(fmt(2_400_000, 'nl'), '2,4 MB');
  });
});
