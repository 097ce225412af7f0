/**
 * The pieces every CBD record is made of, from an item: its identifier and languages, texts as
 * lstrings, links, thesaurus terms from its tags. Pure functions of the item and the export context
 * (`mapping.ts`), shared by the record mappers.
 */
import { createHash } from 'node:crypto';
import type { ContentTypeDefinition } from '../../../content/content-type.ts';
import type { Item, ItemTranslation } from '../../../content/item.ts';
import { isLive } from '../../../content/service.ts';
import { catalogue } from '../../../i18n/translator.ts';
import { itemPath } from '../../../public/page-builder.ts';
import { isKeywordIdentifier } from '../../../vocabularies/keywords.ts';
import { gbfTargetSubjects } from './gbf-subjects.ts';
import type { ExportContext, ExportProblem } from './mapping.ts';
import type { CbdSchemaName, ELink, ETerm, LString } from './shapes.ts';

/** The CBD thesaurus's generic "Other" term; `customValue` says what it stands for. */
export const otherTermIdentifier = '5B6177DD-5E5E-434E-8CB7-D63D67D5EBED';

/**
 * The record identifier of an item: a name-based (version 5) UUID of `ecotone:<site code>:<item id>`
 * in the RFC 4122 URL namespace, upper-case as the CBD writes GUIDs. Stable across exports and
 * installations, and reproducible by anyone who knows the site code and item id.
 *
 * @example recordIdentifier('be', 1) // '2931F1AB-C9EE-51E6-AA78-B462EF89172F'
 */
