/**
 * Downloads on an item page. Visitors on slow or metered connections decide before they tap, so
 * each file says what it is ("PDF", "Excel spreadsheet") and how big it is, in the page language.
 */
import type { MediaKind } from '../../config.ts';
import type { Translate } from '../../i18n/translator.ts';
import { formatBytes } from '../../web/format.ts';
import { acceptedTypes, extensionOf } from '../schema.ts';

/** One file offered for download, as the item's presenter gives it. */
export interface AttachmentFile {
  /** The uploader's file name, shown as the link text. */
  filename: string;
  /** Where it is served (`mediaUrl(file)`); the server sends it with Content-Disposition. */
  url: string;
  /** The stored MIME type (found in the bytes), e.g. `application/pdf`. */
  contentType: string;
  bytes: number;
  kind: MediaKind;
}

export interface AttachmentsProps {
  files: readonly AttachmentFile[];
  language: string;
  t: Translate;
  /** Level of the "Downloads" heading; 2 by default. */
  headingLevel?: 2 | 3;
}

/**
 * A headed list of downloads: the file name as the link, then its type in words and its size, e.g.
 * "Report.pdf (PDF, 2.4 MB)". Renders nothing without files.
 *
 * @example
 * <Attachments files={[{ filename: 'Report.pdf', url: '/media/7/9f86….pdf', contentType: 'application/pdf', bytes: 2_400_000, kind: 'document' }]}
 *   language="en" t={t} />
 */
export function Attachments(props: AttachmentsProps) {
  const { files, language, t } = props;
  if (!files.length) return null;
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  return (
    <section class="attachments">
      <Heading>{t('media.attachments.heading')}</Heading>
      <ul class="attachments__list">
        {files.map((file) => (
          <li>
            {/* `type` lets the browser (and a screen reader that announces it) know the format before the request. */}
            <a href={file.url} type={file.contentType}>
              {file.filename}
            </a>{' '}
            <span class="attachments__details">{t('media.attachments.details', { type: fileTypeName(file, t), size: formatBytes(file.bytes, language) })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The catalogue key naming a stored content type (`media.attachments.type.<acceptedTypes key>`),
 * or null for a type uploads do not accept. Types that share a MIME type (`oga`, `ogg`) share the
 * first one's key.
 *
 * @example typeNameKey('application/pdf') // 'media.attachments.type.pdf'
 */
export function typeNameKey(contentType: string): string | null {
  const exact = contentType.trim().toLowerCase();
  const base = exact.split(';')[0]!.trim();
  const entries = Object.entries(acceptedTypes);
  // The exact type first, so that `audio/ogg; codecs=opus` is Opus, not Ogg.
  const found = entries.find(([, type]) => type.mime === exact) ?? entries.find(([, type]) => type.mime.split(';')[0] === base);
  return found ? `media.attachments.type.${found[0]}` : null;
}

/** The type in words: its name from the catalogue, else the extension ("ZIP"), else the kind ("Document"). */
export function fileTypeName(file: Pick<AttachmentFile, 'filename' | 'contentType' | 'kind'>, t: Translate): string {
  const key = typeNameKey(file.contentType);
  if (key) return t(key);
  const extension = extensionOf(file.filename);
  if (/^[a-z0-9]{1,8}$/.test(extension)) return extension.toUpperCase();
  return t(`media.attachments.kind.${file.kind}`);
}
