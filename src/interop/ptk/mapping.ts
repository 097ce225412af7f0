import type { GeoPoint } from '../../content/item.ts';
import { joinRichText, richTextToPlain, sanitizeRichText, storedRichTextToPlain } from '../../content/rich-text.ts';
import { slugify } from '../../content/slug.ts';
import { cleanImportedHtml } from './html-cleanup.ts';
import type { PtkBinary, PtkComment, PtkObject } from './source.ts';
import { parseZopeDate, readFlag, readGeo, readInteger, readLocalized, readUrl, splitTerms } from './values.ts';

/**
 * What each PTK object becomes (the table in docs/ptk-mapping.md). Pure: no database, no files;
 * the importer (`import.ts`) resolves tags, stores binaries and writes the result.
 */

/** The Naaya types the importer maps, and the Ecotone type each becomes. */
export const mappedTypes: Readonly<Record<string, string>> = {
  'Naaya Folder': 'page',
  'Naaya Document': 'page',
  'Naaya Story': 'news',
  'Naaya News': 'news',
  'Naaya Event': 'event',
  'Naaya File': 'document',
  'Naaya Extended File': 'document',
  'Naaya Blob File': 'document',
  'Naaya URL': 'related-website',
  'Naaya Contact': 'contact-person',
  'Naaya GeoPoint': 'page',
  'Naaya Media File': 'media-item',
};

export interface MappingContext {
  /** The site's languages after the import's language plan, default first. */
  languages: readonly string[];
  defaultLanguage: string;
  /** Source language code (as written) → site language; codes not in it are not the site's. */
  language: (code: string) => string | null;
  /** The IANA zone event times are shown in (the wall times of the export are turned into instants). */
  zone: string;
}

/** A tag to resolve against the shared vocabularies, else keep as a site keyword. */
export interface TagWish {
  /** `keyword` (free), `coverage` (a place: countries first), `chm-term` (CBD subjects first), `event-type`. */
  kind: 'keyword' | 'coverage' | 'chm-term' | 'event-type';
  /** The label per site language (only the languages it was found in). */
  labels: Record<string, string>;
}

/** A binary and where the item uses it. */
export interface MediaWish {
  binary: PtkBinary;
  use: 'leadImage' | 'attachment' | 'inline' | 'recording' | 'image';
  /** The site language of a per-language file. */
  language?: string;
}

export interface MappedItem {
  kind: 'item';
  type: string;
  /** Folders: a section page, and an entry in the site's main menu. */
  section: boolean;
  fields: Record<string, unknown>;
  promoted: boolean;
  sortOrder: number;
  point: GeoPoint | null;
  translations: Record<string, MappedTranslation>;
  tags: TagWish[];
  media: MediaWish[];
  comments: PtkComment[];
  /** The contributor's user id at the PTK site, kept as the item's (placeholder) author. */
  contributor: string | null;
  warnings: string[];
  /** What the object had that has no place in Ecotone, kept in the import record (templates, old ids). */
  kept: Record<string, unknown>;
}

export interface MappedTranslation {
  title: string;
  slug: string;
  summary: string;
  /** Sanitised HTML: `sanitizeRichText`'s output, as it will be stored. */
  body: string;
  fields: Record<string, unknown>;
  status: 'draft' | 'published';
  publishedAt: string | null;
  unpublishAt: string | null;
}

/** A Pointer: a link to another object of the site, in the menu of the folder holding it. */
export interface MappedPointer {
  kind: 'pointer';
  target: string;
  titles: Record<string, string>;
  sortOrder: number;
  warnings: string[];
}

/** A photo: a file of the media library, described in every language it has. */
export interface MappedMedia {
  kind: 'media';
  binary: PtkBinary;
  altTexts: Record<string, string>;
  credits: Record<string, string>;
  warnings: string[];
}

export interface MappedQuarantine {
  kind: 'quarantine';
  reason: string;
}

export type Mapped = MappedItem | MappedPointer | MappedMedia | MappedQuarantine;

const summaryLimit = 2000;
const titleLimit = 300;

