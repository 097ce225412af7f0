/**
 * Choosing files of the site's library: a searchable dialog over `/admin/media/choose.json`, used
 * by the media fields of the edit form (lead image, attachments) and by the rich-text editor's
 * image button. The fields work without it: their inputs take a file's number, which the library
 * shows; this only makes finding it easy, and adds removal and reordering for lists.
 */
import type { MediaSummary } from '../../media/summary.ts';
import type { MediaPickerLabels } from '../media-picker-labels.ts';

/** A file as `choose.json` describes it. */
export type ChosenMedia = MediaSummary;

export type { MediaPickerLabels };

/**
 * Opens the chooser and resolves with the file picked, or null when the dialog is closed.
 *
 * @example const image = await pickMedia({ kind: 'image', labels });
 */
export function pickMedia(options: { kind?: 'image'; labels: MediaPickerLabels }): Promise<ChosenMedia | null> {
  const { labels } = options;
  const opener = document.activeElement as HTMLElement | null;
  const dialog = document.createElement('dialog');
  dialog.className = 'media-picker';
  const titleId = `media-picker-title-${Date.now()}`;
  dialog.setAttribute('aria-labelledby', titleId);
  dialog.innerHTML = `
    <form method="dialog" class="media-picker__head">
      <h2 id="${titleId}"></h2>
      <button type="submit" class="button button--secondary" value="close"></button>
    </form>
    <label class="media-picker__search"><span></span><input type="search" autocomplete="off"></label>
    <p class="media-picker__status" role="status" aria-live="polite"></p>
    <ul class="media-picker__results" role="list"></ul>
    <button type="button" class="button button--secondary media-picker__more" hidden></button>`;
  dialog.querySelector('h2')!.textContent = labels.dialogTitle;
  dialog.querySelector<HTMLButtonElement>('.media-picker__head button')!.textContent = labels.close;
  dialog.querySelector('.media-picker__search span')!.textContent = labels.search;
  const search = dialog.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = dialog.querySelector<HTMLElement>('.media-picker__status')!;
  const results = dialog.querySelector<HTMLUListElement>('.media-picker__results')!;
  const more = dialog.querySelector<HTMLButtonElement>('.media-picker__more')!;
  more.textContent = labels.more;
  document.body.append(dialog);

  let page = 1;
  let request = 0;
  let timer: number | undefined;

  return new Promise((resolve) => {
    let picked: ChosenMedia | null = null;
    dialog.addEventListener('close', () => {
      dialog.remove();
      opener?.focus();
      resolve(picked);
    });

    async function load(reset: boolean) {
      const mine = ++request;
      if (reset) page = 1;
      status.textContent = labels.loading;
      const query = new URLSearchParams({ q: search.value.trim(), page: String(page) });
      if (options.kind) query.set('kind', options.kind);
      try {
        const response = await fetch(`/admin/media/choose.json?${query}`, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
        if (!response.ok) throw new Error(String(response.status));
        const body = (await response.json()) as { items: ChosenMedia[]; hasMore: boolean };
        if (mine !== request) return; // a newer search has started
        if (reset) results.replaceChildren();
        for (const file of body.items) results.append(resultItem(file));
        more.hidden = !body.hasMore;
        status.textContent = results.children.length === 0 ? labels.noResults : '';
      } catch {
        if (mine === request) status.textContent = labels.failed;
      }
    }

    function resultItem(file: ChosenMedia): HTMLLIElement {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'media-picker__choice';
      button.append(preview(file), text('span', file.filename, 'media-picker__name'));
      if (file.kind === 'image') button.append(text('span', file.altText || labels.noAltText, 'media-picker__alt'));
      button.addEventListener('click', () => {
        picked = file;
        dialog.close();
      });
      li.append(button);
      return li;
    }

    search.addEventListener('input', () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void load(true), 250);
    });
    more.addEventListener('click', () => {
      page += 1;
      void load(false);
    });
    dialog.showModal();
    search.focus();
    void load(true);
  });
}

/** Enhances one media field of the edit form (`data-media-field` = `image` or `files`). */
export function enhanceMediaField(fieldset: HTMLElement): void {
  if (fieldset.dataset.enhanced) return;
  fieldset.dataset.enhanced = 'true';
  const labels = JSON.parse(fieldset.dataset.mediaLabels || '{}') as MediaPickerLabels;
  const isList = fieldset.dataset.mediaField === 'files';
  const list = fieldset.querySelector<HTMLOListElement>('.media-control__list')!;
  const rows = () => [...list.querySelectorAll<HTMLLIElement>('[data-media-row]')];
  const template = rows()[0]!.cloneNode(true) as HTMLLIElement;

  const actions = document.createElement('div');
  actions.className = 'media-control__actions';
  const choose = button(isList ? labels.add : labels.choose, async () => {
    const file = await pickMedia({ kind: isList ? undefined : 'image', labels });
    if (!file) return;
    const row = isList ? (rows().find((r) => input(r).value.trim() === '') ?? addRow()) : rows()[0]!;
    show(row, file);
    if (isList) hideSpareRows();
  });
  actions.append(choose);
  list.after(actions);

  for (const row of rows()) addRowButtons(row);
  if (isList) hideSpareRows();

  function addRow(): HTMLLIElement {
    const row = template.cloneNode(true) as HTMLLIElement;
    const field = input(row);
    field.id = `${fieldset.querySelector('input')!.id}-${rows().length}-${Date.now()}`;
    row.querySelector('label')!.htmlFor = field.id;
    show(row, null);
    list.append(row);
    addRowButtons(row);
    return row;
  }

  /** Empty inputs beyond the files are for forms without script; here "add" makes rows. */
  function hideSpareRows() {
    for (const row of rows()) row.hidden = input(row).value.trim() === '';
  }

  function addRowButtons(row: HTMLLIElement) {
    const tools = document.createElement('span');
    tools.className = 'media-control__row-actions';
    tools.append(
      button(labels.remove, () => {
        show(row, null);
        if (isList) {
          row.remove();
          choose.focus();
        }
      }),
    );
    if (isList) {
      tools.append(
        button(labels.moveUp, () => row.previousElementSibling && list.insertBefore(row, row.previousElementSibling)),
        button(labels.moveDown, () => row.nextElementSibling && list.insertBefore(row.nextElementSibling, row)),
      );
    }
    row.append(tools);
  }
}

function show(row: HTMLElement, file: ChosenMedia | null) {
  input(row).value = file ? String(file.id) : '';
  row.querySelector('.media-control__preview')!.replaceChildren(...(file ? [preview(file)] : []));
  row.querySelector('.media-control__name')!.textContent = file?.filename ?? '';
}

function input(row: HTMLElement): HTMLInputElement {
  return row.querySelector('input')!;
}

function preview(file: ChosenMedia): HTMLElement {
  if (file.thumbUrl) {
    const img = document.createElement('img');
    img.src = file.thumbUrl;
    img.alt = '';
    img.width = 64;
    img.height = 48;
    return img;
  }
  return text('span', file.filename.split('.').pop()?.toUpperCase() ?? '', 'media-control__kind');
}

function text(tag: string, content: string, className: string): HTMLElement {
  const element = document.createElement(tag);
  element.className = className;
  element.textContent = content;
  return element;
}

function button(label: string, onClick: () => unknown): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'button button--secondary';
  b.textContent = label;
  b.addEventListener('click', () => void onClick());
  return b;
}
