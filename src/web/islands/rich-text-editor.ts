import { Editor } from '@tiptap/core';
import Image from '@tiptap/extension-image';
import StarterKit from '@tiptap/starter-kit';
import type { MediaPickerLabels } from './media-picker.ts';
import type { RichTextLabels } from '../rich-text-labels.ts';

interface ToolbarButton {
  key: keyof RichTextLabels;
  text: string;
  run: (editor: Editor) => void;
  /** Whether the button shows as pressed for the current selection. */
  active?: (editor: Editor) => boolean;
}

// Only what the server's sanitiser keeps (src/content/rich-text.ts): anything else would vanish
// on save, which is worse than refusing it here with a message.
const allowedLink = /^(https?:\/\/|mailto:|tel:|\/(?!\/)|#)/i;

const buttons: ToolbarButton[] = [
  { key: 'bold', text: 'B', run: (e) => e.chain().focus().toggleBold().run(), active: (e) => e.isActive('bold') },
  { key: 'italic', text: 'I', run: (e) => e.chain().focus().toggleItalic().run(), active: (e) => e.isActive('italic') },
  { key: 'heading2', text: 'H2', run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(), active: (e) => e.isActive('heading', { level: 2 }) },
  { key: 'heading3', text: 'H3', run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(), active: (e) => e.isActive('heading', { level: 3 }) },
  { key: 'bulletList', text: '•', run: (e) => e.chain().focus().toggleBulletList().run(), active: (e) => e.isActive('bulletList') },
  { key: 'orderedList', text: '1.', run: (e) => e.chain().focus().toggleOrderedList().run(), active: (e) => e.isActive('orderedList') },
  { key: 'blockquote', text: '❝', run: (e) => e.chain().focus().toggleBlockquote().run(), active: (e) => e.isActive('blockquote') },
  { key: 'link', text: '↗', run: () => undefined, active: (e) => e.isActive('link') },
  { key: 'unlink', text: '⊘', run: (e) => e.chain().focus().extendMarkRange('link').unsetLink().run() },
  { key: 'image', text: '▣', run: () => undefined },
  { key: 'undo', text: '↶', run: (e) => e.chain().focus().undo().run() },
  { key: 'redo', text: '↷', run: (e) => e.chain().focus().redo().run() },
];

/**
 * The rich-text editor (TipTap) over a plain `<textarea>`, as progressive enhancement: the
 * textarea stays in the form and receives the HTML on every change, so saving, validation and
 * "nothing typed is lost" work exactly as without JavaScript, and the server sanitises what it
 * receives either way. The toolbar's words come from the page (`data-rich-text`, a JSON object
 * rendered from the admin's catalogue), so it speaks the editor's language.
 */
export function enhanceRichText(textarea: HTMLTextAreaElement): void {
  if (textarea.dataset.enhanced) return;
  textarea.dataset.enhanced = 'true';
  const labels = JSON.parse(textarea.dataset.richText || '{}') as RichTextLabels;
  // The image button needs the library's chooser; without its words the editor offers no images.
  const pickerLabels = textarea.dataset.mediaLabels ? (JSON.parse(textarea.dataset.mediaLabels) as MediaPickerLabels) : null;
  const label = textarea.id ? document.querySelector<HTMLLabelElement>(`label[for="${CSS.escape(textarea.id)}"]`) : null;
  if (label && !label.id) label.id = `${textarea.id}-label`;

  // On a slow link someone may have started typing in the plain field: keep their place.
  const hadFocus = document.activeElement === textarea;
  const wrapper = document.createElement('div');
  wrapper.className = 'rich-text';
  const toolbar = document.createElement('div');
  toolbar.className = 'rich-text__toolbar';
  toolbar.setAttribute('role', 'toolbar');
  toolbar.setAttribute('aria-label', labels.toolbar);
  const surface = document.createElement('div');
  textarea.before(wrapper);
  wrapper.append(toolbar, surface, textarea);
  textarea.hidden = true;

  const attributes: Record<string, string> = { role: 'textbox', 'aria-multiline': 'true', class: 'rich-text__surface' };
  if (label) attributes['aria-labelledby'] = label.id;
  for (const name of ['aria-describedby', 'aria-invalid', 'lang', 'dir']) {
    const value = textarea.getAttribute(name);
    if (value) attributes[name] = value;
  }
  const editor = new Editor({
    element: surface,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3, 4] },
        codeBlock: false,
        // The public pages decide how links open; the sanitiser drops these attributes anyway.
        link: { openOnClick: false, autolink: true, HTMLAttributes: { rel: null, target: null } },
      }),
      // Images of the site's library only: the public page turns each into a responsive <picture>.
      Image.configure({ inline: false, allowBase64: false }),
    ],
    content: textarea.value,
    editorProps: { attributes },
    onUpdate: ({ editor: e }) => {
      textarea.value = e.isEmpty ? '' : e.getHTML();
    },
    onTransaction: () => refresh(),
  });
  label?.addEventListener('click', () => editor.commands.focus());
  if (hadFocus) editor.commands.focus('end');

  const controls: HTMLButtonElement[] = [];
  const pressed = new Map<HTMLButtonElement, ToolbarButton>();
  for (const spec of buttons) {
    if (spec.key === 'image' && !pickerLabels) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.append(glyph(spec.text), hiddenName(labels[spec.key]));
    button.title = labels[spec.key];
    // Keep the editor's focus and selection when a button is pressed with a mouse or a finger.
    button.addEventListener('mousedown', (event) => event.preventDefault());
    if (spec.active) pressed.set(button, spec);
    button.addEventListener('click', () => {
      if (spec.key === 'link') promptForLink(editor, labels);
      else if (spec.key === 'image') void insertImage(editor, pickerLabels!);
      else spec.run(editor);
    });
    controls.push(button);
  }
  const source = document.createElement('button');
  source.type = 'button';
  source.append(glyph('</>'), hiddenName(labels.source));
  source.title = labels.source;
  source.setAttribute('aria-pressed', 'false');
  source.addEventListener('click', () => {
    // Source mode shows the real textarea, which is what the form sends; leaving it loads the
    // edited HTML back into the editor.
    const showSource = textarea.hidden;
    if (!showSource) editor.commands.setContent(textarea.value, { emitUpdate: true });
    textarea.hidden = !showSource;
    surface.hidden = showSource;
    source.setAttribute('aria-pressed', String(showSource));
    for (const button of controls) button.disabled = showSource;
    (showSource ? textarea : editor.view.dom).focus();
  });
  controls.push(source);
  toolbar.append(...controls);
  useRovingFocus(toolbar, controls);

  function refresh() {
    for (const [button, spec] of pressed) button.setAttribute('aria-pressed', String(spec.active!(editor)));
  }
  refresh();
}

