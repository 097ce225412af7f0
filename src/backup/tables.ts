/**
 * Which tables a site backup holds, how their rows point at each other, and which tables it
 * leaves out on purpose (ADR 0019). `test/backup.test.ts` reads the database catalogue and fails
 * when a table with a `site_id` column is in neither list, so a new site table cannot silently
 * miss from backups.
 */

/** A table whose ids other rows of the archive point at; restoring gives every row a new id. */
export type RemappedTable = 'items' | 'media_files' | 'menu_entries' | 'import_runs' | 'users';

/** What one column of a backed-up row refers to. */
export type ColumnRef = RemappedTable;

/** One table of the archive, restored in the order of `backedUpTables`. */
export interface BackedUpTable {
  table: string;
  /** Present when the table's own `id` is remapped on restore (something else refers to it). */
  remapsOwnId?: RemappedTable;
  /** Columns holding ids of other rows (or users), rewritten on restore. */
  refs: Readonly<Record<string, ColumnRef>>;
  /** Columns whose text (HTML or JSON) names media files by `/media/<id>/…` or by id (ADR 0012). */
  mediaText?: readonly string[];
  /** Stable order of the rows in the archive (also their insertion order on restore). */
  orderBy: readonly string[];
}

/**
 * The site's own tables, parents before children. `sites` and `site_domains` are written
 * separately (the site row is the archive's `site.json`; domains may clash on restore), and users
 * are written as identities only (`users.ndjson`: id, email, display name).
 */
export const backedUpTables: readonly BackedUpTable[] = [
  { table: 'site_memberships', refs: { user_id: 'users' }, orderBy: ['user_id'] },
  { table: 'media_files', remapsOwnId: 'media_files', refs: { created_by: 'users' }, orderBy: ['id'] },
  { table: 'media_texts', refs: { media_id: 'media_files' }, orderBy: ['id'] },
  { table: 'items', remapsOwnId: 'items', refs: { author_id: 'users', deleted_by: 'users' }, mediaText: ['data'], orderBy: ['id'] },
  { table: 'item_translations', refs: { item_id: 'items' }, mediaText: ['body', 'data'], orderBy: ['id'] },
  { table: 'item_revisions', refs: { item_id: 'items', user_id: 'users' }, mediaText: ['snapshot'], orderBy: ['id'] },
  { table: 'item_tags', refs: { item_id: 'items' }, orderBy: ['item_id', 'term'] },
  { table: 'item_comments', refs: { item_id: 'items' }, orderBy: ['id'] },
  { table: 'media_usages', refs: { media_id: 'media_files', item_id: 'items' }, orderBy: ['id'] },
  // Parents are inserted before their children by the restore (it sorts by depth), whatever the ids.
  { table: 'menu_entries', remapsOwnId: 'menu_entries', refs: { parent_id: 'menu_entries', item_id: 'items' }, orderBy: ['id'] },
  { table: 'site_keywords', refs: {}, orderBy: ['id'] },
  { table: 'site_vocabularies', refs: {}, orderBy: ['id'] },
  { table: 'site_vocabulary_terms', refs: {}, orderBy: ['id'] },
  { table: 'cbd_records', refs: { item_id: 'items' }, orderBy: ['id'] },
  { table: 'cbd_site_syncs', refs: {}, orderBy: ['id'] },
  { table: 'import_runs', remapsOwnId: 'import_runs', refs: { started_by: 'users' }, orderBy: ['id'] },
  { table: 'import_records', refs: { item_id: 'items', media_id: 'media_files', run_id: 'import_runs' }, mediaText: ['details'], orderBy: ['id'] },
  { table: 'quarantine', refs: { run_id: 'import_runs', dismissed_by: 'users' }, orderBy: ['id'] },
  { table: 'redirects', refs: { item_id: 'items' }, orderBy: ['id'] },
];

/** Tables with a `site_id` that a backup leaves out, and why (the reason is shown in the ADR and the test). */
export const excludedTables: Readonly<Record<string, string>> = {
  sites: 'written as site.json',
  site_domains: 'written inside site.json; domains taken by another site are dropped on restore',
  search_entries: 'derived from the items: rebuilt by the restore',
  search_words: 'derived from the items: rebuilt by the restore',
  media_variants: 'derived from the originals: remade by the media-variants job',
  sessions: 'sign-ins belong to one installation',
  login_challenges: 'sign-ins belong to one installation',
  audit_events: "the installation's own log of who did what; it stays with the installation",
  outbox: 'mail already sent or queued by this installation',
  // Other modules' operational state (issue 8): queued work and network harvesting are not the site's content.
  jobs: 'queued work of this installation; the restored site is scheduled afresh by the job system',
  site_harvest_selections: 'which remote streams of the network the site shows: points at network-level harvest sources of this installation',
};

/** Columns whose values are reset on restore: state of processes of the source installation. */
export const resetColumns: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  cbd_site_syncs: { running_since: null },
};