export function recordIdentifier(siteCode: string, itemId: number): string {
  const urlNamespace = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');
  const hash = createHash('sha1').update(urlNamespace).update(`ecotone:${siteCode}:${itemId}`, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex').toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The `lstring` key of a language tag: its primary subtag (`pt-BR` → `pt`), if the CBD can key it. */
export function cbdLanguageKey(tag: string): string | undefined {
  const base = tag.toLowerCase().split('-')[0]!;
  return /^[a-z]{2,3}$/.test(base) ? base : undefined;
}

/** A published translation and the key its texts take in the record's lstrings. */
export interface Live {
  key: string;
  t: ItemTranslation;
}

/** The item's live translations, in the site's language order; two tags with one key keep the first. */
export function liveTranslations(item: Item, context: ExportContext): Live[] {
  const rank = (language: string) => {
    const index = context.site.languages.indexOf(language);
    return index === -1 ? context.site.languages.length : index;
  };
  const live = item.translations.filter((t) => isLive(t, context.now)).sort((a, b) => rank(a.language) - rank(b.language) || a.language.localeCompare(b.language));
  const seen = new Set<string>();
  const result: Live[] = [];
  for (const t of live) {
    const key = cbdLanguageKey(t.language);
    if (key && !seen.has(key)) {
      seen.add(key);
      result.push({ key, t });
    }
  }
  return result;
}

export const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** An lstring of what each live translation says; undefined when none says anything. */
export function perLanguage(live: readonly Live[], pick: (t: ItemTranslation) => unknown): LString | undefined {
  const entries = live.flatMap(({ key, t }) => {
    const value = text(pick(t));
    return value ? [[key, value] as const] : [];
  });
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/** The same text under every key: values that are not translated (names, addresses) in every language of the record. */
export function everywhere(live: readonly Live[], value: string | undefined): LString | undefined {
  return value ? Object.fromEntries(live.map(({ key }) => [key, value])) : undefined;
}

/**
 * A field of the item as an lstring, wherever the type keeps it (per translation or once), or why
 * not: the type has no such field, or no value is given.
 */
export function fieldText(item: Item, type: ContentTypeDefinition, live: readonly Live[], name: string): { value?: LString; missing?: string } {
  const field = type.fields.find((f) => f.name === name);
  if (!field) return { missing: `the ${type.name} type has no ${name} field` };
  const value = field.localized ? perLanguage(live, (t) => t.fields[name]) : everywhere(live, text(item.fields[name]));
  return value ? { value } : { missing: `no ${name} is given` };
}

/**
 * A name that means the same thing in every language (a city), in every language of the record:
 * each translation's own spelling (Bruxelles, Brussel), and where a translation leaves it empty,
 * the first one another translation gives, in the site's language order. Unlike a description, a
 * place written as another language writes it is still right, and the CBD needs it in every
 * language of the record.
 */
export function sharedText(item: Item, type: ContentTypeDefinition, live: readonly Live[], name: string): { value?: LString; missing?: string } {
  const field = type.fields.find((f) => f.name === name);
  if (!field) return { missing: `the ${type.name} type has no ${name} field` };
  if (!field.localized) return fieldText(item, type, live, name);
  const own = perLanguage(live, (t) => t.fields[name]);
  if (!own) return { missing: `no ${name} is given` };
  const first = Object.values(own)[0]!;
  return { value: Object.fromEntries(live.map(({ key }) => [key, own[key] ?? first])) };
}

/** Problems with a mandatory lstring: absent, or missing in some of the record's languages (the CBD's `Error.UnspecifiedLocale`). */
export function requireLString(problems: ExportProblem[], path: string, value: LString | undefined, live: readonly Live[], missing: string): LString | undefined {
  if (!value) {
    problems.push({ path, message: missing });
    return undefined;
  }
  const absent = live.map((l) => l.key).filter((key) => !value[key]);
  if (absent.length) problems.push({ path, message: `missing in ${absent.join(', ')}: the record is in ${live.map((l) => l.key).join(', ')} and every language needs it` });
  return value;
}

/** An absolute, ASCII-only address: site-relative ones get the site's origin; anything unparsable is dropped. */
function absoluteUrl(url: string, origin: string): string | undefined {
  try {
    return new URL(url.startsWith('/') && !url.startsWith('//') ? origin + url : url).href;
  } catch {
    return undefined;
  }
}

/** Rich text for another site: the site's own relative links and images made absolute. */
export function absoluteHtml(html: string, origin: string): string {
  return html.replace(/(\s(?:href|src)=")\/(?!\/)/g, `$1${origin}/`);
}

const escapeHtml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The body as HTML, or the summary as a paragraph where a translation has no body. */
export function bodyOrSummary(live: readonly Live[], origin: string): LString | undefined {
  return perLanguage(live, (t) => (t.body.trim() ? absoluteHtml(t.body, origin) : t.summary.trim() ? `<p>${escapeHtml(t.summary.trim())}</p>` : undefined));
}

/** Links without repeats (same address in the same language). */
export function uniqueLinks(links: readonly (ELink | undefined)[]): ELink[] {
  const seen = new Set<string>();
  return links.filter((link): link is ELink => {
    if (!link) return false;
    const key = `${link.language ?? ''} ${link.url}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function pageLinks(type: ContentTypeDefinition, live: readonly Live[], context: ExportContext): ELink[] {
  return live.map(({ key, t }) => ({ url: context.origin + itemPath(t.language, type, t.slug), name: t.title, language: key }));
}

export function urlLink(value: unknown, context: ExportContext, name?: string, language?: string): ELink | undefined {
  const url = typeof value === 'string' ? absoluteUrl(value, context.origin) : undefined;
  return url ? { url, ...(name ? { name } : {}), ...(language ? { language } : {}) } : undefined;
}

export function mediaLink(id: unknown, context: ExportContext, language?: string): ELink | undefined {
  const file = typeof id === 'number' ? context.media(id) : undefined;
  return file ? { url: file.url, name: file.name, ...(language ? { language } : {}) } : undefined;
}

/** The files of a translated `files` field, each in the language of its translation. */
export function attachmentLinks(live: readonly Live[], context: ExportContext, field = 'attachments'): ELink[] {
  return live.flatMap(({ key, t }) => (Array.isArray(t.fields[field]) ? (t.fields[field] as unknown[]).map((id) => mediaLink(id, context, key)) : [])).filter((l): l is ELink => !!l);
}

/** The "Other" term with the label of one of Ecotone's options (`option.documentType.report`) in the record's languages. */
export function otherTerm(catalogueKey: string, live: readonly Live[]): ETerm {
  const labels = Object.fromEntries(live.flatMap(({ key }) => (catalogue(key)?.[catalogueKey] ? [[key, catalogue(key)![catalogueKey]!]] : [])));
  const customValue = Object.keys(labels).length ? labels : { en: catalogue('en')?.[catalogueKey] ?? catalogueKey.split('.').pop()! };
  return { identifier: otherTermIdentifier, customValue };
}

export interface Tagging {
  gbfTargets: ETerm[];
  aichiTargets: ETerm[];
  countries: string[];
  cbdSubjects: ETerm[];
  keywords: LString[];
}

/**
 * The item's tags sorted by what the CBD calls them. Subject areas are the ones tagged, plus those
 * the Secretariat relates to the item's GBF targets (`gbf-subjects.ts`). SDGs, GBF goals and M49
 * regions have no field in these records and are left out (docs/cbd-exchange.md).
 */
export function tagging(item: Item, context: ExportContext): Tagging {
  const of = (vocabulary: string) => item.tags.filter((tag) => context.vocabularies.get(tag)?.vocabulary === vocabulary);
  const gbf = of('gbf-targets').sort();
  const subjects = new Set(item.tags.filter((tag) => tag.startsWith('CBD-SUBJECT-') && context.vocabularies.get(tag)));
  for (const target of gbf) for (const subject of gbfTargetSubjects[target] ?? []) subjects.add(subject);
  const keywords = item.tags
    .filter(isKeywordIdentifier)
    .map((tag) => context.keywords.get(tag))
    .flatMap((keyword) => {
      const labels = Object.entries(keyword?.labels ?? {}).flatMap(([language, label]) => {
        const key = cbdLanguageKey(language);
        return key && label.trim() ? [[key, label.trim()] as const] : [];
      });
      return labels.length ? [Object.fromEntries(labels)] : [];
    });
  return {
    gbfTargets: gbf.map((identifier) => ({ identifier })),
    aichiTargets: of('aichi-targets').sort().map((identifier) => ({ identifier })),
    countries: of('countries').filter((code) => /^[a-z]{2}$/.test(code)),
    cbdSubjects: [...subjects].sort().map((identifier) => ({ identifier })),
    keywords,
  };
}

/** Where the item is: its one country tag, or the site's country (tagged or not); undefined when it cannot be told. */
export function itemCountry(tags: Tagging, site: ExportContext['site']): string | undefined {
  if (site.country && (tags.countries.length === 0 || tags.countries.includes(site.country))) return site.country;
  return tags.countries.length === 1 ? tags.countries[0] : undefined;
}

export const nonEmpty = <T>(list: readonly T[]): T[] | undefined => (list.length ? [...list] : undefined);

/** The record without the keys that have no value, so optional fields are absent rather than empty. */
export function compact<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0))) as T;
}

export function header<S extends CbdSchemaName>(schema: S, item: Item, context: ExportContext, live: readonly Live[]) {
  return { identifier: recordIdentifier(context.site.code, item.id), schema, languages: live.map((l) => l.key) };
}

export function firstTitle(item: Item): string {
  return item.translations[0]?.title ?? `item ${item.id}`;
}

