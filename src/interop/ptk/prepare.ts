import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { type Mapped, mapObject, type MappingContext } from './mapping.ts';
import type { PtkObject } from './source.ts';
import { normaliseLanguage } from './values.ts';

/**
 * Reading an object and deciding what it becomes, apart from writing it: hashing (to skip what a
 * previous run already wrote) and mapping. Pure of the database, so it can run in a worker thread
 * beside the writes (`prepare-worker.ts`).
 */

/**
 * Bumped when the mapping changes what an object becomes (or what the hash covers), so that a
 * re-run writes every object again.
 */
export const mappingVersion = 4;

/** What an earlier run recorded for a path. */
export interface RecordRow {
  source_path: string;
  outcome: string;
  item_id: number | null;
  source_hash: string;
  details: string;
}

/**
 * An object as the writing side needs it: what it is and where it came from, its comments and
 * files, but not its properties and texts (the mapping has read those). They travel as `raw`.
 */
export type ReadObject = Omit<PtkObject, 'properties' | 'localized'>;

/** An object read and mapped, with what an earlier run made of it (`outcome: 'unchanged'` when it is the same). */
export interface Pending {
  object: ReadObject;
  /**
   * The object as read, as JSON (binaries by name, type and size, not their spill files; without
   * its location, which is `object.location`): kept in a quarantine row if it ends there. One
   * string crosses from the reading thread far more cheaply than the object's many values.
   */
  raw: string;
  mapped: Mapped;
  hash: string;
  existing: RecordRow | undefined;
}

/** The mapping's settings, as plain data (they cross to the worker). */
export interface LanguagePlan {
  languages: string[];
  defaultLanguage: string;
  /** Source code as written → site language. */
  languageMap: [string, string][];
  zone: string;
}

export function mappingContextOf(plan: LanguagePlan): MappingContext {
  const map = new Map(plan.languageMap);
  return {
    languages: plan.languages,
    defaultLanguage: plan.defaultLanguage,
    language: (code) => {
      const mapped = map.get(code);
      if (mapped) return mapped;
      const canonical = normaliseLanguage(code);
      return canonical && plan.languages.includes(canonical) ? canonical : null;
    },
    zone: plan.zone,
  };
}

/**
 * Hashes and maps one object. Unchanged since the recorded run (same hash, and the record is not
 * an item that has since gone): nothing to map. `force` maps it anyway (a retry from quarantine).
 */
export async function prepareObject(object: PtkObject, existing: RecordRow | undefined, context: MappingContext, force = false): Promise<Pending> {
  const read: ReadObject = {
    format: object.format, path: object.path, parentPath: object.parentPath, position: object.position, metaType: object.metaType,
    binaries: object.binaries, comments: object.comments, location: object.location,
  };
  const raw = rawObject(object);
  const hash = await hashObject(object, raw);
  const unchanged = !force && existing?.source_hash === hash && !(existing.outcome === 'item' && existing.item_id === null);
  if (unchanged) return { object: read, raw, mapped: { kind: 'quarantine', reason: 'unchanged' }, hash, existing: { ...existing!, outcome: 'unchanged' } };
  return { object: read, raw, mapped: mapObject(object, context), hash, existing };
}

/** `Pending.raw`: the object as read, without its location and its binaries' spill files. */
export function rawObject(object: PtkObject): string {
  // Copied key by key, in the object's own order (the hash covers this text); a rest and spread
  // copy costs several times as much per object on Node 20.
  const copy: Record<string, unknown> = {};
  for (const key in object) if (key !== 'location' && key !== 'binaries') copy[key] = object[key as keyof PtkObject];
  copy.binaries = object.binaries.map((b) => ({ role: b.role, language: b.language, fileName: b.fileName, declaredType: b.declaredType, size: b.size }));
  return JSON.stringify(copy);
}

/** What an object read gives (its raw JSON), with binaries by their SHA-256: equal hashes, nothing to do. */
export async function hashObject(object: PtkObject, raw = rawObject(object)): Promise<string> {
  const hash = createHash('sha256').update(`${mappingVersion}\n${raw}`);
  for (const b of object.binaries) hash.update(`\n${await sha256File(b.path)}`);
  return hash.digest('hex');
}

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
