// The service worker (sw.js) that makes the book work offline after a first
// visit: Workbox precaches every page, script, style, font and the .wasm.
// A new build is fetched in the background and takes over on a later visit,
// once no tab still runs the old one (Workbox's default: no skipWaiting, so a
// page never mixes chunks of two builds). embed/ is precached too (the
// iframe pages, also used by the Embedding page); standalone/ is for download.
//   node scripts/lib/offline.mjs <outDir>   (a child process keeps buildSite synchronous)
import { generateSW } from 'workbox-build';

const outDir = process.argv[2];
{
  const { count, size, warnings } = await generateSW({
    globDirectory: outDir,
    globPatterns: ['**/*.{html,js,css,wasm,svg,png,woff2,json,txt}'],
    globIgnores: ['standalone/**', 'sw.js', '404.html'],
    swDest: `${outDir}/sw.js`,
    // The Plotly chunk is ~1.4 MB; the default cap (2 MB) is close.
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    // Widget state lives in the query string; any query maps to the cached page.
    ignoreURLParametersMatching: [/.*/],
    // Hashed file names need no revision.
    dontCacheBustURLsMatching: /^(assets|embed)\/.+[.-][\w-]{8}\.(js|css|wasm|woff2)$/,
    inlineWorkboxRuntime: true,
    cleanupOutdatedCaches: true,
    sourcemap: false,
    mode: 'production',
  });
  for (const w of warnings) console.warn(w);
  console.log(`sw.js precaches ${count} files, ${(size / 1048576).toFixed(1)} MB`);
}
