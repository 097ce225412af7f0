import type { MenuName } from '../../menus/menus.table.ts';
import { type AdminMenuEntry, maxLabelLength, maxMenuDepth } from '../../menus/service.ts';
import { type FormValues, formValue } from '../form.ts';
import { AdminLayout, type AdminContext } from './admin-layout.tsx';
import { FieldErrors, TextField } from './field-control.tsx';

export interface MenusPageProps {
  ctx: AdminContext;
  menu: MenuName;
  language: string;
  /** Links to the other menus and languages (tabs). */
  menuTabs: { href: string; label: string; current: boolean }[];
  languageTabs: { href: string; label: string; language: string; current: boolean }[];
  tree: AdminMenuEntry[];
  /** The add form, or the edit form of one entry. */
  form: { mode: 'add' } | { mode: 'edit'; entryId: number; label: string };
  values: FormValues;
  errors: Map<string, string[]>;
  itemChoices: { typeLabel: string; items: { id: number; title: string; statusLabel: string | null }[] }[];
  /** Where a saved or moved entry sends the editor back to (this menu and language). */
  returnTo: string;
  notice?: string;
}

/** Entries that can be a parent: not the entry being edited nor its sub-entries, and not already at the deepest level. */
function parentChoices(tree: AdminMenuEntry[], editingId: number | null, maxDepth: number): { id: number; label: string; depth: number }[] {
  return tree.flatMap((entry) =>
    entry.id === editingId || entry.depth >= maxDepth ? [] : [{ id: entry.id, label: entry.label, depth: entry.depth }, ...parentChoices(entry.children, editingId, maxDepth)],
  );
}

/** A small POST form with one button: each tree action works without JavaScript. */
function ActionButton(props: { ctx: AdminContext; action: string; fields?: Record<string, string>; visible: string; name: string; disabled?: boolean; danger?: boolean }) {
  return (
    <form method="post" action={props.action} class="menu-tree__action">
      <input type="hidden" name="_csrf" value={props.ctx.csrfToken} />
      {Object.entries(props.fields ?? {}).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <button type="submit" class={props.danger ? 'small-button small-button--danger' : 'small-button'} disabled={props.disabled} title={props.name}>
        <span aria-hidden="true">{props.visible}</span>
        <span class="visually-hidden">{props.name}</span>
      </button>
    </form>
  );
}

function EntryList(props: { ctx: AdminContext; entries: AdminMenuEntry[]; returnTo: string }) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <ol class="menu-tree">
      {props.entries.map((entry) => {
        const label = entry.label;
        const move = (direction: 'up' | 'down' | 'indent' | 'outdent', visible: string) => (
          <ActionButton
            ctx={ctx}
            action={`/admin/menus/entries/${entry.id}/move`}
            fields={{ direction }}
            visible={visible}
            name={t(`admin.menus.move.${direction}`, { label })}
            disabled={!entry.can[direction]}
          />
        );
        const target = entry.target;
        return (
          <li id={`entry-${entry.id}`}>
            <div class="menu-tree__row">
              <div class="menu-tree__text">
                <strong>{label}</strong>{' '}
                <span class="meta">
                  {target.kind === 'url' ? (
                    <span dir="ltr">{target.url}</span>
                  ) : target.itemId !== null && target.title !== null ? (
                    <a href={`/admin/items/${target.itemId}`}>{t('admin.menus.linksToItem', { title: target.title, type: t(`type.${target.type}.singular`) })}</a>
                  ) : (
                    t('admin.menus.noTarget')
                  )}
                </span>
                {target.kind === 'item' && target.warning && (
                  <p class="menu-tree__warning" role="note">
                    <span aria-hidden="true">⚠ </span>
                    {t(`admin.menus.warning.${target.warning}`)}
                  </p>
                )}
              </div>
              <div class="menu-tree__actions" role="group" aria-label={t('admin.menus.actionsFor', { label })}>
                {move('up', '↑')}
                {move('down', '↓')}
                {move('outdent', ctx.dir === 'rtl' ? '→' : '←')}
                {move('indent', ctx.dir === 'rtl' ? '←' : '→')}
                <a class="small-button" href={`${props.returnTo}&edit=${entry.id}#menu-form`} title={t('admin.menus.edit', { label })}>
                  <span aria-hidden="true">{t('admin.menus.editShort')}</span>
                  <span class="visually-hidden">{t('admin.menus.edit', { label })}</span>
                </a>
                <ActionButton ctx={ctx} action={`/admin/menus/entries/${entry.id}/delete`} visible={t('admin.menus.deleteShort')} name={t('admin.menus.delete', { label })} danger />
              </div>
            </div>
            {entry.children.length > 0 && <EntryList ctx={ctx} entries={entry.children} returnTo={props.returnTo} />}
          </li>
        );
      })}
    </ol>
  );
}

