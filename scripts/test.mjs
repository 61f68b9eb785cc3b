// npm test: every level, in order, on a fresh machine or incrementally.
//   1. C++ (GoogleTest through ctest)   2. WASM + every compute (node:test)
//   3. the built book in headless Chromium (node:test + playwright-core)
// No browser test file may hang the run: each has 20 minutes (CI has 90).
// Exits non-zero if any level fails; later levels still run so one run
// reports everything.
import { existsSync, readdirSync } from 'node:fs';
import { bootstrap } from './lib/bootstrap.mjs';
import { buildNative, buildWasm } from './lib/engine.mjs';
import { root, runStatus, step } from './lib/run.mjs';
import { buildSite, courseEdition } from './lib/site.mjs';

const only = process.argv[2]; // optional: cpp | wasm | e2e
const failures = [];

function testFiles(dir) {
  const d = `${root}tests/${dir}`;
  return existsSync(d) ? readdirSync(d).filter((f) => /\.test\.(ts|mjs)$/.test(f)).map((f) => `tests/${dir}/${f}`) : [];
}

async function level(name, fn) {
  if (only && only !== name) return;
  try {
    const code = await fn();
    if (code !== 0) failures.push(name);
  } catch (e) {
    console.error(e.message);
    failures.push(name);
  }
}

bootstrap();

await level('cpp', async () => {
  buildNative();
  step('C++ tests');
  return runStatus('ctest', ['--test-dir', 'build/native', '--output-on-failure', '-j', '2']);
});

await level('wasm', async () => {
  buildNative(); // the golden cases the WASM results are compared against
  buildWasm();
  step('WASM and compute tests (Node)');
  return runStatus('node', ['--import', 'tsx', '--test', '--test-concurrency=1', ...testFiles('wasm')]);
});

await level('e2e', async () => {
  buildWasm();
  buildSite();
  buildSite(courseEdition);
  step('Browser tests (headless Chromium)');
  return runStatus('node', ['--test', '--test-concurrency=1', '--test-timeout=1200000', ...testFiles('e2e')]);
});

if (failures.length) {
  console.error(`\nFailed: ${failures.join(', ')}`);
  process.exit(1);
}
console.log('\nAll test levels passed.');
