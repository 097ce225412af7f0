import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AppServices } from '../app-services.ts';
import { type PeriodicTask, startPeriodicJobs } from './periodic.ts';

// The runner only hands `services.db.kysely` to tasks; these tests need no database.
const services = { db: { kysely: {} } } as unknown as AppServices;
const quiet = () => {
  const errors: string[] = [];
  return { errors, log: { info() {}, warn() {}, error: (_: object, message: string) => void errors.push(message) } };
};

test('a failing task is logged and does not stop the others; it runs again at the next tick', async () => {
  const calls: string[] = [];
  const tasks: PeriodicTask[] = [
    {
      name: 'broken',
      async perform() {
        calls.push('broken');
        throw new Error('database away');
      },
    },
    { name: 'fine', perform: async ({ now }) => void calls.push(`fine ${now}`) },
  ];
  const { errors, log } = quiet();
  const jobs = startPeriodicJobs(services, { intervalMs: 0, tasks, log });
  const first = await jobs.runOnce(new Date('2030-01-01T00:00:00Z'));
  assert.deepEqual(first.map((r) => [r.name, r.ok]), [['broken', false], ['fine', true]]);
  assert.equal(first[0]!.error, 'database away');
  await jobs.runOnce(new Date('2030-01-01T00:00:30Z'));
  assert.deepEqual(calls, ['broken', 'fine 2030-01-01T00:00:00.000Z', 'broken', 'fine 2030-01-01T00:00:30.000Z']);
  assert.equal(errors.length, 2);
  await jobs.stop();
});

test('two runs of the same task never overlap', async () => {
  let active = 0;
  let most = 0;
  const slow: PeriodicTask = {
    name: 'slow',
    async perform() {
      active++;
      most = Math.max(most, active);
      await new Promise((resolve) => setImmediate(resolve));
      active--;
    },
  };
  const jobs = startPeriodicJobs(services, { intervalMs: 0, tasks: [slow], log: quiet().log });
  await Promise.all([jobs.runOnce(), jobs.runOnce(), jobs.runOnce()]);
  assert.equal(most, 1);
  await jobs.stop();
});

test('ticks start at once, repeat after the interval, and stop waits for the running one', async () => {
  let runs = 0;
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const task: PeriodicTask = {
    name: 'counted',
    async perform() {
      runs++;
      if (runs === 2) await gate;
    },
  };
  const jobs = startPeriodicJobs(services, { intervalMs: 5, tasks: [task], log: quiet().log });
  while (runs < 2) await new Promise((resolve) => setTimeout(resolve, 2));
  const stopped = jobs.stop();
  let done = false;
  void stopped.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 20));
  assert.equal(done, false, 'stop waits for the tick in progress');
  release();
  await stopped;
  assert.equal(runs, 2, 'no tick after stop');
});
