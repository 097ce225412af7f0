/**
 * What the CBD sync asks the central index for, and how each central record becomes an item
 * (ADR 0016). Pure functions: no network, no database; `sync.ts` does the fetching and saving.
 *
 * Field names are those of the Clearing-House index and record bodies as documented in
 * `reference/cbd-api.md` (sections 1.4, 5.1–5.3). The API is liberal in what it sends (a title
 * may be in the index only, a record may lack a language), so every reader here tolerates
 * absent fields and takes the first of several sources that has a value.
 */
import type { ItemInput, TranslationInput } from '../../content/item.ts';
import { focalPointCategories } from '../../content/types/focal-point.ts';
import type { Site } from '../../sites/site.ts';
import type { CbdDocument, IndexDoc, IndexQuery, ThesaurusTerm } from './client.ts';

/** The kinds of national record a site mirrors, each read with one index query. */
export type NationalRecordSource = 'nationalTarget7' | 'nbsap' | 'nationalReport7' | 'nationalReport6' | 'nationalReport' | 'focalPoint';
export const nationalRecordSources: readonly NationalRecordSource[] = ['nationalTarget7', 'nbsap', 'nationalReport7', 'nationalReport6', 'nationalReport', 'focalPoint'];

/**
 * The index query for one kind of record of one country: public, current versions only. ORT
 * records (national targets, NBSAPs, the 7th report) are filed by `government_s`; CHM reports by
 * `hostGovernments_ss`; focal points by `government_s` (reference 1.4, "Queries by record type").
 */
export function indexQueryFor(source: NationalRecordSource, country: string): Omit<IndexQuery, 'start' | 'rows'> {
  const cc = country.toLowerCase();
  const current = ['_state_s:public', 'NOT version_s:*'];
  switch (source) {
    case 'nationalTarget7':
    case 'nbsap':
    case 'nationalReport7':
      return { q: `schema_s:${source} AND government_s:${cc}`, fq: [...current, 'realm_ss:ort'], sort: 'id asc' };
    case 'nationalReport6':
    case 'nationalReport':
      return { q: `schema_s:${source} AND hostGovernments_ss:${cc}`, fq: [...current, 'realm_ss:chm'], sort: 'id asc' };
    case 'focalPoint':
      return { q: `schema_s:focalPoint AND government_s:${cc}`, fq: current, sort: 'id asc' };
  }
}

/** Report-type GUIDs of legacy `nationalReport` records (reference 1.4). */
const legacyReportTypes: Record<string, 'nbsap' | 'nr5' | 'nr4' | 'nr3' | 'nr2' | 'nr1'> = {
  'B0EBAE91-9581-4BB2-9C02-52FCF9D82721': 'nbsap',
  'B3079A36-32A3-41E2-BDE0-65E4E3A51601': 'nr5',
  '272B0A17-5569-429D-ADF5-2A55C588F7A7': 'nr4',
  'DA7E04F1-D2EA-491E-9503-F7923B1FD7D4': 'nr3',
  'A49393CA-2950-4EFD-8BCC-33266D69232F': 'nr2',
  'F27DBC9B-FF25-471B-B624-C0F73E76C8B3': 'nr1',
};

/** Degree-of-alignment terms (`GBF-DEGREE-OF-ALIGNMENT`), by the start of their GUID as documented. */
const alignmentDegrees: [prefix: string, degree: 'high' | 'medium' | 'low'][] = [
  ['AABF237C', 'high'],
  ['68197B76', 'medium'],
  ['9668759B', 'low'],
];

/** What one index entry says about a record, before its body is read. */
export interface RecordSummary {
  identifier: string;
  schema: string;
  documentId: number | null;
  revision: number | null;
  updatedAt: string | null;
  url: string | null;
}

export function summarizeDoc(doc: IndexDoc): RecordSummary {
  return {
    identifier: str(doc.identifier_s) ?? doc.id,
    schema: str(doc.schema_s) ?? 'unknown',
    documentId: int(doc._documentId_i),
    revision: int(doc._revision_i),
    updatedAt: iso(doc.updatedDate_dt) ?? iso(doc.createdDate_dt) ?? null,
    url: strs(doc.url_ss)[0] ?? null,
  };
}

/** Titles for GBF indicators and other terms a record names, by identifier (from the thesaurus). */
export type TermTitles = ReadonlyMap<string, Pick<ThesaurusTerm, 'title' | 'name' | 'identifier'>>;

