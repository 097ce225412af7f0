import fs from 'node:fs';
import path from 'node:path';
import type { PtkObject, PtkReadProblem } from '../source.ts';
import type { PtkSource } from './detect.ts';
import { readExportJson } from './export-json.ts';
import { readJsonDump } from './json-dump.ts';
import { readNyexp } from './nyexp.ts';

/** A source of objects (not a glossary), as plain data: it crosses to the worker that reads it. */
export type ObjectSourceDescriptor = Exclude<PtkSource, { kind: 'glossary' }>;

/** Reads the source from the start; binaries a nyexp carries are written under `spillDir`. */
export function readSource(source: ObjectSourceDescriptor, spillDir: string): AsyncGenerator<PtkObject | PtkReadProblem> {
  switch (source.kind) {
    case 'nyexp':
      return readNyexp(fs.createReadStream(source.file), { sourceName: path.basename(source.file), spillDir });
    case 'json-dump':
      return readJsonDump(source.dir);
    case 'export-json':
      return readExportJson(source.file);
  }
}
