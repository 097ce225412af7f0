/**
 * What every PTK export format is read into before it is mapped: one `PtkObject` per Naaya
 * object, whatever file it came from (nyexp XML, the per-object JSON dump, the whole-site
 * `export_json`). Readers keep values as they found them; `values.ts` reads their many shapes
 * (dates, language codes, per-language maps) and `mapping.ts` decides what each becomes.
 */

/** The export formats the importer reads (glossaries are read apart, into a site vocabulary). */
export type PtkFormat = 'nyexp' | 'json-dump' | 'export-json';

/** Bytes an object carried: a picture, a file, a language's file of an Extended File. */
export interface PtkBinary {
  /** What the bytes are to the object: `file`, `bigpicture`, `smallpicture`, `frontpicture`, `img` (embedded image), `media`. */
  role: string;
  /** The language of a per-language file (Extended File, Blob File), as found. */
  language?: string;
  /** The file name to show: the object's download name, an embedded image's id, or the dump's file name. */
  fileName: string;
  /** The content type the source declared (never trusted: uploads are typed from their bytes). */
  declaredType?: string;
  /** A file on disk holding the decoded bytes (a spill file of the reader, or a file of the dump). */
  path: string;
  size: number;
}

export interface PtkComment {
  id: string;
  title: string;
  body: string;
  author: string;
  /** As found: a Zope DateTime string, an ISO-like string, or empty. */
  date: string;
  spam: boolean;
}

export interface PtkObject {
  format: PtkFormat;
  /**
   * The object's path inside the PTK site without a leading or trailing slash
   * (`news/cop10-report`): the key that makes a re-run update rather than duplicate, and the
   * old address that redirects to the new one.
   */
  path: string;
  /** The path of the folder holding it, `''` for the site root. */
  parentPath: string;
  /** Its position among its parent's children in the source, for a stable order beside `sortorder`. */
  position: number;
  metaType: string;
  /** Properties that are the same in every language, as found (strings, numbers, null, lists, maps). */
  properties: Record<string, unknown>;
  /** Localized properties: property → language code as found (`FR`, `fr-BE`) → value. */
  localized: Record<string, Record<string, string>>;
  binaries: PtkBinary[];
  comments: PtkComment[];
  /** Where in the source the object is, for messages: `file.nyexp line 120`, `news/x/x.json`. */
  location: string;
}

/** A problem a reader met that did not stop it, or the one that did (`fatal`). */
export interface PtkReadProblem {
  location: string;
  message: string;
  fatal: boolean;
}

/** A glossary dump: folders (themes) of elements (terms), names and definitions per language. */
export interface PtkGlossary {
  /** The glossary's id: the dump's folder or zip name (`chm_terms`), lower-cased. */
  id: string;
  languages: Record<string, string>;
  description: Record<string, string>;
  terms: PtkGlossaryTerm[];
}

export interface PtkGlossaryTerm {
  id: string;
  /** The folder's id for an element, null for a folder. */
  parentId: string | null;
  /** The title attribute (the source language name). */
  title: string;
  names: Record<string, string>;
  definitions: Record<string, string>;
}

export function isReadProblem(entry: PtkObject | PtkReadProblem): entry is PtkReadProblem {
  return !('metaType' in entry);
}
