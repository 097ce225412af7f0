import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { decodeFeedBody, fetchFeed, isPrivateAddress } from './fetch-feed.ts';

test('counts loopback, private, link-local and mapped addresses as private, public ones not', () => {
  for (const address of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1']) {
    assert.equal(isPrivateAddress(address), true, address);
  }
  for (const address of ['8.8.8.8', '193.191.134.1', '2001:4860:4860::8888', '::ffff:8.8.8.8']) assert.equal(isPrivateAddress(address), false, address);
});

test('decodes a feed in the charset its answer or its XML declaration names', () => {
  const latin1 = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss><title>Écosystèmes</title></rss>', 'latin1');
  assert.match(decodeFeedBody(latin1, 'application/rss+xml'), /Écosystèmes/);
  assert.match(decodeFeedBody(Buffer.from('<rss><title>Écosystèmes</title></rss>', 'latin1'), 'text/xml; charset=iso-8859-1'), /Écosystèmes/);
  assert.match(decodeFeedBody(Buffer.from('<rss><title>Écosystèmes</title></rss>'), 'text/xml; charset=nonsense'), /Écosystèmes/);
});

describe('fetching a feed', () => {
  let origin = '';
  const server = http.createServer((request, response) => {
    const url = new URL(request.url!, 'http://x');
    if (url.pathname === '/feed.xml') return response.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss version="2.0"/>');
    if (url.pathname === '/hop') {
      const left = Number(url.searchParams.get('left'));
      return response.writeHead(302, { location: left > 0 ? `/hop?left=${left - 1}` : '/feed.xml' }).end();
    }
    if (url.pathname === '/loop') return response.writeHead(301, { location: '/loop' }).end();
    if (url.pathname === '/big') {
      response.writeHead(200, { 'content-type': 'application/rss+xml' });
      // No Content-Length: the limit is enforced while reading.
      for (let i = 0; i < 50; i++) response.write('x'.repeat(1000));
      return response.end();
    }
    response.writeHead(404).end();
  });
  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  const allowed = { timeoutMs: 2000, allowPrivate: true };

  test('refuses loopback and private addresses unless they are allowed', async () => {
    for (const url of [`${origin}/feed.xml`, 'http://localhost/feed.xml', 'http://[::1]/feed.xml', 'http://169.254.169.254/latest/meta-data/']) {
      const outcome = await fetchFeed(url, { timeoutMs: 2000, allowPrivate: false });
      assert.equal(outcome.kind, 'failed', url);
      assert.match(outcome.kind === 'failed' ? outcome.error : '', /HARVEST_ALLOW_PRIVATE/);
    }
    assert.equal((await fetchFeed(`${origin}/feed.xml`, allowed)).kind, 'ok');
  });

  test('fetches only http and https addresses', async () => {
    const outcome = await fetchFeed('file:///etc/passwd', allowed);
    assert.deepEqual(outcome, { kind: 'failed', status: null, error: 'Only http:// and https:// feeds are fetched, not file:' });
  });

  test('follows a few redirects, and stops a redirect loop', async () => {
    const followed = await fetchFeed(`${origin}/hop?left=3`, allowed);
    assert.equal(followed.kind, 'ok');
    assert.equal(followed.kind === 'ok' && followed.finalUrl, `${origin}/feed.xml`);
    const loop = await fetchFeed(`${origin}/loop`, allowed);
    assert.equal(loop.kind, 'failed');
    assert.match(loop.kind === 'failed' ? loop.error : '', /More than 5 redirects/);
  });

  test('stops reading a body larger than the limit', async () => {
    const outcome = await fetchFeed(`${origin}/big`, { ...allowed, maxBytes: 10_000 });
    assert.equal(outcome.kind, 'failed');
    assert.match(outcome.kind === 'failed' ? outcome.error : '', /larger than/);
  });

  test('names a connection refused and an unknown host', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const refused = await fetchFeed(`http://127.0.0.1:${port}/feed.xml`, allowed);
    assert.match(refused.kind === 'failed' ? refused.error : '', /Connection refused/);
    const unknown = await fetchFeed('http://no-such-host.invalid/feed.xml', { timeoutMs: 2000, allowPrivate: false });
    assert.match(unknown.kind === 'failed' ? unknown.error : '', /^DNS: /);
  });
});
