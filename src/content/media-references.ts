import type { SiteScope } from '../db/site-scope.ts';
import type { FieldProblem } from '../errors.ts';
import { findMediaKinds } from '../media/repo.ts';
import { type MediaReference, mediaIdsInRichText } from '../media/usage.ts';
import type { ContentTypeDefinition } from './content-type.ts';

/**
 * The media files an item points at, from its `image` and `files` fields and the `/media/<id>/…`
 * addresses in its rich texts, each with the form path a problem with it belongs to. A save checks
 * them against the site's library (`mediaReferenceProblems`) and records them (ADR 0012).
 */
export interface LocatedMediaReference extends MediaReference {
  path: string;
  /** `image` fields take images only. */
  mustBeImage: boolean;
}

/** What `mediaReferencesOf` reads: a normalised item (`NormalisedItem` fits), or a stored item with the translations to look at. */
export interface ItemWithMedia {
  fields: Record<string, unknown>;
  translations: ReadonlyMap<string, { fields: Record<string, unknown>; body: string }>;
}

export function mediaReferencesOf(type: ContentTypeDefinition, item: ItemWithMedia): LocatedMediaReference[] {
  const found: LocatedMediaReference[] = [];
  const fromFields = (fields: Record<string, unknown>, localized: boolean, language: string | null, base: string) => {
    for (const field of type.fields) {
      if (!!field.localized !== localized) continue;
      const value = fields[field.name];
      if (value === undefined || value === null) continue;
      const path = `${base}${field.name}`;
      if (field.kind === 'image') found.push({ mediaId: value as number, language, field: field.name, path, mustBeImage: true });
      else if (field.kind === 'files') (value as number[]).forEach((id, i) => found.push({ mediaId: id, language, field: field.name, path: `${path}[${i}]`, mustBeImage: false }));
      else if (field.kind === 'richtext') for (const id of mediaIdsInRichText(value as string)) found.push({ mediaId: id, language, field: field.name, path, mustBeImage: false });
    }
  };
  fromFields(item.fields, false, null, 'fields.');
  for (const [language, t] of item.translations) {
    fromFields(t.fields, true, language, `translations.${language}.fields.`);
    for (const id of mediaIdsInRichText(t.body)) found.push({ mediaId: id, language, field: 'body', path: `translations.${language}.body`, mustBeImage: false });
  }
  return found;
}

/**
 * What is wrong with the references, read against this site's library: a file that is not in it
 * (deleted, or another site's id) or a file of the wrong kind in an image field.
 */
export async function mediaReferenceProblems(scope: SiteScope, references: readonly LocatedMediaReference[]): Promise<FieldProblem[]> {
  if (references.length === 0) return [];
  const kinds = await findMediaKinds(scope, [...new Set(references.map((r) => r.mediaId))]);
  const problems: FieldProblem[] = [];
  for (const ref of references) {
    const kind = kinds.get(ref.mediaId);
    if (!kind) problems.push({ path: ref.path, message: `Media file ${ref.mediaId} is not in this site's library`, code: 'mediaUnknown', params: { id: ref.mediaId } });
    else if (ref.mustBeImage && kind !== 'image') problems.push({ path: ref.path, message: `Media file ${ref.mediaId} is not an image`, code: 'mediaNotImage', params: { id: ref.mediaId } });
  }
  return problems;
}
