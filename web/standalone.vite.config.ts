// The standalone template: one HTML file with every script, style and the
// .wasm inlined (vite-plugin-singlefile), which the build copies once per
// widget. From file:// a browser neither fetches the .wasm nor starts a
// Worker, so this build swaps in the base64 engine (browser-inline.ts) and a
// Worker spawner that always declines (the runner then computes in the page).
// Output: STEPWISE_OUT (an absolute path).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { plotlyPartial } from './plotly-partial';

const here = path.dirname(fileURLToPath(import.meta.url));
const wasmDir = path.resolve(here, '../build/wasm');

function standaloneEngine(): Plugin {
  const swaps: Record<string, string> = {
    [path.resolve(here, 'src/engine/browser.ts')]: path.resolve(here, 'src/engine/browser-inline.ts'),
  };
  return {
    name: 'stepwise-standalone-engine',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (source === 'virtual:stepwise-wasm-base64') return '\0stepwise-wasm-base64';
      const r = await this.resolve(source, importer, { skipSelf: true });
      return r && swaps[r.id] ? swaps[r.id] : null;
    },
    load(id) {
      if (id === '\0stepwise-wasm-base64')
        return `export default ${JSON.stringify(readFileSync(path.join(wasmDir, 'stepwise.wasm')).toString('base64'))};`;
      if (id === path.resolve(here, 'src/engine/spawn-worker.ts'))
        return 'export function spawnWorker() { throw new Error("no Worker from a standalone file"); }';
      return null;
    },
    transform(code, id) {
      // The glue's own URL for the .wasm would inline a second copy; wasmBinary is given.
      if (id === path.join(wasmDir, 'stepwise.mjs'))
        return code.replace('new URL("stepwise.wasm",import.meta.url).toString()', '"stepwise.wasm"');
      return null;
    },
  };
}

export default defineConfig({
  root: path.resolve(here, 'src/embed'),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  resolve: { alias: { '@engine-build': wasmDir } },
  plugins: [plotlyPartial(), standaloneEngine(), viteSingleFile({ removeViteModuleLoader: true })],
  build: {
    outDir: process.env.STEPWISE_OUT,
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
    rollupOptions: { input: path.resolve(here, 'src/embed/standalone.html') },
  },
});