/** Everything about one record that an item needs: the index entry, its body, and the site. */
export interface RecordContext {
  doc: IndexDoc;
  /** The record body; undefined when only the index entry is known (it still makes an item). */
  document?: CbdDocument;
  site: Pick<Site, 'languages' | 'defaultLanguage'>;
  /** Tags the site's vocabularies know (a GBF target the thesaurus has but Ecotone lacks is dropped). */
  isKnownTag: (identifier: string) => boolean;
  indicatorTitles: TermTitles;
  /** The report-type label per language, for national reports whose record has no title. */
  reportTitle: (reportType: string, language: string) => string;
}

/** An item to save for a record, or why the record cannot be shown. */
export type MappedRecord = { ok: true; input: ItemInput } | { ok: false; reason: string };

export function recordToItem(context: RecordContext): MappedRecord {
  const summary = summarizeDoc(context.doc);
  switch (summary.schema) {
    case 'nationalTarget7':
      return nationalTargetItem(context);
    case 'nbsap':
      return nbsapItem(context, true);
    case 'nationalReport7':
      return reportItem(context, 'nr7');
    case 'nationalReport6':
      return reportItem(context, 'nr6');
    case 'nationalReport': {
      const type = legacyReportType(context.doc, context.document);
      if (!type) return { ok: false, reason: `report type ${str(context.doc.reportType_s) ?? '(none)'} is not one Ecotone shows` };
      return type === 'nbsap' ? nbsapItem(context, false) : reportItem(context, type);
    }
    case 'focalPoint':
      return focalPointItem(context);
    default:
      return { ok: false, reason: `schema ${summary.schema} is not one Ecotone mirrors` };
  }
}

function legacyReportType(doc: IndexDoc, document?: CbdDocument) {
  const fromBody = (document?.reportType as { identifier?: unknown } | undefined)?.identifier;
  const guid = (str(fromBody) ?? str(doc.reportType_s) ?? '').toUpperCase();
  return legacyReportTypes[guid];
}

function nationalTargetItem(context: RecordContext): MappedRecord {
  const { doc, document } = context;
  const alignments = objects(document?.globalTargetAlignment);
  const byDegree: Record<'high' | 'medium' | 'low', string[]> = { high: [], medium: [], low: [] };
  const aligned = new Set<string>();
  for (const alignment of alignments) {
    const target = str(alignment.identifier);
    if (!target || !context.isKnownTag(target)) continue;
    aligned.add(target);
    const degree = degreeOf(str((alignment.degreeOfAlignment as { identifier?: unknown } | undefined)?.identifier));
    if (degree) byDegree[degree].push(target);
  }
  // Without a body, the index still says which targets (not how closely).
  for (const target of strs(doc.globalTargetAlignment_ss)) if (context.isKnownTag(target)) aligned.add(target);
  const indicatorIds = [
    ...identifiers(document?.headlineIndicators),
    ...identifiers(document?.binaryIndicators),
    ...identifiers(document?.componentIndicators),
    ...identifiers(document?.complementaryIndicators),
  ];
  const indicators = (indicatorIds.length ? indicatorIds : strs(doc.headlineIndicators_ss)).filter(unique);
  const titles = lstring(document?.title, doc, 'title');
  const descriptions = lstring(document?.description, doc, 'summary');
  const sequence = int(document?.sequence);
  return build(context, {
    type: 'national-target',
    titles,
    bodies: descriptions,
    fields: {
      ...(sequence !== null ? { code: String(sequence) } : {}),
      targetsHighAlignment: byDegree.high,
      targetsMediumAlignment: byDegree.medium,
      targetsLowAlignment: byDegree.low,
    },
    localized: (language) => ({ indicators: indicators.map((id) => indicatorTitle(context.indicatorTitles.get(id), id, language)) }),
    tags: [...aligned],
    sortOrder: sequence ?? 0,
  });
}

function nbsapItem(context: RecordContext, kmGbf: boolean): MappedRecord {
  const { doc, document } = context;
  const links = documentLinks(document);
  return build(context, {
    type: 'nbsap',
    titles: lstring(document?.title, doc, 'title'),
    bodies: lstring(document?.summary, doc, 'summary'),
    fields: {
      startDate: date(document?.startDate) ?? date(doc.startDate_dt),
      endDate: date(document?.endDate) ?? date(doc.endDate_dt),
      adoptionDate: date(document?.adoptionDate) ?? date(doc.adoptionDate_dt),
      gbfAligned: kmGbf ? bool(document?.isGbfAligned) ?? bool(doc.isGbfAligned_b) ?? true : false,
    },
    localized: (language) => ({ documents: linksIn(links, language) }),
    tags: [],
    publishedAt: iso(document?.adoptionDate) ?? iso(doc.adoptionDate_dt),
  });
}

