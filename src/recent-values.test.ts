import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RecentValues } from './recent-values.ts';

test('keeps between one and two generations of the latest values, null ones included', () => {
  const recent = new RecentValues<string, string | null>(3);
  assert.equal(recent.set('a', 'A'), 'A');
  recent.set('none', null);
  assert.equal(recent.get('none'), null, 'a remembered null is found, not taken for a miss');
  assert.ok(recent.has('none'));
  for (const key of ['b', 'c', 'd', 'e']) recent.set(key, key.toUpperCase());
  // 'a', 'none', 'b' filled the first generation; 'c', 'd', 'e' the second: the first is gone.
  assert.equal(recent.get('a'), undefined);
  assert.ok(!recent.has('b'));
  assert.deepEqual(['c', 'd', 'e'].map((key) => recent.get(key)), ['C', 'D', 'E']);
  recent.set('f', 'F');
  assert.deepEqual(['c', 'f'].map((key) => recent.get(key)), ['C', 'F'], 'the older generation stays until the newer fills');
});
