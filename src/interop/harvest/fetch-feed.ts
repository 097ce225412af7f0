import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * Fetching one harvested feed over HTTP, defensively (ADR 0020): only http(s), no loopback or
 * private address unless allowed, a bounded number of redirects (each hop checked again), one
 * deadline for the whole exchange body included, a body size limit read as a stream, and
 * conditional requests. Never throws: every way it can go wrong is an outcome with a message
 * that names the problem, kept on the feed for the network administrator.
 */

export const HARVEST_MAX_BYTES = 5_000_000;
export const HARVEST_MAX_REDIRECTS = 5;
export const HARVEST_USER_AGENT = 'Ecotone/0.1 (feed harvester of a national CHM network)';

export interface FetchFeedOptions {
  timeoutMs: number;
  allowPrivate: boolean;
  etag?: string | null;
  lastModified?: string | null;
  maxBytes?: number;
}

export type FetchFeedOutcome =
  | { kind: 'ok'; status: number; text: string; contentType: string | null; etag: string | null; lastModified: string | null; finalUrl: string }
  | { kind: 'not-modified'; status: 304 }
  | { kind: 'failed'; status: number | null; error: string };

/** Addresses a feed may not point at (unless `allowPrivate`): this host, private networks, link-local (cloud metadata), multicast. */
const privateRanges = (() => {
  const list = new BlockList();
  for (const [net, prefix] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4]] as const) {
    list.addSubnet(net, prefix, 'ipv4');
  }
  for (const [net, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) list.addSubnet(net, prefix, 'ipv6');
  return list;
})();

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return privateRanges.check(address, 'ipv4');
  if (family === 6) {
    // An IPv4 address written as IPv6 (::ffff:127.0.0.1) is that IPv4 address.
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
    return mapped ? privateRanges.check(mapped, 'ipv4') : privateRanges.check(address, 'ipv6');
  }
  return true;
}

/** Null when `url` may be fetched; else why not. */
async function refusal(url: URL, allowPrivate: boolean): Promise<string | null> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `Only http:// and https:// feeds are fetched, not ${url.protocol}`;
  if (url.username || url.password) return 'Feed addresses with a user name or password are not fetched';
  if (allowPrivate) return null;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = (await lookup(host, { all: true })).map((a) => a.address);
    } catch (error) {
      return dnsMessage(host, error);
    }
  }
  const blocked = addresses.find(isPrivateAddress);
  return blocked ? `${host} is a loopback, private or link-local address (${blocked}); such feeds are only fetched when HARVEST_ALLOW_PRIVATE is on` : null;
}

function dnsMessage(host: string, error: unknown): string {
  const code = (error as { code?: string }).code ?? '';
  return code === 'ENOTFOUND' || code === 'ENODATA' ? `DNS: the host ${host} was not found` : `DNS: the host ${host} could not be resolved (${code || (error as Error).message})`;
}

/** What a failed `fetch` says, in words: timeouts, refused connections, DNS, TLS. */
function networkMessage(url: URL, error: unknown, timeoutMs: number): string {
  const err = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return `Timeout: no complete answer from ${url.host} within ${timeoutMs / 1000} s`;
  const code = err.cause?.code ?? '';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return dnsMessage(url.hostname, err.cause);
  if (code === 'ECONNREFUSED') return `Connection refused by ${url.host}`;
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return `The connection to ${url.host} was closed before the answer was complete`;
  if (code.startsWith('ERR_TLS') || code.includes('CERT')) return `TLS: ${err.cause?.message ?? code}`;
  return `Could not fetch the feed: ${err.cause?.message ?? err.message ?? String(error)}${code ? ` (${code})` : ''}`;
}

/** The body as text, reading at most `maxBytes`; null when it is larger. */
async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return null;
  }
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Decodes with the charset the answer names, else the XML declaration's, else UTF-8. */
export function decodeFeedBody(bytes: Uint8Array, contentType: string | null): string {
  const fromHeader = /charset="?([\w.:-]+)"?/i.exec(contentType ?? '')?.[1];
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
  const fromProlog = /^\uFEFF?\s*<\?xml[^>]*encoding=["']([\w.:-]+)["']/i.exec(head)?.[1];
  for (const label of [fromHeader, fromProlog, 'utf-8']) {
    if (!label) continue;
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // An unknown charset name: try the next.
    }
  }
  return new TextDecoder().decode(bytes);
}

/**
 * Fetches `address` once (following up to five redirects).
 *
 * @example
 *   const outcome = await fetchFeed('https://www.biodiv.be/news/rss', { timeoutMs: 10_000, allowPrivate: false, etag: '"abc"' });
 *   if (outcome.kind === 'not-modified') … // nothing to read
 */
export async function fetchFeed(address: string, options: FetchFeedOptions): Promise<FetchFeedOutcome> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { kind: 'failed', status: null, error: `"${address}" is not a URL` };
  }
  const signal = AbortSignal.timeout(options.timeoutMs);
  const headers: Record<string, string> = {
    'user-agent': HARVEST_USER_AGENT,
    accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5',
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  try {
    for (let hop = 0; ; hop++) {
      const refused = await refusal(url, options.allowPrivate);
      if (refused) return { kind: 'failed', status: null, error: refused };
      if (signal.aborted) throw signal.reason;
      const response = await fetch(url, { headers, redirect: 'manual', signal });
      if (response.status >= 300 && response.status < 400 && response.status !== 304) {
        await response.body?.cancel().catch(() => undefined);
        const location = response.headers.get('location');
        if (!location) return { kind: 'failed', status: response.status, error: `HTTP ${response.status} without a Location to follow` };
        if (hop >= HARVEST_MAX_REDIRECTS) return { kind: 'failed', status: response.status, error: `More than ${HARVEST_MAX_REDIRECTS} redirects; the last went to ${location}` };
        url = new URL(location, url);
        continue;
      }
      if (response.status === 304) {
        await response.body?.cancel().catch(() => undefined);
        return { kind: 'not-modified', status: 304 };
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        return { kind: 'failed', status: response.status, error: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''} from ${url.host}` };
      }
      const maxBytes = options.maxBytes ?? HARVEST_MAX_BYTES;
      const bytes = await readLimited(response, maxBytes);
      if (!bytes) return { kind: 'failed', status: response.status, error: `The feed is larger than ${Math.round(maxBytes / 1_000_000)} MB` };
      const contentType = response.headers.get('content-type');
      return {
        kind: 'ok',
        status: response.status,
        text: decodeFeedBody(bytes, contentType),
        contentType,
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
        finalUrl: url.toString(),
      };
    }
  } catch (error) {
    return { kind: 'failed', status: null, error: networkMessage(url, signal.aborted ? signal.reason : error, options.timeoutMs) };
  }
}
