/**
 * An external video (YouTube, Vimeo) that loads nothing from the provider until the visitor asks.
 *
 * Public pages carry no JavaScript, so the placeholder is an `<iframe srcdoc>`: a tiny page of our
 * own, drawn inside the frame, with a play link to the provider's player. Following a link without
 * a target navigates the frame it is in, so the click replaces only the placeholder with the
 * player (which starts on load: `autoplay=1`), and the page around it stays. Until then the
 * provider sees no request, no cookie and no referrer: no thumbnail is shown either, since fetching
 * one would contact the provider.
 */
import { languageDirection } from '../../i18n/languages.ts';
import type { Translate } from '../../i18n/translator.ts';
import { videoProviderNames, type VideoEmbed as VideoEmbedData } from '../embeds.ts';

export interface VideoEmbedProps {
  /** The video, as `parseVideoUrl()` reads it from the field. */
  embed: VideoEmbedData;
  /** What the video is, e.g. the item's title: names the frame and the play link. */
  title: string;
  /** The page language: the placeholder's text, `lang` and writing direction. */
  language: string;
  t: Translate;
}

/**
 * A 16:9 frame showing a play link and a note that playing loads the video from the provider,
 * then a caption linking to the video on the provider's site (for print, reader modes and browsers
 * that block frames).
 *
 * @example
 * const embed = parseVideoUrl(item.fields.video);
 * {embed && <VideoEmbed embed={embed} title={translation.title} language={language} t={t} />}
 */
export function VideoEmbed(props: VideoEmbedProps) {
  const { embed, title, language, t } = props;
  const provider = videoProviderNames[embed.provider];
  return (
    <figure class="video-embed">
      <iframe
        class="video-embed__frame"
        title={t('media.embed.frameTitle', { title, provider })}
        // Preact escapes attribute values; placeholderDocument escapes for the inner document.
        srcdoc={placeholderDocument(props)}
        loading="lazy"
        allow="autoplay; fullscreen; picture-in-picture"
        allowFullScreen
        referrerpolicy="strict-origin-when-cross-origin"
      />
      <figcaption class="video-embed__caption">
        <a href={embed.watchUrl}>
          {t('media.embed.watchTitleOn', { title, provider })}
        </a>
      </figcaption>
    </figure>
  );
}

/**
 * The placeholder page, as HTML text. Everything interpolated is escaped here for the inner
 * document; the attribute layer is left to Preact, so that each layer is escaped exactly once.
 */
export function placeholderDocument(props: VideoEmbedProps): string {
  const { embed, title, language, t } = props;
  const provider = videoProviderNames[embed.provider];
  const e = escapeHtml;
  return (
    `<!doctype html><html lang="${e(language)}" dir="${languageDirection(language)}"><head><meta charset="utf-8">` +
    // YouTube's player refuses to start without a referrer: keep the origin even if the site sends
    // none, and never more than the origin.
    `<meta name="referrer" content="strict-origin-when-cross-origin">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<style>${placeholderStyle}</style></head><body>` +
    `<a class="play" href="${e(embed.embedUrl)}">${playIcon}<span>${e(t('media.embed.play', { title }))}</span></a>` +
    `<p class="note">${e(t('media.embed.privacyNotice', { provider }))} ` +
    `<a href="${e(embed.watchUrl)}" target="_blank" rel="noopener">${e(t('media.embed.watchOnNewTab', { provider }))}</a></p>` +
    `</body></html>`
  );
}

/** `&`, `<`, `>`, `"` and `'` as character references: safe in text and in quoted attributes. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// The frame's page gets none of the site's CSS. Colours are fixed (light on near-black, like a
// player, contrast above 12:1) and sizes small enough that a 328 px wide phone frame (184 px high)
// holds the icon, the title and a two-line note.
const placeholderStyle = [
  'html,body{height:100%;margin:0}',
  'body{box-sizing:border-box;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:.5rem;padding:.75rem;overflow:auto;background:#1b1f1d;color:#f3f5f2;font:15px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Tahoma,Arial,sans-serif;text-align:center}',
  'a{color:#fff}',
  'a:focus-visible{outline:3px solid #ffd54a;outline-offset:3px}',
  '.play{display:flex;flex-direction:column;align-items:center;gap:.35rem;font-weight:600;text-decoration:none}',
  '.play span{display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:2;overflow:hidden}',
  '.play:hover span{text-decoration:underline}',
  '.play svg{width:3rem;height:3rem}',
  '.play:hover circle,.play:focus-visible circle{fill:#1d5e3b}',
  '.note{margin:0;max-width:36rem;font-size:.8rem}',
  '@media (min-width:560px){body{font-size:17px;gap:.9rem}.play svg{width:4.5rem;height:4.5rem}.note{font-size:.85rem}}',
].join('');

// Drawn here, not fetched: a circle with a triangle. Not mirrored for right-to-left languages:
// play symbols point right in every script.
const playIcon =
  '<svg viewBox="0 0 64 64" aria-hidden="true" focusable="false"><circle cx="32" cy="32" r="30" fill="#000" fill-opacity=".6" stroke="#fff" stroke-width="3"/><path d="M26 20v24l19-12z" fill="#fff"/></svg>';
