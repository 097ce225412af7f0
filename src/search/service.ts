import { PostgresAdapter, sql } from 'kysely';
import { richTextToPlain } from '../content/rich-text.ts';
import type { Item } from '../content/item.ts';
import { nowIso } from '../db/database.ts';
import type { SiteScope } from '../db/site-scope.ts';
import { findKeywords, keywordLabel } from '../vocabularies/keywords.ts';
import { termTitle, type VocabularyIndex } from '../vocabularies/service.ts';
import { contentTypeByName } from '../content/registry.ts';

/**
 * One search interface over two engines: SQLite FTS5 (external-content table kept in step by
 * triggers) and PostgreSQL full-text search over a GIN expression index. Entries exist only for
 * published translations of searchable types, and always carry their site.
 */

/** Replaces an item's entries with its current published translations. Called on every save. */
export async function indexItem(scope: SiteScope, item: Item, vocabularies: VocabularyIndex): Promise<void> {
  await scope.deleteFrom('search_entries').where('item_id', '=', item.id).execute();
  if (!contentTypeByName(item.type)?.channels.search) return;
  const keywords = await findKeywords(scope, item.tags);
  const rows = item.translations
    .filter((t) => t.status === 'published' && t.publishedAt)
    .map((t) => {
      const tagTitles = item.tags.map((tag) => {
        const term = vocabularies.get(tag);
        if (term) return termTitle(term, t.language);
        const keyword = keywords.get(tag);
        return keyword ? keywordLabel(keyword, t.language, t.language) : '';
      });
      const fieldText = Object.values(t.fields).filter((v): v is string => typeof v === 'string');
      return {
        item_id: item.id,
        language: t.language,
        type: item.type,
        title: t.title,
        content: [t.summary, richTextToPlain(t.body), ...fieldText, ...tagTitles].filter(Boolean).join('\n'),
        published_at: t.publishedAt,
      };
    });
  if (rows.length) await scope.insertInto('search_entries', rows).execute();
}

export interface SearchHit {
  itemId: number;
  language: string;
  type: string;
  title: string;
}

/** Words of a query, letters and digits of any script; at most 12, each at most 64 characters. */
export function queryTerms(query: string): string[] {
  return (query.normalize('NFC').match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).slice(0, 12).map((w) => w.slice(0, 64));
}

export async function search(scope: SiteScope, options: { language: string; query: string; limit: number; offset: number }): Promise<{ hits: SearchHit[]; total: number }> {
  const terms = queryTerms(options.query);
  if (!terms.length) return { hits: [], total: 0 };
  const isPostgres = scope.db.getExecutor().adapter instanceof PostgresAdapter;
  const matches = isPostgres
    ? sql<boolean>`to_tsvector('simple', e.title || ' ' || e.content) @@ to_tsquery('simple', ${terms.map((t) => `${t.replace(/'/g, '')}:*`).join(' & ')})`
    : sql<boolean>`e.id in (select rowid from search_fts where search_fts match ${terms.map((t) => `"${t.replace(/"/g, '')}"*`).join(' ')})`;
  const base = scope
    .selectFrom('search_entries as e')
    .where('e.language', '=', options.language)
    .where('e.published_at', '<=', nowIso())
    .where(matches);
  const [rows, count] = await Promise.all([
    base.select(['e.item_id', 'e.language', 'e.type', 'e.title']).orderBy('e.published_at', 'desc').limit(options.limit).offset(options.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
  ]);
  return { hits: rows.map((r) => ({ itemId: r.item_id, language: r.language, type: r.type, title: r.title })), total: Number(count?.n ?? 0) };
}
