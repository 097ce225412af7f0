import { Readable } from 'node:stream';
import sharp from 'sharp';
import type { SiteScope } from '../../db/site-scope.ts';
import { saveMediaText } from '../../media/repo.ts';
import type { MediaStore } from '../../media/storage/media-store.ts';
import { storeUpload } from '../../media/upload.ts';

/**
 * Pictures for the demo network, drawn here rather than shipped: four landscape illustrations
 * (SVG rendered by sharp to 1600 × 1000 JPEGs), uploaded to each demo site's library through the
 * same path as an editor's upload, with alt texts in the demo languages. They give the demo's
 * pages, cards and the variants job something real to work with, and say plainly that they are
 * illustrations.
 */
interface Illustration {
  name: string;
  sky: [string, string];
  sun: string;
  layers: string[];
  water?: string;
  alt: Record<string, string>;
}

const illustrations: Illustration[] = [
  {
    name: 'wetland',
    sky: ['#f6d9a8', '#9cc7d9'],
    sun: '#fff4d6',
    layers: ['#6f9c74', '#4a7a55', '#2f5a3c'],
    water: '#7fb3c8',
    alt: {
      en: 'Illustration: reed beds and open water under a morning sky',
      fr: 'Illustration : roselières et eau libre sous un ciel matinal',
      nl: 'Illustratie: rietvelden en open water onder een ochtendhemel',
      ar: 'رسم توضيحي: أحراش القصب والمياه المفتوحة تحت سماء الصباح',
    },
  },
  {
    name: 'forest',
    sky: ['#cfe3f0', '#e9f1e4'],
    sun: '#fffbe8',
    layers: ['#5f8a5a', '#3d6b43', '#244a2e'],
    alt: {
      en: 'Illustration: forested hills in layers fading into the distance',
      fr: 'Illustration : collines boisées en plans successifs jusqu’à l’horizon',
      nl: 'Illustratie: beboste heuvels in lagen die in de verte vervagen',
      ar: 'رسم توضيحي: تلال مشجرة متتابعة تتلاشى في الأفق',
    },
  },
  {
    name: 'savanna',
    sky: ['#f3b36b', '#f7e1b0'],
    sun: '#fff1c9',
    layers: ['#c9a25a', '#a8823f', '#7d5f2c'],
    alt: {
      en: 'Illustration: dry savanna plains at sunset',
      fr: 'Illustration : plaines de savane sèche au coucher du soleil',
      nl: 'Illustratie: droge savannevlakten bij zonsondergang',
      ar: 'رسم توضيحي: سهول السافانا الجافة عند الغروب',
    },
  },
  {
    name: 'coast',
    sky: ['#bcdcf0', '#eef6fb'],
    sun: '#ffffff',
    layers: ['#d9c9a0', '#8fb1a4'],
    water: '#3f7fa3',
    alt: {
      en: 'Illustration: dunes and a calm sea along the coast',
      fr: 'Illustration : dunes et mer calme le long de la côte',
      nl: 'Illustratie: duinen en een kalme zee langs de kust',
      ar: 'رسم توضيحي: كثبان رملية وبحر هادئ على طول الساحل',
    },
  },
];

const width = 1600;
const height = 1000;

/** One illustration as SVG: a sky gradient, a sun, rolling hills in layers, and water if any. */
function drawing(ill: Illustration): string {
  const hills = ill.layers
    .map((colour, i) => {
      const base = 560 + i * 130;
      const amp = 90 - i * 18;
      const phase = (i + 1) * 0.9;
      const points = Array.from({ length: 33 }, (_, k) => {
        const x = (k / 32) * width;
        const y = base - amp * Math.sin((k / 32) * Math.PI * (1.6 + i * 0.4) + phase) - (amp / 3) * Math.sin((k / 32) * Math.PI * 5 + i);
        return `${x.toFixed(0)},${y.toFixed(0)}`;
      });
      return `<polygon fill="${colour}" points="0,${height} ${points.join(' ')} ${width},${height}"/>`;
    })
    .join('');
  const water = ill.water ? `<rect x="0" y="${height - 150}" width="${width}" height="150" fill="${ill.water}" opacity="0.85"/>` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${ill.sky[0]}"/><stop offset="1" stop-color="${ill.sky[1]}"/></linearGradient></defs>
    <rect width="${width}" height="${height}" fill="url(#sky)"/>
    <circle cx="${width * 0.72}" cy="${height * 0.28}" r="90" fill="${ill.sun}" opacity="0.9"/>
    ${hills}${water}
  </svg>`;
}

let rendered: Promise<{ illustration: Illustration; jpeg: Buffer }[]> | undefined;

/** The illustrations as JPEGs, drawn once per process. */
function renderIllustrations() {
  rendered ??= Promise.all(illustrations.map(async (illustration) => ({ illustration, jpeg: await sharp(Buffer.from(drawing(illustration))).jpeg({ quality: 82, mozjpeg: true }).toBuffer() })));
  return rendered;
}

/**
 * Uploads the illustrations to a site's library with their alt texts in the site's languages, and
 * returns their ids in a fixed order (wetland, forest, savanna, coast).
 */
export async function addDemoImages(context: { scope: SiteScope; store: MediaStore; stagingDir: string; languages: readonly string[] }): Promise<number[]> {
  const ids: number[] = [];
  for (const { illustration, jpeg } of await renderIllustrations()) {
    const { media } = await storeUpload({ scope: context.scope, store: context.store, actorId: null, stagingDir: context.stagingDir }, { stream: Readable.from([jpeg]), filename: `${illustration.name}.jpg` });
    for (const language of context.languages) {
      const altText = illustration.alt[language] ?? illustration.alt.en!;
      await saveMediaText(context.scope, media.id, { language, altText, caption: '', credits: '' });
    }
    await context.scope.updateTable('media_files').set({ licence: 'CC0-1.0' }).where('id', '=', media.id).execute();
    ids.push(media.id);
  }
  return ids;
}
