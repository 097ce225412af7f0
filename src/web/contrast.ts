/** WCAG 2 relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Black or white, whichever reads better on `background`: site managers pick any colour. */
export function readableTextOn(background: string): '#111111' | '#ffffff' {
  return contrastRatio(background, '#111111') >= contrastRatio(background, '#ffffff') ? '#111111' : '#ffffff';
}

/** What every public page's background is (`--color-surface` in site.css). */
export const PAGE_BACKGROUND = '#ffffff';
/** WCAG 2.1 AA: 4.5:1 for text (links are text), 3:1 for the focus ring and other non-text marks. */
export const TEXT_CONTRAST = 4.5;
export const NON_TEXT_CONTRAST = 3;

/**
 * `colour`, darkened or lightened in small steps (keeping its hue) until it reaches `minRatio`
 * against `background`: a site's links keep its colour where it reads, and a shade of it where the
 * chosen one would be too pale, so no site manager's choice can make the pages fail.
 *
 * @example readableShade('#8fc79a', '#ffffff', 4.5) // a darker green with 4.5:1 or more
 */
export function readableShade(colour: string, background: string, minRatio: number): string {
  let [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)) as [number, number, number];
  const towards = relativeLuminance(background) > 0.5 ? 0 : 255;
  for (let step = 0; step < 100 && contrastRatio(hex(r, g, b), background) < minRatio; step++) {
    [r, g, b] = [r, g, b].map((c) => Math.round(c + (towards - c) * 0.05)) as [number, number, number];
  }
  return hex(r, g, b);
}

function hex(r: number, g: number, b: number): string {
  return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** A theme colour that does not reach its contrast against the page, to tell the site manager. */
export interface ContrastProblem {
  colour: 'primaryColor' | 'accentColor';
  ratio: number;
  needed: number;
}

/**
 * The theme colours that fail WCAG AA against the white page: the main colour is the links'
 * colour (text, 4.5:1), the accent the keyboard focus ring (3:1).
 */
export function themeContrastProblems(theme: { primaryColor: string; accentColor: string }): ContrastProblem[] {
  const problems: ContrastProblem[] = [];
  const primary = contrastRatio(theme.primaryColor, PAGE_BACKGROUND);
  if (primary < TEXT_CONTRAST) problems.push({ colour: 'primaryColor', ratio: primary, needed: TEXT_CONTRAST });
  const accent = contrastRatio(theme.accentColor, PAGE_BACKGROUND);
  if (accent < NON_TEXT_CONTRAST) problems.push({ colour: 'accentColor', ratio: accent, needed: NON_TEXT_CONTRAST });
  return problems;
}
