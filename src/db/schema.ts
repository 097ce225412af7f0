import type { AuditEventsTable, LoginChallengesTable, LoginFailuresTable, PasswordTokensTable, RecoveryCodesTable, SessionsTable, SiteMembershipsTable, UsersTable } from '../accounts/accounts.table.ts';
import type { ItemRevisionsTable, ItemsTable, ItemTagsTable, ItemTranslationsTable } from '../content/content.table.ts';
import type { ImportRecordsTable, ImportRunsTable, QuarantineTable } from '../interop/imports.table.ts';
import type { ItemCommentsTable } from '../content/comments.table.ts';
import type { RedirectsTable } from '../sites/redirects.table.ts';
import type { CbdRecordsTable, CbdSiteSyncsTable, CbdVocabularySyncsTable } from '../interop/cbd/cbd.table.ts';
import type { HarvestEntriesTable, HarvestFeedsTable, HarvestSourcesTable, SiteHarvestSelectionsTable } from '../interop/harvest/harvest.table.ts';
import type { OutboxTable } from '../mail/outbox.table.ts';
import type { JobsTable } from '../jobs/jobs.table.ts';
import type { MediaFilesTable, MediaTextsTable, MediaUsagesTable, MediaVariantsTable } from '../media/media.table.ts';
import type { MenuEntriesTable } from '../menus/menus.table.ts';
import type { SearchEntriesTable, SearchWordsTable } from '../search/search.table.ts';
import type { RegistryChangesTable, SiteDomainsTable, SitesTable } from '../sites/sites.table.ts';
import type { SiteKeywordsTable, SiteVocabulariesTable, SiteVocabularyTermsTable, VocabularyTermsTable } from '../vocabularies/vocabularies.table.ts';

/** The whole database, assembled from each module's `*.table.ts`. */
export interface Database {
  sites: SitesTable;
  site_domains: SiteDomainsTable;
  registry_changes: RegistryChangesTable;
  users: UsersTable;
  site_memberships: SiteMembershipsTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
  audit_events: AuditEventsTable;
  outbox: OutboxTable;
  password_tokens: PasswordTokensTable;
  recovery_codes: RecoveryCodesTable;
  login_challenges: LoginChallengesTable;
  items: ItemsTable;
  item_translations: ItemTranslationsTable;
  item_revisions: ItemRevisionsTable;
  item_tags: ItemTagsTable;
  vocabulary_terms: VocabularyTermsTable;
  site_keywords: SiteKeywordsTable;
  search_entries: SearchEntriesTable;
  search_words: SearchWordsTable;
  menu_entries: MenuEntriesTable;
  media_files: MediaFilesTable;
  media_texts: MediaTextsTable;
  media_variants: MediaVariantsTable;
  media_usages: MediaUsagesTable;
  cbd_records: CbdRecordsTable;
  cbd_site_syncs: CbdSiteSyncsTable;
  cbd_vocabulary_syncs: CbdVocabularySyncsTable;
  import_runs: ImportRunsTable;
  import_records: ImportRecordsTable;
  quarantine: QuarantineTable;
  redirects: RedirectsTable;
  item_comments: ItemCommentsTable;
  site_vocabularies: SiteVocabulariesTable;
  site_vocabulary_terms: SiteVocabularyTermsTable;
  jobs: JobsTable;
  harvest_sources: HarvestSourcesTable;
  harvest_feeds: HarvestFeedsTable;
  harvest_entries: HarvestEntriesTable;
  site_harvest_selections: SiteHarvestSelectionsTable;
}

/** Tables whose rows belong to one site: only ever read or written through a `SiteScope`. */
export type SiteTable = {
  [T in keyof Database]: Database[T] extends { site_id: number } ? T : never;
}[keyof Database];
