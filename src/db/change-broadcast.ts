import { randomBytes } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';
import { type ChangeOrigin, onRegistryChanged, onSiteDataWritten, siteDataWritten } from './site-changes.ts';

/**
 * Tells every `ecotone serve` process on one PostgreSQL database what another one wrote, so that
 * their in-memory caches (rendered pages, menus, library files, the site registry) forget it
 * within a fraction of a second instead of at the end of their time to live (ADR 0023).
 *
 * Sending: every local `siteDataWritten` / `registryChanged` of this process is gathered for a few
 * milliseconds and sent as one `NOTIFY` through the pool. `SiteScope` signals when a write is
 * built and again once its transaction has committed, so the last notice of a write always leaves
 * after its commit; a second notice of the same sites half a second later covers a write made
 * outside a transaction whose statement was still running when the first notice went out.
 *
 * Receiving: one dedicated connection per process `LISTEN`s. A notice from another process is
 * raised here as a `remote` change (caches drop the site; the directory reloads the registry). The
 * connection reconnects on error with a growing pause; since notices sent while it was away are
 * lost, a reconnect forgets every site's cached pages and reloads the registry.
 */

/** The channel name; one database serves one installation. */
export const CHANGE_CHANNEL = 'ecotone_changes';

/** PostgreSQL refuses payloads of 8000 bytes or more; site ids are chunked well below that. */
const MAX_SITES_PER_NOTICE = 500;

export interface BroadcastLog {
  info(object: object, message: string): void;
  warn(object: object, message: string): void;
}

/** What the broadcast needs of the site directory: reload it when it changed, and list sites. */
export interface RegistryReloader {
  refreshIfChanged(origin: ChangeOrigin): Promise<boolean>;
  all(): readonly { id: number }[];
}

export interface ChangeBroadcastOptions {
  /** The pool the notices are sent through. */
  db: Kysely<Database>;
  /** `postgres://…`, for the dedicated listening connection. */
  databaseUrl: string;
  sites: RegistryReloader;
  log: BroadcastLog;
  /** How long local changes are gathered before one notice goes out (default 10 ms). */
  gatherMs?: number;
  /** When the same sites are announced a second time (default 500 ms); 0 sends once. */
  repeatAfterMs?: number;
  /** Pause before the first reconnection attempt; doubles up to 5 s (default 200 ms). */
  reconnectMs?: number;
  /** How often the listening connection is checked with a query (default 30 s): a silent network cut raises no error. */
  keepAliveMs?: number;
}

export interface ChangeBroadcastStats {
  sent: number;
  received: number;
  reconnects: number;
  /** Whether the listening connection is up. */
  listening: boolean;
}

export interface ChangeBroadcast {
  readonly stats: ChangeBroadcastStats;
  /** Sends what is still gathered, stops listening, and closes the dedicated connection. */
  close(): Promise<void>;
}

interface Notice {
  /** The sending process, so that a process skips its own notices (it already acted on them). */
  from: string;
  sites: number[];
  registry: boolean;
}

/**
 * Starts sending and receiving. Resolves once the listening connection is up (or has failed its
 * first attempt and is retrying in the background: serving does not wait for it).
 *
 * @example
 *   const broadcast = await startChangeBroadcast({ db: services.db.kysely, databaseUrl, sites: services.sites, log: app.log });
 *   // … on shutdown
 *   await broadcast.close();
 */
