import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { translator } from '../../i18n/translator.ts';
import { MediaPlayer } from './player.tsx';

const t = translator('en');

describe('MediaPlayer', () => {
  it('renders a video that downloads nothing before play and plays inline on phones', () => {
    const html = renderToString(<MediaPlayer kind="video" url="/media/9/abc.mp4" contentType="video/mp4" title="Seagrass survey" t={t} />);
    assert.equal(
      html,
      '<video class="media-player media-player--video" controls preload="none" playsinline aria-label="Seagrass survey">' +
        '<source src="/media/9/abc.mp4" type="video/mp4"/>' +
        '<p><a href="/media/9/abc.mp4" type="video/mp4">Download the video “Seagrass survey”</a></p>' +
        '</video>',
    );
    assert.doesNotMatch(html, /autoplay/);
  });

  it('renders audio with the same fallback link, and without playsinline', () => {
    const html = renderToString(<MediaPlayer kind="audio" url="/media/3/def.mp3" contentType="audio/mpeg" title="Interview" t={translator('fr')} />);
    assert.match(html, /^<audio class="media-player media-player--audio" controls preload="none" aria-label="Interview"><source src="\/media\/3\/def\.mp3" type="audio\/mpeg"\/>/);
    assert.match(html, /<a href="\/media\/3\/def\.mp3" type="audio\/mpeg">Télécharger l’enregistrement «\u00a0Interview\u00a0»<\/a><\/p><\/audio>$/);
    assert.doesNotMatch(html, /playsinline|autoplay/);
  });

  it('escapes the title and the address', () => {
    const html = renderToString(<MediaPlayer kind="video" url={'/media/1/a.mp4?x="1"&y'} contentType="video/webm" title={`"<b>&'`} t={t} />);
    assert.doesNotMatch(html, /<b>/);
    assert.match(html, /aria-label="&quot;&lt;b>&amp;'"/);
    assert.match(html, /<source src="\/media\/1\/a\.mp4\?x=&quot;1&quot;&amp;y" type="video\/webm"\/>/);
  });
});
