import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { IntlMessageFormat } from 'intl-messageformat';

/**
 * UI messages in ICU MessageFormat, one JSON catalogue per language in `catalogues/`, English the
 * source. A language without a catalogue (or a key missing from one) falls back to its base
 * language (`nl-BE` → `nl`), then to English, so a site can enable any language before its
 * interface is translated.
 */
export type Messages = Record<string, string>;
export type MessageValues = Record<string, string | number | Date>;
export type Translate = (key: string, values?: MessageValues) => string;

const catalogueDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'catalogues');

function loadCatalogues(): Map<string, Messages> {
  const catalogues = new Map<string, Messages>();
  for (const file of fs.readdirSync(catalogueDir)) {
    if (!file.endsWith('.json') || file.startsWith('_')) continue;
    catalogues.set(path.basename(file, '.json'), JSON.parse(fs.readFileSync(path.join(catalogueDir, file), 'utf8')));
  }
  return catalogues;
}

const catalogues = loadCatalogues();
const compiled = new Map<string, IntlMessageFormat>();
const translators = new Map<string, Translate>();

export function shippedUiLanguages(): string[] {
  return [...catalogues.keys()].sort();
}

export function catalogue(language: string): Messages | undefined {
  return catalogues.get(language);
}

/** The languages tried, in order, for a message in `language`. */
export function fallbackChain(language: string): string[] {
  const chain = [language];
  const base = language.split('-')[0]!;
  if (base !== language) chain.push(base);
  if (!chain.includes('en')) chain.push('en');
  return chain.filter((lang) => catalogues.has(lang));
}

/** A translator for one language; cached, and each message is compiled once. */
export function translator(language: string): Translate {
  const cached = translators.get(language);
  if (cached) return cached;
  const chain = fallbackChain(language);
  const translate: Translate = (key, values) => {
    for (const lang of chain) {
      const message = catalogues.get(lang)![key];
      if (message === undefined) continue;
      const cacheKey = `${language}\u0000${lang}\u0000${key}`;
      let format = compiled.get(cacheKey);
      if (!format) {
        // Format with the page language's plural and number rules even when the text is a fallback.
        format = new IntlMessageFormat(message, [language, lang]);
        compiled.set(cacheKey, format);
      }
      return String(format.format(values));
    }
    return key; // a missing key shows itself, and the catalogue test fails on it
  };
  translators.set(language, translate);
  return translate;
}
