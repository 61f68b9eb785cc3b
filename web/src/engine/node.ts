// The engine in Node (tests, `solve`): the same module the page uses, given
// its bytes directly (Emscripten 3.1.6's ES6 output cannot load them itself).
import { readFile } from 'node:fs/promises';
import { Engine } from './engine';

export const wasmDir = new URL('../../../build/wasm/', import.meta.url);

export async function loadNodeEngine(): Promise<Engine> {
  const moduleUrl = new URL('stepwise.mjs', wasmDir);
  const wasmBinary = await readFile(new URL('stepwise.wasm', wasmDir));
  const { default: create } = await import(moduleUrl.href);
  const engine = new Engine(() => create({ wasmBinary, print: () => {}, printErr: () => {} }));
  return engine.ready();
}
