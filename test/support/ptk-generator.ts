/**
 * Generated PTK (Naaya) exports for the importer's tests and the bench.
 *
 * Built from the format description alone (`ptk-naaya.md` section (b) and the shared JSON dump
 * convention), never from the importer's own readers: a reader that shares a misreading with its
 * generator would pass its tests and fail on real exports. So nothing here imports from
 * `src/interop/ptk/`.
 *
 * `buildPtkSite()` is the model (what a real site held); the `write*` functions render it in each
 * export format, dropping what that format drops (nyexp loses Blob Files, forums, `chm_terms` and
 * `geo_location`), so a test can compare what the importer produced with the model.
 *
 * @example
 *   const site = await buildPtkSite();
 *   await writeNyexp(site, '/tmp/x/site.nyexp', { folderAttribute: 'publicinterface' });
 *   const expected = allObjects(site).filter(isInNyexp);
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, stat, writeFile, type FileHandle } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import sharp from 'sharp';
import yazl from 'yazl';

export interface PtkModelBinary {
  role: string;
  language?: string;
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

export interface PtkModelComment {
  id: string;
  title: string;
  body: string;
  author: string;
  /** A Zope DateTime string. */
  date: string;
}

export interface PtkModelObject {
  /** Path inside the site, no slash at either end: `news/cop10-report`. */
  path: string;
  metaType: string;
  id: string;
  sortorder: number;
  approved: boolean;
  /** User id, `''` for none. */
  contributor: string;
  /** As nyexp writes it: a Zope DateTime string, `''` or `None`. */
  releasedate: string;
  /** Property → language → value, only the languages that have one (a missing one is written empty in nyexp). */
  localized: Record<string, Record<string, string>>;
  /** Type-specific properties as written (dates as Zope DateTime strings), plus `discussion`, `geo_location`, `geo_type` where set. */
  properties: Record<string, string | number | null | unknown[]>;
  binaries: PtkModelBinary[];
  comments: PtkModelComment[];
  /** Folders only; items come before subfolders, the order nyexp writes them in. */
  children: PtkModelObject[];
}

export interface PtkModelSite {
  languages: string[];
  siteUrl: string;
  root: PtkModelObject[];
}

export interface GlossaryModelTerm {
  id: string;
  /** The source-language name, as the `title` attribute. */
  title: string;
  names: Record<string, string>;
  definitions: Record<string, string>;
}

export interface GlossaryModelFolder extends GlossaryModelTerm {
  elements: GlossaryModelTerm[];
}

export interface GlossaryModel {
  /** Language code → English name, as `metadata.json` lists them. */
  languages: Record<string, string>;
  description: Record<string, string>;
  parentAnchors: boolean;
  folders: GlossaryModelFolder[];
}

// ---------------------------------------------------------------------------------------------
// Files: small, real bytes, so the importer's type sniffing sees what it would see in a real site.