export function mapObject(object: PtkObject, context: MappingContext): Mapped {
  const metaType = object.metaType.trim();
  if (metaType === 'Naaya Pointer') return mapPointer(object, context);
  if (metaType === 'Naaya Photo') return mapPhoto(object, context);
  const type = mappedTypes[metaType];
  if (!type) {
    return { kind: 'quarantine', reason: metaType ? `Ecotone has no mapping for the PTK type "${metaType}"` : 'The type of this object could not be told from the export' };
  }
  const builder = new ItemBuilder(object, context, type);
  switch (metaType) {
    case 'Naaya Folder':
      builder.section = true;
      builder.bodyFrom('description');
      if (typeof object.properties.customIndexSource === 'string') {
        builder.keep('customIndexSource', object.properties.customIndexSource);
        builder.warn('the folder had its own index template (ZPT); it is not carried over (its source is kept in the import record)');
      }
      break;
    case 'Naaya Document':
    case 'Naaya GeoPoint':
      builder.summaryFrom('description');
      builder.bodyFrom('body');
      break;
    case 'Naaya Story':
    case 'Naaya News':
      builder.summaryFrom('description');
      builder.bodyFrom(metaType === 'Naaya News' ? 'details' : 'body');
      builder.localizedField('source', 'source', 200);
      builder.urlField('sourceUrl', object.properties.resourceurl, 'resourceurl');
      builder.promoted = readFlag(object.properties.topitem);
      builder.pictures();
      if (metaType === 'Naaya News') builder.expiry(object.properties.expirationdate);
      break;
    case 'Naaya Event':
      builder.summaryFrom('description');
      builder.bodyFrom('details');
      builder.event();
      break;
    case 'Naaya File':
    case 'Naaya Extended File':
    case 'Naaya Blob File':
      builder.summaryFrom('description');
      builder.fields.documentType = 'other';
      builder.files();
      break;
    case 'Naaya URL':
      builder.summaryFrom('description');
      builder.link();
      break;
    case 'Naaya Contact':
      builder.bodyFrom('description');
      builder.contact();
      break;
    case 'Naaya Media File':
      builder.summaryFrom('description');
      builder.fields.mediaKind = 'video';
      for (const binary of object.binaries) builder.media.push({ binary, use: 'recording' });
      break;
  }
  if (metaType === 'Naaya GeoPoint') builder.geoPoint();
  builder.embeddedImages();
  return builder.build();
}

/** Gathers one item; every value read through `values.ts`, every problem a warning, never a throw. */
class ItemBuilder {
  section = false;
  promoted = false;
  fields: Record<string, unknown> = {};
  media: MediaWish[] = [];
  private readonly translations = new Map<string, MappedTranslation>();
  private readonly warnings: string[] = [];
  private readonly kept: Record<string, unknown> = {};
  private readonly extraRows = new Map<string, string[]>();
  private point: GeoPoint | null = null;

  constructor(
    private readonly object: PtkObject,
    private readonly context: MappingContext,
    private readonly type: string,
  ) {
    const titles = this.localized('title');
    const approved = object.properties.approved === undefined ? true : readFlag(object.properties.approved);
    const released = parseZopeDate(object.properties.releasedate, context.zone);
    if (!released && hasValue(object.properties.releasedate)) this.warn(`release date "${String(object.properties.releasedate)}" is not a date; the import date is used`);
    for (const [language, title] of Object.entries(titles)) {
      const clean = richTextToPlain(title);
      if (!clean) continue;
      if (clean.length > titleLimit) this.warn(`the ${language} title is longer than ${titleLimit} characters; the rest is kept at the start of the text`);
      this.translations.set(language, {
        title: clean.slice(0, titleLimit),
        slug: slugFor(object, clean),
        summary: '',
        body: clean.length > titleLimit ? `<p>${escapeText(clean)}</p>` : '',
        fields: {},
        status: approved ? 'published' : 'draft',
        publishedAt: released?.iso ?? null,
        unpublishAt: null,
      });
    }
    const sortOrder = readInteger(object.properties.sortorder);
    this.sortOrder = sortOrder ?? 100;
    const geo = readGeo(object.properties.geo_location);
    if (geo) {
      this.point = { lat: geo.lat, lng: geo.lng };
      if (geo.address) this.addRow('Address', geo.address);
    }
    this.tagsFrom('keywords', 'keyword', ',');
    this.tagsFrom('coverage', 'coverage', ',');
    this.tagsFrom('chm_terms', 'chm-term', '|');
  }

