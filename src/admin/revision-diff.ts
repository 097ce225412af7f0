import type { Item } from '../content/item.ts';
import { richTextToPlain } from '../content/rich-text.ts';
import type { Translate } from '../i18n/translator.ts';
import type { DiffRow } from './views/revisions-page.tsx';

function show(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(', ');
  return JSON.stringify(value);
}

/** The fields that differ between two revisions of an item, labelled for the editor. */
export function diffRevisions(a: Item, b: Item, t: Translate): DiffRow[] {
  const rows: DiffRow[] = [];
  const add = (label: string, before: unknown, after: unknown) => {
    const x = show(before);
    const y = show(after);
    if (x !== y) rows.push({ label, before: x, after: y });
  };
  const languages = [...new Set([...a.translations, ...b.translations].map((tr) => tr.language))];
  for (const language of languages) {
    const x = a.translations.find((tr) => tr.language === language);
    const y = b.translations.find((tr) => tr.language === language);
    add(`${t('admin.field.title')} (${language})`, x?.title, y?.title);
    add(`${t('admin.field.slug')} (${language})`, x?.slug, y?.slug);
    add(`${t('admin.field.summary')} (${language})`, x?.summary, y?.summary);
    add(`${t('admin.field.body')} (${language})`, x ? richTextToPlain(x.body) : undefined, y ? richTextToPlain(y.body) : undefined);
    add(`${t('admin.field.status')} (${language})`, x ? t(`admin.status.${x.status}`) : undefined, y ? t(`admin.status.${y.status}`) : undefined);
    for (const name of new Set([...Object.keys(x?.fields ?? {}), ...Object.keys(y?.fields ?? {})])) {
      add(`${t(`field.${name}`)} (${language})`, x?.fields[name], y?.fields[name]);
    }
  }
  for (const name of new Set([...Object.keys(a.fields), ...Object.keys(b.fields)])) add(t(`field.${name}`), a.fields[name], b.fields[name]);
  add(t('admin.edit.topics'), a.tags, b.tags);
  add(t('admin.field.point'), a.point, b.point);
  add(t('admin.field.promoted'), a.promoted ? t('item.yes') : t('item.no'), b.promoted ? t('item.yes') : t('item.no'));
  add(t('admin.field.sticky'), a.sticky ? t('item.yes') : t('item.no'), b.sticky ? t('item.yes') : t('item.no'));
  add(t('admin.field.sortOrder'), a.sortOrder, b.sortOrder);
  return rows;
}
