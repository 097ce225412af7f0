/**
 * `sizes` for responsive images: what the page's CSS makes an image's slot, written for the
 * browser, and the same rule evaluated here (the bench, tests) for a given screen.
 */

/**
 * An article body image sits in `.prose` (`max-inline-size: 70ch` at a 17 px body font: 655 to
 * 760 px depending on the system font's digit width, taken as 46rem = 736 px) inside
 * `main.wrap` (1rem padding each side). Below 48rem of viewport the column is the viewport less
 * that padding.
 */
export const ARTICLE_IMAGE_SIZES = '(min-width: 48rem) 46rem, calc(100vw - 2rem)';

/**
 * A card's image in `.grid` (columns of at least 17rem, 1rem gaps) inside `main.wrap` (72rem,
 * 1rem padding), less the card's 1rem padding and 1px border on each side: three columns from
 * 72rem, two from 37rem, one below.
 */
export const CARD_IMAGE_SIZES = '(min-width: 72rem) 21rem, (min-width: 56rem) calc(33vw - 3rem), (min-width: 37rem) calc(50vw - 3.5rem), calc(100vw - 4rem)';

/** CSS pixels per rem and em in `sizes`: the initial font size, never the page's. */
const ROOT_FONT_PX = 16;

/**
 * The slot width, in CSS pixels, that a browser computes from a `sizes` attribute on a viewport
 * this wide. Supports what Ecotone writes: `(min-width: …)` / `(max-width: …)` conditions joined
 * with `and`, and lengths in px, rem, em, vw, or `calc(a ± b)` of those. The first entry whose
 * condition matches wins; the last entry has no condition. Unknown syntax throws, rather than
 * guessing.
 *
 * @example
 * evaluateSizes('(min-width: 48rem) 46rem, calc(100vw - 2rem)', 360); // 328
 */
export function evaluateSizes(sizes: string, viewportWidth: number): number {
  for (const entry of splitTopLevel(sizes)) {
    const match = /^((?:\([^)]*\)\s*(?:and\s*)?)*)(.+)$/i.exec(entry.trim());
    if (!match) throw new Error(`Cannot read sizes entry "${entry}"`);
    const conditions = [...(match[1] ?? '').matchAll(/\(\s*(min|max)-width\s*:\s*([^)]+)\)/gi)];
    const matches = conditions.every(([, kind, value]) => {
      const limit = length(value!, viewportWidth);
      return kind!.toLowerCase() === 'min' ? viewportWidth >= limit : viewportWidth <= limit;
    });
    if (matches) return length(match[2]!, viewportWidth);
  }
  return viewportWidth; // HTML: when nothing matches, 100vw.
}

function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.filter((p) => p.trim());
}

function length(text: string, viewportWidth: number): number {
  const value = text.trim();
  const calc = /^calc\((.+)\)$/i.exec(value);
  if (calc) {
    // Only sums and differences: a + b - c, with spaces around the operators as CSS requires.
    const terms = calc[1]!.trim().split(/\s+([+-])\s+/);
    let total = length(terms[0]!, viewportWidth);
    for (let i = 1; i < terms.length; i += 2) {
      const term = length(terms[i + 1]!, viewportWidth);
      total = terms[i] === '+' ? total + term : total - term;
    }
    return total;
  }
  const unit = /^(-?\d*\.?\d+)(px|rem|em|vw)$/i.exec(value);
  if (!unit) throw new Error(`Cannot read the length "${text}" in sizes`);
  const n = Number(unit[1]);
  switch (unit[2]!.toLowerCase()) {
    case 'px':
      return n;
    case 'vw':
      return (n * viewportWidth) / 100;
    default:
      return n * ROOT_FONT_PX;
  }
}
