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

/** Bumped when the mapping changes what an object becomes, so that a re-run writes every object again. */
export const mappingVersion = 2;

/** What an earlier run recorded for a path. */
export interface RecordRow {
  source_path: string;
  outcome: string;
  item_id: number | null;
  source_hash: string;
  details: string;
}

/** An object read and mapped, with what an earlier run made of it (`outcome: 'unchanged'` when it is the same). */
export interface Pending {
  object: PtkObject;
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
  const hash = await hashObject(object);
  const unchanged = !force && existing?.source_hash === hash && !(existing.outcome === 'item' && existing.item_id === null);
  if (unchanged) return { object, mapped: { kind: 'quarantine', reason: 'unchanged' }, hash, existing: { ...existing!, outcome: 'unchanged' } };
  return { object, mapped: mapObject(object, context), hash, existing };
}

/** What an object read gives, with binaries by their SHA-256: equal hashes, nothing to do. */
export async function hashObject(object: PtkObject): Promise<string> {
  const binaries = [];
  for (const b of object.binaries) binaries.push({ role: b.role, language: b.language ?? null, fileName: b.fileName, sha256: await sha256File(b.path) });
  const { location: _location, binaries: _binaries, ...rest } = object;
  return createHash('sha256').update(JSON.stringify({ mappingVersion, ...rest, binaries })).digest('hex');
}

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
