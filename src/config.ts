import { isIP } from 'node:net';
import path from 'node:path';
import { DEFAULT_MAX_IMAGE_PIXELS, DEFAULT_MEDIA_LIMITS } from './media/schema.ts';

/** Every setting, read once from the environment, typed, with defaults. */
export interface Config {
  host: string;
  port: number;
  dataDir: string;
  /** `postgres://…` switches to PostgreSQL; otherwise SQLite at `<dataDir>/ecotone.sqlite`. */
  databaseUrl: string | null;
  /** Host names (without port) on which the network portal answers. */
  portalHosts: string[];
  /** Suffix that gives every site `<code>.<suffix>` as an always-available host. */
  localSiteSuffix: string;
  logLevel: string;
  /** Largest accepted query string, in bytes, before a request is refused as 414/400. */
  maxQueryLength: number;
  /** How often (ms) a server checks whether another process changed the site registry. */
  siteRefreshIntervalMs: number;
  /** How often (ms) each `ecotone serve` polls the job queue (ADR 0018: scheduled publishing, syncs…); 0 runs no job runner. */
  jobsIntervalMs: number;
  /** Jobs one process runs at once (`JOBS_CONCURRENCY`, default 2). */
  jobsConcurrency: number;
  /**
   * How long a job's claim lasts without its process renewing it (`JOBS_LEASE_MS`): after a
   * process dies, its jobs wait this long before another process takes them. Unset, each job
   * keeps its own (a minute by default, five for the CBD sync and image variants).
   */
  jobsLeaseMs: number | null;
  /** `smtp://user:pass@host:port` or `smtps://…`; without it, emails stay in the outbox. */
  smtpUrl: string | null;
  mailFrom: string;
  /** Network administrators must sign in with two-factor codes (ADR 8); without it they are sent to set it up. */
  requireTwoFactorForNetworkAdmins: boolean;
  /**
   * Sign-in attempts (passwords, codes, password resets) one address may make per minute. A
   * classroom or a ministry behind one address may need more than the default 10.
   */
  loginAttemptsPerMinute: number;
  /** Where media files live: local disk under `<dataDir>/media` (default) or an S3-compatible bucket (ADR 10). */
  mediaStore: MediaStoreConfig;
  /** Largest accepted upload per kind of media, in bytes (`MEDIA_MAX_<KIND>_MB`). */
  mediaLimits: MediaLimits;
  /** Largest accepted image, in pixels (width × height), checked before the image is decoded. */
  mediaMaxImagePixels: number;
  /** Memory for rendered public pages (ADR 0015), in bytes, from `PAGE_CACHE_MB` (decimal, default 64); 0 turns the cache off. */
  pageCacheBytes: number;
  /** Which peers' `X-Forwarded-*` headers are believed (`TRUST_PROXY`, passed to Fastify's `trustProxy`). */
  trustProxy: string | boolean;
  /** The CBD's central API (`CBD_API_URL`), read for vocabularies and national data; no trailing slash. */
  cbdApiUrl: string;
  /** How long (ms) to wait for each answer of the CBD API before retrying (`CBD_API_TIMEOUT_MS`). */
  cbdApiTimeoutMs: number;
  /** Hours between two syncs of each site's national data and of the vocabularies (`CBD_SYNC_INTERVAL_HOURS`); 0 syncs only on demand. */
  cbdSyncIntervalHours: number;
  /** How long (ms) to wait for a harvested feed's answer, body included (`HARVEST_TIMEOUT_MS`, default 10 s). */
  harvestTimeoutMs: number;
  /** Minutes between two fetches of a harvested feed that answers (`HARVEST_INTERVAL_MINUTES`, default 60); failures back off from there. */
  harvestIntervalMinutes: number;
  /**
   * Whether feeds may be fetched from loopback, private and link-local addresses
   * (`HARVEST_ALLOW_PRIVATE`, default false): off, a registered "feed" cannot make the server
   * read its own network (ADR 0020). Tests and intranet installations turn it on.
   */
  harvestAllowPrivate: boolean;
  /** Addresses and CIDR ranges that may read `/metrics` (`METRICS_ALLOW`, default loopback only); others get 404. */
  metricsAllow: string[];
  /**
   * Where scheduled backups go (ADR 0019): `BACKUP_TARGET=s3://bucket/prefix` (with the `S3_*`
   * settings of the media store), else the directory `BACKUP_DIR` (default `<dataDir>/backups`).
   */
  backupTarget: BackupTargetConfig;
  /** Scheduled backups kept per site (`BACKUP_KEEP`, default 7); older ones are deleted. */
  backupKeep: number;
  /** Every site backed up daily at 02:30 UTC (`SCHEDULED_BACKUPS`, default on; `0` turns it off). */
  scheduledBackups: boolean;
}

