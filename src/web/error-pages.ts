import { languageDirection } from '../i18n/languages.ts';
import { shippedUiLanguages, translator } from '../i18n/translator.ts';
import { BareErrorPage, type ErrorKind } from '../public/views/error-page.tsx';
import { siteCss } from './assets.ts';
import { renderDocument } from './layout.tsx';
import { h } from 'preact';

/** The best shipped UI language for an Accept-Language header (for pages outside any site). */
export function negotiateUiLanguage(acceptLanguage: string | undefined): string {
  const shipped = new Set(shippedUiLanguages());
  for (const part of (acceptLanguage ?? '').split(',').slice(0, 10)) {
    const tag = part.split(';')[0]!.trim().toLowerCase();
    if (shipped.has(tag)) return tag;
    const base = tag.split('-')[0]!;
    if (shipped.has(base)) return base;
  }
  return 'en';
}

/** A page outside any site's layout, in `language` when one is shipped, else the browser's language. */
export function renderBareError(kind: ErrorKind, languages: { accept?: string; preferred?: string }, reason?: string): string {
  const preferred = languages.preferred?.split('-')[0];
  const language = preferred && shippedUiLanguages().includes(preferred) ? preferred : negotiateUiLanguage(languages.accept);
  return renderDocument(h(BareErrorPage, { t: translator(language), language, dir: languageDirection(language), cssUrl: siteCss.url, kind, reason }));
}
