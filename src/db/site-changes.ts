/**
 * An in-process signal that a site's rows were written, raised by `SiteScope` for every insert,
 * update and delete it builds (and again when a scoped transaction ends, once the rows are
 * committed). In-memory caches of what visitors see (the public menus today, rendered pages
 * later) listen to forget exactly that site. Another server process does not hear it, so such a
 * cache also keeps its entries only for a few seconds.
 */
type Listener = (siteId: number) => void;

const listeners = new Set<Listener>();

/** Calls `listener` with the site's id whenever its data is written; returns a function that stops it. */
export function onSiteDataWritten(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function siteDataWritten(siteId: number): void {
  for (const listener of listeners) listener(siteId);
}