export type BackupTargetConfig =
  | { kind: 'disk'; directory: string }
  | { kind: 's3'; bucket: string; prefix: string; endpoint: string | null; region: string; accessKeyId: string | null; secretAccessKey: string | null };

export type MediaKind = 'image' | 'document' | 'audio' | 'video';
export type MediaLimits = Record<MediaKind, number>;

export type MediaStoreConfig =
  | { kind: 'disk'; directory: string }
  | { kind: 's3'; bucket: string; prefix: string; endpoint: string | null; region: string; accessKeyId: string | null; secretAccessKey: string | null };

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = path.resolve(env.DATA_DIR ?? './data');
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number between 0 and 65535, got "${env.PORT}"`);
  }
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (env.SMTP_URL?.trim() && !/^smtps?:\/\//.test(env.SMTP_URL.trim())) {
    throw new Error(`SMTP_URL must start with smtp:// or smtps://, got "${env.SMTP_URL}"`);
  }
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error(`DATABASE_URL must start with postgres:// (SQLite is used when it is unset), got "${databaseUrl}"`);
  }
  return {
    host: env.HOST ?? '127.0.0.1',
    port,
    dataDir,
    databaseUrl,
    portalHosts: (env.PORTAL_HOSTS ?? 'localhost,127.0.0.1').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean),
    localSiteSuffix: env.LOCAL_SITE_SUFFIX ?? 'localhost',
    logLevel: env.LOG_LEVEL ?? 'info',
    maxQueryLength: Number(env.MAX_QUERY_LENGTH ?? 2048),
    siteRefreshIntervalMs: Number(env.SITE_REFRESH_INTERVAL_MS ?? 5000),
    jobsIntervalMs: wholeNumberSetting(env, 'JOBS_INTERVAL_MS', 30_000),
    jobsConcurrency: Math.max(1, wholeNumberSetting(env, 'JOBS_CONCURRENCY', 2, 'jobs')),
    jobsLeaseMs: env.JOBS_LEASE_MS?.trim() ? Math.max(100, wholeNumberSetting(env, 'JOBS_LEASE_MS', 60_000)) : null,
    smtpUrl: env.SMTP_URL?.trim() || null,
    mailFrom: env.MAIL_FROM ?? 'Ecotone <no-reply@ecotone.invalid>',
    requireTwoFactorForNetworkAdmins: booleanSetting(env, 'REQUIRE_2FA_FOR_NETWORK_ADMINS', false),
    loginAttemptsPerMinute: Math.max(1, wholeNumberSetting(env, 'LOGIN_ATTEMPTS_PER_MINUTE', 10, 'attempts')),
    mediaStore: mediaStoreSetting(env, dataDir),
    mediaLimits: {
      image: megabytesSetting(env, 'MEDIA_MAX_IMAGE_MB', DEFAULT_MEDIA_LIMITS.image),
      document: megabytesSetting(env, 'MEDIA_MAX_DOCUMENT_MB', DEFAULT_MEDIA_LIMITS.document),
      audio: megabytesSetting(env, 'MEDIA_MAX_AUDIO_MB', DEFAULT_MEDIA_LIMITS.audio),
      video: megabytesSetting(env, 'MEDIA_MAX_VIDEO_MB', DEFAULT_MEDIA_LIMITS.video),
    },
    mediaMaxImagePixels: megapixelsSetting(env, 'MEDIA_MAX_IMAGE_MEGAPIXELS', DEFAULT_MAX_IMAGE_PIXELS),
    pageCacheBytes: wholeNumberSetting(env, 'PAGE_CACHE_MB', 64, 'megabytes') * 1_000_000,
    trustProxy: trustProxySetting(env),
    cbdApiUrl: httpUrlSetting(env, 'CBD_API_URL', 'https://api.cbd.int'),
    cbdApiTimeoutMs: positiveWholeNumberSetting(env, 'CBD_API_TIMEOUT_MS', 15_000),
    cbdSyncIntervalHours: wholeNumberSetting(env, 'CBD_SYNC_INTERVAL_HOURS', 24, 'hours'),
    harvestTimeoutMs: positiveWholeNumberSetting(env, 'HARVEST_TIMEOUT_MS', 10_000),
    harvestIntervalMinutes: positiveWholeNumberSetting(env, 'HARVEST_INTERVAL_MINUTES', 60, 'minutes'),
    harvestAllowPrivate: booleanSetting(env, 'HARVEST_ALLOW_PRIVATE', false),
    metricsAllow: addressListSetting(env, 'METRICS_ALLOW', ['127.0.0.0/8', '::1']),
    backupTarget: backupTargetSetting(env, dataDir),
    backupKeep: Math.max(1, wholeNumberSetting(env, 'BACKUP_KEEP', 7, 'backups')),
    scheduledBackups: booleanSetting(env, 'SCHEDULED_BACKUPS', true),
  };
}