/** A one-page PDF with a correct xref table (offsets counted, so strict readers accept it). */
export function minimalPdf(text: string): Buffer {
  const stream = `BT /F1 18 Tf 72 720 Td (${text.replace(/[()\\]/g, '\\$&')}) Tj ET`;
  const bodies = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  bodies.forEach((body, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${bodies.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

const htmlPretendingToBePdf = Buffer.from(
  '<!DOCTYPE html>\n<html><head><title>Annual report</title></head>\n<body><p>This page was saved as report.pdf but it is HTML.</p></body></html>\n',
);

const picture = (width: number, height: number, background: { r: number; g: number; b: number }) =>
  sharp({ create: { width, height, channels: 3, background } });

// ---------------------------------------------------------------------------------------------
// The model site.

type Localized = Record<string, string>;

interface Builder {
  languages: string[];
  siteUrl: string;
}

/** Keeps the values of the site's languages; `fr-BE` falls back to the `fr` text when it has none of its own. */
function inLanguages(b: Builder, values: Localized): Localized {
  const kept: Localized = {};
  for (const language of b.languages) {
    const value = values[language] ?? values[language.split('-')[0]!.toLowerCase()];
    if (value !== undefined) kept[language] = value;
  }
  return kept;
}

function make(
  b: Builder,
  parent: PtkModelObject | null,
  metaType: string,
  id: string,
  fields: Partial<Omit<PtkModelObject, 'path' | 'metaType' | 'id' | 'localized'>> & { localized?: Record<string, Localized> },
): PtkModelObject {
  const localized: Record<string, Localized> = {};
  for (const [property, values] of Object.entries(fields.localized ?? {})) {
    const kept = inLanguages(b, values);
    if (Object.keys(kept).length > 0) localized[property] = kept;
  }
  const object: PtkModelObject = {
    path: parent ? `${parent.path}/${id}` : id,
    metaType,
    id,
    sortorder: fields.sortorder ?? 100,
    approved: fields.approved ?? true,
    contributor: fields.contributor ?? '',
    releasedate: fields.releasedate ?? '',
    localized,
    properties: fields.properties ?? {},
    binaries: fields.binaries ?? [],
    comments: fields.comments ?? [],
    children: [],
  };
  parent?.children.push(object);
  return object;
}

function wordDocumentBody(siteUrl: string, language: 'en' | 'fr'): string {
  const t = language === 'en'
    ? { h1: 'Why biodiversity matters', p1: 'Biodiversity is the variety of life on Earth.', p2: 'Belgium hosts about 36,000 species.', items: ['Ecosystems', 'Species', 'Genes'], group: 'Group', plants: 'Plants', read: 'Read the', report: 'COP10 report', register: 'register for the', conference: 'IYB conference', see: 'see the', redList: 'red list', visit: 'visit the', cbd: 'CBD website', or: 'or', write: 'write to us' }
    : { h1: 'Pourquoi la biodiversité compte', p1: 'La biodiversité est la variété de la vie sur Terre.', p2: 'La Belgique compte environ 36 000 espèces.', items: ['Écosystèmes', 'Espèces', 'Gènes'], group: 'Groupe', plants: 'Plantes', read: 'Lisez le', report: 'rapport de la CdP10', register: 'inscrivez-vous à la', conference: 'conférence AIB', see: 'consultez la', redList: 'liste rouge', visit: 'visitez le', cbd: 'site de la CDB', or: 'ou', write: 'écrivez-nous' };
  return [
    `<h1>${t.h1}</h1>`,
    `<p class="MsoNormal" style="mso-margin-top-alt:auto;mso-margin-bottom-alt:auto;line-height:normal"><span lang="EN-GB" style="font-size:10.0pt;font-family:&quot;Arial&quot;,&quot;sans-serif&quot;;mso-fareast-font-family:&quot;Times New Roman&quot;">${t.p1}<o:p></o:p></span></p>`,
    `<p class="MsoNormal"><font face="Arial" color="red">${t.p2}</font><o:p></o:p></p>`,
    `<ul>${t.items.map((item) => `<li>${item}</li>`).join('')}</ul>`,
    `<table border="1" cellpadding="2"><tbody><tr><th>${t.group}</th><th>#</th></tr><tr><td>${t.plants}</td><td>1400</td></tr></tbody></table>`,
    `<p><img src="${siteUrl}/convention/why-biodiversity/chm-logo.png" alt="CHM" width="100" height="75" /></p>`,
    `<p>${t.read} <a href="${siteUrl}/news/cop10-report">${t.report}</a>, ${t.register} <a href="/events/iyb-2010-conference/index_html">${t.conference}</a>, ${t.see} <a href="../information/red-list#section">${t.redList}</a>, ${t.visit} <a href="https://www.cbd.int/">${t.cbd}</a> ${t.or} <a href="mailto:chm@biodiv.example.be">${t.write}</a>.</p>`,
    // `]]>` inside the script: a CDATA section holding it must be split to stay well-formed.
    `<script type="text/javascript">var shown = counts[order[0]]>1; document.write('<b>' + shown + '</b>');</script>`,
  ].join('\n');
}

/**
 * A small Belgian-style CHM site with every case the importer must handle: a folder tree four
 * levels deep, Word-pasted HTML with internal links, every built-in content type, a draft, missing
 * and impossible dates, a lying file extension, a broken pointer, unknown types and an untitled
 * page. Default languages `['en', 'fr']`, default site URL `http://www.biodiv.example.be`.
 */
export async function buildPtkSite(options: { languages?: string[]; siteUrl?: string } = {}): Promise<PtkModelSite> {
  const b: Builder = { languages: options.languages ?? ['en', 'fr'], siteUrl: options.siteUrl ?? 'http://www.biodiv.example.be' };
  const { siteUrl } = b;
  const [bigpicture, smallpicture, frontpicture, logo] = await Promise.all([
    picture(200, 150, { r: 34, g: 139, b: 34 }).jpeg({ quality: 80 }).toBuffer(),
    picture(100, 75, { r: 30, g: 90, b: 200 }).png().toBuffer(),
    picture(320, 200, { r: 200, g: 120, b: 40 }).jpeg({ quality: 80 }).toBuffer(),
    picture(100, 75, { r: 250, g: 210, b: 0 }).png().toBuffer(),
  ]);
  const root: PtkModelObject[] = [];
  const topFolder = (id: string, fields: Parameters<typeof make>[4]) => {
    const folder = make(b, null, 'Naaya Folder', id, fields);
    root.push(folder);
    return folder;
  };
  const folder = (parent: PtkModelObject, id: string, fields: Parameters<typeof make>[4]) => make(b, parent, 'Naaya Folder', id, fields);
  const folderProperties = (customIndex: string, folderMetaTypes: string, maintainerEmail = '') => ({ custom_index: customIndex, maintainer_email: maintainerEmail, folder_meta_types: folderMetaTypes });

  // convention > cbd_global > decisions > cop10: one level deeper than the 3-level menus.
  const convention = topFolder('convention', {
    sortorder: 10,
    localized: { title: { en: 'Convention and Policy', fr: 'Convention et politique' }, description: { en: '<p>The CBD and Belgium.</p>', fr: '<p>La CDB et la Belgique.</p>' } },
    properties: folderProperties('', 'Naaya Folder,Naaya Document,Naaya Pointer,Naaya Extended File', 'chm@biodiv.example.be'),
  });
  make(b, convention, 'Naaya Document', 'why-biodiversity', {
    sortorder: 10,
    contributor: 'jdoe',
    releasedate: '2009/03/12 10:00:00 GMT+1',
    localized: {
      title: { en: 'Why biodiversity matters', fr: 'Pourquoi la biodiversité compte' },
      description: { en: '<p>An introduction.</p>', fr: '<p>Une introduction.</p>' },
      keywords: { en: 'biodiversity, species', fr: 'biodiversité, espèces' },
      coverage: { en: 'Belgium', fr: 'Belgique' },
      body: { en: wordDocumentBody(siteUrl, 'en'), fr: wordDocumentBody(siteUrl, 'fr') },
    },
    binaries: [{ role: 'img', fileName: 'chm-logo.png', contentType: 'image/png', bytes: logo }],
  });
  make(b, convention, 'Naaya Pointer', 'cop10-news', {
    sortorder: 20,
    contributor: 'jdoe',
    releasedate: '2010/11/05 12:00:00 GMT+1',
    localized: { title: { en: 'COP10 news', fr: 'Nouvelles de la CdP10' } },
    properties: { pointer: 'news/cop10-report' },
  });
  make(b, convention, 'Naaya Pointer', 'lost-pointer', {
    sortorder: 30,
    contributor: 'jdoe',
    releasedate: '2008/02/01 08:00:00 GMT+1',
    localized: { title: { en: 'Old red list', fr: 'Ancienne liste rouge' } },
    // Points at an object that no longer exists in the site.
    properties: { pointer: 'information/old-red-list' },
  });
  const cbdGlobal = folder(convention, 'cbd_global', {
    sortorder: 30,
    localized: { title: { en: 'CBD at Global level', fr: 'La CDB au niveau mondial' } },
    properties: folderProperties('', 'Naaya Folder,Naaya Document'),
  });
  const decisions = folder(cbdGlobal, 'decisions', {
    sortorder: 10,
    localized: { title: { en: 'COP decisions', fr: 'Décisions de la CdP' } },
    properties: folderProperties('', 'Naaya Folder,Naaya Document'),
  });
  const cop10 = folder(decisions, 'cop10', {
    sortorder: 10,
    localized: { title: { en: 'COP10 (Nagoya, 2010)', fr: 'CdP10 (Nagoya, 2010)' } },
    properties: folderProperties('', 'Naaya Document'),
  });
  make(b, cop10, 'Naaya Document', 'decision-x-2', {
    contributor: 'admin',
    releasedate: '2010/12/01 09:00:00 GMT+1',
    localized: {
      title: { en: 'Decision X/2: Strategic Plan 2011-2020', fr: 'Décision X/2 : Plan stratégique 2011-2020' },
      body: { en: '<p>The Aichi Biodiversity Targets.</p>', fr: '<p>Les Objectifs d’Aichi.</p>' },
    },
  });

  // Titled only in English.
  const information = topFolder('information', {
    sortorder: 20,
    localized: { title: { en: 'Information' } },
    properties: folderProperties('', 'Naaya Folder,Naaya Document,Naaya File,Naaya Extended File,Naaya Blob File,Naaya URL,Naaya Contact,Naaya GeoPoint'),
  });
  make(b, information, 'Naaya Document', 'red-list', {
    sortorder: 10,
    contributor: 'jdoe',
    releasedate: '2009/06/30 16:45:00 GMT+2',
    localized: {
      title: { en: 'Red list of Belgian species', fr: 'Liste rouge des espèces belges' },
      body: { en: '<p>Intro.</p><h2><a name="section"></a>Threatened species</h2><p>…</p>', fr: '<p>Intro.</p><h2><a name="section"></a>Espèces menacées</h2><p>…</p>' },
    },
  });
  make(b, information, 'Naaya File', 'chm-leaflet', {
    sortorder: 20,
    contributor: 'jdoe',
    releasedate: '2008/04/15 11:00:00 GMT+2',
    localized: { title: { en: 'CHM leaflet', fr: 'Dépliant CHM' } },
    binaries: [{ role: 'file', fileName: 'chm-leaflet.pdf', contentType: 'application/pdf', bytes: minimalPdf('CHM leaflet') }],
  });
  make(b, information, 'Naaya File', 'annual-report', {
    sortorder: 30,
    contributor: 'jdoe',
    releasedate: '2008/04/16 11:00:00 GMT+2',
    localized: { title: { en: 'Annual report', fr: 'Rapport annuel' } },
    // HTML bytes under a .pdf name and a PDF content type: the importer must refuse it.
    binaries: [{ role: 'file', fileName: 'report.pdf', contentType: 'application/pdf', bytes: htmlPretendingToBePdf }],
  });
  make(b, information, 'Naaya Extended File', 'rapport', {
    sortorder: 40,
    contributor: 'jdoe',
    releasedate: '2010/03/01 09:30:00 GMT+1',
    localized: { title: { en: 'National report', fr: 'Rapport national' } },
    binaries: [
      { role: 'file', language: 'en', fileName: 'report-en.pdf', contentType: 'application/pdf', bytes: minimalPdf('Fourth national report') },
      { role: 'file', language: 'fr', fileName: 'rapport-fr.pdf', contentType: 'application/pdf', bytes: minimalPdf('Quatrieme rapport national') },
    ].filter((binary) => b.languages.includes(binary.language)),
  });
  make(b, information, 'Naaya Blob File', 'strategy', {
    sortorder: 50,
    contributor: 'jdoe',
    releasedate: '2006/11/20 14:00:00 GMT+1',
    localized: { title: { en: 'National biodiversity strategy', fr: 'Stratégie nationale biodiversité' } },
    binaries: [
      { role: 'file', language: 'en', fileName: 'strategy-en.pdf', contentType: 'application/pdf', bytes: minimalPdf('Biodiversity strategy 2020') },
      { role: 'file', language: 'fr', fileName: 'strategie-fr.pdf', contentType: 'application/pdf', bytes: minimalPdf('Strategie biodiversite 2020') },
    ].filter((binary) => b.languages.includes(binary.language)),
  });
  make(b, information, 'Naaya URL', 'cbd-website', {
    sortorder: 60,
    contributor: 'jdoe',
    releasedate: '2007/05/22 08:00:00 GMT+2',
    localized: { title: { en: 'CBD website', fr: 'Site de la CDB' }, locator: { en: 'https://www.cbd.int/', fr: 'https://www.cbd.int/fr/' } },
  });
  make(b, information, 'Naaya Contact', 'focal-point', {
    sortorder: 70,
    contributor: 'admin',
    releasedate: '2009/01/05 09:00:00 GMT+1',
    localized: {
      title: { en: 'CHM national focal point', fr: 'Point focal national CHM' },
      personaltitle: { en: 'Dr', fr: 'Dr' },
      jobtitle: { en: 'CHM national focal point', fr: 'Point focal national du CHM' },
    },
    properties: {
      firstname: 'Marie', lastname: 'Dupont', organisation: 'Royal Belgian Institute of Natural Sciences', department: 'Biodiversity Services',
      email: 'marie.dupont@biodiv.example.be', phone: '+32 2 627 45 45', fax: '+32 2 627 41 41', cellphone: '', webpage: 'http://www.naturalsciences.be/',
      postaladdress: 'Rue Vautier 29, 1000 Brussels',
    },
  });
  make(b, information, 'Naaya GeoPoint', 'botanic-garden-meise', {
    sortorder: 80,
    contributor: 'admin',
    releasedate: '2009/01/06 09:00:00 GMT+1',
    localized: { title: { en: 'Meise Botanic Garden', fr: 'Jardin botanique de Meise' } },
    properties: { longitude: 4.35, latitude: 50.85, address: 'Nieuwelaan 38, 1860 Meise', geo_type: 'symbol003', url: 'http://www.br.fgov.be/', pointer: '' },
  });
  // Types the importer does not know: they must end up in quarantine with their raw source.
  make(b, information, 'Naaya SMAP Expert', 'expert-jansen', {
    sortorder: 90,
    contributor: 'admin',
    releasedate: '2008/09/09 09:09:09 GMT+2',
    localized: { title: { en: 'Pieter Jansen', fr: 'Pieter Jansen' }, expertise: { en: 'Water management', fr: 'Gestion de l’eau' } },
    properties: { name: 'Pieter', surname: 'Jansen', email: 'pieter.jansen@example.be', ref_lang: 'nl', subject: 'water' },
  });
  make(b, information, 'Naaya Forum', 'chm-forum', {
    sortorder: 100,
    contributor: 'admin',
    releasedate: '2009/02/02 10:00:00 GMT+1',
    localized: { title: { en: 'CHM Forum', fr: 'Forum CHM' } },
    properties: { categories: ['CHM', 'Biodiversity', 'Other'], file_max_size: 0 },
  });
  // Empty title in every language: fails validation, so the importer must quarantine it.
  make(b, information, 'Naaya Document', 'untitled-page', {
    sortorder: 110,
    contributor: 'jdoe',
    releasedate: '2010/01/01 00:00:00 GMT+1',
    localized: { title: Object.fromEntries(b.languages.map((language) => [language, ''])), body: { en: '<p>Draft text with no title.</p>' } },
  });

  const news = topFolder('news', {
    sortorder: 30,
    localized: { title: { en: 'News', fr: 'Actualités' } },
    properties: folderProperties('news_folder_index', 'Naaya News'),
  });
  make(b, news, 'Naaya News', 'cop10-report', {
    sortorder: 100,
    contributor: 'jdoe',
    releasedate: '2010/11/02 09:15:00 GMT+1',
    localized: {
      title: { en: 'COP10 outcomes', fr: 'Résultats de la CdP10' },
      description: { en: '<p>Nagoya adopted the ABS protocol.</p>', fr: '<p>Nagoya a adopté le protocole APA.</p>' },
      coverage: { en: 'Belgium', fr: 'Belgique' },
      keywords: { en: 'Nagoya, ABS', fr: 'Nagoya, APA' },
      chm_terms: { en: 'Protected areas|Climate change', fr: 'Aires protégées|Changement climatique' },
      details: { en: '<p>The tenth Conference of the Parties &amp; the <strong>Nagoya Protocol</strong>.</p>', fr: '<p>La dixième Conférence des Parties &amp; le <strong>Protocole de Nagoya</strong>.</p>' },
      source: { en: 'CBD Secretariat', fr: 'Secrétariat de la CDB' },
    },
    properties: {
      expirationdate: '2011/01/31 00:00:00 GMT+1', topitem: 1, resourceurl: 'http://www.cbd.int/cop10/',
      discussion: 1, geo_location: [35.1709, 136.8815, 'Nagoya Congress Center, Nagoya, Japan'], geo_type: 'symbol006',
    },
    binaries: [
      { role: 'smallpicture', fileName: 'smallpicture.png', contentType: 'image/png', bytes: smallpicture },
      { role: 'bigpicture', fileName: 'bigpicture.jpg', contentType: 'image/jpeg', bytes: bigpicture },
    ],
    comments: [
      { id: '1288775520', title: 'Great news', body: 'Congratulations & thanks to <b>all</b> negotiators', author: 'mdupont', date: '2010/11/03 10:12:00 GMT+1' },
      { id: '1288877405', title: 'Question', body: 'Is the "Nagoya Protocol" text online?', author: 'anonymous', date: '2010/11/04 14:30:05.123 GMT+1' },
    ],
  });
  make(b, news, 'Naaya News', 'draft-news', {
    sortorder: 100,
    approved: false,
    contributor: 'contrib1',
    releasedate: '2011/02/14 08:00:00 GMT+1',
    localized: { title: { en: 'Draft: new protected area', fr: 'Brouillon : nouvelle aire protégée' }, details: { en: '<p>Not yet approved.</p>' } },
    properties: { expirationdate: '', topitem: 0, resourceurl: '' },
  });
  make(b, news, 'Naaya News', 'undated-news', {
    sortorder: 100,
    contributor: 'jdoe',
    releasedate: 'None',
    localized: { title: { en: 'Undated news', fr: 'Actualité sans date' }, details: { en: '<p>Imported from an old site.</p>', fr: '<p>Importée d’un ancien site.</p>' } },
    properties: { expirationdate: '', topitem: 0, resourceurl: '' },
  });

  const events = topFolder('events', {
    sortorder: 40,
    localized: { title: { en: 'Events', fr: 'Événements' } },
    properties: folderProperties('', 'Naaya Event'),
  });
  make(b, events, 'Naaya Event', 'iyb-2010-conference', {
    contributor: 'jdoe',
    releasedate: '2010/01/10 10:00:00 GMT+1',
    localized: {
      title: { en: 'IYB 2010 conference', fr: 'Conférence AIB 2010' },
      // Per language here (older Naaya); the other event has them as plain strings.
      location: { en: 'Egmont Palace', fr: 'Palais d’Egmont' },
      location_address: { en: 'Place du Petit Sablon 8, Brussels', fr: 'Place du Petit Sablon 8, Bruxelles' },
      host: { en: 'Belgian Biodiversity Platform', fr: 'Plate-forme belge de la biodiversité' },
      details: { en: '<p>Two days on biodiversity.</p>', fr: '<p>Deux jours sur la biodiversité.</p>' },
    },
    properties: {
      location_url: 'http://www.egmont.example.be/', start_date: '2010/05/22 09:00:00 GMT+2', end_date: '2010/05/23 17:30:00 GMT+2',
      agenda_url: 'http://www.iyb2010.example.be/agenda', event_url: 'http://www.iyb2010.example.be/', topitem: 1, event_type: 'conference',
      contact_person: 'Marie Dupont', contact_email: 'iyb@biodiv.example.be', contact_phone: '+32 2 627 45 45', contact_fax: '+32 2 627 41 41',
    },
  });
  make(b, events, 'Naaya Event', 'biodiversity-day-2007', {
    contributor: 'jdoe',
    releasedate: '2007/01/17 17:21:17.812 GMT+1',
    localized: { title: { en: 'Biodiversity day', fr: 'Journée de la biodiversité' }, details: { en: '<p>Dates lost in a migration.</p>' } },
    properties: {
      location: 'Brussels', location_address: 'Rue Vautier 29', host: 'RBINS',
      location_url: '', start_date: '', end_date: '2010/02/30', agenda_url: '', event_url: '', topitem: 0, event_type: 'other',
      contact_person: '', contact_email: '', contact_phone: '', contact_fax: '',
    },
  });

  const about = topFolder('about', {
    sortorder: 50,
    localized: { title: { en: 'About', fr: 'À propos' } },
    properties: folderProperties('', 'Naaya Story,Naaya Document'),
  });
  make(b, about, 'Naaya Story', 'brussels-green-spaces', {
    contributor: 'jdoe',
    releasedate: '2010/04/01 12:00:00 GMT+2',
    localized: {
      title: { en: 'Green spaces in Brussels', fr: 'Les espaces verts à Bruxelles' },
      body: { en: '<p>Half of Brussels is green.</p>', fr: '<p>La moitié de Bruxelles est verte.</p>' },
      source: { en: 'Brussels Environment', fr: 'Bruxelles Environnement' },
    },
    properties: { topitem: 1, resourceurl: 'http://www.environnement.brussels/' },
    binaries: [{ role: 'frontpicture', fileName: 'frontpicture.jpg', contentType: 'image/jpeg', bytes: frontpicture }],
  });

  return { languages: b.languages, siteUrl, root };
}

/** Every object of the site, depth-first, each parent before its children. */
export function allObjects(site: PtkModelSite): PtkModelObject[] {
  const all: PtkModelObject[] = [];
  const visit = (object: PtkModelObject) => {
    all.push(object);
    object.children.forEach(visit);
  };
  site.root.forEach(visit);
  return all;
}

// ---------------------------------------------------------------------------------------------
// Shared writing helpers.

/** Buffers small strings into large writes, so a 20,000-object file takes a few hundred syscalls. */
class FileSink {
  private parts: string[] = [];
  private pending = 0;
  bytes = 0;

  private constructor(private readonly handle: FileHandle) {}

  static async open(file: string): Promise<FileSink> {
    await mkdir(dirname(file), { recursive: true });
    return new FileSink(await open(file, 'w'));
  }

  async write(text: string): Promise<void> {
    this.parts.push(text);
    this.pending += text.length;
    if (this.pending >= 1 << 16) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const chunk = Buffer.from(this.parts.join(''), 'utf8');
    this.parts = [];
    this.pending = 0;
    await this.handle.writeFile(chunk);
    this.bytes += chunk.length;
  }

  async close(): Promise<void> {
    try {
      await this.flush();
    } finally {
      await this.handle.close();
    }
  }
}

async function withSink<T>(file: string, body: (sink: FileSink) => Promise<T>): Promise<T> {
  const sink = await FileSink.open(file);
  try {
    return await body(sink);
  } finally {
    await sink.close();
  }
}

const xmlEscape = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** A CDATA section; a `]]>` in the text ends one section and starts the next between `]]` and `>`. */
const cdata = (text: string): string => `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;

/** Python 2's `base64.encodestring`: lines of 76 characters, each ending in `\n`. */
export function encodestring(bytes: Buffer): string {
  const encoded = bytes.toString('base64');
  let wrapped = '';
  for (let start = 0; start < encoded.length; start += 76) wrapped += `${encoded.slice(start, start + 76)}\n`;
  return wrapped;
}

/** How Python's `%s` would print a property into an attribute: `None` for null. */
function attributeText(value: unknown): string {
  if (value === null) return 'None';
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.join(',');
  return String(value);
}

// ---------------------------------------------------------------------------------------------
// nyexp (B1).

/** nyexp has no export for these (forum `export_this` returns `''`; Blob File data is not exported). */
const NYEXP_DROPPED = new Set(['Naaya Blob File', 'Naaya Forum']);

/** Whether the object appears in a nyexp export at all. */
export function isInNyexp(object: PtkModelObject): boolean {
  return !NYEXP_DROPPED.has(object.metaType);
}

const VALIDATION = ['validation_status', 'validation_date', 'validation_by', 'validation_comment'];

const NYEXP_ATTRIBUTES: Record<string, string[]> = {
  'Naaya Folder': ['maintainer_email', 'folder_meta_types'],
  'Naaya Document': VALIDATION,
  'Naaya Extended File': VALIDATION,
  'Naaya Media File': VALIDATION,
  'Naaya URL': VALIDATION,
  'Naaya File': ['downloadfilename', 'file', 'content_type', 'precondition', ...VALIDATION],
  'Naaya Pointer': ['pointer', ...VALIDATION],
  'Naaya News': ['expirationdate', 'topitem', 'resourceurl', 'smallpicture', 'bigpicture'],
  'Naaya Story': ['topitem', 'resourceurl', 'frontpicture'],
  'Naaya Event': ['location_url', 'start_date', 'end_date', 'agenda_url', 'event_url', 'topitem', 'event_type', 'contact_person', 'contact_email', 'contact_phone', 'contact_fax'],
  'Naaya Contact': ['personaltitle', 'firstname', 'lastname', 'department', 'organisation', 'postaladdress', 'phone', 'fax', 'cellphone', 'email', 'webpage'],
  'Naaya GeoPoint': ['longitude', 'latitude', 'address', 'geo_type', 'url', 'pointer'],
};

const COMMON_LOCALIZED = ['title', 'description', 'coverage', 'keywords'];

const NYEXP_LOCALIZED: Record<string, string[]> = {
  'Naaya Folder': [],
  'Naaya Document': ['body'],
  'Naaya News': ['details', 'source'],
  'Naaya Story': ['body', 'source'],
  'Naaya Event': ['location', 'location_address', 'host', 'details'],
  'Naaya URL': ['locator'],
  'Naaya Contact': ['personaltitle', 'jobtitle'],
  'Naaya File': [],
  'Naaya Extended File': [],
  'Naaya Pointer': [],
  'Naaya GeoPoint': [],
};

/** Written as common attributes or not at all in nyexp, so never as a type-specific attribute. */
const NOT_TYPE_ATTRIBUTES = new Set(['discussion', 'geo_location', 'geo_type', 'chm_terms', 'custom_index']);

/** The ZPT a folder with a custom index carried as its local `index` (older `publicinterface="1"` exports). */
export function folderIndexTemplate(customIndex: string): string {
  return `\n<span tal:replace="structure here/standard_html_header" />\n<h1 tal:content="here/title_or_id" />\n<metal:block use-macro="here/${customIndex}/macros/listing" />\n<span tal:replace="structure here/standard_html_footer" />\n`;
}

function binaryOf(object: PtkModelObject, role: string): PtkModelBinary | undefined {
  return object.binaries.find((binary) => binary.role === role && binary.language === undefined);
}

function nyexpTypeAttribute(object: PtkModelObject, name: string, firstLanguage: string): string {
  switch (name) {
    case 'file':
    case 'smallpicture':
    case 'bigpicture':
    case 'frontpicture': {
      const binary = binaryOf(object, name === 'file' ? 'file' : name);
      return binary ? encodestring(binary.bytes) : '';
    }
    case 'downloadfilename':
      return xmlEscape(binaryOf(object, 'file')?.fileName ?? '');
    case 'content_type':
      return xmlEscape(binaryOf(object, 'file')?.contentType ?? '');
  }
  if (name in object.properties) return xmlEscape(attributeText(object.properties[name]));
  // A localized property Naaya also puts on the tag (Contact's personaltitle) shows the first language's value.
  const localized = object.localized[name];
  if (localized) return xmlEscape(localized[firstLanguage] ?? '');
  return name === 'validation_status' ? '0' : '';
}

function nyexpLocalizedNames(object: PtkModelObject): string[] {
  const known = NYEXP_LOCALIZED[object.metaType];
  if (known) return known;
  // An unknown type's exporter wrote its own localized properties the same way.
  return Object.keys(object.localized).filter((name) => !COMMON_LOCALIZED.includes(name) && name !== 'chm_terms');
}

export interface NyexpOptions {
  layout?: 'pretty' | 'one-line';
  folderAttribute?: 'publicinterface' | 'custom_index';
  languageCase?: 'as-written' | 'upper';
}

/**
 * The site as Naaya's `exportdata` writes it (B1), streamed to `file`. Objects of types nyexp
 * cannot export (`isInNyexp`) are left out, as are `chm_terms`, `geo_location` and `geo_type`
 * (except a GeoPoint's own attributes). A plain (non-localized) event `location`, `location_address`
 * or `host` is written as the first language's element, the others empty.
 */
export async function writeNyexp(site: PtkModelSite, file: string, options: NyexpOptions = {}): Promise<void> {
  const pretty = (options.layout ?? 'pretty') === 'pretty';
  const folderAttribute = options.folderAttribute ?? 'custom_index';
  const lang = (language: string) => (options.languageCase === 'upper' ? language.toUpperCase() : language);
  const newline = pretty ? '\n' : '';
  const indent = (depth: number) => (pretty ? '\t'.repeat(depth) : '');
  const [firstLanguage = ''] = site.languages;

  const writeObject = async (sink: FileSink, object: PtkModelObject, depth: number): Promise<void> => {
    const isFolder = object.metaType === 'Naaya Folder';
    const attributes: string[] = [];
    if (isFolder) {
      const customIndex = attributeText(object.properties.custom_index);
      attributes.push(folderAttribute === 'publicinterface' ? `publicinterface="${customIndex ? 1 : 0}"` : `custom_index="${xmlEscape(customIndex)}"`);
    }
    const names = NYEXP_ATTRIBUTES[object.metaType] ?? Object.keys(object.properties).filter((name) => !NOT_TYPE_ATTRIBUTES.has(name));
    for (const name of names) attributes.push(`${name}="${nyexpTypeAttribute(object, name, firstLanguage)}"`);
    const discussion = attributeText(object.properties.discussion ?? 0);
    // The run of spaces before `approved` is the exporter's Python line continuation, kept as found in real exports.
    await sink.write(
      `${indent(depth)}<ob meta_type="${xmlEscape(object.metaType)}" param="0" id="${xmlEscape(object.id)}" sortorder="${object.sortorder}" contributor="${xmlEscape(object.contributor)}" ` +
        `            approved="${object.approved ? 1 : 0}" approved_by="${object.approved ? 'admin' : ''}" releasedate="${xmlEscape(object.releasedate)}" discussion="${discussion}" ${attributes.join(' ')}>${newline}`,
    );
    const inner = indent(depth + 1);
    for (const language of site.languages) {
      for (const name of COMMON_LOCALIZED) {
        await sink.write(`${inner}<${name} lang="${lang(language)}">${cdata(object.localized[name]?.[language] ?? '')}</${name}>${newline}`);
      }
    }
    const localizedNames = nyexpLocalizedNames(object);
    for (const language of site.languages) {
      for (const name of localizedNames) {
        const plain = object.properties[name];
        const value = object.localized[name]?.[language] ?? (typeof plain === 'string' && language === firstLanguage ? plain : '');
        await sink.write(`${inner}<${name} lang="${lang(language)}">${cdata(value)}</${name}>${newline}`);
      }
    }
    for (const binary of object.binaries) {
      if (binary.role === 'img') {
        await sink.write(`${inner}<img param="0" id="${xmlEscape(binary.fileName)}" content="${encodestring(binary.bytes)}"/>${newline}`);
      } else if (object.metaType === 'Naaya Extended File' && binary.language !== undefined) {
        await sink.write(`${inner}<item lang="${lang(binary.language)}" file="${encodestring(binary.bytes)}" precondition=""/>${newline}`);
      }
    }
    if (object.comments.length === 0) {
      await sink.write(`${inner}<discussion></discussion>${newline}`);
    } else {
      await sink.write(`${inner}<discussion>${newline}`);
      for (const comment of object.comments) {
        await sink.write(
          `${indent(depth + 2)}<comment id="${xmlEscape(comment.id)}" title="${xmlEscape(comment.title)}" body="${xmlEscape(comment.body)}" author="${xmlEscape(comment.author)}" date="${xmlEscape(comment.date)}"/>${newline}`,
        );
      }
      await sink.write(`${inner}</discussion>${newline}`);
    }
    if (isFolder) {
      const customIndex = attributeText(object.properties.custom_index);
      if (folderAttribute === 'publicinterface' && customIndex) await sink.write(`${inner}${cdata(folderIndexTemplate(customIndex))}${newline}`);
      const exported = object.children.filter(isInNyexp);
      for (const child of exported.filter((c) => c.metaType !== 'Naaya Folder')) await writeObject(sink, child, depth + 1);
      for (const child of exported.filter((c) => c.metaType === 'Naaya Folder')) await writeObject(sink, child, depth + 1);
    }
    await sink.write(`${indent(depth)}</ob>${newline}`);
  };

  await withSink(file, async (sink) => {
    await sink.write(
      `<?xml version="1.0" encoding="utf-8"?>${newline}<export xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://svn.eionet.eu.int/repositories/Zope/trunk/Naaya/NaayaDocuments/schemas/naaya/naaya-nyexp-1.0.0.xsd">${newline}`,
    );
    for (const object of site.root.filter(isInNyexp)) await writeObject(sink, object, 1);
    await sink.write(`</export>${newline}`);
  });
}

