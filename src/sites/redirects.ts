import { isLive } from '../content/service.ts';
import { contentTypeByName } from '../content/registry.ts';
import { nowIso } from '../db/database.ts';
import type { SiteScope } from '../db/site-scope.ts';
import { itemPath } from '../public/page-builder.ts';
import type { Site } from './site.ts';

/**
 * Old addresses that keep working (ADR 0017): a PTK site's `/news/cop10-report`, with or without
 * the views Naaya appended (`index_html`, `view`), answers 301 with the imported item's current
 * address, so links from elsewhere and search engines follow the move. Looked up only when a
 * request would otherwise be a 404, so it costs normal pages nothing.
 */
const naayaViews = /\/(index_html|view|download|getBigPicture|getSmallPicture|getFrontPicture)$/;

/** The stored form of an old path: decoded, one leading slash, no trailing slash or Naaya view. */
export function redirectKey(rawPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath.split(/[?#]/)[0]!);
  } catch {
    return null;
  }
  const trimmed = `/${decoded.replace(/^\/+|\/+$/g, '')}`.replace(naayaViews, '');
  return trimmed.length > 1 && trimmed.length <= 1000 ? trimmed : null;
}

/** Where an old path now lives on the site, or null (then the request stays a 404). */
export async function findRedirect(scope: SiteScope, site: Site, rawPath: string): Promise<string | null> {
  const key = redirectKey(rawPath);
  if (!key) return null;
  const redirect = await scope.selectFrom('redirects').select(['item_id', 'to_path']).where('from_path', '=', key).executeTakeFirst();
  if (!redirect) return null;
  if (redirect.to_path) return redirect.to_path;
  const translations = await scope
    .selectFrom('item_translations as t')
    .innerJoin('items as i', 'i.id', 't.item_id')
    .select(['t.language', 't.slug', 't.status', 't.published_at', 'i.type'])
    .where('t.item_id', '=', redirect.item_id!)
    .where('i.deleted_at', 'is', null)
    .execute();
  const now = nowIso();
  const live = translations.filter((t) => isLive({ status: t.status, publishedAt: t.published_at }, now));
  const chosen = live.find((t) => t.language === site.defaultLanguage) ?? live.sort((a, b) => site.languages.indexOf(a.language) - site.languages.indexOf(b.language))[0];
  const type = chosen ? contentTypeByName(chosen.type) : undefined;
  return chosen && type ? itemPath(chosen.language, type, chosen.slug) : null;
}
