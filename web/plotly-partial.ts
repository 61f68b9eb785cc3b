// Our own Plotly bundle: plotly.js core with only the trace types the widgets
// draw (scatter, bar, heatmap, contour), without the attribute descriptions
// (documentation strings that only Plotly's schema tools read). About 375 KB
// gzipped, against about 500 KB for the cartesian dist we used before (see
// docs/decisions.md). Every Vite build that draws plots (the book, the embed
// bundle, the standalone template) imports it as `virtual:plotly`.
//
// plotly.js is CommonJS with circular requires; esbuild bundles it the way
// plotly.js bundles its own dists, into one ES module that Vite then treats
// like any other chunk. The result is cached on disk, keyed by the plotly.js
// version and this file, so the three builds bundle it once.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const VIRTUAL = 'virtual:plotly';
// A path-like id (no file is there; load() supplies the code) so the chunk is
// named plotly-<hash>.js: a `\0` id would name it `_virtual_plotly`, and some
// static hosts (GitHub Pages' Jekyll) drop files whose names start with `_`.
const RESOLVED = path.join(here, 'plotly-partial', 'plotly.js');

/** The trace types registered besides scatter (which core always has). */
export const TRACES = ['bar', 'heatmap', 'contour'];

/**
 * Components plotly.js's core registers that no widget uses (layout images,
 * update menus, sliders, range sliders and selectors, 3-D annotations): left
 * out of core's list, about 17 KB gzipped. Plotly asks the registry for a
 * component's methods and gets no-ops for one that is not registered.
 */
export const UNUSED_COMPONENTS = ['annotations3d', 'images', 'updatemenus', 'sliders', 'rangeslider', 'rangeselector'];

const entry = [
  "var Plotly = require('plotly.js/lib/core');",
  `Plotly.register([${TRACES.map((t) => `require('plotly.js/lib/${t}')`).join(', ')}]);`,
  'module.exports = Plotly;',
].join('\n');

// Attribute descriptions (documentation strings that only Plotly's schema
// and docs tools read) are dropped from plotly.js's sources before bundling,
// as plotly.js's own dist build does. Its regular expressions stop at the end
// of a line, which no longer fits the sources' formatting (`.join(\n' '\n)`),
// so this scans each value to its end instead: brackets, strings and comments.

/** The end (exclusive) of the JS expression starting at i: the first `,` or closing bracket at depth 0. */
function expressionEnd(src: string, i: number): number {
  let depth = 0;
  for (; i < src.length; i++) {
    const c = src[i];
    if (c === "'" || c === '"' || c === '`') {
      for (i++; i < src.length && src[i] !== c; i++) if (src[i] === '\\') i++;
    } else if (c === '/' && src[i + 1] === '/') {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (c === '/' && src[i + 1] === '*') {
      i = src.indexOf('*/', i + 2) + 1;
      if (i <= 0) return -1;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return i;
      depth--;
    } else if (c === ',' && depth === 0) return i;
  }
  return -1;
}

/** The source with every `description: <expression>` property (and its comma) removed. */
export function stripMeta(source: string): string {
  const key = /([{,]\s*)description\s*:\s*/g;
  let out = '';
  let from = 0;
  for (let m = key.exec(source); m; m = key.exec(source)) {
    const start = m.index + m[1].length;
    const end = expressionEnd(source, m.index + m[0].length);
    if (end < 0) break;
    const comma = source[end] === ',';
    out += source.slice(from, start);
    from = comma ? end + 1 : end;
    // A property that was last in its object leaves the previous one's comma, which JS allows.
    key.lastIndex = from;
  }
  return out + source.slice(from);
}

async function bundle(): Promise<string> {
  const version = JSON.parse(readFileSync(require.resolve('plotly.js/package.json'), 'utf8')).version as string;
  const key = createHash('sha256').update(`${version}\n${readFileSync(fileURLToPath(import.meta.url), 'utf8')}`).digest('hex').slice(0, 16);
  const dir = path.resolve(here, '../node_modules/.cache/stepwise-plotly');
  const file = path.join(dir, `plotly-${version}-${key}.mjs`);
  if (existsSync(file)) return readFileSync(file, 'utf8');
  const { build } = await import('esbuild');
  const out = await build({
    stdin: { contents: entry, resolveDir: here, sourcefile: 'plotly-partial-entry.js', loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    minify: true,
    target: 'es2020',
    legalComments: 'none',
    logLevel: 'warning',
    // As plotly.js's own build: Node's `global` is the window; no AMD.
    define: { global: 'globalThis', 'define.amd': 'false' },
    plugins: [
      {
        name: 'strip-plotly-meta',
        setup(b) {
          b.onLoad({ filter: /[\\/]plotly\.js[\\/]src[\\/].*\.js$/ }, (args) => {
            let source = readFileSync(args.path, 'utf8');
            if (/[\\/]src[\\/]core\.js$/.test(args.path))
              for (const c of UNUSED_COMPONENTS) {
                const line = `require('./components/${c}'),`;
                if (!source.includes(line)) throw new Error(`plotly.js's core no longer registers ${c} as expected; update UNUSED_COMPONENTS`);
                source = source.replace(line, '');
              }
            return { contents: stripMeta(source), loader: 'js' };
          });
          // Only the map trace types (not registered) would use maplibre's stylesheet.
          b.onResolve({ filter: /\.css$/ }, (args) => ({ path: args.path, namespace: 'no-css' }));
          b.onLoad({ filter: /.*/, namespace: 'no-css' }, () => ({ contents: '', loader: 'js' }));
        },
      },
    ],
  });
  const code = out.outputFiles[0].text;
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, code);
  return code;
}

let cached: Promise<string> | null = null;

export function plotlyPartial(): Plugin {
  return {
    name: 'stepwise-plotly-partial',
    enforce: 'pre',
    resolveId(source) {
      return source === VIRTUAL ? RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      cached ??= bundle();
      return cached;
    },
  };
}
