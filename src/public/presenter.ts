import type { ContentTypeDefinition } from '../content/content-type.ts';
import type { ItemView } from '../content/item.ts';
import { itemPath } from './page-builder.ts';

/**
 * The one mapping from an item to what the read API shows: published fields only, allowlisted,
 * never internal columns (author ids, versions, drafts of other languages).
 */
export interface ApiItem {
  id: number;
  type: string;
  language: string;
  isFallback: boolean;
  title: string;
  slug: string;
  summary: string;
  body: string;
  url: string;
  publishedAt: string | null;
  updatedAt: string;
  promoted: boolean;
  tags: string[];
  point: { lat: number; lng: number } | null;
  fields: Record<string, unknown>;
  translations: { language: string; url: string }[];
}

export function presentItem(view: ItemView, type: ContentTypeDefinition, origin: string, liveTranslations: { language: string; slug: string }[]): ApiItem {
  const { item, translation } = view;
  const fields: Record<string, unknown> = {};
  for (const field of type.fields) {
    const value = field.localized ? translation.fields[field.name] : item.fields[field.name];
    if (value !== undefined) fields[field.name] = value;
  }
  return {
    id: item.id,
    type: item.type,
    language: translation.language,
    isFallback: view.isFallback,
    title: translation.title,
    slug: translation.slug,
    summary: translation.summary,
    body: translation.body,
    url: origin + itemPath(translation.language, type, translation.slug),
    publishedAt: translation.publishedAt,
    updatedAt: translation.updatedAt,
    promoted: item.promoted,
    tags: item.tags,
    point: item.point,
    fields,
    translations: liveTranslations.map((t) => ({ language: t.language, url: origin + itemPath(t.language, type, t.slug) })),
  };
}
