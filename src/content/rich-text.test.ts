import assert from 'node:assert/strict';
import { test } from 'node:test';
import { richTextToPlain, sanitizeRichText } from './rich-text.ts';

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
