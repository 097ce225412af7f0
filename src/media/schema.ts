import { formatBytes as formatBytesIn } from '../web/format.ts';
import type { MediaKind, MediaLimits } from '../config.ts';
import { AppError } from '../errors.ts';

/**
 * What an upload may be, and the typed errors for what it may not (ADR 0010). Every refusal names
 * the file, says what is wrong, and carries a stable `code` the admin can translate later.
 */

/** One accepted type: its kind, canonical MIME type, and the extensions a file name may use for it. */
export interface AcceptedType {
  kind: MediaKind;
  mime: string;
  label: string;
  extensions: readonly string[];
}

/**
 * The allowlist, keyed by the type name `file-type` reports (`ext`), plus `txt`/`csv`, which have
 * no magic bytes and are recognised as UTF-8 text. Anything else is refused. SVG is refused
 * altogether (it is a document that can run script; see ADR 0010).
 */
export const acceptedTypes: Readonly<Record<string, AcceptedType>> = {
  jpg: { kind: 'image', mime: 'image/jpeg', label: 'JPEG image', extensions: ['jpg', 'jpeg', 'jpe', 'jfif'] },
  png: { kind: 'image', mime: 'image/png', label: 'PNG image', extensions: ['png'] },
  apng: { kind: 'image', mime: 'image/apng', label: 'animated PNG image', extensions: ['png', 'apng'] },
  webp: { kind: 'image', mime: 'image/webp', label: 'WebP image', extensions: ['webp'] },
  avif: { kind: 'image', mime: 'image/avif', label: 'AVIF image', extensions: ['avif'] },
  gif: { kind: 'image', mime: 'image/gif', label: 'GIF image', extensions: ['gif'] },
  pdf: { kind: 'document', mime: 'application/pdf', label: 'PDF document', extensions: ['pdf'] },
  docx: { kind: 'document', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'Word document', extensions: ['docx'] },
  xlsx: { kind: 'document', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', label: 'Excel spreadsheet', extensions: ['xlsx'] },
  pptx: { kind: 'document', mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', label: 'PowerPoint presentation', extensions: ['pptx'] },
  odt: { kind: 'document', mime: 'application/vnd.oasis.opendocument.text', label: 'OpenDocument text', extensions: ['odt'] },
  ods: { kind: 'document', mime: 'application/vnd.oasis.opendocument.spreadsheet', label: 'OpenDocument spreadsheet', extensions: ['ods'] },
  odp: { kind: 'document', mime: 'application/vnd.oasis.opendocument.presentation', label: 'OpenDocument presentation', extensions: ['odp'] },
  txt: { kind: 'document', mime: 'text/plain; charset=utf-8', label: 'plain text file', extensions: ['txt', 'text', 'md'] },
  csv: { kind: 'document', mime: 'text/csv; charset=utf-8', label: 'CSV table', extensions: ['csv'] },
  mp3: { kind: 'audio', mime: 'audio/mpeg', label: 'MP3 audio', extensions: ['mp3'] },
  m4a: { kind: 'audio', mime: 'audio/mp4', label: 'M4A audio', extensions: ['m4a'] },
  oga: { kind: 'audio', mime: 'audio/ogg', label: 'Ogg audio', extensions: ['oga', 'ogg'] },
  ogg: { kind: 'audio', mime: 'audio/ogg', label: 'Ogg audio', extensions: ['ogg', 'oga'] },
  opus: { kind: 'audio', mime: 'audio/ogg; codecs=opus', label: 'Opus audio', extensions: ['opus', 'ogg'] },
  wav: { kind: 'audio', mime: 'audio/wav', label: 'WAV audio', extensions: ['wav'] },
  flac: { kind: 'audio', mime: 'audio/flac', label: 'FLAC audio', extensions: ['flac'] },
  mp4: { kind: 'video', mime: 'video/mp4', label: 'MP4 video', extensions: ['mp4', 'm4v'] },
  webm: { kind: 'video', mime: 'video/webm', label: 'WebM video', extensions: ['webm'] },
  ogv: { kind: 'video', mime: 'video/ogg', label: 'Ogg video', extensions: ['ogv', 'ogg'] },
};

/** Sizes are decimal throughout (1 MB = 1,000,000 bytes): limits, messages and pages say the same number. */
const MB = 1_000_000;

/** Default largest upload per kind, in bytes: the defaults of `MEDIA_MAX_<KIND>_MB` (`config.ts`) and of `storeUpload()`. */
export const DEFAULT_MEDIA_LIMITS: Readonly<MediaLimits> = { image: 25 * MB, document: 100 * MB, audio: 500 * MB, video: 500 * MB };

/**
 * Default largest image, in pixels (width × height): 50 megapixels, more than any phone or common
 * camera makes, far less than a decompression bomb. The default of `MEDIA_MAX_IMAGE_MEGAPIXELS`
 * (`config.ts`), of `storeUpload()` and of `makeImageVariants()`.
 */
export const DEFAULT_MAX_IMAGE_PIXELS = 50_000_000;

/** Longest accepted file name, in characters (file systems allow 255 bytes; leave room for UTF-8). */
export const maxFilenameLength = 200;

/** Base of every upload refusal: `code`, an HTTP status among 400/413/415/422, and the file it concerns. */
export class MediaUploadError extends AppError {
  constructor(
    code: string,
    statusCode: 400 | 413 | 415 | 422,
    message: string,
    readonly filename: string,
    options?: { cause?: unknown },
  ) {
    super(code, statusCode, message, options);
  }
}

/** 400: the file name itself is unusable (`media_filename_missing`, `media_filename_invalid`, `media_filename_too_long`). */
export class MediaFilenameError extends MediaUploadError {
  constructor(code: 'media_filename_missing' | 'media_filename_invalid' | 'media_filename_too_long', message: string, filename: string) {
    super(code, 400, message, filename);
  }
}

/** 413: larger than the limit for its kind (`media_too_large`), found while streaming. */
export class MediaTooLargeError extends MediaUploadError {
  constructor(
    filename: string,
    readonly kind: MediaKind,
    readonly limitBytes: number,
  ) {
    super('media_too_large', 413, `"${filename}" is larger than ${formatBytes(limitBytes)}, the limit for ${kind} files`, filename);
  }
}

/** 415: a type we do not take (`media_type_refused`, `media_svg_refused`, `media_type_unknown`) or a name that lies (`media_extension_mismatch`). */
export class MediaTypeError extends MediaUploadError {
  constructor(code: 'media_type_refused' | 'media_svg_refused' | 'media_type_unknown' | 'media_extension_mismatch', message: string, filename: string) {
    super(code, 415, message, filename);
  }
}

/** 422: the content is of an accepted type but unusable (`media_empty`, `media_image_too_large`, `media_image_unreadable`). */
export class MediaContentError extends MediaUploadError {
  constructor(code: 'media_empty' | 'media_image_too_large' | 'media_image_unreadable', message: string, filename: string, options?: { cause?: unknown }) {
    super(code, 422, message, filename, options);
  }
}

// Control characters (C0, DEL, C1) and the bidirectional overrides that make `gpj.exe` look like `exe.jpg`.
// eslint-disable-next-line no-control-regex
const forbiddenCharacters = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/**
 * Checks an uploaded file's name and returns it cleaned (NFC, trimmed). Refused: empty names,
 * path separators (`/`, `\`), `..`, control and bidi-override characters, names over 200
 * characters, and names made only of dots. The name is only ever shown or offered as a download
 * name; the stored key never derives from it.
 */
export function cleanFilename(raw: string | undefined | null): string {
  const shown = JSON.stringify(String(raw ?? '').slice(0, 80));
  const name = String(raw ?? '').normalize('NFC').trim();
  if (!name) throw new MediaFilenameError('media_filename_missing', 'The uploaded file has no name', '');
  if (forbiddenCharacters.test(name)) throw new MediaFilenameError('media_filename_invalid', `The file name ${shown} contains control characters; rename the file and upload it again`, name);
  if (/[/\\]/.test(name)) throw new MediaFilenameError('media_filename_invalid', `The file name ${shown} contains a path separator (/ or \\); upload the file under its own name only`, name);
  if (name.includes('..') || /^\.+$/.test(name)) throw new MediaFilenameError('media_filename_invalid', `The file name ${shown} contains ".."; rename the file and upload it again`, name);
  if ([...name].length > maxFilenameLength) throw new MediaFilenameError('media_filename_too_long', `The file name ${shown}… is longer than ${maxFilenameLength} characters`, name);
  return name;
}

/** The lower-case extension of a file name (`photo.JPG` → `jpg`), or `''`. */
export function extensionOf(filename: string): string {
  const dot = filename.lastIndexOf('.');
  return dot > 0 ? filename.slice(dot + 1).toLowerCase() : '';
}

/** A size in the English messages of errors (pages use `formatBytes` of `web/format.ts` in their language). */
export function formatBytes(bytes: number): string {
  return formatBytesIn(bytes, 'en');
}
