import { type FieldProblem, ValidationError } from '../../errors.ts';
import { canonicalLanguageTag } from '../../i18n/languages.ts';
import { countryCodes } from '../../vocabularies/data/countries.ts';
import type { HarvestFeedKind } from './harvest.table.ts';

/** A source as the admin form and the CLI give it. */
export interface HarvestSourceInput {
  name: string;
  /** Names per language, besides `name`. */
  names?: Record<string, string>;
  country: string;
  homeUrl: string;
  feeds: { url: string; kind: string; language: string }[];
}

export interface ValidHarvestSource {
  name: string;
  names: Record<string, string>;
  country: string;
  homeUrl: string;
  feeds: { url: string; kind: HarvestFeedKind; language: string }[];
}

export const harvestFeedKinds: readonly HarvestFeedKind[] = ['news', 'events', 'other'];
const countries = new Set(countryCodes.map((c) => c.alpha2));

/** An absolute http(s) URL without credentials, normalised; null otherwise. */
export function httpUrlOrNull(raw: string): string | null {
  try {
    const url = new URL(raw.trim());
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password) return null;
    url.hash = '';
    return url.toString();
  } catch {
    return null;
  }
}

/** Normalises and checks a source; every problem names its field (`feeds[1].url`). */
export function validateHarvestSource(input: HarvestSourceInput): ValidHarvestSource {
  const problems: FieldProblem[] = [];
  const name = input.name.trim();
  if (!name) problems.push({ path: 'name', message: 'A source needs a name' });
  else if (name.length > 200) problems.push({ path: 'name', message: 'A source name is at most 200 characters' });
  const names: Record<string, string> = {};
  for (const [tag, value] of Object.entries(input.names ?? {})) {
    const language = canonicalLanguageTag(tag);
    if (!language) problems.push({ path: `names.${tag}`, message: `"${tag}" is not a BCP 47 language tag` });
    else if (!value.trim() || value.trim().length > 200) problems.push({ path: `names.${tag}`, message: `The name in ${language} must have 1 to 200 characters` });
    else names[language] = value.trim();
  }
  const country = input.country.trim().toLowerCase();
  if (!countries.has(country)) problems.push({ path: 'country', message: `"${input.country}" is not an ISO 3166-1 alpha-2 country code` });
  const homeUrl = httpUrlOrNull(input.homeUrl);
  if (!homeUrl) problems.push({ path: 'homeUrl', message: `"${input.homeUrl}" is not an http:// or https:// address` });
  if (input.feeds.length === 0) problems.push({ path: 'feeds', message: 'A source needs at least one feed' });
  const feeds: ValidHarvestSource['feeds'] = [];
  for (const [index, feed] of input.feeds.entries()) {
    const url = httpUrlOrNull(feed.url);
    const kind = feed.kind.trim().toLowerCase() as HarvestFeedKind;
    const language = canonicalLanguageTag(feed.language);
    if (!url) problems.push({ path: `feeds[${index}].url`, message: `Feed ${index + 1}: "${feed.url}" is not an http:// or https:// address` });
    else if (feeds.some((f) => f.url === url)) problems.push({ path: `feeds[${index}].url`, message: `Feed ${index + 1}: ${url} is listed twice` });
    if (!harvestFeedKinds.includes(kind)) problems.push({ path: `feeds[${index}].kind`, message: `Feed ${index + 1}: "${feed.kind}" is not a kind of feed (${harvestFeedKinds.join(', ')})` });
    if (!language) problems.push({ path: `feeds[${index}].language`, message: `Feed ${index + 1}: "${feed.language}" is not a BCP 47 language tag` });
    if (url && language && harvestFeedKinds.includes(kind) && !feeds.some((f) => f.url === url)) feeds.push({ url, kind, language });
  }
  if (problems.length) throw new ValidationError(`The source is not valid: ${problems.map((p) => p.message).join('; ')}`, problems);
  return { name, names, country, homeUrl: homeUrl!, feeds };
}

/**
 * Feeds written one per line as `kind language URL` (the admin form's text area and the CLI's
 * `--feed news:en:https://…`), e.g. `news fr https://www.biodiv.be/fr/rss`.
 */
export function parseFeedLines(text: string): HarvestSourceInput['feeds'] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [kind = '', language = '', ...rest] = line.split(/\s+/);
      return { kind, language, url: rest.join(' ') };
    });
}

/** Names written one per line as `language=name` (`fr=CHM de Belgique`). */
export function parseNameLines(text: string): Record<string, string> {
  const names: Record<string, string> = {};
  for (const line of text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean)) {
    const at = line.indexOf('=');
    names[at < 0 ? line : line.slice(0, at).trim()] = at < 0 ? '' : line.slice(at + 1).trim();
  }
  return names;
}
