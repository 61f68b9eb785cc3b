// Chapter 11, convolution: the matrix-free GD against a dense JS reference,
// the adjoint identity, and the dense/matrix-free sweep.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ParamError } from '../../web/src/engine/engine';
import type { ConvResult } from '../../web/src/widgets/conv1d-huber/compute';
import { assertFinite, solve } from './helpers';

/** GD on Huber(Ax − b) (or ½‖Ax − b‖²) + λ/2‖x‖² with A built densely in JS. */
function denseGd(k: number[], b: number[], lambda: number, alpha: number, iters: number, huber = true) {
  const m = b.length, n = m + k.length - 1;
  const A = Array.from({ length: m }, (_, i) => Array.from({ length: n }, (_, l) => (l - i >= 0 && l - i < k.length ? k[l - i] : 0)));
  const x = new Array(n).fill(0);
  const objective = (res: number[]) => res.reduce((s, y) => s + (Math.abs(y) <= 1 || !huber ? y * y / 2 : Math.abs(y) - 0.5), 0) + (lambda / 2) * x.reduce((s, v) => s + v * v, 0);
  const residual = () => A.map((row, i) => row.reduce((s, a, l) => s + a * x[l], 0) - b[i]);
  let res = residual();
  const loss = [objective(res)];
  for (let t = 0; t < iters; t++) {
    const h = huber ? res.map((y) => Math.max(-1, Math.min(1, y))) : res;
    const g = x.map((_, l) => A.reduce((s, row, i) => s + row[l] * h[i], 0));
    for (let l = 0; l < n; l++) x[l] -= alpha * (g[l] + lambda * x[l]);
    res = residual();
    loss.push(objective(res));
  }
  return { x, loss };
}

const small = { k: [1, 2, 3], b: [1, 0, -1, 2], lambda: 0.1, alpha: 0.02, iters: 200, sweep_max: 1000 };

test('matrix-free GD equals a dense reference, step by step', async () => {
  const r = await solve<ConvResult>('conv1d-huber', small);
  const ref = denseGd(small.k, small.b, small.lambda, small.alpha, small.iters);
  assert.equal(r.x.length, 6);
  r.x.forEach((v, l) => assert.ok(Math.abs(v - ref.x[l]) < 1e-12, `x[${l}]`));
  assert.equal(r.loss_history.length, 201);
  r.loss_history.forEach((v, t) => assert.ok(Math.abs(v - ref.loss[t]) < 1e-12, `loss[${t}]`));
  assert.equal(r.signal, null);
  const lsq = denseGd(small.k, small.b, small.lambda, small.alpha, small.iters, false);
  r.x_squared.forEach((v, l) => assert.ok(Math.abs(v - lsq.x[l]) < 1e-12, `x_squared[${l}]`));
  assert.ok(r.dense_max_difference !== null && r.dense_max_difference < 1e-13);
});

test('generated problem: sizes, adjoint identity, decreasing objective', async () => {
  const r = await solve<ConvResult>('conv1d-huber', { n: 300, sweep_max: 1000 });
  assert.equal(r.x.length, 300);
  assert.equal(r.b.length, 300 - 5 + 1);
  assert.equal(r.signal!.length, 300);
  assert.ok(Math.abs(r.adjoint_ax_y - r.adjoint_x_aty) <= 1e-12 * Math.abs(r.adjoint_ax_y));
  // alpha = 0.5 < 2 / (‖A‖² + λ) with ‖A‖ ≤ Σ|k| = 1: the objective never rises.
  for (let t = 1; t < r.loss_history.length; t++) assert.ok(r.loss_history[t] <= r.loss_history[t - 1] + 1e-12);
  assert.ok(r.loss_history[r.loss_history.length - 1] < r.loss_history[0]);
  // Outliers pull a squared-loss fit far more than a Huber fit.
  assert.ok(r.rms_error!.huber < r.rms_error!.squared / 2, JSON.stringify(r.rms_error));
  assertFinite(r);
});

test('the sweep: same x dense and matrix-free, dense only up to n = 2048', async () => {
  const r = await solve<ConvResult>('conv1d-huber', { sweep_max: 5000 });
  assert.deepEqual(r.sweep.map((s) => s.n), [64, 128, 256, 512, 1024, 2048, 4096, 5000]);
  for (const s of r.sweep) {
    assert.equal(s.bytes_free, 8 * 5);
    if (s.n <= 2048) {
      assert.equal(s.bytes_dense, 8 * (s.n - 4) * s.n);
      assert.ok(s.max_difference! < 1e-12);
      assert.ok(s.seconds_dense! > 0);
    } else assert.equal(s.seconds_dense, null);
    assert.ok(s.seconds_free > 0);
  }
});

test('alpha lambda > 2 diverges and stops before overflow', async () => {
  const r = await solve<ConvResult>('conv1d-huber', { alpha: 5, lambda: 1, sweep_max: 1000 });
  assert.ok(r.diverged_at !== null);
  assertFinite(r.x);
});

test('bad input names the parameter', async () => {
  await assert.rejects(solve('conv1d-huber', { k: [] }), (e: ParamError) => e.param === 'k');
  await assert.rejects(solve('conv1d-huber', { n: 3 }), (e: ParamError) => e.param === 'n');
  await assert.rejects(solve('conv1d-huber', { alpha: 0 }), (e: ParamError) => e.param === 'alpha');
});
