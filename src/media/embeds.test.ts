import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { embedFieldProblem, isEmbeddableVideoUrl, parseVideoUrl } from './embeds.ts';

const ID = 'dQw4w9WgXcQ';

describe('parseVideoUrl: YouTube', () => {
  it('reads every address form of one video into the no-cookie embed and the watch page', () => {
    for (const url of [
      `https://www.youtube.com/watch?v=${ID}`,
      `https://youtube.com/watch?v=${ID}&feature=share&list=PL123`,
      `https://www.youtube.com/watch?feature=youtu.be&v=${ID}`,
      `https://m.youtube.com/watch?v=${ID}`,
      `http://www.youtube.com/watch?v=${ID}`,
      `https://youtu.be/${ID}`,
      `https://youtu.be/${ID}?si=AbCdEf123`,
      `https://www.youtube.com/embed/${ID}`,
      `https://www.youtube-nocookie.com/embed/${ID}?rel=0`,
      `https://www.youtube.com/shorts/${ID}`,
      `https://youtube.com/shorts/${ID}/`,
      `https://www.youtube.com/live/${ID}`,
      `www.youtube.com/watch?v=${ID}`,
      `youtu.be/${ID}`,
      `  https://youtu.be/${ID}  `,
      `HTTPS://WWW.YOUTUBE.COM/watch?v=${ID}`,
    ]) {
      assert.deepEqual(
        parseVideoUrl(url),
        { provider: 'youtube', id: ID, embedUrl: `https://www.youtube-nocookie.com/embed/${ID}?autoplay=1`, watchUrl: `https://www.youtube.com/watch?v=${ID}` },
        url,
      );
    }
  });

  it('keeps a start time given as t= (seconds or 1h2m3s), start= or #t=', () => {
    const cases: [string, number][] = [
      [`https://youtu.be/${ID}?t=42`, 42],
      [`https://youtu.be/${ID}?t=42s`, 42],
      [`https://www.youtube.com/watch?v=${ID}&t=1m30s`, 90],
      [`https://www.youtube.com/watch?v=${ID}&t=1h2m3s`, 3723],
      [`https://www.youtube.com/embed/${ID}?start=75`, 75],
      [`https://www.youtube.com/watch?v=${ID}#t=2m`, 120],
    ];
    for (const [url, start] of cases) {
      const embed = parseVideoUrl(url);
      assert.equal(embed?.start, start, url);
      assert.equal(embed?.embedUrl, `https://www.youtube-nocookie.com/embed/${ID}?autoplay=1&start=${start}`, url);
      assert.equal(embed?.watchUrl, `https://www.youtube.com/watch?v=${ID}&t=${start}s`, url);
    }
  });

  it('ignores a start time it cannot read, zero or over a day, and still embeds the video', () => {
    for (const t of ['0', 'abc', '-5', '1.5', '99999999', '25h', '">']) {
      const embed = parseVideoUrl(`https://youtu.be/${ID}?t=${encodeURIComponent(t)}`);
      assert.equal(embed?.id, ID, t);
      assert.equal(embed?.start, undefined, t);
      assert.equal(embed?.embedUrl, `https://www.youtube-nocookie.com/embed/${ID}?autoplay=1`, t);
    }
  });

  it('refuses ids that are not exactly 11 characters of A-Z a-z 0-9 _ -', () => {
    for (const id of ['dQw4w9WgXc', 'dQw4w9WgXcQQ', 'dQw4w9WgXc"', "dQw4w9WgX'Q", 'dQw4w9W<b>Q', 'dQw4w9WgXc%22', 'x'.repeat(500), '']) {
      assert.equal(parseVideoUrl(`https://www.youtube.com/watch?v=${id}`), null, id);
      assert.equal(parseVideoUrl(`https://youtu.be/${id}`), null, id);
      assert.equal(parseVideoUrl(`https://www.youtube.com/embed/${id}`), null, id);
    }
  });

  it('refuses YouTube pages that are not one video', () => {
    for (const url of [
      'https://www.youtube.com/',
      'https://www.youtube.com/watch',
      'https://www.youtube.com/playlist?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG',
      'https://www.youtube.com/@CBDSecretariat',
      `https://www.youtube.com/channel/UC${'a'.repeat(22)}`,
      `https://www.youtube.com/results?search_query=${ID}`,
      `https://youtu.be/${ID}/extra`,
      `https://www.youtube.com/embed/${ID}/extra`,
    ]) {
      assert.equal(parseVideoUrl(url), null, url);
    }
  });
});