// ---------------------------------------------------------------------------------------------
// Dates for the JSON formats.

const ZOPE_DATE = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?:\s+[A-Za-z]+(?:[+-]\d{1,4})?)?$/;

/**
 * A Zope DateTime string as the 2016 dump wrote it: the wall-clock time, naive
 * (`2007/01/17 17:21:17.812 GMT+1` → `2007-01-17T17:21:17`). No date (`''`, `None`) is null;
 * a string that is not a real date (`2010/02/30`) stays as written.
 */
export function naiveIsoDate(zope: string): string | null {
  if (zope === '' || zope === 'None') return null;
  const match = ZOPE_DATE.exec(zope.trim());
  if (!match) return zope;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return zope;
  return date.toISOString().slice(0, 19);
}

const DATE_PROPERTIES = new Set(['start_date', 'end_date', 'expirationdate', 'validation_date']);

// ---------------------------------------------------------------------------------------------
// The per-object JSON dump (B2 and the shared convention).

/** Event fields the dump writes outside `_local_properties`: a plain string or a `{lang: [value, ts]}` map. */
const EVENT_TOP_LEVEL = new Set(['location', 'location_address', 'host']);

const PICTURE_ROLES = new Set(['bigpicture', 'smallpicture', 'frontpicture']);

/** The getter Naaya's dump wrote in place of a picture's bytes. */
const PICTURE_GETTER: Record<string, string> = { bigpicture: 'getBigPicture', smallpicture: 'getSmallPicture', frontpicture: 'getFrontPicture' };

