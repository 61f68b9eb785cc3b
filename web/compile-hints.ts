// V8's explicit compile hint (Chrome 136+): a chunk that starts with the magic
// comment `//# allFunctionsCalledOnLoad` has all its functions compiled eagerly,
// on a background thread while it downloads, instead of each one lazily on the
// main thread the first time it runs. A widget's first draw runs most of
// Plotly's and the runtime's code, so the hint takes that compile work off the
// critical path of a cold load (docs/decisions.md). Other browsers ignore the comment.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const HINT = '//# allFunctionsCalledOnLoad\n';

/** Adds the hint to every output chunk holding a module whose id matches `modules`. */
export function compileHints(modules: RegExp): Plugin {
  return {
    name: 'stepwise-compile-hints',
    apply: 'build',
    enforce: 'post',
    // On the written files: Vite's own last steps (minifying, the preload map it
    // puts at the top of a chunk) would drop the comment or push it down.
    writeBundle(options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.moduleIds.some((id) => modules.test(id))) continue;
        const file = path.join(options.dir ?? '', chunk.fileName);
        const code = readFileSync(file, 'utf8');
        if (!code.startsWith(HINT)) writeFileSync(file, HINT + code);
      }
    },
  };
}