  readonly sortOrder: number;
  readonly tags: TagWish[] = [];

  warn(message: string): void {
    this.warnings.push(message);
  }

  keep(key: string, value: unknown): void {
    this.kept[key] = value;
  }

  /** A localized property by site language (the values of languages the site does not have are left out). */
  localized(property: string): Record<string, string> {
    const found = readLocalized(this.object.localized[property]);
    const byLanguage: Record<string, string> = {};
    for (const [code, value] of Object.entries(found.byLanguage)) {
      const language = this.context.language(code);
      if (language && value.trim() && !(language in byLanguage && code !== language)) byLanguage[language] = value;
    }
    // A plain property (one value for every language, as older exports write some): every
    // translation that has no value of its own gets it.
    const plain = readLocalized(this.object.properties[property]).unlocalized ?? found.unlocalized;
    if (plain?.trim()) {
      const languages = this.translations.size ? [...this.translations.keys()] : [this.context.defaultLanguage];
      for (const language of languages) if (!(language in byLanguage)) byLanguage[language] = plain;
    }
    return byLanguage;
  }

  summaryFrom(property: string): void {
    for (const [language, html] of Object.entries(this.localized(property))) {
      const t = this.translations.get(language);
      if (!t) continue;
      // Markup or entities: the cleaned text, whose plain text needs no second parse.
      const cleaned = html.includes('<') || html.includes('&') ? cleanImportedHtml(html) : null;
      const plain = cleaned === null ? richTextToPlain(html) : storedRichTextToPlain(cleaned);
      // A long or structured description stays whole, at the top of the text; the summary is its start.
      if (plain.length > summaryLimit || /<(p|ul|ol|table|h\d)\b/i.test(html)) {
        t.body = joinRichText(cleaned ?? cleanImportedHtml(html), t.body);
        t.summary = truncate(plain, 300);
      } else {
        t.summary = plain;
      }
    }
  }

  bodyFrom(property: string): void {
    for (const [language, html] of Object.entries(this.localized(property))) {
      const t = this.translations.get(language);
      if (t) t.body = joinRichText(t.body, cleanImportedHtml(html));
    }
  }

  localizedField(name: string, property: string, maxLength: number): void {
    for (const [language, value] of Object.entries(this.localized(property))) {
      const t = this.translations.get(language);
      if (!t) continue;
      const plain = richTextToPlain(value);
      if (plain.length > maxLength) {
        this.warn(`${property} (${language}) is longer than ${maxLength} characters; it is kept in the text`);
        this.addRow(property, plain, language);
      } else if (plain) t.fields[name] = plain;
    }
  }

  urlField(name: string, raw: unknown, property: string): void {
    if (!hasValue(raw)) return;
    const url = readUrl(raw);
    if (url) this.fields[name] = url;
    else {
      this.warn(`${property} "${String(raw)}" is not a web address; it is kept in the text`);
      this.addRow(property, String(raw));
    }
  }

  pictures(): void {
    const big = this.object.binaries.find((b) => b.role === 'bigpicture' || b.role === 'frontpicture');
    const small = this.object.binaries.find((b) => b.role === 'smallpicture');
    const lead = big ?? small;
    for (const binary of this.object.binaries) {
      if (binary === lead) this.media.push({ binary, use: 'leadImage' });
      else if (binary.role === 'img') this.media.push({ binary, use: 'inline' });
      // The small picture is a thumbnail of the big one: kept in the library, made anew by variants.
      else this.media.push({ binary, use: 'image' });
    }
  }