function reportItem(context: RecordContext, reportType: 'nr7' | 'nr6' | 'nr5' | 'nr4' | 'nr3' | 'nr2' | 'nr1'): MappedRecord {
  const { doc, document } = context;
  const links = documentLinks(document);
  const titles = lstring(document?.title, doc, 'title');
  return build(context, {
    type: 'national-report',
    // Reports often have no title of their own: "7th national report" in each language, then.
    titles: Object.keys(titles).length ? titles : Object.fromEntries(context.site.languages.map((l) => [l, context.reportTitle(reportType, l)])),
    bodies: lstring(document?.summary, doc, 'summary'),
    fields: { reportType, submittedOn: date(doc.submittedDate_dt) ?? date(doc.createdDate_dt) },
    localized: (language) => ({ documents: linksIn(links, language) }),
    tags: [],
    publishedAt: iso(doc.submittedDate_dt) ?? iso(doc.createdDate_dt),
  });
}

function focalPointItem(context: RecordContext): MappedRecord {
  const { doc, document } = context;
  const categories = [...strs(doc.type_ss), ...strs(document?.categories)]
    .map((c) => c.toUpperCase())
    .filter((c): c is (typeof focalPointCategories)[number] => (focalPointCategories as readonly string[]).includes(c))
    .filter(unique);
  const name =
    str(doc.title_s) ??
    [str(document?.title) ?? str(doc.prefix_s), str(document?.firstName) ?? str(doc.firstName_s), str(document?.lastName) ?? str(doc.lastName_s)].filter(Boolean).join(' ');
  if (!name.trim()) return { ok: false, reason: 'the focal point has no name' };
  // A person's name is the same in every language; what they do and where is given per language.
  const titles = Object.fromEntries(context.site.languages.map((l) => [l, name.trim()]));
  const perLanguage = (field: string, bodyField?: unknown) => (language: string) =>
    str(doc[`${field}_${language.toUpperCase()}_s`]) ?? textIn(bodyField, language) ?? str(doc[`${field}_EN_s`]) ?? textIn(bodyField, 'en') ?? str(doc[`${field}_s`]) ?? '';
  const organization = perLanguage('organization', document?.organization);
  const department = perLanguage('department', document?.department);
  const designation = perLanguage('function', document?.designation);
  const address = perLanguage('address', document?.addressLine1);
  return build(context, {
    type: 'focal-point',
    titles,
    bodies: {},
    fields: {
      categories,
      emails: [...strs(doc.email_ss), ...strs(document?.emails)].map((e) => e.trim()).filter(unique),
      phones: [...strs(doc.telephone_ss), ...strs(document?.phones)].map((p) => p.trim()).filter(unique),
    },
    localized: (language) => ({
      organization: organization(language).slice(0, 300),
      department: department(language).slice(0, 300),
      designation: designation(language).slice(0, 300),
      address: address(language).slice(0, 1000),
    }),
    tags: [],
  });
}

interface ItemParts {
  type: string;
  titles: Record<string, string>;
  bodies: Record<string, string>;
  fields: Record<string, unknown>;
  localized: (language: string) => Record<string, unknown>;
  tags: string[];
  sortOrder?: number;
  publishedAt?: string | null;
}

/**
 * The item: one published translation per site language the record has text in. A record in
 * none of the site's languages is shown in the site's default language with the record's own
 * text (English first), so that no record of the country goes missing from its site.
 */