/** A site's menus: the tree of one menu in one language, with its actions, and the add/edit form. */
export function MenusPage(props: MenusPageProps) {
  const { ctx, values, errors, form } = props;
  const { t } = ctx;
  const editingId = form.mode === 'edit' ? form.entryId : null;
  const parents = parentChoices(props.tree, editingId, maxMenuDepth);
  const targetKind = formValue(values, 'targetKind') || 'item';
  const selectedParent = formValue(values, 'parentId');
  const selectedItem = formValue(values, 'itemId');
  const describedBy = (name: string, hint?: string) => [hint, errors.has(name) ? `menu-${name}-errors` : ''].filter(Boolean).join(' ') || undefined;
  const menuTitle = t(`admin.menus.menu.${props.menu}`);
  return (
    <AdminLayout ctx={ctx} title={t('admin.menus.title')}>
      <h1>{t('admin.menus.title')}</h1>
      <p class="lead">{t('admin.menus.intro')}</p>
      <nav aria-label={t('admin.menus.whichMenu')}>
        <ul class="tabs">
          {props.menuTabs.map((tab) => (
            <li>
              <a href={tab.href} aria-current={tab.current ? 'page' : undefined}>{tab.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      {props.languageTabs.length > 1 && (
        <nav aria-label={t('admin.menus.whichLanguage')}>
          <ul class="tabs">
            {props.languageTabs.map((tab) => (
              <li>
                <a href={tab.href} lang={tab.language} hrefLang={tab.language} aria-current={tab.current ? 'page' : undefined}>{tab.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {props.notice && (
        <p class="notice notice--success" role="status">
          {props.notice}
        </p>
      )}
      <h2>{t('admin.menus.treeHeading', { menu: menuTitle, language: props.languageTabs.find((l) => l.current)?.label ?? props.language })}</h2>
      {props.tree.length === 0 ? <p>{t('admin.menus.empty')}</p> : <EntryList ctx={ctx} entries={props.tree} returnTo={props.returnTo} />}

      <h2 id="menu-form">{form.mode === 'edit' ? t('admin.menus.editHeading', { label: form.label }) : t('admin.menus.addHeading')}</h2>
      {errors.size > 0 && (
        <p class="notice notice--error" role="alert">
          {t('admin.edit.fixErrors', { count: [...errors.values()].flat().length })}
        </p>
      )}
      <form method="post" action={form.mode === 'edit' ? `/admin/menus/entries/${form.entryId}` : '/admin/menus/entries'} class="admin-form">
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <input type="hidden" name="menu" value={props.menu} />
        <input type="hidden" name="lang" value={props.language} />
        <TextField idPrefix="menu" name="label" label={t('admin.menus.label')} values={values} errors={errors} maxLength={maxLabelLength} />
        <div class="form-field">
          <label for="menu-parentId">{t('admin.menus.parent')}</label>
          <select id="menu-parentId" name="parentId" aria-invalid={errors.has('parentId') || undefined} aria-describedby={describedBy('parentId', 'menu-parentId-hint')}>
            <option value="">{t('admin.menus.topLevel')}</option>
            {parents.map((p) => (
              <option value={String(p.id)} selected={selectedParent === String(p.id)}>
                {`${'— '.repeat(p.depth)}${p.label}`}
              </option>
            ))}
          </select>
          <p class="hint" id="menu-parentId-hint">{t('admin.menus.parentHint')}</p>
          <FieldErrors id="menu-parentId" errors={errors.get('parentId')} />
        </div>
        <fieldset>
          <legend>{t('admin.menus.target')}</legend>
          <div class="check">
            <input type="radio" id="menu-target-item" name="targetKind" value="item" checked={targetKind === 'item'} />
            <label for="menu-target-item">{t('admin.menus.targetItem')}</label>
          </div>
          <div class="form-field">
            <label for="menu-itemId">{t('admin.menus.item')}</label>
            <select id="menu-itemId" name="itemId" aria-invalid={errors.has('itemId') || undefined} aria-describedby={describedBy('itemId')}>
              <option value="">{t('admin.menus.chooseItem')}</option>
              {props.itemChoices.map((group) => (
                <optgroup label={group.typeLabel}>
                  {group.items.map((item) => (
                    <option value={String(item.id)} selected={selectedItem === String(item.id)}>
                      {item.statusLabel ? `${item.title} (${item.statusLabel})` : item.title}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
            <FieldErrors id="menu-itemId" errors={errors.get('itemId')} />
          </div>
          <div class="check">
            <input type="radio" id="menu-target-url" name="targetKind" value="url" checked={targetKind === 'url'} />
            <label for="menu-target-url">{t('admin.menus.targetUrl')}</label>
          </div>
          <TextField idPrefix="menu" name="url" label={t('admin.menus.url')} values={values} errors={errors} hint={t('admin.menus.urlHint')} maxLength={2000} />
        </fieldset>
        <div class="form-actions">
          <button type="submit" class="button">{form.mode === 'edit' ? t('admin.edit.save') : t('admin.menus.add')}</button>
          {form.mode === 'edit' && <a href={`${props.returnTo}#entry-${form.entryId}`}>{t('admin.menus.cancel')}</a>}
        </div>
      </form>
    </AdminLayout>
  );
}
