import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backoffDelay } from './queue.ts';
import { currentSlot, dailyAt, every, nextSlot, slotKey } from './schedule.ts';

test('an interval schedule cuts time into slots aligned on the epoch', () => {
  const minute = every({ minutes: 1 });
  assert.equal(currentSlot(minute, new Date('2030-03-04T10:15:59.999Z')).toISOString(), '2030-03-04T10:15:00.000Z');
  assert.equal(nextSlot(minute, new Date('2030-03-04T10:15:00.000Z')).toISOString(), '2030-03-04T10:16:00.000Z');
  assert.equal(currentSlot(every({ hours: 1 }), new Date('2030-03-04T10:15:00Z')).toISOString(), '2030-03-04T10:00:00.000Z');
  assert.equal(slotKey('purge-trash', new Date('2030-03-04T10:00:00Z')), 'schedule:purge-trash:2030-03-04T10:00:00.000Z');
});

test('a daily schedule’s slot starts at its UTC time, yesterday’s until then', () => {
  const nightly = dailyAt('04:10');
  assert.equal(currentSlot(nightly, new Date('2030-03-04T04:09:59Z')).toISOString(), '2030-03-03T04:10:00.000Z');
  assert.equal(currentSlot(nightly, new Date('2030-03-04T04:10:00Z')).toISOString(), '2030-03-04T04:10:00.000Z');
  assert.equal(nextSlot(nightly, new Date('2030-03-04T23:00:00Z')).toISOString(), '2030-03-05T04:10:00.000Z');
});

test('bad schedules are refused with what is wrong', () => {
  assert.throws(() => dailyAt('4:10'), /HH:MM in UTC/);
  assert.throws(() => dailyAt('24:00'), /HH:MM in UTC/);
  assert.throws(() => every({ seconds: 0.5 }), /at least one/);
});

test('the back-off doubles after each failed try, up to six hours', () => {
  assert.deepEqual([1, 2, 3, 4].map((attempt) => backoffDelay(1000, attempt)), [1000, 2000, 4000, 8000]);
  assert.equal(backoffDelay(3_600_000, 10), 6 * 3_600_000);
});
