/**
 * Rewriting ids on restore. A restored site gets new ids for its items, media files, menu entries
 * and import runs (the target database has its own sequences), and every place that names one of
 * them must follow: foreign-key columns (`tables.ts` lists them), and ids inside text — media
 * addresses `/media/<id>/…` in rich text and import details, `image`/`files` field values in
 * items' JSON (ADR 0012), and the item's own ids in revision snapshots.
 */
import { contentTypeByName } from '../content/registry.ts';
import type { ColumnRef } from './tables.ts';

/** Old id → new id, per kind of row. */
export type IdMaps = Record<ColumnRef, Map<number, number>> & { siteId: number };

export function emptyIdMaps(siteId: number): IdMaps {
  return { siteId, items: new Map(), media_files: new Map(), menu_entries: new Map(), import_runs: new Map(), users: new Map() };
}

/**
 * `/media/<id>/` right after a quote, `=` or `(`: an attribute (`src="/media/12/…"`), a JSON string
 * (`"/media/12/…"`, also JSON-escaped HTML) or a CSS `url(`. Plain prose mentioning such a path is
 * left alone.
 */
const mediaAddress = /(["'=(])\/media\/([1-9][0-9]{0,9})\//g;

/** Rewrites the media addresses in `text`; an id the archive does not hold is left as it was. */
export function remapMediaAddresses(text: string, media: ReadonlyMap<number, number>): string {
  return text.replace(mediaAddress, (whole, before: string, id: string) => {
    const mapped = media.get(Number(id));
    return mapped === undefined ? whole : `${before}/media/${mapped}/`;
  });
}

/**
 * The `image` and `files` values of a content type's fields (the localized ones or the shared
 * ones), remapped. A file missing from the archive is dropped from the value rather than pointed
 * at whatever has its old id in the target database.
 */
export function remapMediaFields(type: string, fields: Record<string, unknown>, localized: boolean, media: ReadonlyMap<number, number>): Record<string, unknown> {
  const definition = contentTypeByName(type);
  if (!definition) return fields;
  const out = { ...fields };
  for (const field of definition.fields) {
    if (Boolean(field.localized) !== localized) continue;
    const value = out[field.name];
    if (value === undefined || value === null) continue;
    if (field.kind === 'image' && typeof value === 'number') out[field.name] = media.get(value) ?? null;
    else if (field.kind === 'files' && Array.isArray(value)) {
      out[field.name] = value.flatMap((id) => (typeof id === 'number' && media.has(id) ? [media.get(id)!] : []));
    }
  }
  return out;
}

/** One row of a backed-up table with the ids inside its text columns rewritten (foreign keys are done by the caller). */
export function remapRowText(table: string, row: Record<string, unknown>, maps: IdMaps): Record<string, unknown> {
  const out = { ...row };
  const text = (column: string) => (typeof out[column] === 'string' ? remapMediaAddresses(out[column] as string, maps.media_files) : undefined);
  switch (table) {
    case 'items':
      out.data = JSON.stringify(remapMediaFields(String(out.type), JSON.parse(text('data') ?? '{}'), false, maps.media_files));
      break;
    case 'item_translations':
      out.body = text('body') ?? '';
      out.data = JSON.stringify(remapMediaFields(String(out.type), JSON.parse(text('data') ?? '{}'), true, maps.media_files));
      break;
    case 'item_revisions':
      out.snapshot = JSON.stringify(remapSnapshot(JSON.parse(text('snapshot') ?? '{}'), maps));
      break;
    case 'import_records': {
      const details = JSON.parse(text('details') ?? '{}') as { menu?: Record<string, number> };
      if (details.menu && typeof details.menu === 'object') {
        details.menu = Object.fromEntries(Object.entries(details.menu).flatMap(([language, id]) => (maps.menu_entries.has(id) ? [[language, maps.menu_entries.get(id)!]] : [])));
      }
      out.details = JSON.stringify(details);
      break;
    }
  }
  return out;
}

interface SnapshotShape {
  id?: number;
  siteId?: number;
  type?: string;
  authorId?: number | null;
  fields?: Record<string, unknown>;
  translations?: { fields?: Record<string, unknown> }[];
}

/** A revision's snapshot of the whole item (`snapshotOf` in content/service.ts) with its ids rewritten. */
function remapSnapshot(snapshot: SnapshotShape, maps: IdMaps): SnapshotShape {
  const out: SnapshotShape = { ...snapshot };
  if (typeof out.id === 'number') out.id = maps.items.get(out.id) ?? out.id;
  if ('siteId' in out) out.siteId = maps.siteId;
  if (typeof out.authorId === 'number') out.authorId = maps.users.get(out.authorId) ?? null;
  if (out.type && out.fields) out.fields = remapMediaFields(out.type, out.fields, false, maps.media_files);
  if (out.type && Array.isArray(out.translations)) {
    out.translations = out.translations.map((t) => (t.fields ? { ...t, fields: remapMediaFields(out.type!, t.fields, true, maps.media_files) } : t));
  }
  return out;
}
