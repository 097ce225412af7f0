import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { IntlMessageFormat } from 'intl-messageformat';
import { contentTypes } from '../content/registry.ts';
import { catalogue, shippedUiLanguages, translator } from './translator.ts';

const english = catalogue('en')!;
const notes = JSON.parse(fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'catalogues', '_notes.json'), 'utf8')) as Record<string, string>;

/** Placeholder names of an ICU message, e.g. `{count, plural, …}` → count. */
function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*([A-Za-z]\w*)\s*[,}]/g)].map((m) => m[1]!))].sort();
}

test('ships the six UN languages', () => {
  for (const language of ['ar', 'en', 'es', 'fr', 'ru', 'zh']) assert.ok(shippedUiLanguages().includes(language), language);
});

for (const language of shippedUiLanguages()) {
  test(`the ${language} catalogue has every key, with the same placeholders, and compiles`, () => {
    const messages = catalogue(language)!;
    const missing = Object.keys(english).filter((key) => !(key in messages));
    assert.deepEqual(missing, [], `missing in ${language}`);
    const extra = Object.keys(messages).filter((key) => !(key in english));
    assert.deepEqual(extra, [], `keys in ${language} that English does not have`);
    for (const [key, message] of Object.entries(messages)) {
      assert.deepEqual(placeholders(message), placeholders(english[key]!), `${language} ${key}`);
      assert.doesNotThrow(() => new IntlMessageFormat(message, language), `${language} ${key}`);
    }
  });
}

test('every English key has a note for translators', () => {
  assert.deepEqual(Object.keys(english).filter((key) => !notes[key]), []);
});

test('every content type, field and option has its labels', () => {
  const needed = contentTypes.flatMap((type) => [
    `type.${type.name}.plural`,
    `type.${type.name}.singular`,
    ...type.fields.flatMap((f) => [`field.${f.name}`, ...(f.options ?? []).map((o) => `option.${f.name}.${o}`)]),
  ]);
  assert.deepEqual(needed.filter((key) => !(key in english)), []);
});

test('every validation code the content rules can give has a message', () => {
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'content');
  const codes = new Set<string>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    for (const match of fs.readFileSync(path.join(dir, file), 'utf8').matchAll(/message: [^\n]*?code: '(\w+)'/g)) codes.add(match[1]!);
  }
  assert.ok(codes.size >= 10, `${codes.size} codes found`);
  assert.deepEqual([...codes].filter((code) => !(`validation.${code}` in english)), []);
});

test('formats plurals with each language’s own rules', () => {
  assert.equal(translator('en')('listing.count', { count: 1 }), '1 item');
  assert.equal(translator('en')('listing.count', { count: 3 }), '3 items');
  assert.notEqual(translator('ru')('listing.count', { count: 2 }), translator('ru')('listing.count', { count: 5 }));
  assert.notEqual(translator('ar')('listing.count', { count: 2 }), translator('ar')('listing.count', { count: 3 }));
});

test('falls back from a regional or unshipped language to its base language, then English', () => {
  assert.equal(translator('nl-BE')('layout.search'), translator('nl')('layout.search'));
  assert.equal(translator('dz')('layout.search'), 'Search');
});
