/**
 * Reader of a Naaya glossary dump (`NyGlossary.dump_export`, reference B4): `translations.xml`
 * (folders of elements, each with a name and a definition per language) and `metadata.json`
 * (the glossary's languages and description).
 */
import { createReadStream } from 'node:fs';
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import sax from 'sax';
import type { SAXOptions, Tag } from 'sax';
import type { PtkGlossary, PtkGlossaryTerm } from '../source.ts';
import { errorMessage, isPlainObject, locateJsonSyntaxError, stripBom } from './export-json.ts';

/** A glossary dump that cannot be read; the message names the file and, for syntax, the line and column. */
export class GlossaryReadError extends Error {
  readonly code = 'ptk_glossary_unreadable';
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
    readonly column?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'GlossaryReadError';
  }
}

/** The two files of a dump inside `dir`: under `glossary/` as the zip has them, or directly. */
export async function findGlossaryFiles(dir: string): Promise<{ translations: string; metadata: string } | null> {
  for (const base of [path.join(dir, 'glossary'), dir]) {
    const translations = path.join(base, 'translations.xml');
    const metadata = path.join(base, 'metadata.json');
    if ((await exists(translations)) && (await exists(metadata))) return { translations, metadata };
  }
  return null;
}

/**
 * Reads a glossary dump folder. Its id is the folder's name (`chm-terms-glossary` →
 * `chm_terms_glossary`) unless `options.id` is given.
 *
 * @example
 * const glossary = await readGlossary('/tmp/upload/chm-terms-glossary');
 * glossary.terms.filter((term) => term.parentId === null); // the themes
 */
export async function readGlossary(dir: string, options: { id?: string } = {}): Promise<PtkGlossary> {
  const files = await findGlossaryFiles(dir);
  if (!files) {
    throw new GlossaryReadError(`${dir} holds no glossary dump: glossary/translations.xml and glossary/metadata.json (or the two files directly) are needed`, dir);
  }
  const metadata = await readMetadata(files.metadata);
  const terms = await readTranslations(files.translations);
  return {
    id: options.id ?? path.basename(path.resolve(dir)).toLowerCase().replaceAll('-', '_'),
    languages: metadata.languages,
    description: metadata.description,
    terms,
  };
}

async function readMetadata(file: string): Promise<{ languages: Record<string, string>; description: Record<string, string> }> {
  let content: string;
  try {
    content = stripBom(await readFile(file, 'utf8'));
  } catch (error) {
    throw new GlossaryReadError(`${file} cannot be read: ${errorMessage(error)}`, file, undefined, undefined, { cause: error });
  }
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    const at = locateJsonSyntaxError(content, error);
    throw new GlossaryReadError(`${file} line ${at.line}, column ${at.column}: not valid JSON (${errorMessage(error)})`, file, at.line, at.column, { cause: error });
  }
  if (!isPlainObject(data)) throw new GlossaryReadError(`${file} is not a glossary's metadata: it holds no object`, file);
  const languages = stringMap(data.languages);
  if (!languages) throw new GlossaryReadError(`${file} is not a glossary's metadata: "languages" is not a map of language codes to names`, file);
  const properties = isPlainObject(data.properties) ? data.properties : {};
  const description = properties.description === undefined || properties.description === null ? {} : stringMap(properties.description);
  if (!description) throw new GlossaryReadError(`${file}: "properties.description" is not a map of language codes to texts`, file);
  return { languages, description };
}

/**
 * Streams `translations.xml` through sax in strict mode. Only the five XML entities and numeric
 * references are decoded; a DOCTYPE declaring entities is refused outright, so neither an entity
 * bomb nor an external entity can be smuggled in through a glossary upload.
 */
async function readTranslations(file: string): Promise<PtkGlossaryTerm[]> {
  // `strictEntities` is read by sax but missing from its type definitions.
  const options: SAXOptions & { strictEntities: boolean } = { trim: false, normalize: false, position: true, strictEntities: true };
  const parser = sax.parser(true, options);
  const fail = (message: string): never => {
    throw new GlossaryReadError(`${file} line ${parser.line + 1}, column ${parser.column + 1}: ${message}`, file, parser.line + 1, parser.column + 1);
  };

  const terms: PtkGlossaryTerm[] = [];
  /** Open elements, innermost last. */
  const open: string[] = [];
  let folder: PtkGlossaryTerm | null = null;
  let element: PtkGlossaryTerm | null = null;
  /** Where the text of the open `<translation>` goes, and its language. */
  let translation: { into: Record<string, string>; lang: string; text: string } | null = null;
  let sawRoot = false;

  parser.onerror = (error) => fail(error.message.split('\n')[0] ?? 'not well-formed XML');
  parser.ondoctype = (doctype) => {
    if (/<!ENTITY/i.test(doctype)) fail('the DOCTYPE declares entities, which are refused (they are never expanded)');
  };
  parser.onopentag = (node) => {
    const tag = node as Tag;
    const parent = open.at(-1);
    open.push(tag.name);
    if (!sawRoot) {
      sawRoot = true;
      if (tag.name !== 'glossary') fail(`the root element is <${tag.name}>, not <glossary>`);
      return;
    }
    if (tag.name === 'folder' && parent === 'glossary') {
      folder = term(tag, null);
      terms.push(folder);
    } else if (tag.name === 'element' && ((parent === 'folder' && folder) || parent === 'glossary')) {
      // An element straight under <glossary> does not occur in Naaya's dumps; it is kept as a top-level term rather than lost.
      element = term(tag, parent === 'folder' ? folder!.id : null);
      terms.push(element);
    } else if (tag.name === 'translation' && (parent === 'name' || parent === 'definition')) {
      const owner = element ?? folder;
      const lang = tag.attributes.lang;
      if (!owner) fail('a <translation> outside any folder or element');
      if (!lang) fail('a <translation> without a lang attribute');
      translation = { into: parent === 'name' ? owner!.names : owner!.definitions, lang: lang!, text: '' };
    }
  };
  parser.ontext = (text) => {
    if (translation) translation.text += text;
  };
  parser.oncdata = (text) => {
    if (translation) translation.text += text;
  };
  parser.onclosetag = (name) => {
    open.pop();
    if (name === 'translation' && translation && open.at(-1) !== 'translation') {
      translation.into[translation.lang] = translation.text.trim();
      translation = null;
    } else if (name === 'element') {
      element = null;
    } else if (name === 'folder') {
      folder = null;
    }
  };
  const term = (tag: Tag, parentId: string | null): PtkGlossaryTerm => {
    const id = tag.attributes.id;
    if (!id) fail(`a <${tag.name}> without an id attribute`);
    return { id: id!, parentId, title: tag.attributes.title ?? '', names: {}, definitions: {} };
  };

  const stream = createReadStream(file, { encoding: 'utf8' });
  try {
    let first = true;
    for await (const chunk of stream as AsyncIterable<string>) {
      parser.write(first ? stripBom(chunk) : chunk);
      first = false;
    }
    parser.close();
  } catch (error) {
    if (error instanceof GlossaryReadError) throw error;
    throw new GlossaryReadError(`${file} cannot be read: ${errorMessage(error)}`, file, undefined, undefined, { cause: error });
  } finally {
    stream.destroy();
  }
  if (!sawRoot) throw new GlossaryReadError(`${file} holds no <glossary> element`, file);
  return terms;
}

function stringMap(value: unknown): Record<string, string> | null {
  if (!isPlainObject(value)) return null;
  const result: Record<string, string> = {};
  for (const [key, text] of Object.entries(value)) {
    if (typeof text !== 'string') return null;
    result[key] = text;
  }
  return result;
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
