import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AppError } from '../errors.ts';
import { changeDomains } from './domain-changes.ts';

const current = [
  { host: 'www.old.example', kind: 'primary' as const },
  { host: 'old.example', kind: 'redirect' as const },
];

test('a new primary domain demotes the former one to an alias', () => {
  assert.deepEqual(changeDomains(current, { primary: 'WWW.new.example' }), [
    { host: 'www.new.example', kind: 'primary' },
    { host: 'www.old.example', kind: 'alias' },
    { host: 'old.example', kind: 'redirect' },
  ]);
});

test('adds (as an alias unless told) and removes domains, keeping the others', () => {
  assert.deepEqual(changeDomains(current, { add: ['chm.example', 'www.old.example:redirect'], remove: ['old.example'] }), [
    { host: 'chm.example', kind: 'alias' },
    { host: 'www.old.example', kind: 'redirect' },
  ]);
});

test('refuses to remove a domain the site does not have, naming it', () => {
  assert.throws(() => changeDomains(current, { remove: ['nope.example'] }), (e: AppError) => e.code === 'unknown_domain' && e.message.includes('nope.example'));
});
