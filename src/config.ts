import path from 'node:path';

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
  /** How often (ms) `ecotone serve` runs its periodic tasks (scheduled publishing…); 0 runs none. */
  jobsIntervalMs: number;
  /** `smtp://user:pass@host:port` or `smtps://…`; without it, emails stay in the outbox. */
  smtpUrl: string | null;
  mailFrom: string;
  /** Network administrators must sign in with two-factor codes (ADR 8); without it they are sent to set it up. */
  requireTwoFactorForNetworkAdmins: boolean;
}

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
    smtpUrl: env.SMTP_URL?.trim() || null,
    mailFrom: env.MAIL_FROM ?? 'Ecotone <no-reply@ecotone.invalid>',
    requireTwoFactorForNetworkAdmins: booleanSetting(env, 'REQUIRE_2FA_FOR_NETWORK_ADMINS', false),
  };
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
function wholeNumberSetting(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number of milliseconds (0 or more), got "${env[name]}"`);
  return value;
}
