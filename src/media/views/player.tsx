/**
 * An uploaded recording or video, played by the browser's own controls. `preload="none"`: nothing
 * is downloaded until the visitor presses play (a page with three videos costs no data on a
 * metered connection), and then only the byte ranges played, which the media route serves.
 */
import type { Translate } from '../../i18n/translator.ts';

export interface MediaPlayerProps {
  kind: 'audio' | 'video';
  /** Where the file is served (`mediaUrl(file)`). */
  url: string;
  /** The stored MIME type, so a browser skips a format it cannot play without fetching it. */
  contentType: string;
  /** What it is, e.g. the file's caption or the item's title: the player's accessible name. */
  title: string;
  t: Translate;
}

/**
 * `<video controls preload="none" playsinline>` or `<audio controls preload="none">` with one
 * `<source>`; inside, for browsers that cannot play it, a link to download the file.
 *
 * @example
 * <MediaPlayer kind="audio" url="/media/9/1c2f….mp3" contentType="audio/mpeg" title="Interview with the ranger" t={t} />
 */
export function MediaPlayer(props: MediaPlayerProps) {
  const { kind, url, contentType, title, t } = props;
  const fallback = (
    <p>
      <a href={url} type={contentType}>
        {t(kind === 'video' ? 'media.player.downloadVideo' : 'media.player.downloadAudio', { title })}
      </a>
    </p>
  );
  const source = <source src={url} type={contentType} />;
  if (kind === 'video') {
    return (
      // playsinline: phones play in the page instead of jumping to full screen.
      <video class="media-player media-player--video" controls preload="none" playsinline aria-label={title}>
        {source}
        {fallback}
      </video>
    );
  }
  return (
    <audio class="media-player media-player--audio" controls preload="none" aria-label={title}>
      {source}
      {fallback}
    </audio>
  );
}
