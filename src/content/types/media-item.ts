import { defineContentType } from '../content-type.ts';

/** A photo or video shown as an item of its own (a gallery entry), with credits and licence. */
export const mediaItem = defineContentType({
  name: 'media-item',
  segment: 'gallery',
  defaultSort: 'newest',
  schemaOrgType: 'MediaObject',
  channels: { feed: true },
  fields: [
    { name: 'mediaKind', kind: 'select', required: true, options: ['image', 'video'] },
    // An image of the library, a video on YouTube or Vimeo, an uploaded recording, or the address of the original elsewhere.
    { name: 'image', kind: 'image' },
    { name: 'videoUrl', kind: 'embed' },
    { name: 'recording', kind: 'files' },
    { name: 'mediaUrl', kind: 'url' },
    { name: 'altText', kind: 'text', localized: true, maxLength: 300 },
    { name: 'credits', kind: 'text', localized: true, maxLength: 300 },
    { name: 'licence', kind: 'select', options: ['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC-BY-NC-4.0', 'CC0-1.0', 'all-rights-reserved'] },
  ],
});