/** Where a binary lands in an object's dump directory, relative to it. */
export function jsonDumpBinaryPath(binary: PtkModelBinary): string {
  if (PICTURE_ROLES.has(binary.role)) return `${binary.role}${extname(binary.fileName) || '.jpg'}`;
  return binary.language === undefined ? binary.fileName : `${binary.language}/${binary.fileName}`;
}

/**
 * The 2016 `ExportContent` layout, generalised to every type:
 * `dir/content_export/<portalId>/<section>/<path>/<id>.json`, binaries beside it (per-language
 * ones under `<lang>/`), comments as `comment_<id>.json` (the first with `releasedate`, later ones
 * with the older `date` key). With `withMetaType: false`, items carry no `meta_type` (as in real
 * dumps, where a reader types the news/events sections by their directory and the rest by their
 * fields); folders, which real dumps never held, keep theirs. An embedded image (`img`) is written
 * beside the object like any other file, so a dump reader sees it with the `file` role. `url` is
 * the object's path, as in real dumps, which hides a GeoPoint's own `url` property.
 */
export async function writeJsonDump(site: PtkModelSite, dir: string, options: { portalId?: string; withMetaType?: boolean } = {}): Promise<void> {
  const portalId = options.portalId ?? 'biodiv';
  const withMetaType = options.withMetaType ?? true;
  let stamps = 0;
  // Distinct, plausible edit times (seconds since 1970, two decimals, as Localizer stored them).
  const stamp = () => Number((1_296_072_533.37 + 97 * stamps++).toFixed(2));

  const writeObject = async (object: PtkModelObject, objectDir: string, section: string): Promise<void> => {
    const isFolder = object.metaType === 'Naaya Folder';
    const localProperties: Record<string, Record<string, [string, number]>> = {};
    const topLevel: Record<string, unknown> = {};
    for (const [name, values] of Object.entries(object.localized)) {
      const map = Object.fromEntries(Object.entries(values).map(([language, value]) => [language, [value, stamp()] as [string, number]]));
      if (object.metaType === 'Naaya Event' && EVENT_TOP_LEVEL.has(name)) topLevel[name] = map;
      else localProperties[name] = map;
    }
    const properties: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(object.properties)) {
      properties[name] = DATE_PROPERTIES.has(name) && typeof value === 'string' ? naiveIsoDate(value) : value;
    }
    for (const binary of object.binaries) {
      if (PICTURE_ROLES.has(binary.role)) properties[binary.role] = `${site.siteUrl}/${object.path}/${PICTURE_GETTER[binary.role]}`;
    }
    const folder = `content_export/${portalId}/${section}`;
    const record: Record<string, unknown> = {
      url: object.path,
      folder,
      id: object.id,
      ...(withMetaType || isFolder ? { meta_type: object.metaType } : {}),
      _local_properties: localProperties,
      _local_properties_metadata: Object.keys(localProperties).map((name) => ({ id: name, type: 'string' })),
      contributor: object.contributor,
      approved: object.approved ? 1 : 0,
      approved_by: object.approved ? 'admin' : '',
      submitted: 1,
      sortorder: object.sortorder,
      discussion: 0,
      releasedate: naiveIsoDate(object.releasedate),
      checkout: 0,
      checkout_user: null,
      ...properties,
      ...topLevel,
    };
    // The dumper set its keys over the object's own attributes, so a GeoPoint's `url` is lost here as it was there.
    Object.assign(record, { url: object.path, folder, id: object.id });
    await mkdir(objectDir, { recursive: true });
    await writeFile(join(objectDir, `${object.id}.json`), JSON.stringify(record, null, 2));
    for (const binary of object.binaries) {
      const target = join(objectDir, jsonDumpBinaryPath(binary));
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, binary.bytes);
    }
    for (const [index, comment] of object.comments.entries()) {
      const dated = index === 0 ? { releasedate: naiveIsoDate(comment.date) } : { date: naiveIsoDate(comment.date) };
      const json = { id: comment.id, title: comment.title, body: comment.body, author: comment.author, ...dated, spamstatus: 0 };
      await writeFile(join(objectDir, `comment_${comment.id}.json`), JSON.stringify(json, null, 2));
    }
    for (const child of object.children) await writeObject(child, join(objectDir, child.id), section);
  };

  for (const object of site.root) {
    await writeObject(object, join(dir, 'content_export', portalId, object.id, object.id), object.id);
  }
}

