import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Secret, TOTP } from 'otpauth';
import { createUser } from '../src/accounts/service.ts';
import type { Site } from '../src/sites/site.ts';
import { AdminSession } from './support/admin-session.ts';
import { buildSite, buildTestApp, hostOf, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';

const password = 'correct horse battery staple';

/** The code an authenticator app shows now (or `steps` periods from now). */
function codeFor(secret: string, steps = 0): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: Date.now() + steps * 30_000 });
}

/** A code that is not valid in the accepted window (±1 step). */
function wrongCode(secret: string): string {
  const valid = new Set([-1, 0, 1].map((s) => codeFor(secret, s)));
  let n = Number(codeFor(secret));
  let code: string;
  do code = String(++n % 1_000_000).padStart(6, '0');
  while (valid.has(code));
  return code;
}

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`two-factor sign-in [${dialect}]`, { skip }, () => {
    let t: TestApp;
    let site: Site;
    let address = 0;
    const session = () => new AdminSession(t.app, `${hostOf(site)}:3000`, `10.8.0.${++address}`);
    const db = () => t.services.db.kysely;
    const actions = async (action: string) => (await db().selectFrom('audit_events').select('details').where('action', '=', action).execute()).map((e) => JSON.parse(e.details));
    /** The clock moving on: the next code is not a replay of the last accepted one. */
    const nextPeriod = (email: string) => db().updateTable('users').set({ totp_last_step: null }).where('email', '=', email).execute();

    /** Turns two-factor sign-in on through the account pages; returns the secret (read from the page) and the recovery codes. */
    async function enrol(s: AdminSession): Promise<{ secret: string; codes: string[] }> {
      const page = await s.get('/admin/account/two-factor');
      assert.equal(page.statusCode, 200);
      const secret = /<code class="secret-key"[^>]*>([A-Z2-7 ]+)<\/code>/.exec(page.body)![1]!.replace(/ /g, '');
      const confirmed = await s.post('/admin/account/two-factor', { code: codeFor(secret) });
      assert.equal(confirmed.statusCode, 200, confirmed.body.slice(0, 300));
      const codes = [...confirmed.body.matchAll(/<li><code>([a-z2-9]{5}-[a-z2-9]{5})<\/code><\/li>/g)].map((m) => m[1]!);
      return { secret, codes };
    }

    /** Email and password; the answer is the redirect to the code step when two-factor is on. */
    async function passwordStep(s: AdminSession, email: string) {
      await s.get('/admin/login');
      return s.post('/admin/login', { email, password });
    }

    before(async () => {
      t = await buildTestApp(dialect);
      site = await buildSite(t.services, { code: 'tfa', names: { en: 'Two-factor site' }, languages: ['en'] });
      for (const name of ['enrol', 'login', 'throttle', 'recovery', 'disable']) {
        await createUser(db(), { email: `${name}@tfa.example`, displayName: name, password, memberships: [{ siteId: site.id, role: 'editor' }] });
      }
    });
    after(() => t.close());

    test('turning two-factor on needs a valid code, then shows ten recovery codes once and keeps only their hashes', async () => {
      const s = session();
      await s.login('enrol@tfa.example', password);
      assert.match((await s.get('/admin/account')).body, /href="\/admin\/account\/two-factor"/);
      const page = await s.get('/admin/account/two-factor');
      assert.match(page.body, /<svg[^>]*viewBox/, 'the QR code is inline SVG');
      assert.match(page.body, /role="img" aria-label="[^"]+"/);
      assert.match(page.body, /href="otpauth:\/\/totp\/Ecotone:enrol%40tfa\.example\?[^"]*secret=/);
      assert.match(page.body, /<code class="secret-key"[^>]*>([A-Z2-7]{4} )+[A-Z2-7]{1,4}<\/code>/, 'the key in groups for typing');
      assert.match(page.body, /autocomplete="one-time-code"/i);
      assert.match(page.body, /inputmode="numeric"/i);
      const again = await s.get('/admin/account/two-factor');
      const secret = /<code class="secret-key"[^>]*>([A-Z2-7 ]+)<\/code>/.exec(page.body)![1]!;
      assert.ok(again.body.includes(secret), 'reloading keeps the secret already scanned');

      const wrong = await s.post('/admin/account/two-factor', { code: wrongCode(secret.replace(/ /g, '')) });
      assert.equal(wrong.statusCode, 422);
      assert.match(wrong.body, /id="enrol-code-errors"/);
      const pending = await db().selectFrom('users').select(['totp_secret', 'totp_enabled_at']).where('email', '=', 'enrol@tfa.example').executeTakeFirstOrThrow();
      assert.ok(pending.totp_secret);
      assert.equal(pending.totp_enabled_at, null, 'a secret counts only once confirmed');
      assert.equal((await passwordStep(session(), 'enrol@tfa.example')).headers.location, '/admin', 'an unconfirmed secret does not ask for codes');

      const confirmed = await s.post('/admin/account/two-factor', { code: codeFor(secret.replace(/ /g, '')) });
      assert.equal(confirmed.statusCode, 200);
      assert.equal(confirmed.headers['cache-control'], 'no-store');
      const codes = [...confirmed.body.matchAll(/<li><code>([a-z2-9]{5}-[a-z2-9]{5})<\/code><\/li>/g)].map((m) => m[1]!);
      assert.equal(new Set(codes).size, 10);
      const stored = await db().selectFrom('recovery_codes').innerJoin('users', 'users.id', 'recovery_codes.user_id').select('code_hash').where('users.email', '=', 'enrol@tfa.example').execute();
      assert.equal(stored.length, 10);
      assert.ok(stored.every((r) => /^[0-9a-f]{64}$/.test(r.code_hash) && !codes.some((c) => r.code_hash.includes(c))), 'only hashes are stored');
      const account = await s.get('/admin/account');
      assert.match(account.body, /10 recovery codes left/);
      assert.ok(codes.every((c) => !account.body.includes(c)), 'the codes are never shown again');
      assert.equal((await s.get('/admin/account/two-factor')).headers.location, '/admin/account', 'no second enrolment while it is on');
      assert.equal((await actions('two-factor.enable')).length, 1);
    });

    test('with two-factor on, the password alone opens nothing: the session is made only after the code', async () => {
      const first = session();
      await first.login('login@tfa.example', password);
      const { secret } = await enrol(first);
      await nextPeriod('login@tfa.example');

      const s = session();
      const afterPassword = await passwordStep(s, 'login@tfa.example');
      assert.equal(afterPassword.statusCode, 303);
      assert.equal(afterPassword.headers.location, '/admin/login/code?next=%2Fadmin');
      assert.equal(afterPassword.cookies.find((c) => c.name === 'ecotone_session'), undefined, 'no session yet');
      const challenge = afterPassword.cookies.find((c) => c.name === 'ecotone_login_challenge')!;
      assert.equal(challenge.httpOnly, true);
      assert.ok(challenge.maxAge! <= 300, 'the half-logged-in state lasts minutes');

      // The half-logged-in state grants nothing: no admin page, no account, no change.
      assert.equal((await s.get('/admin')).statusCode, 302);
      assert.equal((await s.get('/admin/content/news')).headers.location, '/admin/login?next=%2Fadmin%2Fcontent%2Fnews');
      assert.equal((await s.get('/admin/account')).statusCode, 302);
      assert.equal((await s.get('/admin/account/two-factor')).statusCode, 302);
      const asSession = await t.app.inject({ url: '/admin', headers: { host: s.host, cookie: `ecotone_session=${challenge.value}` } });
      assert.equal(asSession.statusCode, 302, 'the challenge token is not a session token');

      const form = await s.get('/admin/login/code');
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /<input id="login-code"[^>]*inputmode="numeric"[^>]*autocomplete="one-time-code"/i);
      assert.match(form.body, /<label for="login-recovery">/);
      const signedIn = await s.post('/admin/login/code', { code: codeFor(secret), next: '/admin' });
      assert.equal(signedIn.statusCode, 303);
      assert.equal(signedIn.headers.location, '/admin');
      assert.ok(signedIn.cookies.find((c) => c.name === 'ecotone_session'));
      assert.equal((await s.get('/admin')).statusCode, 200);
      assert.ok((await actions('login')).some((d) => d.secondFactor === 'totp'));
    });

    test('a code that was already used is refused (replay)', async () => {
      const first = session();
      await first.login('login@tfa.example', password);
      const secret = (await db().selectFrom('users').select('totp_secret').where('email', '=', 'login@tfa.example').executeTakeFirstOrThrow()).totp_secret!;
      await nextPeriod('login@tfa.example');
      const code = codeFor(secret);
      const a = session();
      await passwordStep(a, 'login@tfa.example');
      assert.equal((await a.post('/admin/login/code', { code })).statusCode, 303);
      const b = session();
      await passwordStep(b, 'login@tfa.example');
      const replay = await b.post('/admin/login/code', { code });
      assert.equal(replay.statusCode, 401);
      assert.match(replay.body, /role="alert"/);
      assert.equal(replay.cookies.find((c) => c.name === 'ecotone_session'), undefined);
      await db().deleteFrom('login_failures').execute();
    });

    test('wrong codes are refused, audited, and throttled like wrong passwords', async () => {
      const first = session();
      await first.login('throttle@tfa.example', password);
      const { secret } = await enrol(first);
      await nextPeriod('throttle@tfa.example');
      const s = session();
      await passwordStep(s, 'throttle@tfa.example');
      const statuses = [];
      const startAgain = [];
      for (let i = 0; i < 5; i++) {
        const response = await s.post('/admin/login/code', { code: wrongCode(secret) });
        statuses.push(response.statusCode);
        startAgain.push(response.body.includes('This sign-in has expired'));
      }
      assert.deepEqual(statuses, [401, 401, 401, 401, 401]);
      assert.deepEqual(startAgain, [false, false, false, false, true], 'only the wrong code that closes the challenge says to start again');
      const closed = await s.post('/admin/login/code', { code: codeFor(secret) });
      assert.equal(closed.statusCode, 401, 'after five wrong codes the password must be given again');
      assert.equal(closed.cookies.find((c) => c.name === 'ecotone_session'), undefined);
      const locked = await passwordStep(session(), 'throttle@tfa.example');
      assert.equal(locked.statusCode, 429, 'wrong codes count as failed logins');
      assert.ok(Number(locked.headers['retry-after']) > 0);
      const failed = await actions('two-factor.failed');
      assert.ok(failed.filter((d) => d.step === 'login').length >= 5);
      await db().deleteFrom('login_failures').execute();
    });

    test('a recovery code signs in once', async () => {
      const first = session();
      await first.login('recovery@tfa.example', password);
      const { codes } = await enrol(first);
      const s = session();
      await passwordStep(s, 'recovery@tfa.example');
      // Typed by hand from paper: upper case and a space instead of the dash are fine.
      const used = await s.post('/admin/login/code', { code: '', recoveryCode: codes[0]!.toUpperCase().replace('-', ' ') });
      assert.equal(used.statusCode, 303);
      assert.equal((await s.get('/admin')).statusCode, 200);
      assert.deepEqual((await actions('two-factor.recovery-used')).map((d) => d.left), [9]);
      const again = session();
      await passwordStep(again, 'recovery@tfa.example');
      assert.equal((await again.post('/admin/login/code', { code: '', recoveryCode: codes[0]! })).statusCode, 401);
      await db().deleteFrom('login_failures').execute();
    });

    test('the second step expires', async () => {
      const s = session();
      await passwordStep(s, 'recovery@tfa.example');
      await db().updateTable('login_challenges').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).execute();
      const page = await s.get('/admin/login/code');
      assert.equal(page.statusCode, 401);
      assert.match(page.body, /href="\/admin\/login\?next=%2Fadmin"/);
      const secret = (await db().selectFrom('users').select('totp_secret').where('email', '=', 'recovery@tfa.example').executeTakeFirstOrThrow()).totp_secret!;
      await nextPeriod('recovery@tfa.example');
      const late = await s.post('/admin/login/code', { code: codeFor(secret) });
      assert.equal(late.statusCode, 401);
      assert.equal(late.cookies.find((c) => c.name === 'ecotone_session'), undefined);
    });

    test('turning two-factor off needs a current code or the password', async () => {
      const s = session();
      await s.login('disable@tfa.example', password);
      const { secret } = await enrol(s);
      await s.get('/admin/account');
      const noProof = await s.post('/admin/account/two-factor/disable', {});
      assert.equal(noProof.statusCode, 422);
      const wrong = await s.post('/admin/account/two-factor/disable', { code: wrongCode(secret), password: 'not the password' });
      assert.equal(wrong.statusCode, 422);
      assert.match(wrong.body, /role="alert"/);
      const still = await db().selectFrom('users').select('totp_enabled_at').where('email', '=', 'disable@tfa.example').executeTakeFirstOrThrow();
      assert.ok(still.totp_enabled_at, 'still on');
      assert.ok((await actions('two-factor.failed')).some((d) => d.step === 'disable'));

      await nextPeriod('disable@tfa.example');
      const off = await s.post('/admin/account/two-factor/disable', { code: codeFor(secret) });
      assert.equal(off.statusCode, 303);
      assert.match((await s.get(off.headers.location as string)).body, /role="status"/);
      const row = await db().selectFrom('users').select(['id', 'totp_secret', 'totp_enabled_at']).where('email', '=', 'disable@tfa.example').executeTakeFirstOrThrow();
      assert.deepEqual([row.totp_secret, row.totp_enabled_at], [null, null]);
      assert.equal((await db().selectFrom('recovery_codes').select('id').where('user_id', '=', row.id).execute()).length, 0);
      assert.equal((await actions('two-factor.disable')).length, 1);
      assert.equal((await passwordStep(session(), 'disable@tfa.example')).headers.location, '/admin', 'the password alone signs in again');

      // The password is proof enough too.
      await enrol(s);
      await s.get('/admin/account');
      assert.equal((await s.post('/admin/account/two-factor/disable', { password })).statusCode, 303);
    });
  });

  describe(`two-factor required for network administrators [${dialect}]`, { skip }, () => {
    let t: TestApp;
    let site: Site;

    before(async () => {
      t = await buildTestApp(dialect, { REQUIRE_2FA_FOR_NETWORK_ADMINS: 'true' });
      site = await buildSite(t.services, { code: 'tfr', names: { en: 'Required' }, languages: ['en'] });
      await createUser(t.services.db.kysely, { email: 'root@tfr.example', displayName: 'Root', password, isNetworkAdmin: true });
      await createUser(t.services.db.kysely, { email: 'editor@tfr.example', displayName: 'Editor', password, memberships: [{ siteId: site.id, role: 'editor' }] });
    });
    after(() => t.close());

    test('a network administrator without two-factor is sent to set it up before any other admin page works', async () => {
      const s = new AdminSession(t.app, 'localhost:3000', '10.9.0.1');
      await s.login('root@tfr.example', password);
      const network = await s.get('/admin/network');
      assert.equal(network.statusCode, 302);
      assert.equal(network.headers.location, '/admin/account/two-factor?required=1');
      const onSite = new AdminSession(t.app, `${hostOf(site)}:3000`, '10.9.0.2');
      await onSite.login('root@tfr.example', password);
      assert.equal((await onSite.get('/admin')).headers.location, '/admin/account/two-factor?required=1', 'on every host');

      const setup = await s.get('/admin/account/two-factor?required=1');
      assert.equal(setup.statusCode, 200);
      assert.match(setup.body, /role="alert"/);
      const refused = await s.post('/admin/network/sites', { code: 'nope', languages: 'en', name: 'Nope' });
      assert.equal(refused.statusCode, 403, 'no change either');

      const secret = /<code class="secret-key"[^>]*>([A-Z2-7 ]+)<\/code>/.exec(setup.body)![1]!.replace(/ /g, '');
      assert.equal((await s.post('/admin/account/two-factor', { code: codeFor(secret) })).statusCode, 200);
      assert.equal((await s.get('/admin/network')).statusCode, 200);
    });

    test('the requirement does not concern other users', async () => {
      const s = new AdminSession(t.app, `${hostOf(site)}:3000`, '10.9.0.3');
      await s.login('editor@tfr.example', password);
      assert.equal((await s.get('/admin')).statusCode, 200);
    });
  });
}
