// The page's (and each Worker's) single engine instance. The .wasm URL comes
// from the bundler so it is hashed and works under any base path.
import createStepwise from '@engine-build/stepwise.mjs';
import wasmUrl from '@engine-build/stepwise.wasm?url';
import { Engine } from './engine';

export const engine = new Engine(() =>
  createStepwise({
    locateFile: () => wasmUrl,
    // Printing is for debugging the C++; a widget never needs it.
    print: () => {},
    printErr: () => {},
  }),
);
