import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import type { VariantFormat } from '../variants.ts';
import { ARTICLE_IMAGE_SIZES, evaluateSizes, Picture, type PictureVariant } from './picture.tsx';

function variants(widths: number[], ratio = 0.75, formats: VariantFormat[] = ['jpeg', 'webp', 'avif']): PictureVariant[] {
  return widths.flatMap((width) =>
    formats.map((format) => ({ format, width, height: Math.round(width * ratio), url: `/media/abc/${width}w.${format === 'jpeg' ? 'jpg' : format}` })),
  );
}

const attr = (html: string, tag: string, name: string) => new RegExp(`<${tag}[^>]*\\s${name}="([^"]*)"`).exec(html)?.[1];

describe('Picture', () => {
  const all = variants([1600, 320, 1024, 640]);

  it('lists AVIF, then WebP sources, then a JPEG img, each with every width in ascending order', () => {
    const html = renderToString(<Picture variants={all} alt="Mangroves" sizes={ARTICLE_IMAGE_SIZES} />);
    assert.match(html, /^<picture><source type="image\/avif"[^>]*><source type="image\/webp"[^>]*><img [^>]*><\/picture>$/);
    const sources = [...html.matchAll(/<source type="([^"]+)" srcset="([^"]+)" sizes="([^"]+)"/g)].map((m) => [m[1], m[2], m[3]]);
    assert.deepEqual(sources, [
      ['image/avif', '/media/abc/320w.avif 320w, /media/abc/640w.avif 640w, /media/abc/1024w.avif 1024w, /media/abc/1600w.avif 1600w', ARTICLE_IMAGE_SIZES],
      ['image/webp', '/media/abc/320w.webp 320w, /media/abc/640w.webp 640w, /media/abc/1024w.webp 1024w, /media/abc/1600w.webp 1600w', ARTICLE_IMAGE_SIZES],
    ]);
    assert.equal(attr(html, 'img', 'srcset'), '/media/abc/320w.jpg 320w, /media/abc/640w.jpg 640w, /media/abc/1024w.jpg 1024w, /media/abc/1600w.jpg 1600w');
    assert.equal(attr(html, 'img', 'src'), '/media/abc/1024w.jpg');
    assert.equal(attr(html, 'img', 'sizes'), ARTICLE_IMAGE_SIZES);
  });

  it('sets width and height from the largest variant, so the browser reserves the space', () => {
    const html = renderToString(<Picture variants={all} alt="Mangroves" sizes="100vw" />);
    assert.equal(attr(html, 'img', 'width'), '1600');
    assert.equal(attr(html, 'img', 'height'), '1200');
  });

  it('loads lazily by default, and eagerly with a high priority above the fold', () => {
    const below = renderToString(<Picture variants={all} alt="Mangroves" sizes="100vw" />);
    assert.equal(attr(below, 'img', 'loading'), 'lazy');
    assert.equal(attr(below, 'img', 'decoding'), 'async');
    assert.doesNotMatch(below, /fetchpriority/);
    const above = renderToString(<Picture variants={all} alt="Mangroves" sizes="100vw" aboveTheFold />);
    assert.equal(attr(above, 'img', 'loading'), 'eager');
    assert.equal(attr(above, 'img', 'fetchpriority'), 'high');
  });

  it('escapes the alt text, and keeps an empty alt for a decorative image', () => {
    const html = renderToString(<Picture variants={all} alt={'"><script>alert(1)</script> & <b>'} sizes="100vw" />);
    assert.doesNotMatch(html, /<script>/);
    assert.match(html, /alt="&quot;>&lt;script>alert\(1\)&lt;\/script> &amp; &lt;b>"/);
    // An empty attribute renders bare (`alt`), which HTML reads as alt="": decorative, skipped by
    // screen readers, unlike a missing alt.
    const decorative = renderToString(<Picture variants={all} alt="" sizes="100vw" />);
    assert.match(decorative, /<img [^>]*\salt(=""|[\s/>])/);
    assert.equal(attr(decorative, 'img', 'alt'), undefined);
  });

  it('escapes commas and spaces in URLs so that they cannot split the srcset', () => {
    const html = renderToString(<Picture variants={[{ format: 'jpeg', width: 320, height: 240, url: '/media/a b,c.jpg' }]} alt="x" sizes="100vw" />);
    assert.equal(attr(html, 'img', 'srcset'), '/media/a%20b%2Cc.jpg 320w');
  });

  it('leaves out a source for a format without variants, and renders nothing without variants', () => {
    const html = renderToString(<Picture variants={variants([320, 640], 0.5, ['jpeg', 'webp'])} alt="x" sizes="100vw" />);
    assert.doesNotMatch(html, /image\/avif/);
    assert.match(html, /<source type="image\/webp"/);
    assert.equal(attr(html, 'img', 'height'), '320');
    assert.equal(renderToString(<Picture variants={[]} alt="x" sizes="100vw" />), '');
  });
});

describe('evaluateSizes', () => {
  it('computes the article image slot on a phone and on a desktop', () => {
    assert.equal(evaluateSizes(ARTICLE_IMAGE_SIZES, 360), 328);
    assert.equal(evaluateSizes(ARTICLE_IMAGE_SIZES, 767), 735);
    assert.equal(evaluateSizes(ARTICLE_IMAGE_SIZES, 768), 736);
    assert.equal(evaluateSizes(ARTICLE_IMAGE_SIZES, 1920), 736);
  });

  it('reads max-width, px, vw and a bare length, and refuses what it cannot read', () => {
    assert.equal(evaluateSizes('(max-width: 600px) 50vw, (min-width: 601px) and (max-width: 900px) 400px, 30em', 500), 250);
    assert.equal(evaluateSizes('(max-width: 600px) 50vw, (min-width: 601px) and (max-width: 900px) 400px, 30em', 800), 400);
    assert.equal(evaluateSizes('(max-width: 600px) 50vw, (min-width: 601px) and (max-width: 900px) 400px, 30em', 1000), 480);
    assert.throws(() => evaluateSizes('min(100vw, 40rem)', 360));
  });
});
