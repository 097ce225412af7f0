/**
 * A bounded memo of recent values, for work repeated on the same input within a short span (a
 * text sanitised, then checked again when it is saved; a link that a site's texts repeat). Two
 * generations: when the newer holds `perGeneration` entries it becomes the older and the older is
 * dropped whole, so between `perGeneration` and twice that many of the latest are kept, at no cost
 * per entry (an import remembers every text it reads, and deleting the oldest entry on each insert
 * was a measurable part of it).
 *
 * @example
 *   const recent = new RecentValues<string, string>(1000);
 *   const cleaned = recent.get(html) ?? recent.set(html, clean(html));
 */
export class RecentValues<K, V> {
  private newer = new Map<K, V>();
  private older = new Map<K, V>();

  constructor(private readonly perGeneration: number) {}

  get(key: K): V | undefined {
    // `has` first: a remembered value may itself be null.
    return this.newer.has(key) ? this.newer.get(key) : this.older.get(key);
  }

  has(key: K): boolean {
    return this.newer.has(key) || this.older.has(key);
  }

  /** Remembers `value` for `key` and returns it. */
  set(key: K, value: V): V {
    this.newer.set(key, value);
    if (this.newer.size >= this.perGeneration) {
      this.older = this.newer;
      this.newer = new Map();
    }
    return value;
  }
}