// ---------------------------------------------------------------------------------------------
// The whole-site export_json (B3).

/**
 * `csv_export/export_json` (B3): `{"/path": {meta_type, <schema property>: value | {lang: value}}}`
 * for every object. Dates stay Zope strings (`str(DateTime)`), no date is null; `approved`,
 * `contributor`, comments and binaries are not in this format.
 */
export async function writeExportJson(site: PtkModelSite, file: string): Promise<void> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const object of allObjects(site)) {
    const entry: Record<string, unknown> = { meta_type: object.metaType };
    for (const name of COMMON_LOCALIZED) entry[name] = object.localized[name] ?? {};
    Object.assign(entry, {
      chm_terms: object.localized.chm_terms ?? {},
      geo_location: object.properties.geo_location ?? null,
      geo_type: object.properties.geo_type ?? '',
      sortorder: object.sortorder,
      releasedate: object.releasedate === '' || object.releasedate === 'None' ? null : object.releasedate,
      discussion: object.properties.discussion ?? 0,
    });
    for (const [name, value] of Object.entries(object.properties)) {
      if (name in entry) continue;
      entry[name] = DATE_PROPERTIES.has(name) && (value === '' || value === 'None') ? null : value;
    }
    for (const [name, values] of Object.entries(object.localized)) if (!(name in entry)) entry[name] = values;
    out[`/${object.path}`] = entry;
  }
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(out, null, 1));
}

