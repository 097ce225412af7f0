import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { Secret, TOTP } from 'otpauth';
import { startSession } from '../src/accounts/sessions.ts';
import { beginEnrolment, confirmEnrolment } from '../src/accounts/two-factor.ts';
import { openPostgres, openSqlite } from '../src/db/database.ts';
import { migrationNames } from '../src/db/migrate.ts';
import { createTestDatabase, dialectsToTest, type TestDatabase } from './support/databases.ts';

const run = promisify(execFile);

async function ecotone(database: TestDatabase, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/ecotone.js', ...args], { env: { ...process.env, ...database.env, LOG_LEVEL: 'silent' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`ecotone command [${dialect}]`, { skip }, () => {
    let database: TestDatabase;
    before(async () => {
      database = await createTestDatabase(dialect);
      await database.db.close(); // the CLI opens its own connection
    });
    after(() => database.drop());

    test('migrate says what it applied, then that the schema is up to date', async () => {
      const first = await ecotone(database, 'migrate', '--json');
      assert.equal(first.code, 0, first.stderr);
      const applied = JSON.parse(first.stdout).applied as string[];
      assert.equal(applied[0], '001-initial');
      assert.deepEqual(applied, migrationNames, 'every migration, in order');
      const second = await ecotone(database, 'migrate');
      assert.match(second.stdout, /up to date/);
    });

    test('site create, list and update print what they did', async () => {
      const created = await ecotone(database, 'site', 'create', '--code', 'be', '--name', 'en=Belgian CHM', '--name', 'fr=CHM belge', '--languages', 'en,fr,nl', '--country', 'BE', '--domain', 'www.biodiv.example', '--json');
      assert.equal(created.code, 0, created.stderr);
      const site = JSON.parse(created.stdout);
      assert.equal(site.code, 'be');
      assert.equal(site.country, 'be');
      assert.deepEqual(site.domains, [{ host: 'www.biodiv.example', kind: 'primary' }]);

      const list = await ecotone(database, 'site', 'list');
      assert.match(list.stdout, /be\s+live\s+en,fr,nl\s+Belgian CHM\s+www\.biodiv\.example/);

      const updated = await ecotone(database, 'site', 'update', 'be', '--status', 'training');
      assert.equal(updated.code, 0, updated.stderr);
      assert.match(updated.stdout, /Updated site be/);
      assert.equal(JSON.parse((await ecotone(database, 'site', 'list', '--json')).stdout)[0].status, 'training');
    });

    test('explains bad input and exits non-zero without a stack trace', async () => {
      const bad = await ecotone(database, 'site', 'create', '--code', 'x y', '--languages', 'en,zz-!!', '--name', 'en=X');
      assert.equal(bad.code, 1);
      assert.match(bad.stderr, /code: "x y" is not a site code/);
      assert.match(bad.stderr, /languages\[1\]/);
      assert.doesNotMatch(bad.stderr, /at .*\.ts:\d+/);
      const unknown = await ecotone(database, 'site', 'create', '--colour', 'red');
      assert.equal(unknown.code, 1);
      assert.match(unknown.stderr, /Unknown option '--colour'/);
    });

    test('user create hashes the password and prints a generated one once', async () => {
      const created = await ecotone(database, 'user', 'create', '--email', 'Editor@Example.org', '--name', 'Ed', '--role', 'be:editor', '--json');
      assert.equal(created.code, 0, created.stderr);
      const user = JSON.parse(created.stdout);
      assert.equal(user.email, 'editor@example.org');
      assert.equal(user.password.length, 16);
      const again = await ecotone(database, 'user', 'create', '--email', 'editor@example.org');
      assert.match(again.stderr, /already exists/);
      const noSite = await ecotone(database, 'user', 'create', '--email', 'x@example.org', '--role', 'nowhere:editor');
      assert.match(noSite.stderr, /no site "nowhere"/);
    });

    test('user reset-two-factor turns off a lost second factor, ends the sessions and leaves a trace', async () => {
      const created = await ecotone(database, 'user', 'create', '--email', 'lost-phone@example.org', '--password', 'a long enough password', '--json');
      assert.equal(created.code, 0, created.stderr);
      const userId = JSON.parse(created.stdout).id as number;
      const db = (dialect === 'sqlite' ? openSqlite(`${database.dataDir}/ecotone.sqlite`) : openPostgres(database.env.DATABASE_URL!)).kysely;
      try {
        const setup = await beginEnrolment(db, userId);
        await confirmEnrolment(db, userId, new TOTP({ secret: Secret.fromBase32(setup.secret) }).generate());
        await startSession(db, { userId, siteId: null });

        const reset = await ecotone(database, 'user', 'reset-two-factor', '--email', 'Lost-Phone@example.org', '--json');
        assert.equal(reset.code, 0, reset.stderr);
        assert.deepEqual(JSON.parse(reset.stdout), { email: 'lost-phone@example.org', twoFactorWasOn: true, sessionsEnded: true });
        const user = await db.selectFrom('users').select(['totp_secret', 'totp_enabled_at']).where('id', '=', userId).executeTakeFirstOrThrow();
        assert.deepEqual(user, { totp_secret: null, totp_enabled_at: null });
        assert.equal((await db.selectFrom('sessions').select('id').where('user_id', '=', userId).execute()).length, 0);
        assert.equal((await db.selectFrom('recovery_codes').select('id').where('user_id', '=', userId).execute()).length, 0);
        assert.equal((await db.selectFrom('audit_events').select('id').where('action', '=', 'two-factor.reset').where('subject', '=', `user:${userId}`).execute()).length, 1);

        const human = await ecotone(database, 'user', 'reset-two-factor', '--email', 'lost-phone@example.org');
        assert.match(human.stdout, /was not on for lost-phone@example\.org/);
        const unknown = await ecotone(database, 'user', 'reset-two-factor', '--email', 'nobody@example.org');
        assert.notEqual(unknown.code, 0);
        assert.match(unknown.stderr, /nobody@example\.org: there is no such user/);
        assert.doesNotMatch(unknown.stderr, /\bat .+\.ts:\d+/, 'no stack trace');
      } finally {
        await db.destroy();
      }
    });
  });
}