export async function startChangeBroadcast(options: ChangeBroadcastOptions): Promise<ChangeBroadcast> {
  const processId = randomBytes(8).toString('hex');
  const gatherMs = options.gatherMs ?? 10;
  const repeatAfterMs = options.repeatAfterMs ?? 500;
  const stats: ChangeBroadcastStats = { sent: 0, received: 0, reconnects: 0, listening: false };
  const log = options.log;
  let closed = false;

  // ---- sending ----
  const pendingSites = new Set<number>();
  let pendingRegistry = false;
  let gatherTimer: NodeJS.Timeout | undefined;
  const repeatTimers = new Set<NodeJS.Timeout>();
  let sending: Promise<void> = Promise.resolve();

  const schedule = () => {
    if (closed || gatherTimer) return;
    gatherTimer = setTimeout(() => {
      gatherTimer = undefined;
      void flush(true);
    }, gatherMs);
  };

  const flush = (repeat: boolean): Promise<void> => {
    if (pendingSites.size === 0 && !pendingRegistry) return sending;
    const sites = [...pendingSites];
    const registry = pendingRegistry;
    pendingSites.clear();
    pendingRegistry = false;
    if (repeat && repeatAfterMs > 0 && !closed) {
      const timer = setTimeout(() => {
        repeatTimers.delete(timer);
        for (const id of sites) pendingSites.add(id);
        pendingRegistry ||= registry;
        void flush(false);
      }, repeatAfterMs);
      timer.unref();
      repeatTimers.add(timer);
    }
    // One notice at a time, in order, so a burst cannot open every pooled connection.
    sending = sending.then(() => send({ from: processId, sites, registry }));
    return sending;
  };

  const send = async (notice: Notice) => {
    const chunks = notice.sites.length === 0 ? [[]] : chunk(notice.sites, MAX_SITES_PER_NOTICE);
    for (const [index, sites] of chunks.entries()) {
      const payload = JSON.stringify({ from: notice.from, sites, registry: notice.registry && index === 0 });
      try {
        await sql`select pg_notify(${CHANGE_CHANNEL}, ${payload})`.execute(options.db);
        stats.sent++;
      } catch (error) {
        // The database is unreachable, so the write that raised this likely failed too; other
        // processes' caches still expire on their own (ADR 0015), and their listeners reconnect.
        log.warn({ err: error, sites }, 'change broadcast: could not send a notice');
      }
    }
  };

  const stopSites = onSiteDataWritten((siteId, origin) => {
    if (origin !== 'local') return;
    pendingSites.add(siteId);
    schedule();
  });
  const stopRegistry = onRegistryChanged((origin) => {
    if (origin !== 'local') return;
    pendingRegistry = true;
    schedule();
  });

  // ---- receiving ----
  let client: pg.Client | undefined;
  let reconnectTimer: NodeJS.Timeout | undefined;
  let keepAliveTimer: NodeJS.Timeout | undefined;
  let pause = options.reconnectMs ?? 200;
  let everConnected = false;

  const receive = (message: pg.Notification) => {
    if (message.channel !== CHANGE_CHANNEL || !message.payload) return;
    let notice: Notice;
    try {
      notice = JSON.parse(message.payload) as Notice;
    } catch {
      log.warn({ payload: message.payload.slice(0, 200) }, 'change broadcast: ignored a notice that is not JSON');
      return;
    }
    if (notice.from === processId) return;
    stats.received++;
    for (const siteId of Array.isArray(notice.sites) ? notice.sites : []) {
      if (Number.isInteger(siteId) && siteId > 0) siteDataWritten(siteId, 'remote');
    }
    if (notice.registry) reloadRegistry();
  };

  const reloadRegistry = () => {
    options.sites.refreshIfChanged('remote').catch((error) => log.warn({ err: error }, 'change broadcast: could not reload the site registry'));
  };

  const dead = new WeakSet<pg.Client>();
  const lost = (lostClient: pg.Client, error: unknown) => {
    // 'error' and then 'end' both arrive for one loss: act once.
    if (closed || lostClient !== client || dead.has(lostClient)) return;
    dead.add(lostClient);
    stats.listening = false;
    log.warn({ err: error }, 'change broadcast: the listening connection was lost; reconnecting');
    clearInterval(keepAliveTimer);
    lostClient.removeAllListeners('notification');
    lostClient.end().catch(() => undefined);
    reconnectLater();
  };

  const reconnectLater = () => {
    if (closed || reconnectTimer) return;
    reconnectTimer = setTimeout(() => {
      reconnectTimer = undefined;
      void connect();
    }, pause);
    reconnectTimer.unref();
    pause = Math.min(pause * 2, 5_000);
  };

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: options.databaseUrl, keepAlive: true, application_name: 'ecotone change broadcast' });
    client = next;
    next.on('error', (error) => lost(next, error));
    next.on('end', () => lost(next, new Error('connection ended')));
    next.on('notification', receive);
    try {
      await next.connect();
      await next.query(`listen ${CHANGE_CHANNEL}`);
    } catch (error) {
      lost(next, error);
      return;
    }
    if (closed) {
      await next.end().catch(() => undefined);
      return;
    }
    stats.listening = true;
    pause = options.reconnectMs ?? 200;
    if (everConnected) {
      // Notices sent while this process was not listening are gone: forget everything cached.
      stats.reconnects++;
      log.info({}, 'change broadcast: listening again; forgetting every cached page');
      for (const site of options.sites.all()) siteDataWritten(site.id, 'remote');
      reloadRegistry();
    }
    everConnected = true;
    keepAliveTimer = setInterval(() => {
      next.query('select 1').catch((error) => lost(next, error));
    }, options.keepAliveMs ?? 30_000);
    keepAliveTimer.unref();
  };

  await connect();

  return {
    stats,
    async close() {
      clearTimeout(gatherTimer);
      gatherTimer = undefined;
      for (const timer of repeatTimers) clearTimeout(timer);
      repeatTimers.clear();
      await flush(false);
      closed = true;
      stopSites();
      stopRegistry();
      clearTimeout(reconnectTimer);
      clearInterval(keepAliveTimer);
      stats.listening = false;
      const last = client;
      client = undefined;
      await last?.end().catch(() => undefined);
    },
  };
}

function chunk<T>(values: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < values.length; i += size) chunks.push(values.slice(i, i + size));
  return chunks;
}
