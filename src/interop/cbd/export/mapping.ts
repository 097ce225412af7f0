/**
 * Pure mapping from a published item to the CBD record it becomes (`shapes.ts`), or the reasons it
 * cannot become one. Nothing here reads the database: the service (`service.ts`) gathers the item,
 * the site, the vocabularies, the site's keywords, the files' addresses and the site's
 * organizations, and passes them in. docs/cbd-exchange.md is the mapping in prose and tables.
 *
 * Nothing is invented: a mandatory CBD field the item cannot fill is reported (field and why), and
 * the item is then not exported.
 */
import type { ContentTypeDefinition } from '../../../content/content-type.ts';
import type { Item } from '../../../content/item.ts';
import type { Site } from '../../../sites/site.ts';
import type { Keyword } from '../../../vocabularies/keywords.ts';
import type { VocabularyIndex } from '../../../vocabularies/service.ts';
import { namesIn, type OrganizationDirectory, organizationReferences } from './organizations.ts';
import {
  absoluteHtml,
  attachmentLinks,
  bodyOrSummary,
  compact,
  everywhere,
  fieldText,
  header,
  itemCountry,
  type Live,
  liveTranslations,
  mediaLink,
  nonEmpty,
  otherTerm,
  pageLinks,
  perLanguage,
  requireLString,
  sharedText,
  type Tagging,
  tagging,
  text,
  uniqueLinks,
  urlLink,
} from './record-parts.ts';
import type { CbdContact, CbdEvent, CbdOrganization, CbdRecord, CbdResource, CbdSchemaName } from './shapes.ts';

export { normaliseName, type OrganizationDirectory, organizationDirectory, type OrganizationEntry } from './organizations.ts';
export { cbdLanguageKey, otherTermIdentifier, recordIdentifier } from './record-parts.ts';

/** Which record each content type becomes; the other types have no counterpart at the CBD. */
const shapeOfType: Readonly<Record<string, CbdSchemaName>> = {
  document: 'resource',
  'learning-resource': 'resource',
  organization: 'organization',
  'contact-person': 'contact',
  event: 'event',
};

export function shapeForType(typeName: string): CbdSchemaName | undefined {
  return shapeOfType[typeName];
}

/** One reason a record cannot be made, named by the CBD field it concerns. */
export interface ExportProblem {
  path: string;
  message: string;
}

export type MappingResult = { ok: true; schema: CbdSchemaName; record: CbdRecord } | { ok: false; schema: CbdSchemaName | null; problems: ExportProblem[] };

export interface ExportContext {
  site: Pick<Site, 'code' | 'country' | 'languages'>;
  vocabularies: Pick<VocabularyIndex, 'get'>;
  /** The site's keywords among the items' tags. */
  keywords: ReadonlyMap<string, Keyword>;
  /** The site's public origin (`https://www.biodiv.be`), for absolute links. */
  origin: string;
  /** A library file's public address (absolute) and name; undefined when the file is gone. */
  media(id: number): { url: string; name: string } | undefined;
  organizations: OrganizationDirectory;
  /** Translations published after this instant do not count. */
  now: string;
}

function mapResource(item: Item, type: ContentTypeDefinition, context: ExportContext, live: Live[], tags: Tagging, problems: ExportProblem[]): CbdResource {
  const typeField = type.fields.find((f) => f.name === 'documentType' || f.name === 'resourceType');
  const kind = typeField ? text(item.fields[typeField.name]) : undefined;
  if (!kind) problems.push({ path: 'resourceTypes', message: `the ${type.name} has no type of resource` });
  const authorList = Array.isArray(item.fields.authors) ? (item.fields.authors as unknown[]).map(text).filter((a): a is string => !!a) : [];
  const authors = type.fields.some((f) => f.name === 'authors')
    ? requireLString(problems, 'authors', everywhere(live, authorList.join('; ') || undefined), live, 'no authors are given')
    : (problems.push({ path: 'authors', message: `the ${type.name} type has no authors field` }), undefined);
  const references = organizationReferences(namesIn(item, live, ['authors'], ['publisher']), context);
  if (references.why) problems.push({ path: 'organizations', message: `an authoring organization is required, and ${references.why}` });
  const date = fieldText(item, type, live, 'publicationDate');
  const publicationDate = text(item.fields.publicationDate);
  if (!publicationDate) problems.push({ path: 'publicationDate', message: date.missing ?? 'no publication date is given' });
  const summary = requireLString(problems, 'summary', perLanguage(live, (t) => t.summary), live, 'no summary is given');
  if (!tags.cbdSubjects.length) {
    problems.push({ path: 'cbdSubjects', message: 'no CBD subject area: none is tagged, and none of the item’s GBF targets relates to one (tag a GBF target such as GBF-TARGET-21)' });
  }
  const resourceLinks = uniqueLinks([
    ...pageLinks(type, live, context),
    urlLink(item.fields.resourceUrl, context),
    ...live.flatMap(({ key, t }) => (Array.isArray(t.fields.files) ? (t.fields.files as { url: string; title: string }[]).map((f) => urlLink(f.url, context, text(f.title), key)) : [])),
    ...attachmentLinks(live, context),
  ]);
  return compact({
    header: header('resource', item, context, live),
    title: perLanguage(live, (t) => t.title)!,
    resourceTypes: kind ? [otherTerm(`option.${typeField!.name}.${kind}`, live)] : [],
    authors: authors!,
    organizations: references.identifiers.map((identifier) => ({ identifier })),
    publisher: fieldText(item, type, live, 'publisher').value,
    publicationDate: publicationDate!,
    resourceLinks,
    covers: nonEmpty(uniqueLinks([mediaLink(item.fields.leadImage, context)])),
    summary: summary!,
    countryRegions: nonEmpty(tags.countries.map((identifier) => ({ identifier }))),
    gbfTargets: nonEmpty(tags.gbfTargets),
    aichiTargets: nonEmpty(tags.aichiTargets),
    cbdSubjects: tags.cbdSubjects,
    tags: nonEmpty(tags.keywords),
    relevantInformation: perLanguage(live, (t) => (t.body.trim() ? absoluteHtml(t.body, context.origin) : undefined)),
  });
}

