import type { SiteScope } from '../db/site-scope.ts';

/** A comment someone left on an item (on the site's previous system: PTK discussions are kept with their items). */
export interface ItemComment {
  authorName: string;
  title: string;
  /** Plain text. */
  body: string;
  postedAt: string | null;
}

/** The item's published comments, oldest first (spam is kept, never shown). */
export async function publishedComments(scope: SiteScope, itemId: number): Promise<ItemComment[]> {
  const rows = await scope
    .selectFrom('item_comments')
    .select(['author_name', 'title', 'body', 'posted_at'])
    .where('item_id', '=', itemId)
    .where('status', '=', 'published')
    .orderBy('posted_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ authorName: r.author_name, title: r.title, body: r.body, postedAt: r.posted_at }));
}
