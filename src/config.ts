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
  /** `smtp://user:pass@host:port` or `smtps://…`; without it, emails stay in the outbox. */
  smtpUrl: string | null;
  mailFrom: string;
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
    smtpUrl: env.SMTP_URL?.trim() || null,
    mailFrom: env.MAIL_FROM ?? 'Ecotone <no-reply@ecotone.invalid>',
  };
}
