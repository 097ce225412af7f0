import assert from 'node:assert/strict';
import { test } from 'node:test';
import { joinRichText, richTextToPlain, sanitizeRichText, storedRichTextToPlain } from './rich-text.ts';

test('keeps structure, links and tables', () => {
  const html = '<h2>Title</h2><p><strong>Bold</strong> <a href="https://www.cbd.int" title="CBD">link</a></p><ul><li>one</li></ul><table><tr><th scope="col">A</th></tr></table>';
  assert.equal(sanitizeRichText(html), '<h2>Title</h2><p><strong>Bold</strong> <a href="https://www.cbd.int" title="CBD">link</a></p><ul><li>one</li></ul><table><tr><th scope="col">A</th></tr></table>');
});

test('removes scripts, event handlers, styles, Word markup and dangerous URLs', () => {
  const html = '<p style="mso-line-height:1" class="MsoNormal" onmouseover="x()"><font face="Arial">Text</font><script>alert(1)</script><img src="javascript:alert(1)" onerror="x()"><a href="data:text/html,x">d</a></p><o:p></o:p><style>p{}</style>';
  assert.equal(sanitizeRichText(html), '<p>Text<img /><a>d</a></p>');
});

test('demotes h1 to h2: the page title is the only h1', () => {
  assert.equal(sanitizeRichText('<h1>Big</h1>'), '<h2>Big</h2>');
});

test('turns rich text into plain text for indexes and feeds', () => {
  assert.equal(richTextToPlain('<p>Fish &amp; chips</p><p>and&nbsp;more</p>'), 'Fish & chipsand more');
});

test('removes SVG payloads: inline SVG, its scripts and handlers, and SVG data URLs', () => {
  const payloads = [
    '<svg onload="alert(1)"><script>alert(2)</script><circle r="5"/></svg>',
    '<svg><a xlink:href="javascript:alert(3)"><text>click</text></a></svg>',
    '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+">',
    '<a href="data:image/svg+xml,<svg onload=alert(4)>">x</a>',
    '<math><mi xlink:href="javascript:alert(5)">m</mi></math>',
    '<p><iframe src="javascript:alert(6)"></iframe><object data="x.svg"></object><embed src="x.svg"></p>',
  ];
  for (const html of payloads) {
    const clean = sanitizeRichText(html);
    assert.doesNotMatch(clean, /<svg|<script|onload|javascript:|data:|<iframe|<object|<embed|<math|xlink/i, `${html} → ${clean}`);
  }
});

test('reads stored rich text as plain text without parsing it again, the same words as the parser gives', () => {
  const samples = [
    '<h2>Title &amp; more</h2><p>A <strong>bold</strong> w<em>o</em>rd, "quoted" &lt;not a tag&gt; and é.</p><ul><li>Ecosystems</li><li>Species</li></ul>',
    '<table><tbody><tr><th scope="row">Fax</th><td>+32 2 123</td></tr></tbody></table><p><a href="/x?a=1&amp;b=2" title="a &gt; b">link</a></p>',
  ];
  for (const raw of samples) {
    const stored = sanitizeRichText(raw);
    const words = (text: string) => text.split(/\s+/).filter(Boolean);
    assert.deepEqual(words(storedRichTextToPlain(stored)).join(' ').replace(/ /g, ''), words(richTextToPlain(stored)).join(' ').replace(/ /g, ''));
  }
  assert.equal(storedRichTextToPlain(sanitizeRichText(samples[0]!)), 'Title & more A bold word, "quoted" <not a tag> and é. Ecosystems Species');
});

test('reads stored text as a chain of replacements would: every tag, entity and space', () => {
  // The definition the one-pass reader follows, step by step. Stored text has no stray `<` or `>`
  // and no `&` that starts no entity (the sanitiser escapes them), so the pieces have none.
  const reference = (html: string) => html
    .replace(/<\/?(?:p|br|li|ul|ol|dl|dt|dd|h[1-6]|table|caption|thead|tbody|tfoot|tr|td|th|blockquote|pre|hr|figure|figcaption|div)\b[^>]*>/g, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' })[name]!)
    .replace(/\s+/g, ' ')
    .trim();
  const pieces = [
    '<p>', '</p>', '<br />', '<li>', '</li>', '<h2 lang="fr">', '<strong>', '</strong>', '<a href="/x?a=1&amp;b=2" title="a &gt; b">', '</a>', '<pre>',
    '<p_x>', '<h7>', '<param>', '</ p>', '&amp;', '&lt;', '&gt;', '&quot;', '&#39;', '&nbsp;', ';',
    ' ', '  ', '\n', '\t', '\u00a0', '\u2003', '\u3000', 'word', 'forêts', 'é', 'x', '3', '中文',
  ];
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let i = 0; i < 5000; i++) {
    const html = Array.from({ length: random(30) }, () => pieces[random(pieces.length)]!).join('');
    assert.equal(storedRichTextToPlain(html), reference(html), JSON.stringify(html));
  }
});

test('joins sanitised texts into what the sanitiser itself would store for the whole', () => {
  const fragments = [
    '<p>About <strong>wetlands</strong> &amp; rivers</p>',
    'Plain words, 3 < 4 & "quoted"',
    '<ul><li>one</li><li><a href="https://www.cbd.int/">two</a></li></ul>',
    '<table><tbody><tr><td colspan="2">cell</td></tr></tbody></table>',
    '<p><span lang="fr">en français</span> <img src="https://example.org/a.png" alt="A" /></p>',
    '<h2>Title</h2><p>Text<br />more</p>',
  ].map(sanitizeRichText);
  for (const a of fragments) {
    for (const b of fragments) {
      // The trailing space makes a text the sanitiser has not seen: it parses it in full (and trims the space).
      assert.equal(joinRichText(a, b), sanitizeRichText(`${a}\n${b} `), `${a} + ${b}`);
    }
  }
});

test('a join holding a text the sanitiser has not seen is sanitised in full when stored', () => {
  const joined = joinRichText(sanitizeRichText('<p>Safe</p>'), '<p onclick="steal()">Pasted<script>alert(1)</script></p>');
  assert.equal(sanitizeRichText(joined), '<p>Safe</p>\n<p>Pasted</p>');
});
