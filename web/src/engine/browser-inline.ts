// The engine for the standalone file: the .wasm travels inside the page as
// base64 (browsers do not fetch it from file://) and is handed over as
// wasmBinary. The standalone build substitutes this module for browser.ts.
import createStepwise from '@engine-build/stepwise.mjs';
import wasmBase64 from 'virtual:stepwise-wasm-base64';
import { Engine } from './engine';

export const engine = new Engine(() =>
  createStepwise({
    wasmBinary: Uint8Array.from(atob(wasmBase64), (c) => c.charCodeAt(0)),
    print: () => {},
    printErr: () => {},
  }),
);
