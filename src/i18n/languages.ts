/**
 * Language metadata from the platform: canonical tags, direction and names all come from `Intl`,
 * so any BCP 47 tag a site enables (nl-BE, dz, ckb…) works without a hand-kept list.
 */

/** The canonical form of a BCP 47 tag (`FR` → `fr`, `nl-be` → `nl-BE`), or null if it is not one. */
export function canonicalLanguageTag(tag: string): string | null {
  if (!tag || tag.length > 35) return null;
  try {
    const [canonical] = Intl.getCanonicalLocales(tag.trim());
    if (!canonical || canonical === 'und') return null;
    return canonical;
  } catch {
    return null;
  }
}

interface TextInfo {
  direction?: 'ltr' | 'rtl';
}

const directions = new Map<string, 'ltr' | 'rtl'>();
const autonyms = new Map<string, string>();

/** Writing direction of a language, from `Intl.Locale` (textInfo, or getTextInfo() in newer engines). Cached: pages ask often. */
export function languageDirection(tag: string): 'ltr' | 'rtl' {
  let direction = directions.get(tag);
  if (!direction) {
    direction = computeDirection(tag);
    directions.set(tag, direction);
  }
  return direction;
}

function computeDirection(tag: string): 'ltr' | 'rtl' {
  try {
    const locale = new Intl.Locale(tag).maximize() as Intl.Locale & { textInfo?: TextInfo; getTextInfo?: () => TextInfo };
    const info = typeof locale.getTextInfo === 'function' ? locale.getTextInfo() : locale.textInfo;
    return info?.direction === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

/** A language's own name for itself ("Français", "العربية"), for language switchers. Cached. */
export function languageAutonym(tag: string): string {
  let name = autonyms.get(tag);
  if (!name) {
    name = computeAutonym(tag);
    autonyms.set(tag, name);
  }
  return name;
}

function computeAutonym(tag: string): string {
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag);
    if (!name) return tag;
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return tag;
  }
}