describe('parseVideoUrl: Vimeo', () => {
  it('reads a video page, a channel page and the player address, without cookies (dnt=1)', () => {
    for (const url of ['https://vimeo.com/76979871', 'https://www.vimeo.com/76979871/', 'https://player.vimeo.com/video/76979871', 'https://player.vimeo.com/video/76979871?title=0&byline=0', 'https://vimeo.com/channels/staffpicks/76979871', 'vimeo.com/76979871']) {
      assert.deepEqual(
        parseVideoUrl(url),
        { provider: 'vimeo', id: '76979871', embedUrl: 'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1', watchUrl: 'https://vimeo.com/76979871' },
        url,
      );
    }
  });

  it('keeps the hash of an unlisted video, from its page or from the player address', () => {
    for (const url of ['https://vimeo.com/76979871/8272103f6e', 'https://player.vimeo.com/video/76979871?h=8272103f6e&badge=0']) {
      assert.deepEqual(
        parseVideoUrl(url),
        {
          provider: 'vimeo',
          id: '76979871',
          hash: '8272103f6e',
          embedUrl: 'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1&h=8272103f6e',
          watchUrl: 'https://vimeo.com/76979871/8272103f6e',
        },
        url,
      );
    }
  });

  it('keeps a #t= start time', () => {
    const embed = parseVideoUrl('https://vimeo.com/76979871#t=1m5s');
    assert.equal(embed?.start, 65);
    assert.equal(embed?.embedUrl, 'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1#t=65s');
    assert.equal(embed?.watchUrl, 'https://vimeo.com/76979871#t=65s');
  });

  it('refuses ids that are not digits, bad hashes, and Vimeo pages that are not one video', () => {
    for (const url of [
      'https://vimeo.com/',
      'https://vimeo.com/abc',
      'https://vimeo.com/0123',
      'https://vimeo.com/123"onload="x',
      `https://vimeo.com/${'9'.repeat(13)}`,
      'https://vimeo.com/76979871/not-a-hash',
      'https://vimeo.com/76979871/8272103F6E"',
      'https://player.vimeo.com/video/76979871?h=%22%3E%3Cscript%3E',
      'https://player.vimeo.com/76979871',
      'https://player.vimeo.com/video/abc',
      'https://vimeo.com/user12345',
      'https://vimeo.com/channels/staffpicks',
      'https://vimeo.com/showcase/123/video/456/extra',
    ]) {
      assert.equal(parseVideoUrl(url), null, url);
    }
  });
});

describe('parseVideoUrl: hostile and foreign addresses', () => {
  it('refuses other schemes, other hosts that look alike, credentials and ports', () => {
    for (const url of [
      `javascript:alert(1)//youtu.be/${ID}`,
      ` JavaScript:alert(1)//www.youtube.com/watch?v=${ID}`,
      `data:text/html,<script>alert(1)</script>youtu.be/${ID}`,
      `ftp://www.youtube.com/watch?v=${ID}`,
      `https://youtube.com.evil.example/watch?v=${ID}`,
      `https://evil.example/watch?v=${ID}`,
      `https://evil.example/?u=https://youtu.be/${ID}`,
      `https://notyoutube.com/watch?v=${ID}`,
      `https://youtu.be.evil.example/${ID}`,
      `https://www.youtube.com@evil.example/watch?v=${ID}`,
      `https://evil.example\\@www.youtube.com/watch?v=${ID}`,
      `https://user:pass@www.youtube.com/watch?v=${ID}`,
      `https://www.youtube.com:8443/watch?v=${ID}`,
      'https://vimeo.com.evil.example/76979871',
      'https://evilvimeo.com/76979871',
      'https://player.vimeo.com.evil.example/video/76979871',
      `https://www.youtube.com/watch?v=${ID}`.padEnd(2001, 'x'),
      '',
      '   ',
      'not a url',
      `//youtu.be/${ID}"><script>`,
    ]) {
      assert.equal(parseVideoUrl(url), null, url);
    }
  });

  it('never returns anything but a rebuilt address: no quote or angle bracket survives', () => {
    const embed = parseVideoUrl(`https://www.youtube.com/watch?v=${ID}&x="><script>alert(1)</script>#"'`);
    assert.equal(embed?.embedUrl, `https://www.youtube-nocookie.com/embed/${ID}?autoplay=1`);
    assert.equal(embed?.watchUrl, `https://www.youtube.com/watch?v=${ID}`);
  });

  it('accepts a scheme-less address starting with //', () => {
    assert.equal(parseVideoUrl(`//youtu.be/${ID}`)?.id, ID);
  });
});

describe('isEmbeddableVideoUrl and embedFieldProblem', () => {
  it('accepts what parseVideoUrl reads, with no problem for the form', () => {
    for (const url of [`https://youtu.be/${ID}`, 'https://vimeo.com/76979871']) {
      assert.equal(isEmbeddableVideoUrl(url), true, url);
      assert.equal(embedFieldProblem(url), null, url);
    }
  });

  it('says what is wrong: another site, or a YouTube or Vimeo page that is not one video', () => {
    for (const url of ['https://example.org/clip.mp4', 'javascript:alert(1)', '', `https://youtube.com.evil.example/watch?v=${ID}`]) {
      assert.equal(isEmbeddableVideoUrl(url), false, url);
      assert.equal(embedFieldProblem(url), 'Must be a YouTube or Vimeo video address', url);
    }
    for (const url of ['https://www.youtube.com/playlist?list=PL1', 'https://vimeo.com/channels/staffpicks', 'https://www.youtube.com/watch?v=tooShort']) {
      assert.match(embedFieldProblem(url) ?? '', /^Must be the address of one video on YouTube or Vimeo/, url);
    }
  });
});
