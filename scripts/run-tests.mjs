#!/usr/bin/env node
// Runs every *.test.ts / *.test.tsx under src/ and test/ with node's test runner through tsx.
// In CI (CI=true) the PostgreSQL and browser suites are mandatory: they fail instead of skipping.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

function findTests(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : findTests(full);
    return /\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const filters = process.argv.slice(2);
const files = [...findTests('src'), ...findTests('test')].sort().filter((f) => !filters.length || filters.some((x) => f.includes(x)));
if (!files.length) {
  console.error('No test files matched.');
  process.exit(1);
}
const env = { ...process.env };
if (env.CI === 'true' || env.CI === '1') {
  env.REQUIRE_POSTGRES ??= '1';
  env.REQUIRE_BROWSER ??= '1';
}
// Two suites at a time: each has its own databases, and the machine has two cores.
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
