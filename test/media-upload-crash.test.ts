import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { DiskStore } from '../src/media/storage/disk-store.ts';
import { sweepIncompleteUploads } from '../src/media/upload.ts';
import { pdf } from './support/media.ts';
import { type RunningServer, startServerProcess } from './support/server-process.ts';

const run = promisify(execFile);
const host = 'bj.localhost';

/** A plain HTTP client for a server in another process: keeps cookies, reads the CSRF token from pages. */
class Client {
  cookies = new Map<string, string>();
  csrf = '';
  constructor(private readonly port: () => number) {}

  request(method: string, url: string, options: { headers?: Record<string, string>; body?: Buffer | string } = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: this.port(), method, path: url, headers: { host, cookie: this.cookieHeader(), ...options.headers } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          this.remember(res.headers);
          const body = Buffer.concat(chunks);
          const token = /name="_csrf" value="([^"]*)"/.exec(body.toString('utf8'))?.[1];
          if (token) this.csrf = token;
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
        });
      });
      req.on('error', reject);
      req.end(options.body);
    });
  }

  /** Opens a request and returns it unfinished, for writing a body slowly. */
  open(url: string, headers: Record<string, string>): http.ClientRequest {
    const req = http.request({ host: '127.0.0.1', port: this.port(), method: 'POST', path: url, headers: { host, cookie: this.cookieHeader(), ...headers } });
    req.on('error', () => undefined); // the server is about to die under it
    return req;
  }

  cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private remember(headers: http.IncomingHttpHeaders) {
    for (const line of headers['set-cookie'] ?? []) {
      const [pair] = line.split(';');
      const [name, value] = pair!.split('=');
      if (value) this.cookies.set(name!.trim(), value);
      else this.cookies.delete(name!.trim());
    }
  }

  async login(email: string, password: string) {
    await this.request('GET', '/admin/login');
    const form = new URLSearchParams({ _csrf: this.csrf, email, password }).toString();
    const response = await this.request('POST', '/admin/login', { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form });
    assert.equal(response.status, 303, 'logged in');
    await this.request('GET', '/admin/media');
  }
}

function multipartHead(boundary: string, csrf: string, filename: string, type: string): Buffer {
  return Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${csrf}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`,
  );
}

describe('an upload cut short by kill -9', () => {
  let server: RunningServer;
  let dataDir: string;
  const client = new Client(() => server.port);
  // A 6 MB PDF: large enough to be caught mid-stream.
  const bigPdf = Buffer.concat([pdf, Buffer.from('%'), randomBytes(6 * 1024 * 1024), Buffer.from('\n%%EOF\n')]);
  const mediaRows = () => {
    const db = new Database(path.join(dataDir, 'ecotone.sqlite'), { readonly: true, fileMustExist: true });
    try {
      return db.prepare('SELECT id, filename, bytes FROM media_files').all() as { id: number; filename: string; bytes: number }[];
    } finally {
      db.close();
    }
  };
  /** The originals in the disk store (`sites/<id>/<sha256>`); variants, made meanwhile by the job, are not counted. */
  const committedFiles = () => {
    const root = path.join(dataDir, 'media');
    return fs.existsSync(root) ? (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => /^[0-9a-f]{64}$/.test(path.basename(f))).sort() : [];
  };

  before(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecotone-upload-crash-'));
    server = await startServerProcess({ DATA_DIR: dataDir });
    const env = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
    await run(process.execPath, ['bin/ecotone.js', 'user', 'create', '--email', 'koffi@example.org', '--name', 'Koffi', '--password', 'editor-password-1', '--role', 'bj:editor'], { env });
  });
  after(async () => {
    await server?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('leaves no half-visible media item, and the same file uploads whole after a restart', async () => {
    await client.login('koffi@example.org', 'editor-password-1');
    // The demo sites' own pictures are there already: what matters is that nothing is added.
    const rowsBefore = mediaRows();
    const filesBefore = committedFiles();

    // Half of the file reaches the server; then the process dies without any chance to clean up.
    const boundary = `----ecotone${randomBytes(8).toString('hex')}`;
    const request = client.open('/admin/media', { 'content-type': `multipart/form-data; boundary=${boundary}`, accept: 'application/json' });
    request.write(multipartHead(boundary, client.csrf, 'Rapport.pdf', 'application/pdf'));
    request.write(bigPdf.subarray(0, bigPdf.length / 2));
    const staging = path.join(dataDir, 'upload-staging');
    const deadline = Date.now() + 20_000;
    while (!(fs.existsSync(staging) && fs.readdirSync(staging).some((f) => fs.statSync(path.join(staging, f)).size > 0))) {
      assert.ok(Date.now() < deadline, 'the server starts staging the upload');
      await new Promise((r) => setTimeout(r, 20));
    }
    await server.kill();
    request.destroy();

    assert.deepEqual(mediaRows(), rowsBefore, 'no media item, not even a partial one');
    assert.deepEqual(committedFiles(), filesBefore, 'nothing new in the media store');
    const leftovers = fs.readdirSync(staging);
    assert.ok(leftovers.length > 0, 'the staged part is still on disk (the sweep removes it)');

    // Restart on the same data: the site serves, and the same upload now succeeds.
    server = await startServerProcess({ DATA_DIR: dataDir });
    await client.login('koffi@example.org', 'editor-password-1');
    const body = Buffer.concat([multipartHead(boundary, client.csrf, 'Rapport.pdf', 'application/pdf'), bigPdf, Buffer.from(`\r\n--${boundary}--\r\n`)]);
    const response = await client.request('POST', '/admin/media', { headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, accept: 'application/json' }, body });
    assert.equal(response.status, 200, response.body.toString());
    const result = JSON.parse(response.body.toString()) as { results: { ok: boolean; id: number; duplicate?: boolean }[] };
    assert.equal(result.results[0]?.ok, true);
    assert.equal(result.results[0]?.duplicate ?? false, false, 'a new file, not the remains of the first attempt');
    const rows = mediaRows().filter((r) => !rowsBefore.some((b) => b.id === r.id));
    assert.deepEqual(rows.map((r) => [r.filename, r.bytes]), [['Rapport.pdf', bigPdf.length]]);
    const detail = await client.request('GET', `/admin/media/${rows[0]!.id}`);
    const address = /href="(\/media\/\d+\/[0-9a-f]{64}\.pdf)"/.exec(detail.body.toString())?.[1];
    assert.ok(address, 'the file page links the original');
    const download = await client.request('GET', address);
    assert.equal(download.status, 200);
    assert.ok(download.body.equals(bigPdf), 'the stored file is the whole file');

    // The periodic sweep clears what the killed upload left once it is old enough.
    const removed = await sweepIncompleteUploads(new DiskStore(path.join(dataDir, 'media')), { stagingDir: staging, now: new Date(Date.now() + 48 * 3600_000) });
    assert.ok(removed >= leftovers.length, `swept ${removed}`);
    assert.deepEqual(fs.readdirSync(staging), []);
  });
});
