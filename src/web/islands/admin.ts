/**
 * The admin's only entry script, loaded on every admin page. It is a few hundred bytes: it looks
 * for the fields a page marks for enhancement and loads the code for them only when they are
 * there, so an editor on a slow connection downloads the rich-text editor on the edit page alone.
 * Every page works without it.
 */
const richText = document.querySelectorAll<HTMLTextAreaElement>('textarea[data-rich-text]');
if (richText.length > 0) {
  void import('./rich-text-editor.ts').then(({ enhanceRichText }) => {
    for (const textarea of richText) enhanceRichText(textarea);
  });
}

const mediaFields = document.querySelectorAll<HTMLElement>('[data-media-field]');
if (mediaFields.length > 0) {
  void import('./media-picker.ts').then(({ enhanceMediaField }) => {
    for (const field of mediaFields) enhanceMediaField(field);
  });
}

const tagPickers = document.querySelectorAll<HTMLElement>('[data-tag-picker]');
if (tagPickers.length > 0) {
  void import('./tag-filter.ts').then(({ enhanceTagPicker }) => {
    for (const picker of tagPickers) enhanceTagPicker(picker);
  });
}

const mediaUpload = document.querySelector<HTMLElement>('[data-media-upload]');
if (mediaUpload) void import('./media-upload.ts').then(({ enhanceMediaUpload }) => enhanceMediaUpload(mediaUpload));

const focalPoint = document.querySelector<HTMLElement>('[data-focal-point]');
if (focalPoint) void import('./focal-point.ts').then(({ enhanceFocalPoint }) => enhanceFocalPoint(focalPoint));

// On a phone the admin's navigation is one row that scrolls sideways: show where we are in it.
// Only at the top of a fresh page, so that a jump to an anchor or a restored position stays put.
const currentSection = document.querySelector<HTMLElement>('.admin .main-nav a[aria-current="page"]');
if (currentSection && window.scrollY === 0 && !location.hash) currentSection.scrollIntoView({ block: 'nearest', inline: 'center' });
