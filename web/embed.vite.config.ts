// The embed bundle: embed/stepwise.js (script embeds) and embed/frame.js (the
// iframe pages). `base: './'` makes every chunk, the .wasm and the Worker load
// relative to the importing file, so the bundle works wherever it is hosted.
// Output: STEPWISE_OUT (an absolute path).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { compileHints } from './compile-hints';
import { plotlyPartial } from './plotly-partial';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  publicDir: false,
  logLevel: 'warn',
  resolve: { alias: { '@engine-build': path.resolve(here, '../build/wasm') } },
  plugins: [plotlyPartial(), compileHints(/plotly-partial[\\/]plotly\.js$|src[\\/](runtime|embed)[\\/]/)],
  // Worker assets named like the page's, so both load the one .wasm.
  worker: { format: 'es', rollupOptions: { output: { assetFileNames: 'chunks/[name]-[hash][extname]' } } },
  build: {
    outDir: process.env.STEPWISE_OUT,
    emptyOutDir: true,
    target: 'es2022',
    // Plotly is one lazily loaded ~1 MB chunk on purpose.
    chunkSizeWarningLimit: 2048,
    modulePreload: false,
    rollupOptions: {
      input: { stepwise: path.resolve(here, 'src/embed/stepwise.ts'), frame: path.resolve(here, 'src/embed/frame.ts') },
      preserveEntrySignatures: false,
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: 'chunks/[name]-[hash][extname]',
      },
    },
  },
});
