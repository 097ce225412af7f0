/**
 * The edit form's tag picker, enhanced: a search box that narrows the grouped checkboxes as one
 * types (accents and case ignored). Without it every checkbox is still there, grouped and
 * collapsible, so nothing depends on it.
 */
const normalise = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const show = (element: HTMLElement, visible: boolean) => {
  element.style.display = visible ? '' : 'none';
};

export function enhanceTagPicker(picker: HTMLElement): void {
  const box = picker.querySelector<HTMLElement>('[data-tag-search]');
  const input = box?.querySelector('input');
  const status = picker.querySelector<HTMLElement>('[data-tag-search-status]');
  if (!box || !input) return;
  box.hidden = false;
  const options = [...picker.querySelectorAll<HTMLLabelElement>('label.check')].map((label) => ({
    label,
    text: normalise(`${label.textContent} ${label.querySelector('input')?.value ?? ''}`),
  }));
  const groups = [...picker.querySelectorAll('details')].map((details) => ({ details, open: details.open }));
  const sections = [...picker.querySelectorAll<HTMLElement>('[data-tag-section]')];
  const hasVisibleOption = (element: HTMLElement) => [...element.querySelectorAll<HTMLElement>('label.check')].some((label) => label.style.display !== 'none');

  const filter = () => {
    const words = normalise(input.value).split(/\s+/).filter(Boolean);
    let matches = 0;
    for (const option of options) {
      const match = words.every((word) => option.text.includes(word));
      show(option.label, match);
      if (match) matches++;
    }
    for (const section of sections) show(section, hasVisibleOption(section));
    for (const group of groups) {
      const any = hasVisibleOption(group.details);
      show(group.details, any);
      // While searching, open every group with a match; when the box is cleared, as it was.
      group.details.open = words.length ? any : group.open;
    }
    if (status) status.textContent = words.length && matches === 0 ? (status.dataset.noMatch ?? '') : '';
  };
  input.addEventListener('input', filter);
  // Enter in the search box must not submit the whole edit form.
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') event.preventDefault();
  });
}
