/**
 * Records of the CBD API stand-in and the search-index docs derived from them, with the field
 * names of the real index (`reference/cbd-api.md` 1.4): `identifier_s`, `uniqueIdentifier_s`,
 * `schema_s`, `realm_ss`, `government_s`, `title_{LANG}_s/_t`, `url_ss`…
 *
 * Deriving the doc from the record body (rather than storing both) keeps the index and the
 * documents endpoint coherent whatever a test edits.
 */
import { createHash } from 'node:crypto';
import type { StandInData, StandInDocument, StandInRecord } from './types.ts';

/** The index languages (upper case in field names). */
const indexLanguages = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const;

/** A stable GUID from a seed, upper case as the CBD writes them (deterministic sample data). */
export function guidFrom(seed: string): string {
  const hex = createHash('sha1').update(seed).digest('hex').toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-A${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const schemaInfo: Record<string, { abbreviation: string; label: string }> = {
  nationalTarget7: { abbreviation: 'nt7', label: 'National Target (KM-GBF)' },
  nbsap: { abbreviation: 'nbsap', label: 'National Biodiversity Strategy and Action Plan' },
  nationalReport7: { abbreviation: 'nr7', label: 'Seventh National Report' },
  nationalReport6: { abbreviation: 'nr6', label: 'Sixth National Report' },
  nationalReport: { abbreviation: 'nr', label: 'National Report' },
  focalPoint: { abbreviation: 'nfp', label: 'National Focal Point' },
};

/** English labels of the term identifiers the index turns into `*_EN_*` fields. */
export const indexedLabels: Record<string, string> = {
  'AABF237C-F906-40D2-9595-5226C8B18A58': 'High',
  '68197B76-67B4-40AD-BB14-A8C340E1320B': 'Medium',
  '9668759B-3653-4994-A917-3F039B0BAA5C': 'Low',
  '9D17F3A2-EC92-4D31-81EF-A12521873D7F': 'Draft',
  '1C37E358-5295-46EB-816C-0A7EF2437EC9': 'Final',
  '851B10ED-AE62-4F28-B178-6D40389CC8DB': 'Approved',
  '7437F880-7B12-4F26-AA91-CED37250DD0A': 'National / Federal',
  'DEBB019D-8647-40EC-8AE5-10CA88572F6E': 'Sub-national',
  'B0EBAE91-9581-4BB2-9C02-52FCF9D82721': 'National Biodiversity Strategy and Action Plan (NBSAP)',
  'B3079A36-32A3-41E2-BDE0-65E4E3A51601': 'Fifth National Report',
  '272B0A17-5569-429D-ADF5-2A55C588F7A7': 'Fourth National Report',
  'DA7E04F1-D2EA-491E-9503-F7923B1FD7D4': 'Third National Report',
  'A49393CA-2950-4EFD-8BCC-33266D69232F': 'Second National Report',
  'F27DBC9B-FF25-471B-B624-C0F73E76C8B3': 'First National Report',
  'CBD-FP1': 'CBD National Focal Point',
  'CBD-FP2': 'CBD Secondary National Focal Point',
  'CHM-FP': 'CHM National Focal Point',
  'ABS-FP': 'Nagoya Protocol (ABS) National Focal Point',
  'BCH-FP': 'BCH National Focal Point',
  'CPB-FP1': 'Cartagena Protocol National Focal Point',
  'GTI-FP': 'Global Taxonomy Initiative National Focal Point',
  'SBSTTA-FP': 'SBSTTA National Focal Point',
  'TKBD-FP': 'Traditional Knowledge National Focal Point',
  'RM-FP': 'Resource Mobilization National Focal Point',
  'GSPC-FP': 'Global Strategy for Plant Conservation National Focal Point',
  'PA-FP': 'Protected Areas National Focal Point',
};

type LString = Record<string, string>;
type Term = { identifier: string };

const ids = (terms: unknown): string[] => (Array.isArray(terms) ? (terms as Term[]).map((t) => t.identifier).filter(Boolean) : []);
const text = (html: string): string => html.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim();

/** `title_EN_s`, `title_EN_t`, … for each index language the map has. */
function localized(field: string, map: unknown, suffixes: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  if (!map || typeof map !== 'object') return out;
  for (const lang of indexLanguages) {
    const value = (map as LString)[lang];
    if (typeof value === 'string' && value.trim()) for (const suffix of suffixes) out[`${field}_${lang.toUpperCase()}_${suffix}`] = text(value);
  }
  return out;
}

/** The text of a language map in English, else the record's first language. */
function mainText(map: unknown, languages: readonly string[]): string | undefined {
  if (!map || typeof map !== 'object') return undefined;
  const m = map as LString;
  const value = m.en ?? languages.map((l) => m[l]).find(Boolean) ?? Object.values(m)[0];
  return value ? text(value) : undefined;
}

const countryNames = new Map<string, Intl.DisplayNames>();
function countryName(code: string, lang: string): string | undefined {
  let namer = countryNames.get(lang);
  if (!namer) countryNames.set(lang, (namer = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' })));
  return /^[a-z]{2}$/.test(code) ? namer.of(code.toUpperCase()) : undefined;
}

function recordUrl(record: StandInRecord): string {
  const { schema, identifier } = record.document.header;
  switch (schema) {
    case 'nationalTarget7':
      return `https://ort.cbd.int/national-targets/my-country/part-1/${identifier}/view`;
    case 'nbsap':
      return `https://ort.cbd.int/nbsaps/${identifier}`;
    case 'nationalReport7':
      return `https://ort.cbd.int/national-reports/nr7/${identifier}`;
    case 'focalPoint':
      return `https://www.cbd.int/kb/record/focalPoint/${record.documentId}`;
    default:
      return `https://chm.cbd.int/database/record?documentID=${record.documentId}`;
  }
}

/** The search-index doc of a record's current revision. */
export function indexDocOf(record: StandInRecord): Record<string, unknown> {
  const document = record.document;
  const { identifier, schema, languages } = document.header;
  const government = document.government.identifier;
  const info = schemaInfo[schema] ?? { abbreviation: schema.toLowerCase(), label: schema };
  const uniqueIdentifier = `${record.realm}-${info.abbreviation}-${government}-${record.documentId}-${record.revision}`;
  const doc: Record<string, unknown> = {
    // The real index's ids are opaque; these are too, so that nobody keys on their form.
    id: createHash('sha1').update(uniqueIdentifier).digest('hex').slice(0, 24),
    identifier_s: identifier,
    uniqueIdentifier_s: uniqueIdentifier,
    schema_s: schema,
    schema_EN_t: info.label,
    schemaType_s: 'national',
    realm_ss: [record.realm],
    government_s: government,
    ...Object.fromEntries(indexLanguages.map((lang) => [`government_${lang.toUpperCase()}_s`, countryName(government, lang)]).filter(([, name]) => name)),
    _state_s: 'public',
    _latest_s: 'true',
    _documentId_i: record.documentId,
    _revision_i: record.revision,
    createdDate_dt: record.createdDate,
    updatedDate_dt: record.updatedDate,
    url_ss: [recordUrl(record)],
  };
  if (record.realm === 'chm') doc.hostGovernments_ss = [government];

  if (schema === 'focalPoint') {
    const name = [document.title, document.firstName, document.lastName].filter((p) => typeof p === 'string' && p).join(' ');
    Object.assign(doc, { title_s: name, title_t: name, firstName_s: document.firstName, lastName_s: document.lastName });
    for (const lang of indexLanguages) doc[`title_${lang.toUpperCase()}_s`] = name;
    const types = ids(document.categories);
    doc.type_ss = types;
    doc.type_EN_txt = types.map((t) => indexedLabels[t] ?? t);
    Object.assign(doc, localized('organization', document.organization, ['s']), localized('department', document.department, ['s']), localized('function', document.designation, ['s']));
    if (Array.isArray(document.emails)) doc.email_ss = document.emails;
    if (Array.isArray(document.phones)) doc.telephone_ss = document.phones;
    const addressCountry = (document.country as Term | undefined)?.identifier;
    if (addressCountry) doc.addressCountry_EN_s = countryName(addressCountry, 'en');
    doc.summary_t = [mainText(document.designation, languages), mainText(document.organization, languages)].filter(Boolean).join(', ');
  } else {
    const title = mainText(document.title, languages);
    if (title) Object.assign(doc, { title_s: title, title_t: title });
    Object.assign(doc, localized('title', document.title, ['s', 't']));
    const summary = document.summary ?? document.description;
    const summaryText = mainText(summary, languages);
    if (summaryText) doc.summary_t = summaryText;
    Object.assign(doc, localized('summary', summary, ['t']));
  }

  switch (schema) {
    case 'nationalTarget7': {
      const alignment = (document.globalTargetAlignment ?? []) as { identifier: string; degreeOfAlignment?: Term }[];
      doc.globalTargetAlignment_ss = alignment.map((a) => a.identifier);
      doc.degreeOfAlignment_EN_ss = alignment.map((a) => indexedLabels[a.degreeOfAlignment?.identifier ?? ''] ?? 'Not specified');
      doc.globalGoalAlignment_ss = ids(document.globalGoalAlignment);
      for (const kind of ['headline', 'binary', 'component', 'complementary']) {
        const values = ids(document[`${kind}Indicators`]);
        if (values.length) doc[`${kind}Indicators_ss`] = values;
      }
      doc.hasNonStateActorCommitmentInfo_b = Boolean(document.nonStateActorCommitmentInfo);
      break;
    }
    case 'nbsap': {
      for (const field of ['startDate', 'endDate', 'adoptionDate'] as const) if (typeof document[field] === 'string') doc[`${field}_dt`] = `${document[field]}T00:00:00Z`;
      const status = (document.status as Term | undefined)?.identifier;
      if (status) doc.statusOfTheDocument_EN_s = indexedLabels[status] ?? status;
      doc.isGbfAligned_b = document.isGbfAligned === true;
      break;
    }
    case 'nationalReport': {
      const reportType = (document.reportType as Term | undefined)?.identifier;
      if (reportType) {
        const label = indexedLabels[reportType] ?? reportType;
        Object.assign(doc, { reportType_s: reportType, reportType_EN_t: label, reportType_CEN_s: JSON.stringify({ symbol: reportType, en: label }) });
      }
      for (const field of ['startDate', 'endDate'] as const) if (typeof document[field] === 'string') doc[`${field}_dt`] = `${document[field]}T00:00:00Z`;
      break;
    }
  }
  doc.all_terms_ss = [...new Set([government, ...collectTermIdentifiers(document)])];
  return { ...doc, ...record.index };
}

/** Every `{identifier}` term reference in a record body (for `all_terms_ss`). */
function collectTermIdentifiers(value: unknown, out: string[] = [], depth = 0): string[] {
  if (depth > 6 || !value || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    for (const item of value) collectTermIdentifiers(item, out, depth + 1);
    return out;
  }
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'header') continue;
    if (key === 'identifier' && typeof inner === 'string') out.push(inner);
    else collectTermIdentifiers(inner, out, depth + 1);
  }
  return out;
}

/** Every index doc: current revisions, then the older ones kept with `version_s`. */
export function indexDocs(data: StandInData): Record<string, unknown>[] {
  return [...data.records.map(indexDocOf), ...data.records.flatMap((r) => r.olderVersions ?? [])];
}

/** The record whose identifier (GUID, any case) or `_documentId_i` is `uid`. */
export function findRecord(data: StandInData, uid: string): StandInRecord | undefined {
  const wanted = uid.trim().toUpperCase();
  return data.records.find((r) => r.document.header.identifier.toUpperCase() === wanted || String(r.documentId) === wanted);
}

/** A snapshot of a record's index doc as an earlier revision (what the index keeps after an update). */
export function asOlderVersion(record: StandInRecord): Record<string, unknown> {
  return { ...indexDocOf(record), version_s: String(record.revision), _latest_s: 'false' };
}

/**
 * Adds a record, or replaces the one with the same identifier as a new revision: the old
 * revision stays in the index with `version_s` set (as on the real index), the revision number
 * goes up and `updatedDate` moves forward unless the caller set later ones.
 */
export function upsertRecord(data: StandInData, record: StandInRecord): void {
  const index = data.records.findIndex((r) => r.document.header.identifier.toUpperCase() === record.document.header.identifier.toUpperCase());
  if (index < 0) {
    if (data.records.some((r) => r.documentId === record.documentId)) throw new Error(`Another stand-in record already has documentId ${record.documentId}`);
    data.records.push(record);
    return;
  }
  const previous = data.records[index]!;
  const next: StandInRecord = { ...record, olderVersions: [...(previous.olderVersions ?? []), asOlderVersion(previous)] };
  if (next.revision <= previous.revision) next.revision = previous.revision + 1;
  if (next.updatedDate <= previous.updatedDate) next.updatedDate = new Date(Math.max(Date.now(), Date.parse(previous.updatedDate) + 1000)).toISOString().replace(/\.\d{3}Z$/, 'Z');
  data.records[index] = next;
}

/** Withdraws a record (all its revisions) from the index and the documents endpoint. */
export function removeRecord(data: StandInData, identifier: string): void {
  const index = data.records.findIndex((r) => r.document.header.identifier.toUpperCase() === identifier.toUpperCase());
  if (index < 0) throw new Error(`No stand-in record has the identifier ${identifier}`);
  data.records.splice(index, 1);
}

export type { StandInDocument };