function build(context: RecordContext, parts: ItemParts): MappedRecord {
  const { site } = context;
  const summary = summarizeDoc(context.doc);
  const available = Object.keys(parts.titles).filter((l) => parts.titles[l]!.trim());
  if (!available.length) return { ok: false, reason: 'the record has no title in any language' };
  let languages = site.languages.filter((l) => available.includes(l));
  const textLanguage = (l: string) => (available.includes(l) ? l : available.includes('en') ? 'en' : available[0]!);
  if (!languages.length) languages = [site.defaultLanguage];
  const translations: Record<string, TranslationInput> = {};
  for (const language of languages) {
    const from = textLanguage(language);
    translations[language] = {
      title: clip(parts.titles[from]!.trim(), 300),
      body: parts.bodies[from] ?? parts.bodies.en ?? '',
      fields: pruned(parts.localized(from)),
      status: 'published',
      publishedAt: parts.publishedAt ?? summary.updatedAt ?? undefined,
    };
  }
  return {
    ok: true,
    input: {
      type: parts.type,
      fields: pruned({ ...parts.fields, cbdRecordUrl: summary.url && /^https?:\/\//.test(summary.url) ? summary.url : undefined }),
      tags: parts.tags,
      sortOrder: parts.sortOrder ?? 0,
      translations,
    },
  };
}

function degreeOf(identifier: string | undefined): 'high' | 'medium' | 'low' | undefined {
  if (!identifier) return undefined;
  const upper = identifier.toUpperCase();
  return alignmentDegrees.find(([prefix]) => upper.startsWith(prefix))?.[1] ?? (['high', 'medium', 'low'].includes(identifier.toLowerCase()) ? (identifier.toLowerCase() as 'high') : undefined);
}

function indicatorTitle(term: Pick<ThesaurusTerm, 'title' | 'name'> | undefined, identifier: string, language: string): string {
  return clip(term?.title[language] ?? term?.title.en ?? term?.name ?? identifier, 500);
}

interface Link {
  url: string;
  name?: string;
  language?: string;
}

function documentLinks(document: CbdDocument | undefined): Link[] {
  return objects(document?.documentLinks)
    .map((l) => ({ url: str(l.url) ?? '', name: str(l.name) ?? textIn(l.name, 'en'), language: str(l.language) }))
    .filter((l) => /^https?:\/\//.test(l.url));
}

/** The links for one language: those in that language or in none, else all of them. */
function linksIn(links: Link[], language: string): { url: string; title: string }[] {
  const own = links.filter((l) => !l.language || l.language === language);
  return (own.length ? own : links).slice(0, 100).map((l) => ({ url: l.url.slice(0, 2000), title: clip(l.name ?? new URL(l.url).pathname.split('/').pop() ?? l.url, 300) }));
}

/** A language map from the record body, else from the index's `{field}_{LANG}_s|_t` twins. */
function lstring(fromBody: unknown, doc: IndexDoc, indexField: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (fromBody && typeof fromBody === 'object') {
    for (const [language, text] of Object.entries(fromBody as Record<string, unknown>)) {
      if (typeof text === 'string' && text.trim() && /^[a-z]{2,3}(-[a-z0-9]+)?$/i.test(language)) out[language.toLowerCase()] = text;
    }
  }
  if (Object.keys(out).length) return out;
  for (const [key, value] of Object.entries(doc)) {
    const match = new RegExp(`^${indexField}_([A-Z]{2})_(s|t)$`).exec(key);
    if (match && typeof value === 'string' && value.trim()) out[match[1]!.toLowerCase()] = value;
  }
  if (!Object.keys(out).length && indexField === 'title' && str(doc.title_s)) out.en = str(doc.title_s)!;
  return out;
}

function textIn(value: unknown, language: string): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (value && typeof value === 'object') return str((value as Record<string, unknown>)[language]);
  return undefined;
}

const unique = <T>(value: T, index: number, all: T[]) => all.indexOf(value) === index;
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : typeof v === 'string' && v.trim() ? [v] : []);
const int = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) ? v : typeof v === 'string' && /^\d{1,9}$/.test(v) ? Number(v) : null);
const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);
const objects = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => !!x && typeof x === 'object') : []);
const identifiers = (v: unknown): string[] => objects(v).map((x) => str(x.identifier)).filter((x): x is string => !!x);

/** An instant as ISO-8601 UTC, or undefined when the value is not a date. */
function iso(v: unknown): string | undefined {
  if (typeof v !== 'string' || !v.trim()) return undefined;
  const time = Date.parse(v);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** A calendar date `YYYY-MM-DD` (the CBD also writes `YYYY-MM` and full instants). */
function date(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  if (/^\d{4}-\d{2}$/.test(v)) return `${v}-01`;
  return iso(v)?.slice(0, 10);
}

/** Drops undefined values and empty strings, so that an absent field is absent, not "". */
function pruned(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== ''));
}
