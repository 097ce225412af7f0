/**
 * The media chooser's words. The admin renders them from its catalogue into a field's
 * `data-media-labels` attribute; the island (`islands/media-picker.ts`) reads them, so the browser
 * code carries no text of its own (like `rich-text-labels.ts`). It imports nothing, so that the
 * island's type-check (DOM only) can read it.
 */
export const mediaPickerLabelKeys = {
  choose: 'media.picker.choose',
  add: 'media.picker.add',
  remove: 'media.picker.remove',
  moveUp: 'media.picker.moveUp',
  moveDown: 'media.picker.moveDown',
  dialogTitle: 'media.picker.dialogTitle',
  search: 'media.picker.search',
  loading: 'media.picker.loading',
  noResults: 'media.picker.noResults',
  more: 'media.picker.more',
  close: 'media.picker.close',
  failed: 'media.picker.failed',
  noAltText: 'media.picker.noAltText',
} as const;

export type MediaPickerLabels = Record<keyof typeof mediaPickerLabelKeys, string>;

/** The chooser's words in the admin's language. */
export function mediaPickerLabels(t: (key: string) => string): MediaPickerLabels {
  return Object.fromEntries(Object.entries(mediaPickerLabelKeys).map(([k, key]) => [k, t(key)])) as MediaPickerLabels;
}