/** A comma-separated list of IP addresses and CIDR ranges (IPv4 or IPv6); unset or empty gives the default. */
function addressListSetting(env: NodeJS.ProcessEnv, name: string, fallback: string[]): string[] {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const entries = raw.split(',').map((entry) => entry.trim()).filter(Boolean);
  for (const entry of entries) {
    const [address = '', bits, extra] = entry.split('/');
    const family = isIP(address);
    const maxBits = family === 6 ? 128 : 32;
    const validBits = bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= maxBits);
    if (family === 0 || !validBits || extra !== undefined) {
      throw new Error(`${name} must be a comma-separated list of IP addresses and CIDR ranges (e.g. 127.0.0.1,10.0.0.0/8,::1), got "${entry}" in "${env[name]}"`);
    }
  }
  return entries;
}

/** An http:// or https:// URL without trailing slashes; unset or empty gives the default. */
function httpUrlSetting(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  let url: URL | null = null;
  try {
    url = new URL(raw);
  } catch {
    // refused below
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash) throw new Error(`${name} must be an http:// or https:// URL such as ${fallback}, got "${env[name]}"`);
  return raw.replace(/\/+$/, '');
}

/** A whole number of at least 1; unset or empty gives the default; anything else is refused. */
function positiveWholeNumberSetting(env: NodeJS.ProcessEnv, name: string, fallback: number, unit = 'milliseconds'): number {
  const value = wholeNumberSetting(env, name, fallback, unit);
  if (value < 1) throw new Error(`${name} must be a whole number of ${unit} (1 or more), got "${env[name]}"`);
  return value;
}

/**
 * `TRUST_PROXY`: which peers may tell the client's address and scheme (`X-Forwarded-For`,
 * `X-Forwarded-Proto`). By default only a reverse proxy on this host or a private network: a
 * client on the internet that reaches the server directly cannot pick the address that login and
 * API rate limits count. `true` trusts every peer (only behind a proxy that overwrites the
 * headers); otherwise a comma-separated list of addresses, CIDR ranges or `loopback`,
 * `linklocal`, `uniquelocal`.
 */
function trustProxySetting(env: NodeJS.ProcessEnv): string | boolean {
  const raw = env.TRUST_PROXY?.trim();
  if (!raw) return 'loopback,linklocal,uniquelocal';
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  if (!/^[0-9a-fA-F.:/,\sa-z]+$/.test(raw)) throw new Error(`TRUST_PROXY must be true, false, or a list of addresses, CIDR ranges, loopback, linklocal or uniquelocal, got "${env.TRUST_PROXY}"`);
  return raw;
}

