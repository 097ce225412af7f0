import { Type, type Static } from '@sinclair/typebox';
import { type FieldProblem, ValidationError } from '../errors.ts';
import { canonicalLanguageTag } from '../i18n/languages.ts';
import { countryCodes } from '../vocabularies/data/countries.ts';
import { type DomainKind, type SiteStatus, siteStatuses } from './site.ts';

const siteCodePattern = /^[a-z][a-z0-9-]{1,31}$/;
const hostPattern = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;
const colorPattern = /^#[0-9a-fA-F]{6}$/;

/** Input to create a site, as the CLI and (later) the network admin form give it. */
export const SiteInput = Type.Object({
  code: Type.String(),
  country: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  names: Type.Record(Type.String(), Type.String()),
  languages: Type.Array(Type.String(), { minItems: 1 }),
  defaultLanguage: Type.Optional(Type.String()),
  status: Type.Optional(Type.String()),
  contactEmail: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  theme: Type.Optional(
    Type.Object({
      primaryColor: Type.Optional(Type.String()),
      accentColor: Type.Optional(Type.String()),
      logoUrl: Type.Optional(Type.String()),
      // Null removes the picture (a theme update merges with the stored theme).
      heroImageId: Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: 2_147_483_647 }), Type.Null()])),
    }),
  ),
  taglines: Type.Optional(Type.Record(Type.String(), Type.String())),
  domains: Type.Optional(Type.Array(Type.Object({ host: Type.String(), kind: Type.String() }))),
});
export type SiteInput = Static<typeof SiteInput>;

export interface ValidSiteInput {
  code: string;
  country: string | null;
  names: Record<string, string>;
  languages: string[];
  defaultLanguage: string;
  status: SiteStatus;
  contactEmail: string | null;
  theme: { primaryColor?: string; accentColor?: string; logoUrl?: string; heroImageId?: number | null };
  taglines: Record<string, string>;
  domains: { host: string; kind: DomainKind }[];
}

/** Normalises and checks a site's settings; every problem is reported with the field it concerns. */
export function validateSiteInput(input: SiteInput): ValidSiteInput {
  const problems: FieldProblem[] = [];
  const code = input.code.trim().toLowerCase();
  if (!siteCodePattern.test(code)) {
    problems.push({ path: 'code', message: `"${input.code}" is not a site code: use 2–32 lower-case letters, digits or hyphens, starting with a letter` });
  }
  let country: string | null = null;
  if (input.country) {
    country = input.country.trim().toLowerCase();
    if (!/^[a-z]{2}$/.test(country) || !isKnownRegion(country)) {
      problems.push({ path: 'country', message: `"${input.country}" is not an ISO 3166-1 alpha-2 country code` });
    }
  }
  const languages: string[] = [];
  for (const [index, tag] of input.languages.entries()) {
    const canonical = canonicalLanguageTag(tag);
    if (!canonical) problems.push({ path: `languages[${index}]`, message: `"${tag}" is not a BCP 47 language tag` });
    else if (!languages.includes(canonical)) languages.push(canonical);
  }
  let defaultLanguage = languages[0] ?? '';
  if (input.defaultLanguage) {
    const canonical = canonicalLanguageTag(input.defaultLanguage);
    if (!canonical || !languages.includes(canonical)) {
      problems.push({ path: 'defaultLanguage', message: `The default language "${input.defaultLanguage}" must be one of the site's languages (${languages.join(', ')})` });
    } else defaultLanguage = canonical;
  }
  const orderedLanguages = [defaultLanguage, ...languages.filter((l) => l !== defaultLanguage)].filter(Boolean);
  const names: Record<string, string> = {};
  for (const [tag, name] of Object.entries(input.names)) {
    const canonical = canonicalLanguageTag(tag);
    if (!canonical) problems.push({ path: `names.${tag}`, message: `"${tag}" is not a BCP 47 language tag` });
    else if (!name.trim()) problems.push({ path: `names.${tag}`, message: 'A site name cannot be empty' });
    else if (name.length > 200) problems.push({ path: `names.${tag}`, message: 'A site name is at most 200 characters' });
    else names[canonical] = name.trim();
  }
  if (defaultLanguage && !names[defaultLanguage] && !problems.some((p) => p.path === `names.${defaultLanguage}`)) {
    problems.push({ path: `names.${defaultLanguage}`, message: `The site needs a name in its default language (${defaultLanguage})` });
  }
  const status = (input.status ?? 'live') as SiteStatus;
  if (!siteStatuses.includes(status)) {
    problems.push({ path: 'status', message: `"${input.status}" is not a site status (${siteStatuses.join(', ')})` });
  }
  const contactEmail = input.contactEmail?.trim() || null;
  if (contactEmail && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contactEmail)) {
    problems.push({ path: 'contactEmail', message: `"${contactEmail}" is not an email address` });
  }
  const theme = { ...input.theme };
  for (const key of ['primaryColor', 'accentColor'] as const) {
    if (theme[key] !== undefined && !colorPattern.test(theme[key])) {
      problems.push({ path: `theme.${key}`, message: `"${theme[key]}" is not a colour in #rrggbb form` });
    }
  }
  // "No picture" is stored as the key's absence.
  if (theme.heroImageId === null) delete theme.heroImageId;
  if (theme.heroImageId !== undefined && (!Number.isInteger(theme.heroImageId) || theme.heroImageId < 1)) {
    problems.push({ path: 'theme.heroImageId', message: 'The home page picture is the number of an image of the media library', code: 'mediaUnknown', params: { id: String(theme.heroImageId) } });
  }
  if (theme.logoUrl !== undefined && !/^(https:\/\/|\/)/.test(theme.logoUrl)) {
    problems.push({ path: 'theme.logoUrl', message: 'A logo URL must start with https:// or /' });
  }
  const domains: { host: string; kind: DomainKind }[] = [];
  for (const [index, domain] of (input.domains ?? []).entries()) {
    const host = normaliseHost(domain.host);
    if (!host || !hostPattern.test(host)) problems.push({ path: `domains[${index}].host`, message: `"${domain.host}" is not a host name` });
    else if (!['primary', 'alias', 'redirect'].includes(domain.kind)) {
      problems.push({ path: `domains[${index}].kind`, message: `"${domain.kind}" is not a domain kind (primary, alias, redirect)` });
    } else domains.push({ host, kind: domain.kind as DomainKind });
  }
  if (domains.filter((d) => d.kind === 'primary').length > 1) {
    problems.push({ path: 'domains', message: 'A site has at most one primary domain' });
  }
  if (problems.length) throw new ValidationError(`The site settings are not valid: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`, problems);
  return { code, country, names, languages: orderedLanguages, defaultLanguage, status, contactEmail, theme, taglines: input.taglines ?? {}, domains };
}

/** Lower-cases a Host header value and strips the port and a trailing dot; null when it is not a plausible host. */
export function normaliseHost(raw: string | undefined): string | null {
  if (!raw) return null;
  let host = raw.trim().toLowerCase();
  if (host.startsWith('[')) return null; // IPv6 literals never name a site
  host = host.replace(/:\d+$/, '').replace(/\.$/, '');
  if (!host || host.length > 253 || !/^[a-z0-9.-]+$/.test(host)) return null;
  return host;
}

const iso3166 = new Set(countryCodes.map((c) => c.alpha2));
function isKnownRegion(alpha2: string): boolean {
  return iso3166.has(alpha2);
}
