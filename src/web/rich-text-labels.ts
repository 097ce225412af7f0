/**
 * The rich-text editor's toolbar words. The admin renders them from its catalogue into the
 * field's `data-rich-text` attribute; the editor island (`islands/rich-text-editor.ts`) reads them,
 * so the browser code carries no text of its own and speaks the editor's language.
 */
export const richTextLabelKeys = ['toolbar', 'bold', 'italic', 'heading2', 'heading3', 'bulletList', 'orderedList', 'blockquote', 'link', 'linkPrompt', 'linkInvalid', 'unlink', 'image', 'undo', 'redo', 'source'] as const;

export type RichTextLabels = Record<(typeof richTextLabelKeys)[number], string>;
