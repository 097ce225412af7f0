import { slugify } from '../content/slug.ts';
import type { SiteScope } from '../db/site-scope.ts';
import { ValidationError } from '../errors.ts';

/**
 * A site's own free keywords (PTK keywords, local topics), kept by identifier like shared terms:
 * `keyword:<slug of the first label>`, with a label per language.
 */
export const keywordPrefix = 'keyword:';

export interface Keyword {
  identifier: string;
  labels: Record<string, string>;
}

export function isKeywordIdentifier(tag: string): boolean {
  return tag.startsWith(keywordPrefix);
}

/**
 * Returns the keyword with these labels, creating it if the site has none with the same
 * identifier yet; labels given for new languages are added to an existing keyword.
 */
export async function ensureKeyword(scope: SiteScope, labels: Record<string, string>): Promise<Keyword> {
  const cleaned: Record<string, string> = {};
  for (const [language, label] of Object.entries(labels)) if (label.trim()) cleaned[language] = label.trim();
  const first = Object.values(cleaned)[0];
  if (!first || first.length > 200) throw new ValidationError('A keyword needs a label of 1 to 200 characters', [{ path: 'labels', message: 'A keyword needs a label of 1 to 200 characters' }]);
  const identifier = `${keywordPrefix}${slugify(first)}`;
  return scope.transaction(async (trx) => {
    const existing = await trx.selectFrom('site_keywords').select(['identifier', 'labels']).where('identifier', '=', identifier).executeTakeFirst();
    if (!existing) {
      await trx.insertInto('site_keywords', { identifier, labels: JSON.stringify(cleaned) }).execute();
      return { identifier, labels: cleaned };
    }
    const merged = { ...cleaned, ...JSON.parse(existing.labels) };
    await trx.updateTable('site_keywords').set({ labels: JSON.stringify(merged) }).where('identifier', '=', identifier).execute();
    return { identifier, labels: merged };
  });
}

/** The site's keywords among `identifiers`, by identifier. */
export async function findKeywords(scope: SiteScope, identifiers: readonly string[]): Promise<Map<string, Keyword>> {
  const wanted = identifiers.filter(isKeywordIdentifier);
  if (!wanted.length) return new Map();
  const rows = await scope.selectFrom('site_keywords').select(['identifier', 'labels']).where('identifier', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.identifier, { identifier: r.identifier, labels: JSON.parse(r.labels) }]));
}

export function keywordLabel(keyword: Keyword, language: string, fallbackLanguage: string): string {
  return keyword.labels[language] ?? keyword.labels[fallbackLanguage] ?? Object.values(keyword.labels)[0] ?? keyword.identifier;
}
