import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Asset } from './assets.ts';

/**
 * The admin's scripts ("islands"), bundled by esbuild from `src/web/islands/` when the server
 * starts: no build step to forget, and what runs is always what is in the checkout. The entry
 * script is tiny and loads the rich-text editor as a separate chunk only on pages that need it.
 * File names carry esbuild's content hash, so the URLs can be cached for a year, and they are
 * sent compressed (the editor is large and editors are often on slow connections).
 */
export interface IslandBundle {
  /** The URL of the entry script for `<script type="module">`. */
  entryUrl: string;
  assets: Asset[];
}

const islandDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'islands');
const urlPrefix = '/assets/islands/';
let bundle: Promise<IslandBundle> | undefined;
let built: IslandBundle | undefined;

/** Bundles the islands once per process; later calls share the result. */
export function adminIslands(): Promise<IslandBundle> {
  bundle ??= bundleIslands().then((result) => (built = result));
  return bundle;
}

/** The bundle, for views rendered after the server started (which awaited `adminIslands()`). */
export function builtAdminIslands(): IslandBundle {
  if (!built) throw new Error('The admin islands are not bundled yet: await adminIslands() while the server starts');
  return built;
}

async function bundleIslands(): Promise<IslandBundle> {
  const result = await build({
    entryPoints: { admin: path.join(islandDir, 'admin.ts') },
    bundle: true,
    splitting: true,
    format: 'esm',
    // Browsers of the last four years, including older Android phones' Chrome (TipTap itself
    // needs about this much).
    target: ['es2022', 'chrome100', 'firefox100', 'safari15'],
    minify: true,
    write: false,
    outdir: '/islands',
    entryNames: '[name].[hash]',
    chunkNames: '[name].[hash]',
    legalComments: 'none',
    logLevel: 'silent',
  });
  const assets = result.outputFiles.map(
    (file): Asset => ({
      url: urlPrefix + path.relative('/islands', file.path).split(path.sep).join('/'),
      body: Buffer.from(file.contents),
      contentType: 'text/javascript; charset=utf-8',
      compressible: true,
    }),
  );
  const entry = assets.find((a) => a.url.startsWith(`${urlPrefix}admin.`));
  if (!entry) throw new Error('The admin island bundle has no entry script');
  return { entryUrl: entry.url, assets };
}
