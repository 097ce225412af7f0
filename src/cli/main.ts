import { parseArgs } from 'node:util';
import { AppError } from '../errors.ts';
import { backupCommand, restoreCommand } from './commands/backup.ts';
import { cbdCommand } from './commands/cbd.ts';
import { demo } from './commands/demo.ts';
import { exportCommand } from './commands/export.ts';
import { harvestCommand } from './commands/harvest.ts';
import { importCommand } from './commands/import.ts';
import { jobsCommand } from './commands/jobs.ts';
import { migrate } from './commands/migrate.ts';
import { searchCommand } from './commands/search.ts';
import { serve } from './commands/serve.ts';
import { siteCommand } from './commands/site.ts';
import { syncCommand } from './commands/sync.ts';
import { trainingCommand } from './commands/training.ts';
import { userCommand } from './commands/user.ts';
import { createOutput } from './output.ts';

const usage = `Usage: ecotone <command> [options]

Commands:
  serve [--demo-if-empty]      run the server (HOST, PORT, DATA_DIR, DATABASE_URL)
  migrate                      bring the database schema up to date
  demo                         create the demo network (sites be, bj, ma)
  site list                    list the sites
  site create --code be --name en="Belgian CHM" --languages en,fr,nl [--default en]
              [--country be] [--status live|test|training|suspended] [--email …]
              [--domain www.example.org[:primary|alias|redirect]]… [--primary-color #1d5e3b]
  site update <code> [same options as create] [--add-domain h[:alias|redirect]]… [--remove-domain h]…
              [--primary-domain h] [--reset-nightly yes|no]   (the code never changes)
  site create … --seed national-chm   a site with the standard sections, menus and starter texts
  site clone <template> --code <new> [--name …] [--country …] [--content]   copy settings, menus (and content)
  site suspend <code> [--message "…" | --message fr="…"]…   503 maintenance page; admin open to site managers
  site resume <code> [--status live|test|training]
  site reset <code>            return a training site exactly to its seed or template
  site delete <code> --confirm <code>   back the site up to DATA_DIR/deleted-sites/, then delete it
  training create --count 12 --from national-chm|<template> [--prefix class1] [--languages en,fr]
              [--role editor] [--reset-nightly yes|no]   training sites with one login each
  user create --email … --name … [--password …] [--network-admin] [--role be:editor]…
  user reset-two-factor --email …   turn off someone's lost second factor and end their sessions
  sync cbd [--site be] [--full]   refresh vocabularies and national data from the CBD (CBD_API_URL)
  cbd stand-in [--port 4010] [--host 127.0.0.1]   serve a local stand-in of the CBD API (sample data)
  export cbd --site be [--out be.json]   the site's published items as CBD Clearing-House records
  search rebuild [--site be]   rebuild the search index of one site, or of every site, from its items
  import ptk --site be <file or folder> [--dry-run] [--zone Europe/Brussels] [--site-url http://old.site]…
                               import a PTK/Naaya export (nyexp, JSON dump, export_json, glossary, or a zip)
  harvest add --name "CHM France" [--name fr="CHM de la France"] --country fr --home https://…
              --feed news|events|other:<lang>:https://…/rss.xml…   register another CHM site's feeds
  harvest list                 harvested sites and each feed's state (last success, error, entries)
  harvest run [<source>] [--all]   fetch the feeds due now (or every feed of one source, or of all)
  harvest remove <source>      remove a harvested site with its feeds and entries
  jobs list [--status queued|running|done|failed] [--site be]   the newest background jobs and the queue's counts
  jobs run-due                 run every background job due now, then exit
  jobs run <name>…             run recurring jobs now (publish-scheduled, purge-trash, cbd-sync, …)
  jobs retry <id>              queue a failed job again, with all its tries
  backup --site be --out be.zip | backup --all --out <dir>   back up a site (data, media, checksums)
  restore --in be.zip [--as be2]   verify a backup and restore it, under another code with --as

Every command that changes data prints what it did; add --json for a machine-readable summary.`;

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      'demo-if-empty': { type: 'boolean', default: false },
      code: { type: 'string' },
      name: { type: 'string', multiple: true },
      languages: { type: 'string' },
      default: { type: 'string' },
      country: { type: 'string' },
      status: { type: 'string' },
      email: { type: 'string' },
      domain: { type: 'string', multiple: true },
      'primary-color': { type: 'string' },
      'accent-color': { type: 'string' },
      logo: { type: 'string' },
      password: { type: 'string' },
      'network-admin': { type: 'boolean' },
      role: { type: 'string', multiple: true },
      port: { type: 'string' },
      host: { type: 'string' },
      site: { type: 'string' },
      out: { type: 'string' },
      full: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      zone: { type: 'string' },
      'site-url': { type: 'string', multiple: true },
      'batch-size': { type: 'string' },
      home: { type: 'string' },
      feed: { type: 'string', multiple: true },
      all: { type: 'boolean' },
      in: { type: 'string' },
      as: { type: 'string' },
      seed: { type: 'string' },
      content: { type: 'boolean' },
      message: { type: 'string', multiple: true },
      confirm: { type: 'string' },
      'add-domain': { type: 'string', multiple: true },
      'remove-domain': { type: 'string', multiple: true },
      'primary-domain': { type: 'string' },
      'reset-nightly': { type: 'string' },
      count: { type: 'string' },
      from: { type: 'string' },
      prefix: { type: 'string' },
    },
  });
  const out = createOutput(values.json);
  const [command, action, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${usage}\n`);
    return command || values.help ? 0 : 1;
  }
  switch (command) {
    case 'serve':
      await serve({ demoIfEmpty: values['demo-if-empty'] }, out);
      return -1; // keeps running
    case 'migrate':
      await migrate(out);
      return 0;
    case 'demo':
      await demo(out);
      return 0;
    case 'site':
      await siteCommand(action, values, rest, out);
      return 0;
    case 'user':
      await userCommand(action, values, out);
      return 0;
    case 'training':
      await trainingCommand(action, values, out);
      return 0;
    case 'sync':
      return syncCommand(action, values, out);
    case 'cbd':
      return (await cbdCommand(action, values, out)) === 'running' ? -1 : 0;
    case 'export':
      await exportCommand(action, values, out);
      return 0;
    case 'search':
      await searchCommand(action, values, out);
      return 0;
    case 'backup':
      await backupCommand(values, out);
      return 0;
    case 'restore':
      await restoreCommand(values, out);
      return 0;
    case 'import':
      return importCommand(action, values, rest, out);
    case 'harvest':
      return harvestCommand(action, values, rest, out);
    case 'jobs':
      return jobsCommand(action, values, rest, out);
    default:
      process.stderr.write(`Unknown command "${command}".\n\n${usage}\n`);
      return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof AppError) {
      process.stderr.write(`ecotone: ${error.message}\n`);
      for (const d of error.details) process.stderr.write(`  ${d.path}: ${d.message}\n`);
    } else if (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`ecotone: ${error.message}\n\n${usage}\n`);
    } else {
      process.stderr.write(`ecotone: ${error instanceof Error ? error.message : String(error)}\n`);
    }
    process.exitCode = 1;
  },
);
