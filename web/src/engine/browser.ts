// The page's (and each Worker's) single engine instance. Emscripten's glue
// locates the .wasm with `new URL('stepwise.wasm', import.meta.url)`, which
// Vite rewrites to the hashed asset, so it works under any base path.
import createStepwise from '@engine-build/stepwise.mjs';
import { Engine } from './engine';

export const engine = new Engine(() =>
  createStepwise({
    // Printing is for debugging the C++; a widget never needs it.
    print: () => {},
    printErr: () => {},
  }),
);