  /** Images embedded in the object (its text names them): library images, whatever the type. */
  embeddedImages(): void {
    for (const binary of this.object.binaries) {
      if (binary.role === 'img' && !this.media.some((m) => m.binary === binary)) this.media.push({ binary, use: 'inline' });
    }
  }

  expiry(raw: unknown): void {
    if (!hasValue(raw)) return;
    const expires = parseZopeDate(raw, this.context.zone);
    if (!expires) {
      this.warn(`expiration date "${String(raw)}" is not a date; the news has none`);
      return;
    }
    // The date as the export wrote it (its own zone's), not the UTC date of that instant.
    this.fields.unpublishOn = /^(\d{4})[/-](\d{2})[/-](\d{2})/.exec(String(raw).trim())?.slice(1).join('-') ?? expires.iso.slice(0, 10);
    // Only a future expiry is scheduled: archiving the news that expired years ago would empty the archive.
    if (Date.parse(expires.iso) > Date.now()) for (const t of this.translations.values()) t.unpublishAt = expires.iso;
  }

  event(): void {
    const p = this.object.properties;
    const start = parseZopeDate(p.start_date, this.context.zone);
    const end = parseZopeDate(p.end_date, this.context.zone);
    if (start) this.fields.start = { at: start.iso, zone: this.context.zone };
    else if (hasValue(p.start_date)) this.warn(`start date "${String(p.start_date)}" is not a date`);
    if (end && (!start || end.iso >= start.iso)) this.fields.end = { at: end.dateOnly ? endOfDay(end.iso) : end.iso, zone: this.context.zone };
    else if (hasValue(p.end_date)) this.warn(`end date "${String(p.end_date)}" is ${end ? 'before the start' : 'not a date'}; the event has none`);
    const locations = this.localized('location');
    const addresses = this.localized('location_address');
    for (const language of new Set([...Object.keys(locations), ...Object.keys(addresses)])) {
      const t = this.translations.get(language);
      if (!t) continue;
      const where = [locations[language], addresses[language]].map((v) => (v ? richTextToPlain(v) : '')).filter(Boolean).join(', ');
      if (where.length > 300) this.addRow('Location', where, language);
      else if (where) t.fields.location = where;
    }
    for (const [language, host] of Object.entries(this.localized('host'))) {
      const t = this.translations.get(language);
      const plain = richTextToPlain(host);
      if (t && plain) {
        if (plain.length > 300) this.addRow('Host', plain, language);
        else t.fields.organiser = plain;
      }
    }
    this.urlField('eventUrl', p.event_url, 'event_url');
    const locationUrl = readUrl(p.location_url);
    if (locationUrl) this.addLink('Location', locationUrl);
    const agenda = readUrl(p.agenda_url);
    if (agenda) this.addLink('Agenda', agenda);
    else if (hasValue(p.agenda_url)) this.addRow('Agenda', String(p.agenda_url));
    if (typeof p.event_type === 'string' && p.event_type.trim()) this.tags.push({ kind: 'event-type', labels: { [this.context.defaultLanguage]: p.event_type.trim() } });
    for (const [label, key] of [['Contact', 'contact_person'], ['Email', 'contact_email'], ['Phone', 'contact_phone'], ['Fax', 'contact_fax']] as const) {
      if (hasValue(p[key])) this.addRow(label, String(p[key]));
    }
  }

  files(): void {
    for (const binary of this.object.binaries) {
      const language = binary.language ? this.context.language(binary.language) : null;
      if (binary.language && !language) {
        this.warn(`a file in ${binary.language}, a language the site does not have, is attached to the default language`);
      }
      if (binary.role === 'img') this.media.push({ binary, use: 'inline' });
      else this.media.push({ binary, use: 'attachment', language: language ?? this.context.defaultLanguage });
    }
  }

