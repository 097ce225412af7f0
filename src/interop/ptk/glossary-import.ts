import type { AppServices } from '../../app-services.ts';
import { nowIso } from '../../db/database.ts';
import { SiteScope } from '../../db/site-scope.ts';
import type { Site } from '../../sites/site.ts';
import { ensureKeyword } from '../../vocabularies/keywords.ts';
import { emptyTotals, type PtkImportReport, type PtkWarning } from './report.ts';
import { readGlossary } from './sources/glossary.ts';
import { matchSiteLanguage } from './values.ts';

/**
 * A PTK glossary dump becomes a site vocabulary: its themes and terms with their names and
 * definitions in every language the dump has (kept as written, `fr-BE` included), and each term
 * a site keyword labelled in the site's languages, so items can be tagged with it and the CHM
 * terms of imported items land on the same keyword. Re-importing updates in place.
 */
export async function importGlossary(
  services: AppServices,
  options: { site: Site; dir: string; dryRun: boolean; actorId: number | null; sourceName: string },
): Promise<PtkImportReport> {
  const started = performance.now();
  const startedAt = nowIso();
  const glossary = await readGlossary(options.dir);
  const code = glossary.id.replace(/_glossary$/, '').replace(/_/g, '-');
  const warnings: PtkWarning[] = [];
  const totals = emptyTotals();
  const scope = new SiteScope(services.db.kysely, options.site.id);
  const existing = new Map((await scope.selectFrom('site_vocabulary_terms').select(['term_id']).where('vocabulary', '=', code).execute()).map((r) => [r.term_id, true]));
  const siteLabels = (names: Record<string, string>) => {
    const labels: Record<string, string> = {};
    for (const [written, name] of Object.entries(names)) {
      const language = matchSiteLanguage(written, options.site.languages);
      // The exact language wins over a regional variant read as it (`fr` over `fr-BE`).
      if (language && name.trim() && (!labels[language] || written === language)) labels[language] = name.trim().slice(0, 200);
    }
    return labels;
  };
  for (const term of glossary.terms) {
    if (!Object.keys(siteLabels(term.names)).length && !term.title.trim()) warnings.push({ path: `${glossary.id}/${term.id}`, message: 'the term has no name in any of the site’s languages; kept with its own names' });
  }

  let runId: number | null = null;
  if (!options.dryRun) {
    await scope.transaction(async (trx) => {
      const now = nowIso();
      const run = await trx
        .insertInto('import_runs', { source: 'ptk', format: 'glossary', source_name: options.sourceName, started_by: options.actorId, started_at: startedAt, status: 'running', counts: '{}', report: '{}' })
        .returning('id')
        .executeTakeFirstOrThrow();
      runId = run.id;
      const vocabulary = { names: JSON.stringify({ en: glossary.id }), descriptions: JSON.stringify(glossary.description), source: 'ptk-glossary', updated_at: now };
      const found = await trx.selectFrom('site_vocabularies').select('id').where('code', '=', code).executeTakeFirst();
      if (found) await trx.updateTable('site_vocabularies').set(vocabulary).where('id', '=', found.id).execute();
      else await trx.insertInto('site_vocabularies', { ...vocabulary, code }).execute();
      for (const [position, term] of glossary.terms.entries()) {
        const labels = siteLabels(term.names);
        if (!Object.keys(labels).length) labels[options.site.defaultLanguage] = term.title.trim() || term.id;
        const keyword = await ensureKeyword(trx, labels);
        const row = { parent_term_id: term.parentId, position, names: JSON.stringify(term.names), definitions: JSON.stringify(term.definitions), keyword: keyword.identifier };
        if (existing.has(term.id)) await trx.updateTable('site_vocabulary_terms').set(row).where('vocabulary', '=', code).where('term_id', '=', term.id).execute();
        else await trx.insertInto('site_vocabulary_terms', { ...row, vocabulary: code, term_id: term.id }).execute();
      }
    });
  }
  const created = glossary.terms.filter((t) => !existing.has(t.id)).length;
  totals.created = created;
  totals.updated = glossary.terms.length - created;
  const report: PtkImportReport = {
    runId,
    site: options.site.code,
    format: 'glossary',
    sourceName: options.sourceName,
    dryRun: options.dryRun,
    status: 'completed',
    startedAt,
    finishedAt: nowIso(),
    durationMs: Math.round(performance.now() - started),
    objectsRead: glossary.terms.length,
    byType: {
      'Naaya Glossary Folder': { created: glossary.terms.filter((t) => !t.parentId && !existing.has(t.id)).length, updated: glossary.terms.filter((t) => !t.parentId && existing.has(t.id)).length },
      'Naaya Glossary Element': { created: glossary.terms.filter((t) => t.parentId && !existing.has(t.id)).length, updated: glossary.terms.filter((t) => t.parentId && existing.has(t.id)).length },
    },
    totals,
    made: { media: 0, menuEntries: 0, comments: 0, redirects: 0, linksRewritten: 0, placeholderAuthors: 0 },
    languagesAdded: [],
    languageMap: Object.fromEntries(Object.keys(glossary.languages).map((l) => [l, matchSiteLanguage(l, options.site.languages) ?? `(not a site language: kept in the vocabulary only)`])),
    warnings,
    fatal: null,
  };
  if (runId !== null) {
    await scope.updateTable('import_runs').set({ status: 'completed', finished_at: report.finishedAt, counts: JSON.stringify({ byType: report.byType, totals }), report: JSON.stringify(report) }).where('id', '=', runId).execute();
  }
  return report;
}
