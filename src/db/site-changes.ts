/**
 * An in-process signal that a site's rows were written, raised by `SiteScope` for every insert,
 * update and delete it builds (and again when a scoped transaction ends, once the rows are
 * committed), and by the site directory when a site's registry row changed. In-memory caches of
 * what visitors see (rendered pages, public menus, library files) listen to forget exactly that
 * site.
 *
 * Other server processes hear it through the change broadcast (`change-broadcast.ts`, ADR 0023):
 * on PostgreSQL a local signal is sent to every process with `NOTIFY`, and what arrives from
 * another process is raised here again with the origin `remote`, so caches forget it the same way
 * while the broadcast does not send it back out. Caches also keep their entries only for seconds
 * to a minute, which bounds what a lost notification can cost.
 */
export type ChangeOrigin = 'local' | 'remote';
type Listener = (siteId: number, origin: ChangeOrigin) => void;
type RegistryListener = (origin: ChangeOrigin) => void;

const listeners = new Set<Listener>();
const registryListeners = new Set<RegistryListener>();

/** Calls `listener` with the site's id whenever its data is written; returns a function that stops it. */
export function onSiteDataWritten(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Raised by `SiteScope` (local writes) and by the change broadcast (`remote`, another process wrote). */
export function siteDataWritten(siteId: number, origin: ChangeOrigin = 'local'): void {
  for (const listener of listeners) listener(siteId, origin);
}

/**
 * Calls `listener` when the site registry (sites, domains) changed: in this process after the
 * directory reloaded a new version, or in another (`remote`), so the directory should reload.
 */
export function onRegistryChanged(listener: RegistryListener): () => void {
  registryListeners.add(listener);
  return () => registryListeners.delete(listener);
}

export function registryChanged(origin: ChangeOrigin = 'local'): void {
  for (const listener of registryListeners) listener(origin);
}
