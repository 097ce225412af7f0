/**
 * What public pages say about national data synced from the CBD's central systems (ADR 0016):
 * where a record comes from and when it was last brought in step, whether it is sample data, and
 * the focal points grouped the way the CBD lists them.
 */
import type { ContentTypeDefinition } from '../content/content-type.ts';
import type { ItemView } from '../content/item.ts';
import { focalPointCategories } from '../content/types/focal-point.ts';
import type { SiteScope } from '../db/site-scope.ts';
import { siteSyncStatus } from '../interop/cbd/status.ts';

/** What a page of synced records says about them. */
export interface SyncProvenance {
  /** When the site's records were last confirmed current with the CBD (ISO-8601); null if never. */
  syncedAt: string | null;
  /** The records are the demo's sample data, not the country's: pages must say so. */
  sampleData: boolean;
}

/**
 * Types whose items may be synced or written on the site (ADR 0016): their listings mention the
 * sync only when they hold synced items. Types with an `origin` hold nothing else.
 */
const mixedTypes: ReadonlySet<string> = new Set(['national-target']);

/** The provenance of the site's synced records, or undefined when the site was never synced. */
export async function syncProvenance(scope: SiteScope): Promise<SyncProvenance | undefined> {
  const status = await siteSyncStatus(scope);
  return status && { syncedAt: status.lastSuccessAt, sampleData: status.sampleData };
}

/**
 * The line a listing shows about synced records: for a type whose items all come from the CBD,
 * whenever the site has synced; for a type that mixes synced and local items, only while it holds
 * synced items (published or not: the line is about the list's source, not about one item).
 */
export async function listingProvenance(scope: SiteScope, type: ContentTypeDefinition): Promise<SyncProvenance | undefined> {
  if (!type.origin && !mixedTypes.has(type.name)) return undefined;
  const [provenance, synced] = await Promise.all([
    syncProvenance(scope),
    type.origin
      ? true
      : scope
          .selectFrom('items')
          .select('id')
          .where('type', '=', type.name)
          .where('origin', '=', 'cbd')
          .where('deleted_at', 'is', null)
          .limit(1)
          .executeTakeFirst()
          .then((row) => row !== undefined),
  ]);
  return synced ? provenance : undefined;
}

/**
 * The provenance an item page shows: only for an item the CBD sync owns, and then always (with no
 * date if the site's sync status is missing), since the page must say where the record comes from.
 */
export async function itemProvenance(view: ItemView, scope: SiteScope): Promise<SyncProvenance | undefined> {
  if (view.item.origin !== 'cbd') return undefined;
  return (await syncProvenance(scope)) ?? { syncedAt: null, sampleData: false };
}

/** People under one focal-point category. */
export interface FocalPointGroup {
  /** A code of `focalPointCategories`, or null for people the record gives no known category. */
  category: string | null;
  people: ItemView[];
}

/**
 * Focal points under their categories, in the order of `focalPointCategories` (the CBD's own), each
 * category with its people in the order given; a person designated for two categories is listed
 * under both. People with no known category come last, in a group of their own.
 *
 * @example groupFocalPoints([chmAndCbd, chmOnly]) // [{ category: 'CBD-FP1', people: [chmAndCbd] }, { category: 'CHM-FP', people: [chmAndCbd, chmOnly] }]
 */
export function groupFocalPoints(views: readonly ItemView[]): FocalPointGroup[] {
  const known = new Set<string>(focalPointCategories);
  const categoriesOf = (view: ItemView) => {
    const value = view.item.fields.categories;
    return Array.isArray(value) ? value.filter((c): c is string => typeof c === 'string' && known.has(c)) : [];
  };
  const groups: FocalPointGroup[] = focalPointCategories
    .map((category) => ({ category, people: views.filter((view) => categoriesOf(view).includes(category)) }))
    .filter((group) => group.people.length > 0);
  const uncategorised = views.filter((view) => categoriesOf(view).length === 0);
  return uncategorised.length ? [...groups, { category: null, people: uncategorised }] : groups;
}
