import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { translator } from '../../i18n/translator.ts';
import { parseVideoUrl, type VideoEmbed as VideoEmbedData } from '../embeds.ts';
import { VideoEmbed } from './embed.tsx';

const youtube = parseVideoUrl('https://youtu.be/dQw4w9WgXcQ?t=62')!;
const vimeo = parseVideoUrl('https://vimeo.com/76979871/8272103f6e')!;

/** What an HTML parser makes of character references, for attribute values and text. */
function decode(html: string): string {
  return html.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi, (_, dec: string, hex: string, name: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name.toLowerCase() as 'amp']!;
  });
}

function render(embed: VideoEmbedData, title: string, language = 'en') {
  const html = renderToString(<VideoEmbed embed={embed} title={title} language={language} t={translator(language)} />);
  // Attribute by attribute: `>` is legal, unescaped, inside a quoted value such as srcdoc.
  const iframe = /<iframe(?:\s+[\w-]+(?:="[^"]*")?)*\s*>/.exec(html)?.[0] ?? '';
  const attr = (name: string) => {
    const raw = new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(iframe)?.[1];
    return raw === undefined ? undefined : decode(raw);
  };
  // The placeholder page exactly as the browser builds it from the attribute.
  const inner = attr('srcdoc') ?? '';
  const outside = html.replace(/\ssrcdoc="[^"]*"/, '');
  return { html, iframe, attr, inner, outside };
}

/** The text of the inner page's elements, as its reader sees it. */
const innerLinks = (inner: string) => [...inner.matchAll(/<a ([^>]*)>(.*?)<\/a>/g)].map((m) => ({ attrs: m[1]!, text: decode(m[2]!.replace(/<[^>]+>/g, '')) }));

describe('VideoEmbed', () => {
  it('loads nothing from the provider until the visitor clicks: no src, no thumbnail, no script', () => {
    for (const embed of [youtube, vimeo]) {
      const { html, iframe, inner, outside } = render(embed, 'Mangroves at low tide');
      assert.doesNotMatch(iframe, /\ssrc=/, 'the frame has no src: it shows srcdoc');
      assert.doesNotMatch(html, /<script|<img|<link|<object|<embed/i);
      assert.doesNotMatch(outside, /src=/i, 'nothing outside the placeholder references a provider resource');
      assert.doesNotMatch(inner, /\ssrc=|<img|<script|<iframe|<link|@import|url\(/i, 'the placeholder fetches nothing');
      assert.doesNotMatch(outside, /youtube-nocookie|player\.vimeo/, 'the player address appears only inside the placeholder');
    }
  });

  it('plays in the frame itself: the play link points at the autoplaying no-cookie player, without target', () => {
    const { inner } = render(youtube, 'Mangroves');
    const [play, watch] = innerLinks(inner);
    assert.match(play!.attrs, /^class="play" href="[^"]*"$/);
    assert.equal(decode(/href="([^"]*)"/.exec(play!.attrs)![1]!), 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&start=62');
    assert.equal(play!.text, 'Play the video “Mangroves”');
    assert.equal(decode(/href="([^"]*)"/.exec(watch!.attrs)![1]!), 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=62s');
    assert.match(watch!.attrs, /target="_blank" rel="noopener"/);
    assert.equal(watch!.text, 'Watch on YouTube (opens in a new tab)');
  });

  it('tells the visitor, before playing, that the video comes from the provider and may set cookies', () => {
    assert.match(render(youtube, 'x').inner, /Playing the video loads it from YouTube, which may set cookies\./);
    const vimeoPage = render(vimeo, 'x');
    assert.match(vimeoPage.inner, /Playing the video loads it from Vimeo, which may set cookies\./);
    assert.equal(decode(/class="play" href="([^"]*)"/.exec(vimeoPage.inner)![1]!), 'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1&h=8272103f6e');
    assert.match(render(youtube, 'x', 'fr').inner, /La lecture charge la vidéo depuis YouTube/);
  });

  it('gives the frame a name, lazy loading, a 16:9 class and the permissions the player needs', () => {
    const { attr, iframe } = render(youtube, 'Mangroves');
    assert.equal(attr('title'), 'YouTube video: Mangroves');
    assert.equal(attr('class'), 'video-embed__frame');
    assert.equal(attr('loading'), 'lazy');
    assert.equal(attr('allow'), 'autoplay; fullscreen; picture-in-picture');
    assert.equal(attr('referrerpolicy'), 'strict-origin-when-cross-origin');
    assert.match(iframe, /\sallowfullscreen[\s>]/i);
  });

  it('links the video on the provider’s site below the frame, for browsers that block frames and for print', () => {
    const { html } = render(vimeo, 'Mangroves');
    assert.match(html, /<figcaption class="video-embed__caption"><a href="https:\/\/vimeo\.com\/76979871\/8272103f6e">Watch “Mangroves” on Vimeo<\/a><\/figcaption><\/figure>$/);
  });

  it('escapes the title once for the inner page and once for the attribute', () => {
    const title = `"<>&' </textarea><script>alert(1)</script>`;
    const { html, attr, inner } = render(youtube, title);
    assert.doesNotMatch(html, /<script/);
    // The inner page: the title only as character references, never as markup.
    assert.doesNotMatch(inner, /<script|<\/textarea/);
    assert.equal(innerLinks(inner).length, 2);
    assert.equal(innerLinks(inner)[0]!.text, `Play the video “${title}”`);
    assert.equal(attr('title'), `YouTube video: ${title}`);
    assert.match(html, /Watch “&quot;&lt;>&amp;' &lt;\/textarea>&lt;script>alert\(1\)&lt;\/script>” on YouTube/);
  });

  it('writes the placeholder in the page language and direction', () => {
    assert.match(render(youtube, 'x', 'ar').inner, /^<!doctype html><html lang="ar" dir="rtl">/);
    assert.match(render(youtube, 'x', 'fr').inner, /^<!doctype html><html lang="fr" dir="ltr">/);
    const french = render(youtube, 'Mangroves', 'fr');
    assert.equal(innerLinks(french.inner)[0]!.text, 'Lire la vidéo «\u00a0Mangroves\u00a0»');
  });
});