  link(): void {
    const locators = this.localized('locator');
    const fromProperty = readUrl(this.object.properties.locator);
    const candidates = [locators[this.context.defaultLanguage], ...Object.values(locators)].map((v) => (v ? readUrl(v) : null));
    const url = candidates.find(Boolean) ?? fromProperty;
    if (url) this.fields.url = url;
    for (const [language, locator] of Object.entries(locators)) {
      // A translation that points elsewhere keeps its own address in its text.
      const own = readUrl(locator);
      if (own && own !== url) this.addLink('Address', own, language);
      else if (!own) this.addRow('Address', locator, language);
    }
  }

  contact(): void {
    const p = this.object.properties;
    const parts = (property: string) => this.localized(property);
    const first = parts('firstname');
    const last = parts('lastname');
    const title = parts('personaltitle');
    const d = this.context.defaultLanguage;
    // Names are the same in every language in Ecotone; the default language's spelling wins.
    const pick = (values: Record<string, string>) => richTextToPlain(values[d] ?? Object.values(values)[0] ?? '');
    const given = pick(first);
    const family = pick(last);
    const honorific = pick(title);
    const name = [honorific, given, family].filter(Boolean).join(' ') || [...this.translations.values()][0]?.title || '';
    if (name) this.fields.personName = name.slice(0, 200);
    if (given) this.fields.givenName = given.slice(0, 100);
    if (family) this.fields.familyName = family.slice(0, 100);
    this.localizedField('function', 'jobtitle', 300);
    this.localizedField('organizationName', 'organisation', 300);
    for (const [language, department] of Object.entries(this.localized('department'))) this.addRow('Department', department, language);
    for (const [language, address] of Object.entries(this.localized('postaladdress'))) this.addRow('Postal address', address, language);
    const email = plainProperty(p, 'email');
    if (email) {
      if (/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(email)) this.fields.email = email;
      else this.addRow('Email', email);
    }
    const phone = plainProperty(p, 'phone');
    if (phone) {
      if (/^\+?[0-9 ().\-/]{3,40}$/.test(phone)) this.fields.phone = phone;
      else this.addRow('Phone', phone);
    }
    for (const [label, key] of [['Fax', 'fax'], ['Mobile', 'cellphone']] as const) {
      const value = plainProperty(p, key);
      if (value) this.addRow(label, value);
    }
    const webpage = readUrl(p.webpage);
    if (webpage) this.addLink('Web page', webpage);
  }

  geoPoint(): void {
    const p = this.object.properties;
    const geo = readGeo([p.latitude, p.longitude, p.address ?? '']);
    if (geo) {
      this.point = { lat: geo.lat, lng: geo.lng };
      if (geo.address) this.addRow('Address', geo.address);
    } else if (hasValue(p.latitude) || hasValue(p.longitude)) {
      this.warn(`latitude "${String(p.latitude)}" and longitude "${String(p.longitude)}" are not a point on Earth`);
    }
    const url = readUrl(p.url);
    if (url) this.addLink('Web page', url);
    if (typeof p.geo_type === 'string' && p.geo_type) this.keep('geo_type', p.geo_type);
  }

  /** A fact with no field of its own, shown in the text as a labelled row (in every translation, or one). */
  addRow(label: string, value: string, language?: string): void {
    const key = language ?? '*';
    const rows = this.extraRows.get(key) ?? [];
    rows.push(`<tr><th scope="row">${escapeText(label)}</th><td>${escapeText(value)}</td></tr>`);
    this.extraRows.set(key, rows);
  }

  addLink(label: string, url: string, language?: string): void {
    const key = language ?? '*';
    const rows = this.extraRows.get(key) ?? [];
    rows.push(`<tr><th scope="row">${escapeText(label)}</th><td><a href="${escapeAttribute(url)}">${escapeText(url)}</a></td></tr>`);
    this.extraRows.set(key, rows);
  }

  private tagsFrom(property: string, kind: TagWish['kind'], separator: string): void {
    const byLanguage = this.localized(property);
    const lists = Object.entries(byLanguage).map(([language, raw]) => [language, splitTerms(raw, separator)] as const);
    // Terms given in several languages at the same positions are one term with several labels.
    const aligned = lists.length > 1 && lists.every(([, terms]) => terms.length === lists[0]![1].length);
    if (aligned) {
      for (let i = 0; i < lists[0]![1].length; i++) this.tags.push({ kind, labels: Object.fromEntries(lists.map(([language, terms]) => [language, terms[i]!])) });
      return;
    }
    for (const [language, terms] of lists) for (const term of terms) this.tags.push({ kind, labels: { [language]: term } });
  }

