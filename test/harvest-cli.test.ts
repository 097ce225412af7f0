import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { createTestDatabase, dialectsToTest, type TestDatabase } from './support/databases.ts';

/** `ecotone harvest add|list|run|remove` against a feed server started here. */

const run = promisify(execFile);

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`ecotone harvest [${dialect}]`, { skip }, () => {
    let database: TestDatabase;
    let origin = '';
    const server = http.createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<?xml version="1.0"?><rss version="2.0"><channel><title>N</title><item><title>Coral reef survey</title><guid>c-1</guid></item></channel></rss>');
    });
    async function ecotone(env: Record<string, string>, ...args: string[]) {
      try {
        const { stdout, stderr } = await run(process.execPath, ['bin/ecotone.js', ...args], { env: { ...process.env, ...database.env, LOG_LEVEL: 'silent', ...env } });
        return { code: 0, stdout, stderr };
      } catch (error) {
        const e = error as { code: number; stdout: string; stderr: string };
        return { code: e.code, stdout: e.stdout, stderr: e.stderr };
      }
    }
    before(async () => {
      database = await createTestDatabase(dialect);
      await database.db.close();
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    after(async () => {
      await database.drop();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    });

    test('adds a source, refuses a loopback feed by default, harvests it when allowed, lists and removes it', async () => {
      const added = await ecotone({}, 'harvest', 'add', '--json', '--name', 'CHM Mauritius', '--name', 'fr=CHM de Maurice', '--country', 'mu', '--home', 'https://chm.example.mu/', '--feed', `news:en:${origin}/rss.xml`);
      assert.equal(added.code, 0, added.stderr);
      const source = JSON.parse(added.stdout) as { id: number; names: Record<string, string> };
      assert.deepEqual(source.names, { fr: 'CHM de Maurice' });

      const refused = await ecotone({}, 'harvest', 'run');
      assert.equal(refused.code, 2, 'a failed feed makes the exit status 2');
      assert.match(refused.stdout, /HARVEST_ALLOW_PRIVATE/);

      const harvested = await ecotone({ HARVEST_ALLOW_PRIVATE: '1' }, 'harvest', 'run', String(source.id));
      assert.equal(harvested.code, 0, harvested.stdout + harvested.stderr);
      assert.match(harvested.stdout, /updated\s+200\s+1\s+0/);

      const listed = await ecotone({}, 'harvest', 'list');
      assert.match(listed.stdout, /CHM Mauritius \(mu\)/);
      assert.match(listed.stdout, /news\/en .* 1 entries {2}ok .*\(HTTP 200\)/);

      const removed = await ecotone({}, 'harvest', 'remove', String(source.id));
      assert.equal(removed.code, 0);
      assert.match(removed.stdout, new RegExp(`Removed source ${source.id}`));
    });
  });
}