// The name a screen reader announces is the word; the glyph is only what sighted people see.
function glyph(text: string): HTMLElement {
  const span = document.createElement('span');
  span.setAttribute('aria-hidden', 'true');
  // "1." and "</>" would be reordered in a right-to-left admin.
  span.dir = 'ltr';
  span.textContent = text;
  return span;
}

function hiddenName(text: string): HTMLElement {
  const span = document.createElement('span');
  span.className = 'visually-hidden';
  span.textContent = text;
  return span;
}

/** Inserts an image chosen in the library, with its alt text in the default language (editable in source mode). */
async function insertImage(editor: Editor, labels: MediaPickerLabels) {
  const { pickMedia } = await import('./media-picker.ts');
  const image = await pickMedia({ kind: 'image', labels });
  if (!image) return;
  editor.chain().focus().setImage({ src: image.url, alt: image.altText }).run();
}

function promptForLink(editor: Editor, labels: RichTextLabels) {
  const previous = (editor.getAttributes('link').href as string | undefined) ?? 'https://';
  const href = window.prompt(labels.linkPrompt, previous)?.trim();
  if (href === undefined) return;
  if (href === '' || href === 'https://') {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    return;
  }
  if (!allowedLink.test(href)) {
    window.alert(labels.linkInvalid);
    return;
  }
  editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
}

/** One tab stop for the whole toolbar, arrow keys between its buttons (the ARIA toolbar pattern). */
function useRovingFocus(toolbar: HTMLElement, controls: HTMLButtonElement[]) {
  controls.forEach((button, index) => (button.tabIndex = index === 0 ? 0 : -1));
  toolbar.addEventListener('keydown', (event) => {
    const index = controls.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0) return;
    const rtl = getComputedStyle(toolbar).direction === 'rtl';
    const step: Record<string, number> = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1, Home: -index, End: controls.length - 1 - index };
    if (!(event.key in step)) return;
    event.preventDefault();
    const next = (index + step[event.key]! + controls.length) % controls.length;
    controls[index]!.tabIndex = -1;
    controls[next]!.tabIndex = 0;
    controls[next]!.focus();
  });
}
