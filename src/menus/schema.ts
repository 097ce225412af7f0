import { type Static, Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { BadRequestError } from '../errors.ts';
import { type MenuName, menuNames } from './menus.table.ts';

/**
 * The menu admin's form bodies and query strings. Shapes are checked here, at the edge; what
 * the values mean (is this item ours, is this URL safe, is the tree too deep) is the service's
 * business, which reports it per field.
 */

const FormText = Type.Optional(Type.String({ maxLength: 4000 }));

/** The add and edit form: a label, a parent, and a target that is an item or a URL. */
export const MenuEntryForm = Type.Object(
  {
    menu: FormText,
    lang: FormText,
    label: FormText,
    parentId: FormText,
    targetKind: Type.Optional(Type.Union([Type.Literal('item'), Type.Literal('url')])),
    itemId: FormText,
    url: FormText,
  },
  { additionalProperties: true },
);
export type MenuEntryForm = Static<typeof MenuEntryForm>;

export const MoveForm = Type.Object({ direction: Type.Union([Type.Literal('up'), Type.Literal('down'), Type.Literal('indent'), Type.Literal('outdent')]) }, { additionalProperties: true });
export type MoveDirection = Static<typeof MoveForm>['direction'];

/** What the service receives from the form: still raw strings where the service must name a problem. */
export interface MenuEntryInput {
  label: string;
  parentId: number | null;
  target: { kind: 'item'; itemId: string } | { kind: 'url'; url: string };
}

/** A menu's name; absent or empty gives `fallback` (`main`), or is refused like an unknown name when `fallback` is null. */
export function parseMenuName(raw: unknown, fallback: MenuName | null = 'main'): MenuName {
  if ((raw === undefined || raw === '') && fallback !== null) return fallback;
  if (typeof raw === 'string' && (menuNames as readonly string[]).includes(raw)) return raw as MenuName;
  throw new BadRequestError(`"menu" must be one of: ${menuNames.join(', ')}`, 'invalid_menu');
}

/** An entry id from the URL; anything else is a 404, like an id that does not exist. */
export function parseEntryId(raw: string): number | null {
  return /^\d{1,10}$/.test(raw) ? Number(raw) : null;
}

function checked<T>(schema: Parameters<typeof Value.Check>[0], body: unknown, what: string): T {
  if (!Value.Check(schema, body)) {
    const first = [...Value.Errors(schema, body)][0];
    throw new BadRequestError(`The ${what} form is not valid${first ? ` (${first.path}: ${first.message})` : ''}`, 'invalid_form');
  }
  return body as T;
}

export function parseMenuEntryForm(body: unknown): MenuEntryInput {
  const form = checked<MenuEntryForm>(MenuEntryForm, body, 'menu entry');
  const parent = (form.parentId ?? '').trim();
  const parentId = parent === '' ? null : /^\d{1,10}$/.test(parent) ? Number(parent) : -1;
  return {
    label: form.label ?? '',
    // An unreadable parent id is passed on as -1, which names no entry, so the service reports it on the field.
    parentId,
    target: form.targetKind === 'url' ? { kind: 'url', url: form.url ?? '' } : { kind: 'item', itemId: (form.itemId ?? '').trim() },
  };
}

export function parseMoveForm(body: unknown): MoveDirection {
  return checked<Static<typeof MoveForm>>(MoveForm, body, 'move').direction;
}