// ---------------------------------------------------------------------------------------------
// Glossary dump (B4).

const GLOSSARY_LANGUAGES = { en: 'English', fr: 'French', 'fr-BE': 'French/Belgium', nl: 'Dutch' };

function term(id: string, en: string, fr: string, nl: string, definition: [string, string, string]): GlossaryModelTerm {
  return {
    id,
    title: en,
    names: { en, fr, 'fr-BE': fr, nl },
    definitions: { en: definition[0], fr: definition[1], 'fr-BE': definition[1], nl: definition[2] },
  };
}

/** A CHM-terms-like glossary: 2 themes of 3 terms, in en, fr, fr-BE and nl. */
export function defaultGlossary(): GlossaryModel {
  return {
    languages: { ...GLOSSARY_LANGUAGES },
    description: {
      en: 'Controlled vocabulary for multilingual searches among CHM portals.',
      fr: 'Vocabulaire contrôlé pour les recherches multilingues entre portails CHM.',
      'fr-BE': 'Vocabulaire contrôlé pour les recherches multilingues entre portails CHM.',
      nl: 'Gecontroleerde woordenlijst voor meertalig zoeken tussen CHM-portalen.',
    },
    parentAnchors: true,
    folders: [
      {
        ...term('01', 'Status and trends of biodiversity', 'Situation et tendances de la biodiversité', 'Status en trends van biodiversiteit', [
          'Relates to: CBD focal area "Status & trends"',
          'Concerne : domaine d’intervention de la CDB « Situation & tendances »',
          'Betreft: CBD-aandachtsgebied "Status & trends"',
        ]),
        elements: [
          term('01_01', 'Protected areas', 'Aires protégées', 'Beschermde gebieden', ['Coverage of protected areas', 'Couverture des aires protégées', 'Dekking van beschermde gebieden']),
          term('01_02', 'Species', 'Espèces', 'Soorten', ['Trends in abundance of <selected> species', 'Tendances de l’abondance des espèces', 'Trends in de abundantie van soorten']),
          term('01_03', 'Genetic diversity', 'Diversité génétique', 'Genetische diversiteit', ['Genetic diversity of domesticated animals', 'Diversité génétique des animaux domestiques', 'Genetische diversiteit van gedomesticeerde dieren']),
        ],
      },
      {
        ...term('02', 'Threats to biodiversity', 'Menaces pour la biodiversité', 'Bedreigingen voor biodiversiteit', [
          'Relates to: CBD focal area "Threats"',
          'Concerne : domaine d’intervention de la CDB « Menaces »',
          'Betreft: CBD-aandachtsgebied "Bedreigingen"',
        ]),
        elements: [
          term('02_01', 'Climate change', 'Changement climatique', 'Klimaatverandering', ['Impact of climate change', 'Impact du changement climatique', 'Impact van klimaatverandering']),
          term('02_02', 'Invasive alien species', 'Espèces exotiques envahissantes', 'Invasieve uitheemse soorten', ['Trends in invasive alien species', 'Tendances des espèces exotiques envahissantes', 'Trends in invasieve uitheemse soorten']),
          term('02_03', 'Nitrogen deposition', 'Dépôts d’azote', 'Stikstofdepositie', ['Nitrogen deposition', 'Dépôts d’azote', 'Stikstofdepositie']),
        ],
      },
    ],
  };
}

