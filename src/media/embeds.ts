/**
 * External videos: the address an editor pastes (a YouTube or Vimeo page, share or embed link)
 * read into the one video it names. Pure functions, no network. The embed and watch URLs are
 * rebuilt from the validated parts, never copied from the input, so nothing an editor types
 * reaches a page except a strictly checked id, hash and start time.
 */

export type VideoProvider = 'youtube' | 'vimeo';

/** One external video, as the public page embeds and links it. */
export interface VideoEmbed {
  provider: VideoProvider;
  /** YouTube: 11 characters of `[A-Za-z0-9_-]`; Vimeo: digits. */
  id: string;
  /** Where playing starts, in whole seconds (absent for the beginning). */
  start?: number;
  /** Vimeo's private-link hash of an unlisted video (`vimeo.com/ID/HASH`, `?h=HASH`). */
  hash?: string;
  /** The player, started on load: only ever requested after the visitor asks to play. */
  embedUrl: string;
  /** The video's own page on the provider's site. */
  watchUrl: string;
}

/** The providers' names as visitors know them; brands, not translated. */
export const videoProviderNames: Readonly<Record<VideoProvider, string>> = { youtube: 'YouTube', vimeo: 'Vimeo' };

const youtubeHosts = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com', 'music.youtube.com', 'youtube-nocookie.com', 'www.youtube-nocookie.com']);
const vimeoHosts = new Set(['vimeo.com', 'www.vimeo.com']);
const vimeoPlayerHost = 'player.vimeo.com';

const youtubeId = /^[A-Za-z0-9_-]{11}$/;
// Vimeo ids are growing integers (nine digits in 2025); twelve leaves room and stays an integer.
const vimeoId = /^[1-9][0-9]{0,11}$/;
// Vimeo's private-link hashes are ten lower-case hex digits today; accept a little more, nothing else.
const vimeoHash = /^[0-9a-f]{6,32}$/;
/** Longest address considered: also the length the `embed` field stores. */
const maxUrlLength = 2000;
/** Longest start time kept (24 hours); anything larger is a typo, and the video starts at 0. */
const maxStartSeconds = 86_400;

/**
 * The video a YouTube or Vimeo address names, or null for anything else (another site, a channel,
 * a playlist, a malformed or hostile address). An address without a scheme (`youtu.be/…`) is read
 * as https.
 *
 * @example
 * parseVideoUrl('https://youtu.be/dQw4w9WgXcQ?t=42')
 * // { provider: 'youtube', id: 'dQw4w9WgXcQ', start: 42,
 * //   embedUrl: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&start=42',
 * //   watchUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s' }
 * parseVideoUrl('https://vimeo.com/76979871/8272103f6e')
 * // { provider: 'vimeo', id: '76979871', hash: '8272103f6e',
 * //   embedUrl: 'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1&h=8272103f6e', … }
 */
export function parseVideoUrl(input: string): VideoEmbed | null {
  const url = readUrl(input);
  if (!url) return null;
  const host = url.hostname.toLowerCase();
  if (youtubeHosts.has(host) || host === 'youtu.be') return youtube(url, host);
  if (vimeoHosts.has(host) || host === vimeoPlayerHost) return vimeo(url, host);
  return null;
}

/**
 * True when `url` names one YouTube or Vimeo video that `parseVideoUrl` can embed.
 *
 * @example isEmbeddableVideoUrl('https://www.youtube.com/shorts/dQw4w9WgXcQ') // true
 */
export function isEmbeddableVideoUrl(url: string): boolean {
  return parseVideoUrl(url) !== null;
}

/**
 * Why an `embed` field's value cannot be used, in English for the form (null when it can). An
 * address on YouTube or Vimeo that is not one video (a channel, a playlist) gets its own message,
 * since that is the usual mistake.
 *
 * @example
 * embedFieldProblem('https://vimeo.com/76979871') // null
 * embedFieldProblem('https://example.org/clip.mp4') // 'Must be a YouTube or Vimeo video address'
 */