/** `BACKUP_TARGET=s3://bucket/prefix` (S3 settings shared with the media store), else `BACKUP_DIR` or `<dataDir>/backups`. */
function backupTargetSetting(env: NodeJS.ProcessEnv, dataDir: string): BackupTargetConfig {
  const raw = env.BACKUP_TARGET?.trim();
  if (!raw) return { kind: 'disk', directory: path.resolve(env.BACKUP_DIR?.trim() || path.join(dataDir, 'backups')) };
  if (!raw.startsWith('s3://')) return { kind: 'disk', directory: path.resolve(raw) };
  let store: MediaStoreConfig;
  try {
    store = mediaStoreSetting({ ...env, MEDIA_STORE: raw }, dataDir);
  } catch (error) {
    throw new Error(`BACKUP_TARGET: ${(error as Error).message.replace(/^MEDIA_STORE/, 'it')}`);
  }
  if (store.kind !== 's3') throw new Error(`BACKUP_TARGET must be a directory or s3://bucket/optional/prefix, got "${raw}"`);
  return store;
}

/** `MEDIA_STORE`: unset, empty or `disk` for `<dataDir>/media`; `s3://bucket` or `s3://bucket/prefix` for S3. */
function mediaStoreSetting(env: NodeJS.ProcessEnv, dataDir: string): MediaStoreConfig {
  const raw = env.MEDIA_STORE?.trim();
  if (!raw || raw === 'disk') return { kind: 'disk', directory: path.join(dataDir, 'media') };
  const match = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/([A-Za-z0-9_.\/-]*))?$/.exec(raw);
  const prefixParts = (match?.[2] ?? '').replace(/\/+$/, '').split('/').filter((part, i, all) => all.length > 1 || part !== '');
  if (!match || prefixParts.some((part) => part === '' || part === '.' || part === '..')) {
    throw new Error(`MEDIA_STORE must be "disk" or s3://bucket/optional/prefix (bucket: 3-63 lower-case letters, digits, dots, hyphens), got "${env.MEDIA_STORE}"`);
  }
  const endpoint = env.S3_ENDPOINT?.trim() || null;
  if (endpoint && !/^https?:\/\/[^\s/]+/.test(endpoint)) throw new Error(`S3_ENDPOINT must be an http:// or https:// URL, got "${env.S3_ENDPOINT}"`);
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim() || null;
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim() || null;
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) throw new Error('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together (or both left unset to use the default AWS credentials)');
  return {
    kind: 's3',
    bucket: match[1]!,
    prefix: prefixParts.join('/'),
    endpoint,
    region: env.S3_REGION?.trim() || 'us-east-1',
    accessKeyId,
    secretAccessKey,
  };
}

/** A positive number of megabytes (decimals allowed), returned in bytes; unset or empty gives `fallbackBytes`. */
function megabytesSetting(env: NodeJS.ProcessEnv, name: string, fallbackBytes: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallbackBytes;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number of megabytes, got "${env[name]}"`);
  return Math.floor(value * 1_000_000);
}

/** A positive number of megapixels, returned in pixels; unset or empty gives `fallbackPixels`. */
function megapixelsSetting(env: NodeJS.ProcessEnv, name: string, fallbackPixels: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallbackPixels;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number of megapixels, got "${env[name]}"`);
  return Math.floor(value * 1_000_000);
}

/** `true`/`1`/`yes`/`on` or `false`/`0`/`no`/`off` (any case); unset or empty gives the default; anything else is refused. */
function booleanSetting(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (['true', '1', 'yes', 'on'].includes(raw)) return true;
  if (['false', '0', 'no', 'off'].includes(raw)) return false;
  throw new Error(`${name} must be true or false, got "${env[name]}"`);
}

/** A whole number of at least 0; unset or empty gives the default; anything else is refused. */
function wholeNumberSetting(env: NodeJS.ProcessEnv, name: string, fallback: number, unit = 'milliseconds'): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number of ${unit} (0 or more), got "${env[name]}"`);
  return value;
}
