// The WASM module gives the native build's numbers: every golden case printed
// by build/native/stepwise_golden is recomputed through the bound function.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { getEngine } from './helpers';

const exe = new URL('../../build/native/stepwise_golden', import.meta.url).pathname;

// Bit-for-bit would be ideal; libm's log/exp may differ in the last place
// between glibc and musl, so allow a few ulps relative.
const REL = 1e-12;

function compare(actual: unknown, expected: unknown, path: string): void {
  if (expected === null) return assert.equal(actual, null, path);
  if (typeof expected === 'number') {
    assert.equal(typeof actual, 'number', `${path}: expected a number, got ${actual}`);
    const a = actual as number;
    assert.ok(Math.abs(a - expected) <= REL * Math.max(1, Math.abs(expected)), `${path}: wasm ${a} vs native ${expected}`);
    return;
  }
  if (Array.isArray(expected)) {
    const arr = Array.from(actual as ArrayLike<unknown>);
    assert.equal(arr.length, expected.length, `${path}: length`);
    expected.forEach((e, i) => compare(arr[i], e, `${path}[${i}]`));
    return;
  }
  if (typeof expected === 'object') {
    for (const [k, v] of Object.entries(expected as object)) compare((actual as Record<string, unknown>)[k], v, `${path}.${k}`);
    return;
  }
  assert.equal(actual, expected, path);
}

test('every golden case computed natively is reproduced by the WASM module', async () => {
  assert.ok(existsSync(exe), `${exe} is missing: build the native target (node scripts/test.mjs cpp)`);
  const run = spawnSync(exe, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  assert.equal(run.status, 0, run.stderr);
  const cases = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.ok(cases.length >= 10, 'too few golden cases');
  const engine = await getEngine();
  for (const [i, c] of cases.entries()) {
    const got = engine.call(c.fn, c.params);
    compare(got, c.expect, `case ${i} ${c.fn}`);
  }
});