function mapOrganization(item: Item, type: ContentTypeDefinition, context: ExportContext, live: Live[], tags: Tagging, problems: ExportProblem[]): CbdOrganization {
  const city = sharedText(item, type, live, 'city');
  if (!city.value) problems.push({ path: 'city', message: `${city.missing}, and the CBD requires the city` });
  const country = itemCountry(tags, context.site);
  if (!country) problems.push({ path: 'country', message: 'the site has no country and the item is not tagged with exactly one' });
  const phone = text(item.fields.phone);
  if (!phone) problems.push({ path: 'phones', message: 'no phone number is given' });
  const email = text(item.fields.email);
  if (!email) problems.push({ path: 'emails', message: 'no email address is given' });
  const kind = text(item.fields.organizationType);
  if (!kind) problems.push({ path: 'organizationType', message: 'no type of organization is given' });
  return compact({
    header: header('organization', item, context, live),
    acronym: fieldText(item, type, live, 'acronym').value,
    name: perLanguage(live, (t) => t.title)!,
    address: fieldText(item, type, live, 'address').value,
    city: city.value!,
    country: { identifier: country! },
    phones: phone ? [phone] : [],
    emails: email ? [email] : [],
    websites: nonEmpty(uniqueLinks([urlLink(item.fields.website, context)])),
    organizationType: kind ? otherTerm(`option.organizationType.${kind}`, live) : undefined!,
    gbfTargets: nonEmpty(tags.gbfTargets),
    aichiTargets: nonEmpty(tags.aichiTargets),
    coordinates: item.point ? { lat: item.point.lat, lng: item.point.lng } : undefined,
    profile: bodyOrSummary(live, context.origin),
    profileLink: pageLinks(type, live, context),
  });
}

/**
 * The CBD's first and last names of a contact person: the given and family names the editor
 * entered. Items that have only the full name (entered before those fields existed) still export
 * when it is exactly two words (given name, then family name); any other name is reported rather
 * than guessed at ("Ibrahim Gado Sabi": is the family name "Sabi" or "Gado Sabi"?).
 */
function personNames(item: Item, problems: ExportProblem[]): { firstName?: string; lastName?: string } {
  const given = text(item.fields.givenName);
  const family = text(item.fields.familyName);
  if (given || family) {
    if (!given) problems.push({ path: 'firstName', message: 'a family name is given but no given name' });
    if (!family) problems.push({ path: 'lastName', message: 'a given name is given but no family name' });
    return { firstName: given, lastName: family };
  }
  const fullName = text(item.fields.personName) ?? '';
  const words = fullName.split(/\s+/).filter(Boolean);
  if (words.length === 2) return { firstName: words[0], lastName: words[1] };
  problems.push({
    path: 'firstName',
    message: `no given and family names are entered, and the name "${fullName}" is not two words, so they cannot be told apart with certainty`,
  });
  return {};
}