/** Python's `xmlcharrefreplace` output, as in the real dumps: escaped markup, non-ASCII as `&#N;`. */
const xmlAscii = (text: string): string =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!).replace(/[^\x00-\x7f]/gu, (c) => `&#${c.codePointAt(0)};`);

function glossaryXml(glossary: GlossaryModel): string {
  const translations = (values: Record<string, string>, pad: string) =>
    Object.entries(values).map(([language, value]) => `${pad}<translation lang="${language}">${xmlAscii(value)}</translation>\n`).join('');
  const termBody = (t: GlossaryModelTerm, pad: string) =>
    `${pad}<name>\n${translations(t.names, `${pad}  `)}${pad}</name>\n${pad}<definition>\n${translations(t.definitions, `${pad}  `)}${pad}</definition>\n`;
  let xml = '<glossary>\n';
  for (const folder of glossary.folders) {
    xml += `  <folder id="${xmlAscii(folder.id)}" title="${xmlAscii(folder.title)}">\n${termBody(folder, '    ')}`;
    for (const element of folder.elements) {
      xml += `    <element id="${xmlAscii(element.id)}" title="${xmlAscii(element.title)}">\n${termBody(element, '      ')}    </element>\n`;
    }
    xml += '  </folder>\n';
  }
  return `${xml}</glossary>\n`;
}

/** Python's `json.dumps(..., indent=2)`: ASCII only, and a space left after each line-ending comma. */
function glossaryMetadataJson(glossary: GlossaryModel): string {
  const json = JSON.stringify({ languages: glossary.languages, properties: { parent_anchors: glossary.parentAnchors, description: glossary.description } }, null, 2);
  return json.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).replaceAll(',\n', ', \n');
}

/**
 * A glossary dump: `target/glossary/translations.xml` and `target/glossary/metadata.json`, or,
 * with `zip: true`, the zip file `target` holding those two entries. Returns the glossary written.
 */
export async function writeGlossary(target: string, options: { zip?: boolean; glossary?: GlossaryModel } = {}): Promise<GlossaryModel> {
  const glossary = options.glossary ?? defaultGlossary();
  const entries: [string, Buffer][] = [
    ['glossary/translations.xml', Buffer.from(glossaryXml(glossary), 'utf8')],
    ['glossary/metadata.json', Buffer.from(glossaryMetadataJson(glossary), 'utf8')],
  ];
  if (options.zip) {
    await mkdir(dirname(target), { recursive: true });
    const zip = new yazl.ZipFile();
    for (const [name, bytes] of entries) zip.addBuffer(bytes, name, { mtime: new Date('2012-03-01T10:00:00Z') });
    zip.end();
    await pipeline(zip.outputStream, createWriteStream(target));
  } else {
    for (const [name, bytes] of entries) {
      await mkdir(dirname(join(target, name)), { recursive: true });
      await writeFile(join(target, name), bytes);
    }
  }
  return glossary;
}

// ---------------------------------------------------------------------------------------------
// A large text-only nyexp for the bench.

const LOREM = [
  'Biodiversity', 'wetlands', 'pollinators', 'heathland', 'Natura 2000', 'the North Sea', 'forests', 'the Scheldt estuary',
  'bats', 'amphibians', 'grasslands', 'the Ardennes', 'urban parks', 'invasive species', 'dunes', 'rivers',
];

/**
 * A text-only nyexp of exactly `objects` `<ob>` elements (folders included), streamed: top folders
 * of 100 objects (the folder, 60 % news, 20 % documents, 15 % events, then URLs and one empty
 * subfolder), every title unique, bodies a few hundred bytes of HTML.
 */
