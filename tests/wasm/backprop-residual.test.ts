// Chapter 7, backprop-residual, through compute: the forward and backward
// passes recomputed independently here in plain arithmetic, and the finite
// differences checked against them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ParamError } from '../../web/src/engine/engine';
import type { BackpropResult } from '../../web/src/widgets/backprop-residual/compute';
import { solve } from './helpers';
import { matvec, maxAbsDiff, transpose } from './linalg-helpers';

const sig = (v: number) => 1 / (1 + Math.exp(-v));

/** Forward and backward pass written out from the equations of the chapter. */
function reference(r: BackpropResult, x: ArrayLike<number>) {
  const z = matvec(r.W1, x).map((v, i) => v + r.b1[i]);
  const h = z.map(sig);
  const y = matvec(r.W2, h).map((v, i) => x[i] + v + r.b2[i]);
  const yBar = y.map((v, i) => v - r.s[i]);
  const hBar = matvec(transpose(r.W2), yBar).map((v, i) => v + r.r[i]);
  const zBar = hBar.map((v, i) => v * h[i] * (1 - h[i]));
  const xBar = matvec(transpose(r.W1), zBar).map((v, i) => v + yBar[i]);
  const loss = 0.5 * yBar.reduce((s, v) => s + v * v, 0) + h.reduce((s, v, i) => s + v * r.r[i], 0);
  return { z, h, y, xBar, loss };
}

test('default network: every value and dL/dx match an independent computation', async () => {
  const r = await solve<BackpropResult>('backprop-residual');
  const ref = reference(r, r.nodes.x.value);
  assert.ok(maxAbsDiff(r.nodes.z.value, ref.z) < 1e-15);
  assert.ok(maxAbsDiff(r.nodes.y.value, ref.y) < 1e-15);
  assert.ok(Math.abs(r.nodes.L.value[0] - ref.loss) < 1e-14);
  assert.ok(maxAbsDiff(r.grad_x, ref.xBar) < 1e-14);
  assert.ok(maxAbsDiff(r.grad_x, r.grad_x_numeric) < 1e-8);
  assert.equal(r.max_abs_error, maxAbsDiff(r.grad_x, r.grad_x_numeric));
  for (const n of ['z', 'h', 'y'] as const) assert.ok(maxAbsDiff(r.nodes[n].grad, r.nodes[n].grad_numeric) < 1e-8, n);
});

test('one unit each: the hand-derived formula', async () => {
  const r = await solve<BackpropResult>('backprop-residual', { x: [0.4], W1: [[0.7]], b1: [-0.2], W2: [[1.5]], b2: [0.1], s: [2], r: [0.3] });
  const z = 0.7 * 0.4 - 0.2, h = sig(z), d = h * (1 - h), y = 0.4 + 1.5 * h + 0.1;
  assert.ok(Math.abs(r.grad_x[0] - ((y - 2) * (1 + 1.5 * d * 0.7) + 0.3 * d * 0.7)) < 1e-15);
});

test('random N = 10, K = 20: backprop agrees with finite differences', async () => {
  const r = await solve<BackpropResult>('backprop-residual', { source: 'random', n: 10, k: 20, seed: 5 });
  assert.equal(r.grad_x.length, 10);
  assert.ok(maxAbsDiff(r.grad_x, reference(r, r.nodes.x.value).xBar) < 1e-12);
  assert.ok(r.max_abs_error < 1e-7);
});

test('mismatched sizes are reported against the parameter to fix', async () => {
  await assert.rejects(solve('backprop-residual', { r: [1, 2] }), (e: Error) => e instanceof ParamError && e.param === 'r');
  await assert.rejects(solve('backprop-residual', { x: [1, 2, 3] }), (e: Error) => e instanceof ParamError && e.param === 'W1');
  await assert.rejects(solve('backprop-residual', { W2: [[1, 0], [0, 1]] }), (e: Error) => e instanceof ParamError && e.param === 'W2');
});
