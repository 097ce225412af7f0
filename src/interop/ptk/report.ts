import type { PtkFormat } from './source.ts';

/** What an import did (or, for a dry run, would do): printed by the CLI, kept in the admin, `--json` for machines. */
export interface PtkImportReport {
  runId: number | null;
  site: string;
  format: PtkFormat | 'glossary';
  sourceName: string;
  dryRun: boolean;
  /** `completed`, or `failed` when the source could not be read to its end (what came before is kept). */
  status: 'completed' | 'failed';
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  objectsRead: number;
  /** Per source type, how many objects had each outcome. */
  byType: Record<string, Partial<Record<PtkOutcome, number>>>;
  totals: Record<PtkOutcome, number>;
  /** What else the objects became. */
  made: { media: number; menuEntries: number; comments: number; redirects: number; linksRewritten: number; placeholderAuthors: number };
  /** Languages the site did not have and now has, and how source codes were read (`FR` → `fr`). */
  languagesAdded: string[];
  languageMap: Record<string, string>;
  warnings: PtkWarning[];
  /** Why reading stopped early, with the line and column, when it did. */
  fatal: string | null;
}

/**
 * created / updated: an item; unchanged: read again with nothing new; media: a library file;
 * menu: a menu entry (pointers); quarantined: kept raw for an administrator; dismissed: kept in
 * quarantine earlier and dismissed, read again unchanged.
 */
export type PtkOutcome = 'created' | 'updated' | 'unchanged' | 'media' | 'menu' | 'quarantined';
export const ptkOutcomes: readonly PtkOutcome[] = ['created', 'updated', 'unchanged', 'media', 'menu', 'quarantined'];

export interface PtkWarning {
  /** The object's path in the PTK site, or the source's location for a reading problem. */
  path: string;
  message: string;
}

/** The report as lines for a terminal: counts per type and outcome, then warnings (at most `maxWarnings`). */
export function formatReport(report: PtkImportReport, maxWarnings = 50): string {
  const lines: string[] = [];
  const what = report.dryRun ? 'Dry run (nothing was written)' : report.status === 'completed' ? 'Import completed' : 'Import stopped early';
  lines.push(`${what}: ${report.sourceName} (${report.format}) into site ${report.site}, ${report.objectsRead} objects in ${(report.durationMs / 1000).toFixed(1)} s`);
  if (report.fatal) lines.push(`  ${report.fatal}`);
  const outcomes = ptkOutcomes.filter((o) => report.totals[o] > 0);
  if (outcomes.length) {
    const rows = [['type', ...outcomes], ...Object.entries(report.byType).sort(([a], [b]) => a.localeCompare(b)).map(([type, counts]) => [type || '(unknown)', ...outcomes.map((o) => String(counts[o] ?? 0))])];
    rows.push(['total', ...outcomes.map((o) => String(report.totals[o]))]);
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
    for (const row of rows) lines.push(`  ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')}`);
  }
  const made = report.made;
  lines.push(
    `  ${made.media} media files, ${made.menuEntries} menu entries, ${made.comments} comments, ${made.redirects} redirects from old addresses, ${made.linksRewritten} links rewritten, ${made.placeholderAuthors} placeholder authors`,
  );
  if (report.languagesAdded.length) lines.push(`  languages added to the site: ${report.languagesAdded.join(', ')}`);
  const mapped = Object.entries(report.languageMap).filter(([from, to]) => from !== to);
  if (mapped.length) lines.push(`  language codes read as: ${mapped.map(([from, to]) => `${from} → ${to}`).join(', ')}`);
  if (report.warnings.length) {
    lines.push(`  ${report.warnings.length} warning${report.warnings.length === 1 ? '' : 's'}:`);
    for (const w of report.warnings.slice(0, maxWarnings)) lines.push(`    ${w.path}: ${w.message}`);
    if (report.warnings.length > maxWarnings) lines.push(`    … and ${report.warnings.length - maxWarnings} more (all of them with --json, and in the admin)`);
  }
  return lines.join('\n');
}

export function emptyTotals(): Record<PtkOutcome, number> {
  return Object.fromEntries(ptkOutcomes.map((o) => [o, 0])) as Record<PtkOutcome, number>;
}