export async function writeLargeNyexp(file: string, options: { objects: number; languages?: string[] }): Promise<{ objects: number; bytes: number }> {
  const languages = options.languages ?? ['en', 'fr'];
  const openTag = (pad: string, metaType: string, id: string, releasedate: string, extra: string) =>
    `${pad}<ob meta_type="${metaType}" param="0" id="${id}" sortorder="100" contributor="bench" ` +
    `            approved="1" approved_by="admin" releasedate="${releasedate}" discussion="0" ${extra}>\n`;
  const perLanguage = (pad: string, element: string, value: (language: string) => string) =>
    `${pad}${languages.map((language) => `<${element} lang="${language}">${cdata(value(language))}</${element}>`).join('')}\n`;
  const texts = (pad: string, n: number, kind: string) => {
    const topic = LOREM[n % LOREM.length]!;
    return (
      perLanguage(pad, 'title', (language) => `${kind} ${n} (${language}): ${topic}`) +
      perLanguage(pad, 'description', () => `<p>About ${topic.toLowerCase()}, item ${n}.</p>`) +
      perLanguage(pad, 'coverage', () => 'Belgium') +
      perLanguage(pad, 'keywords', () => `${topic}, CHM`)
    );
  };
  const html = (n: number) => {
    const topic = LOREM[(n * 7) % LOREM.length]!;
    const region = ['Flanders', 'Wallonia', 'Brussels'][n % 3]!;
    return (
      `<h2>${topic} in Belgium</h2><p class="MsoNormal">Monitoring of ${topic.toLowerCase()} continued in ${2000 + (n % 20)}; ` +
      `see <a href="/information/red-list">the red list</a> and <a href="https://www.cbd.int/">the CBD</a>.</p>` +
      `<ul><li>Observation ${n}</li><li>Region ${region}</li></ul><p>${'Lorem ipsum dolor sit amet. '.repeat(4)}</p>`
    );
  };
  const date = (n: number) =>
    `20${String(5 + (n % 10)).padStart(2, '0')}/${String(1 + (n % 12)).padStart(2, '0')}/${String(1 + (n % 28)).padStart(2, '0')} 09:${String(n % 60).padStart(2, '0')}:00 GMT+1`;
  const validation = 'validation_status="0" validation_date="" validation_by="" validation_comment=""';
  const folderAttributes = 'custom_index="" maintainer_email="" folder_meta_types=""';
  const item = '\t\t';
  const inner = '\t\t\t';
  const close = `${inner}<discussion></discussion>\n${item}</ob>\n`;

  /** One child of a top folder; `slot` (0–98) picks its type so every block has the same mix. */
  const child = (n: number, slot: number): string => {
    const kind = slot % 20;
    if (slot === 98) return openTag(item, 'Naaya Folder', `archive-${n}`, '', folderAttributes) + texts(inner, n, 'Archive') + close;
    if (kind < 12) {
      return openTag(item, 'Naaya News', `news-${n}`, date(n), `expirationdate="" topitem="${n % 10 === 0 ? 1 : 0}" resourceurl="" smallpicture="" bigpicture=""`) +
        texts(inner, n, 'News') + perLanguage(inner, 'details', () => html(n)) + perLanguage(inner, 'source', () => '') + close;
    }
    if (kind < 16) return openTag(item, 'Naaya Document', `page-${n}`, date(n), validation) + texts(inner, n, 'Page') + perLanguage(inner, 'body', () => html(n)) + close;
    if (kind < 19) {
      const start = date(n);
      return openTag(item, 'Naaya Event', `event-${n}`, date(n + 1), `location_url="" start_date="${start}" end_date="${start}" agenda_url="" event_url="" topitem="0" event_type="meeting" contact_person="" contact_email="" contact_phone="" contact_fax=""`) +
        texts(inner, n, 'Event') + perLanguage(inner, 'location', () => 'Brussels') + perLanguage(inner, 'location_address', () => '') +
        perLanguage(inner, 'host', () => 'RBINS') + perLanguage(inner, 'details', () => html(n)) + close;
    }
    return openTag(item, 'Naaya URL', `link-${n}`, date(n), validation) + texts(inner, n, 'Link') + perLanguage(inner, 'locator', (language) => `https://www.example.org/${language}/${n}`) + close;
  };

  let written = 0;
  const bytes = await withSink(file, async (sink) => {
    await sink.write('<?xml version="1.0" encoding="utf-8"?>\n<export>\n');
    for (let block = 0; written < options.objects; block += 1) {
      written += 1;
      await sink.write(openTag('\t', 'Naaya Folder', `section-${block}`, '', folderAttributes) + texts(item, written, 'Section') + `${item}<discussion></discussion>\n`);
      const children = Math.min(99, options.objects - written);
      for (let slot = 0; slot < children; slot += 1) await sink.write(child((written += 1), slot));
      await sink.write('\t</ob>\n');
    }
    await sink.write('</export>\n');
    await sink.flush();
    return sink.bytes;
  });
  return { objects: written, bytes };
}

// ---------------------------------------------------------------------------------------------
// Hostile inputs.

/** A nyexp whose DOCTYPE defines the "billion laughs" entity bomb and uses it in a title. */
export function billionLaughsNyexp(): string {
  const entities = ['<!ENTITY lol "lol">'];
  for (let level = 1; level <= 9; level += 1) {
    const previous = level === 1 ? 'lol' : `lol${level - 1}`;
    entities.push(`<!ENTITY lol${level} "${`&${previous};`.repeat(10)}">`);
  }
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE export [\n  ${entities.join('\n  ')}\n]>\n<export>\n` +
    `<ob meta_type="Naaya Document" param="0" id="laughs" sortorder="100" contributor="" approved="1" approved_by="" releasedate="" discussion="0" validation_status="0" validation_date="" validation_by="" validation_comment="">\n` +
    `<title lang="en">&lol9;</title><description lang="en"><![CDATA[]]></description><coverage lang="en"><![CDATA[]]></coverage><keywords lang="en"><![CDATA[]]></keywords>\n` +
    `<body lang="en"><![CDATA[<p>Bomb</p>]]></body><discussion></discussion></ob>\n</export>\n`
  );
}

/** A nyexp that declares an external entity (default `file:///etc/passwd`) and uses it in a title and a body. */
export function externalEntityNyexp(target = 'file:///etc/passwd'): string {
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE export [\n  <!ENTITY xxe SYSTEM "${target}">\n]>\n<export>\n` +
    `<ob meta_type="Naaya Document" param="0" id="xxe" sortorder="100" contributor="" approved="1" approved_by="" releasedate="" discussion="0" validation_status="0" validation_date="" validation_by="" validation_comment="">\n` +
    `<title lang="en">Leak &xxe;</title><description lang="en"><![CDATA[]]></description><coverage lang="en"><![CDATA[]]></coverage><keywords lang="en"><![CDATA[]]></keywords>\n` +
    `<body lang="en">&xxe;</body><discussion></discussion></ob>\n</export>\n`
  );
}

/** The first `fraction` (0–1) of `sourceFile`'s bytes, streamed to `file`. */
export async function writeTruncated(sourceFile: string, file: string, fraction: number): Promise<void> {
  if (!(fraction >= 0 && fraction <= 1)) throw new RangeError(`fraction must be between 0 and 1, got ${fraction}`);
  const { size } = await stat(sourceFile);
  const keep = Math.floor(size * fraction);
  await mkdir(dirname(file), { recursive: true });
  if (keep === 0) {
    await writeFile(file, '');
    return;
  }
  await pipeline(createReadStream(sourceFile, { start: 0, end: keep - 1 }), createWriteStream(file));
}

/**
 * A one-line nyexp holding one Naaya File whose `file` attribute is `megabytes` MiB of random
 * bytes in base64 (unwrapped, one line), streamed to disk chunk by chunk. Returns the decoded
 * bytes' SHA-256 and length.
 */
export async function writeHugeBase64Nyexp(file: string, megabytes: number): Promise<{ sha256: string; bytes: number }> {
  const total = Math.round(megabytes * 1024 * 1024);
  // A multiple of 3, so the chunks' base64 join without padding in the middle.
  const chunkSize = 3 * (1 << 18);
  const hash = createHash('sha256');
  await withSink(file, async (sink) => {
    await sink.write(
      '<?xml version="1.0" encoding="utf-8"?><export><ob meta_type="Naaya Folder" param="0" id="files" sortorder="100" contributor="" ' +
        '            approved="1" approved_by="" releasedate="" discussion="0" custom_index="" maintainer_email="" folder_meta_types="Naaya File">' +
        '<title lang="en"><![CDATA[Files]]></title><description lang="en"><![CDATA[]]></description><coverage lang="en"><![CDATA[]]></coverage><keywords lang="en"><![CDATA[]]></keywords><discussion></discussion>' +
        '<ob meta_type="Naaya File" param="0" id="huge" sortorder="100" contributor="admin" ' +
        '            approved="1" approved_by="admin" releasedate="2010/06/01 12:00:00 GMT+2" discussion="0" downloadfilename="huge.bin" file="',
    );
    for (let done = 0; done < total; done += chunkSize) {
      const chunk = randomBytes(Math.min(chunkSize, total - done));
      hash.update(chunk);
      await sink.write(chunk.toString('base64'));
      await sink.flush();
    }
    await sink.write(
      '" content_type="application/octet-stream" precondition="" validation_status="0" validation_date="" validation_by="" validation_comment="">' +
        '<title lang="en"><![CDATA[A huge file]]></title><description lang="en"><![CDATA[]]></description><coverage lang="en"><![CDATA[]]></coverage><keywords lang="en"><![CDATA[]]></keywords>' +
        '<discussion></discussion></ob></ob></export>',
    );
  });
  return { sha256: hash.digest('hex'), bytes: total };
}
