// Incremental C++ builds: configure once per folder, then let make decide.
import { existsSync } from 'node:fs';
import { root, run, step } from './run.mjs';

const jobs = String(Math.max(1, Math.min(4, (await import('node:os')).availableParallelism?.() ?? 2)));

export function buildWasm() {
  step('Building the WASM engine (Emscripten)');
  if (!existsSync(`${root}build/wasm/Makefile`))
    run('emcmake', ['cmake', '-S', '.', '-B', 'build/wasm', '-DCMAKE_BUILD_TYPE=Release']);
  run('cmake', ['--build', 'build/wasm', '-j', jobs]);
}

export function buildNative() {
  step('Building the native engine and its tests');
  if (!existsSync(`${root}build/native/Makefile`))
    run('cmake', ['-S', '.', '-B', 'build/native', '-DCMAKE_BUILD_TYPE=Release']);
  run('cmake', ['--build', 'build/native', '-j', jobs]);
}
