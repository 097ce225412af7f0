/**
 * How records refer to the site's organizations. Ecotone has no link field: an organization is
 * found by the name an item gives (an author, a publisher, a contact's organization), and referred
 * to only if its own record can be exported (docs/cbd-exchange.md).
 */
import type { Item } from '../../../content/item.ts';
import { isLive } from '../../../content/service.ts';
import type { ExportContext, ExportProblem, MappingResult } from './mapping.ts';
import { firstTitle, type Live, recordIdentifier, text } from './record-parts.ts';

/** What the site's organizations look like to a record that refers to one of them by name. */
export interface OrganizationEntry {
  itemId: number;
  /** Its name in the site's default language (or any), for messages. */
  title: string;
  /** Its record's identifier (`header.identifier`). */
  identifier: string;
  /** Why its own record cannot be exported; empty when it can. */
  problems: readonly ExportProblem[];
}

export interface OrganizationDirectory {
  /** The organization a name designates (its title, acronym, or "title (acronym)" in any language), if exactly one. */
  find(name: string): OrganizationEntry | undefined;
}

/**
 * The organization records the given names designate. Only organizations whose own record can be
 * exported are referred to: a reference to a record the CBD never receives would not resolve there.
 */
export function organizationReferences(names: readonly string[], context: ExportContext): { identifiers: string[]; why?: string } {
  const found = new Map<number, OrganizationEntry>();
  for (const name of names) {
    const entry = context.organizations.find(name);
    if (entry) found.set(entry.itemId, entry);
  }
  const usable = [...found.values()].filter((entry) => entry.problems.length === 0);
  if (usable.length) return { identifiers: usable.map((entry) => entry.identifier) };
  const quoted = names.map((name) => `"${name}"`).join(', ');
  if (!found.size) {
    if (!names.length) return { identifiers: [], why: 'no organization is named' };
    return { identifiers: [], why: `${names.length === 1 ? `${quoted} is not` : `none of ${quoted} is`} the name of an organization published on this site` };
  }
  const blocked = [...found.values()].map((entry) => `"${entry.title}" (item ${entry.itemId}: ${entry.problems.map((p) => p.path).join(', ')} missing or invalid)`);
  return { identifiers: [], why: `the organization named, ${blocked.join('; ')}, cannot be exported itself` };
}

/** Every name an item gives for an organization in its text fields (any translation), without repeats. */
export function namesIn(item: Item, live: readonly Live[], shared: string[], localized: string[]): string[] {
  const names = [
    ...shared.flatMap((name) => (Array.isArray(item.fields[name]) ? (item.fields[name] as unknown[]) : [item.fields[name]])),
    ...live.flatMap(({ t }) => localized.map((name) => t.fields[name])),
  ];
  return [...new Set(names.map(text).filter((n): n is string => !!n))];
}

/** How an organization is named in a text: case, spacing and apostrophes aside. */
export function normaliseName(name: string): string {
  return name.normalize('NFKC').replace(/[’‘ʼ]/g, "'").toLocaleLowerCase('und').replace(/\s+/g, ' ').trim();
}

/**
 * The site's organizations by every name they go by (title, acronym, "title (acronym)", in each
 * live translation). A name two organizations share designates neither: a reference is never guessed.
 */
export function organizationDirectory(organizations: readonly { item: Item; result: MappingResult }[], context: Pick<ExportContext, 'site' | 'now'>): OrganizationDirectory {
  const byName = new Map<string, OrganizationEntry | null>();
  for (const { item, result } of organizations) {
    const live = item.translations.filter((t) => isLive(t, context.now));
    const entry: OrganizationEntry = {
      itemId: item.id,
      title: live[0]?.title ?? firstTitle(item),
      identifier: recordIdentifier(context.site.code, item.id),
      problems: result.ok ? [] : result.problems,
    };
    const names = new Set<string>();
    for (const t of live) {
      const acronym = text(t.fields.acronym);
      names.add(normaliseName(t.title));
      if (acronym) {
        names.add(normaliseName(acronym));
        names.add(normaliseName(`${t.title} (${acronym})`));
      }
    }
    for (const name of names) {
      const existing = byName.get(name);
      byName.set(name, existing === undefined || existing?.itemId === entry.itemId ? entry : null);
    }
  }
  return { find: (name) => byName.get(normaliseName(name)) ?? undefined };
}