function mapContact(item: Item, type: ContentTypeDefinition, context: ExportContext, live: Live[], tags: Tagging, problems: ExportProblem[]): CbdContact {
  const { firstName, lastName } = personNames(item, problems);
  const organization = requireLString(problems, 'organization', perLanguage(live, (t) => t.fields.organizationName), live, 'no organization is given');
  const references = organizationReferences(namesIn(item, live, [], ['organizationName']), context);
  if (references.why) problems.push({ path: 'contactOrganization', message: `the organization’s record is required, and ${references.why}` });
  const country = itemCountry(tags, context.site);
  if (!country) problems.push({ path: 'country', message: 'the site has no country and the item is not tagged with exactly one' });
  const email = text(item.fields.email);
  if (!email) problems.push({ path: 'emails', message: 'no email address is given' });
  const phone = text(item.fields.phone);
  return compact({
    header: header('contact', item, context, live),
    type: 'person' as const,
    firstName: firstName ?? '',
    lastName: lastName ?? '',
    designation: fieldText(item, type, live, 'function').value,
    organization: organization!,
    country: { identifier: country! },
    phones: phone ? [phone] : undefined,
    emails: email ? [email] : [],
    government: context.site.country ? { identifier: context.site.country } : undefined,
    contactOrganization: { identifier: references.identifiers[0] ?? '' },
    relevantInformation: bodyOrSummary(live, context.origin),
  });
}

/** The calendar day of an instant where it was entered (`{ at, zone }` fields). */
function localDate(value: unknown): string | undefined {
  const v = value as { at?: unknown; zone?: unknown } | undefined;
  if (!v || typeof v.at !== 'string' || typeof v.zone !== 'string') return undefined;
  const date = new Date(v.at);
  if (Number.isNaN(date.getTime())) return undefined;
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone: v.zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
  } catch {
    return v.at.slice(0, 10);
  }
}

function mapEvent(item: Item, type: ContentTypeDefinition, context: ExportContext, live: Live[], tags: Tagging, problems: ExportProblem[]): CbdEvent {
  const startDate = localDate(item.fields.start);
  if (!startDate) problems.push({ path: 'startDate', message: 'no start is given' });
  const organiser = fieldText(item, type, live, 'organiser').value;
  return compact({
    header: header('event', item, context, live),
    government: context.site.country ? { identifier: context.site.country } : undefined,
    title: perLanguage(live, (t) => t.title)!,
    summary: perLanguage(live, (t) => t.summary),
    description: perLanguage(live, (t) => (t.body.trim() ? absoluteHtml(t.body, context.origin) : undefined)),
    startDate: startDate!,
    endDate: localDate(item.fields.end),
    venue: fieldText(item, type, live, 'location').value,
    // Only where the editor said so: an event can be online, or abroad.
    country: tags.countries.length === 1 ? { identifier: tags.countries[0]! } : undefined,
    organizers: organiser ? [organiser] : undefined,
    websites: uniqueLinks([urlLink(item.fields.eventUrl, context), ...pageLinks(type, live, context)]),
    onlineLinks: nonEmpty(uniqueLinks([urlLink(item.fields.onlineUrl, context)])),
    images: nonEmpty(uniqueLinks([mediaLink(item.fields.leadImage, context)])),
    relevantDocuments: nonEmpty(uniqueLinks(attachmentLinks(live, context))),
    coordinates: item.point ? { lat: item.point.lat, lng: item.point.lng } : undefined,
    countryRegions: nonEmpty(tags.countries.map((identifier) => ({ identifier }))),
    gbfTargets: nonEmpty(tags.gbfTargets),
    aichiTargets: nonEmpty(tags.aichiTargets),
    cbdSubjects: nonEmpty(tags.cbdSubjects),
    tags: nonEmpty(tags.keywords),
  });
}

const mappers = { resource: mapResource, organization: mapOrganization, contact: mapContact, event: mapEvent } as const;

/**
 * The CBD record of a published item, or every reason it cannot be made.
 *
 * @example
 *   const result = mapItem(item, contentTypeByName(item.type)!, context);
 *   if (result.ok) send(result.record); else report(result.problems);
 */
export function mapItem(item: Item, type: ContentTypeDefinition, context: ExportContext): MappingResult {
  const schema = shapeForType(type.name) ?? null;
  if (item.origin === 'cbd') return { ok: false, schema, problems: [{ path: '', message: 'the item is a copy of a CBD record, kept in step by the CBD sync; it is not sent back' }] };
  if (!schema) {
    return { ok: false, schema, problems: [{ path: '', message: `the ${type.name} type has no CBD record; documents, learning resources, organizations, contact persons and events are exported` }] };
  }
  const live = liveTranslations(item, context);
  if (!live.length) return { ok: false, schema, problems: [{ path: 'header.languages', message: 'the item has no published translation' }] };
  const problems: ExportProblem[] = [];
  const record = mappers[schema](item, type, context, live, tagging(item, context), problems);
  return problems.length ? { ok: false, schema, problems } : { ok: true, schema, record };
}

