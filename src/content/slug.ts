/**
 * Slugs work in every script: Latin letters lose their accents ("Forêt" → "foret"), other
 * scripts keep their letters ("محمية" stays), everything else becomes a hyphen.
 */
const maxSlugLength = 100;
const slugPattern = /^[\p{Ll}\p{Lo}\p{Lm}\p{Mn}\p{Nd}]+(?:-[\p{Ll}\p{Lo}\p{Lm}\p{Mn}\p{Nd}]+)*$/u;

export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    // Drop combining marks only after Latin letters; Arabic and Indic marks carry meaning.
    .replace(/(?<=[a-zA-Z])[\u0300-\u036f]+/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{Nd}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return truncateAtHyphen(slug) || 'item';
}

function truncateAtHyphen(slug: string): string {
  if ([...slug].length <= maxSlugLength) return slug;
  const cut = [...slug].slice(0, maxSlugLength).join('');
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 20 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
}

/** Whether `value` is a well-formed slug (as found in a URL, after percent-decoding). */
export function isValidSlug(value: string): boolean {
  return [...value].length <= maxSlugLength && slugPattern.test(value);
}