  build(): MappedItem | MappedQuarantine {
    if (!this.translations.size) {
      const titles = readLocalized(this.object.localized.title);
      const languages = Object.keys(titles.byLanguage);
      return {
        kind: 'quarantine',
        reason: languages.length
          ? `it has a title only in ${languages.join(', ')}, which ${languages.length > 1 ? 'are' : 'is'} not among the site's languages (${this.context.languages.join(', ')})`
          : 'it has no title in any language',
      };
    }
    for (const [language, t] of this.translations) {
      const rows = [...(this.extraRows.get('*') ?? []), ...(this.extraRows.get(language) ?? [])];
      if (rows.length) t.body = joinHtml(t.body, `<table><tbody>${rows.join('')}</tbody></table>`);
      // The text as the save will store it: joined parts become one sanitised text here, where the
      // import reads (possibly in its worker thread), not in the thread that writes.
      t.body = sanitizeRichText(t.body);
    }
    return {
      kind: 'item',
      type: this.type,
      section: this.section,
      fields: this.fields,
      promoted: this.promoted,
      sortOrder: this.sortOrder,
      point: this.point,
      translations: Object.fromEntries(this.translations),
      tags: this.tags,
      media: this.media,
      comments: this.object.comments,
      contributor: plainProperty(this.object.properties, 'contributor') || null,
      warnings: this.warnings,
      kept: this.kept,
    };
  }
}

function mapPointer(object: PtkObject, context: MappingContext): MappedPointer | MappedQuarantine {
  const target = String(object.properties.pointer ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (!target) return { kind: 'quarantine', reason: 'the pointer points nowhere (its "pointer" property is empty)' };
  const titles: Record<string, string> = {};
  for (const [code, value] of Object.entries(readLocalized(object.localized.title).byLanguage)) {
    const language = context.language(code);
    if (language && value.trim()) titles[language] = richTextToPlain(value).slice(0, 120);
  }
  return { kind: 'pointer', target, titles, sortOrder: readInteger(object.properties.sortorder) ?? 100, warnings: [] };
}

function mapPhoto(object: PtkObject, context: MappingContext): MappedMedia | MappedQuarantine {
  const binary = object.binaries.find((b) => b.role !== 'img') ?? object.binaries[0];
  if (!binary) return { kind: 'quarantine', reason: 'the photo has no image in the export' };
  const describe = (property: string) => {
    const out: Record<string, string> = {};
    for (const [code, value] of Object.entries(readLocalized(object.localized[property]).byLanguage)) {
      const language = context.language(code);
      if (language && value.trim()) out[language] = richTextToPlain(value);
    }
    return out;
  };
  return { kind: 'media', binary, altTexts: describe('title'), credits: describe('author'), warnings: [] };
}

/** The slug: the PTK id when it reads as words (old addresses stay recognisable), else the title. */
function slugFor(object: PtkObject, title: string): string {
  const id = object.path.split('/').pop() ?? '';
  const generated = /^[a-z]{0,3}\d{6,}$/i.test(id) || !/[a-z]{3}/i.test(id);
  return slugify(generated ? title : id.replace(/[._]+/g, '-'));
}

function plainProperty(properties: Record<string, unknown>, key: string): string {
  const value = properties[key];
  if (value === null || value === undefined) return '';
  const text = String(value).trim();
  return text === 'None' ? '' : text;
}

function hasValue(raw: unknown): boolean {
  return raw !== null && raw !== undefined && String(raw).trim() !== '' && String(raw).trim() !== 'None';
}

function joinHtml(...parts: string[]): string {
  return parts.filter((p) => p.trim()).join('\n');
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}

function endOfDay(iso: string): string {
  return `${iso.slice(0, 10)}T23:59:59.999Z`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}