export function embedFieldProblem(url: string): string | null {
  if (isEmbeddableVideoUrl(url)) return null;
  const parsed = readUrl(url);
  const host = parsed?.hostname.toLowerCase() ?? '';
  if (youtubeHosts.has(host) || host === 'youtu.be' || vimeoHosts.has(host) || host === vimeoPlayerHost) {
    return 'Must be the address of one video on YouTube or Vimeo (not a channel, a playlist or a search)';
  }
  return 'Must be a YouTube or Vimeo video address';
}

/** An http(s) URL on the default port without credentials, or null. */
function readUrl(input: string): URL | null {
  if (typeof input !== 'string') return null;
  const trimmed = input.trim();
  if (!trimmed || trimmed.length > maxUrlLength) return null;
  // Editors paste "youtu.be/…" or "www.youtube.com/…" without a scheme; anything with a scheme
  // (javascript:, data:) keeps it and is refused below.
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed.replace(/^\/\//, '')}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password || url.port) return null;
  return url;
}

function youtube(url: URL, host: string): VideoEmbed | null {
  let id: string | null | undefined;
  if (host === 'youtu.be') {
    id = /^\/([^/]+)\/?$/.exec(url.pathname)?.[1];
  } else if (url.pathname === '/watch' || url.pathname === '/watch/') {
    id = url.searchParams.get('v');
  } else {
    id = /^\/(?:embed|shorts|live|v)\/([^/]+)\/?$/.exec(url.pathname)?.[1];
  }
  if (!id || !youtubeId.test(id)) return null;
  // Share links say `t=` ("1m30s" or seconds), embed links `start=`; old links put `#t=` in the fragment.
  const start = startSeconds(url.searchParams.get('t') ?? url.searchParams.get('start') ?? fragmentTime(url));
  return {
    provider: 'youtube',
    id,
    ...(start ? { start } : {}),
    // The no-cookie host sets no tracking cookie until playing starts.
    embedUrl: `https://www.youtube-nocookie.com/embed/${id}?autoplay=1${start ? `&start=${start}` : ''}`,
    watchUrl: `https://www.youtube.com/watch?v=${id}${start ? `&t=${start}s` : ''}`,
  };
}

function vimeo(url: URL, host: string): VideoEmbed | null {
  const segments = url.pathname.split('/').filter(Boolean);
  let id: string | undefined;
  let hash: string | undefined;
  if (host === vimeoPlayerHost) {
    if (segments.length !== 2 || segments[0] !== 'video') return null;
    id = segments[1];
    hash = url.searchParams.get('h') ?? undefined;
  } else if (segments[0] === 'channels' && segments.length === 3) {
    // vimeo.com/channels/staffpicks/ID: a video shown in a channel.
    id = segments[2];
  } else if (segments.length === 1 || segments.length === 2) {
    [id, hash] = segments;
  } else {
    return null;
  }
  if (!id || !vimeoId.test(id)) return null;
  if (hash !== undefined && !vimeoHash.test(hash)) return null;
  const start = startSeconds(fragmentTime(url));
  const time = start ? `#t=${start}s` : '';
  return {
    provider: 'vimeo',
    id,
    ...(start ? { start } : {}),
    ...(hash ? { hash } : {}),
    // dnt=1: the player sets no cookies and records no session data.
    embedUrl: `https://player.vimeo.com/video/${id}?autoplay=1&dnt=1${hash ? `&h=${hash}` : ''}${time}`,
    watchUrl: `https://vimeo.com/${id}${hash ? `/${hash}` : ''}${time}`,
  };
}

/** `t=…` from a fragment such as `#t=1m30s`, or null. */
function fragmentTime(url: URL): string | null {
  return new URLSearchParams(url.hash.slice(1)).get('t');
}

/** "90", "90s", "1m30s", "1h2m3s" → seconds; null for anything else, zero or too large. */
function startSeconds(value: string | null): number | null {
  if (!value) return null;
  const match = /^(?:(\d{1,2})h)?(?:(\d{1,4})m)?(?:(\d{1,5})s?)?$/.exec(value);
  if (!match) return null;
  const seconds = Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
  return seconds > 0 && seconds <= maxStartSeconds ? seconds : null;
}
