// Chapter 6, min-norm-gd, through compute: the 2-D example in closed form,
// random wide and tall instances against the Gram-matrix formulas solved
// independently by elimination.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ParamError } from '../../web/src/engine/engine';
import type { MinNormResult } from '../../web/src/widgets/min-norm-gd/compute';
import { assertFinite, solve } from './helpers';
import { matmul, matvec, maxAbsDiff, solveLinear, transpose } from './linalg-helpers';

const norm = (v: ArrayLike<number>) => Math.hypot(...Array.from(v));

test('one point (2, 1), target 2: GD from zero reaches (0.8, 0.4) along (2, 1)', async () => {
  const r = await solve<MinNormResult>('min-norm-gd');
  assert.ok(maxAbsDiff(r.w_min_norm, [0.8, 0.4]) < 1e-14);
  assert.ok(maxAbsDiff(r.w_gd, [0.8, 0.4]) < 1e-12);
  assert.ok(maxAbsDiff(r.grad_direction, [-2 / Math.sqrt(5), -1 / Math.sqrt(5)]) < 1e-15);
  assert.ok(Math.abs(r.eta_max - 0.2) < 1e-14);
  r.path_zero.w[0].forEach((w1, k) => assert.ok(Math.abs(w1 - 2 * r.path_zero.w[1][k]) < 1e-14));
});

test('another start lands at the foot of its perpendicular on the line', async () => {
  const r = await solve<MinNormResult>('min-norm-gd', { w0: [1, 2], steps: 400 });
  // (1, 2) minus its component along (2, 1), plus (0.8, 0.4).
  assert.ok(maxAbsDiff(r.w_limit, [0.2, 1.6]) < 1e-14);
  assert.ok(maxAbsDiff(r.w_gd, [0.2, 1.6]) < 1e-12);
  for (const v of r.path_start.null_norm) assert.ok(Math.abs(v - Math.sqrt(1.8)) < 1e-13);
  assert.ok(Math.abs(r.orthogonality) < 1e-14);
});

test('random wide instance: GD from zero gives Xᵀ(XXᵀ)⁻¹t; any other start is longer', async () => {
  const r = await solve<MinNormResult>('min-norm-gd', { source: 'random', rows: 3, cols: 8, seed: 4, eta: 0.05, steps: 20000 });
  const xt = transpose(r.X);
  const formula = matvec(xt, solveLinear(matmul(r.X, xt), r.t));
  assert.ok(maxAbsDiff(r.w_min_norm, formula) < 1e-11);
  assert.ok(maxAbsDiff(r.w_gd_from_zero, formula) < 1e-8);
  assert.ok(maxAbsDiff(matvec(r.X, r.w_gd), r.t) < 1e-8);
  assert.ok(norm(r.w_gd) > norm(formula));
  assert.ok(Math.abs(norm(r.w_gd) ** 2 - norm(formula) ** 2 - r.path_start.null_norm[0] ** 2) < 1e-8);
});

test('tall instance: every start reaches the normal-equations solution', async () => {
  const X = [[1, 0], [1, 1], [1, 2]], t = [1, 2, 2];
  const r = await solve<MinNormResult>('min-norm-gd', { X, t, w0: [2, -1], eta: 0.3, steps: 2000 });
  const ols = solveLinear(matmul(transpose(X), X), matvec(transpose(X), t));
  assert.ok(maxAbsDiff(r.w_min_norm, ols) < 1e-13);
  assert.ok(maxAbsDiff(r.w_gd, ols) < 1e-10);
  assert.ok(maxAbsDiff(r.w_gd_from_zero, ols) < 1e-10);
  assert.ok(r.residual_loss > 0.01);
});

test('rank-deficient X gives the pseudo-inverse answer; bad input names its parameter; divergence stays finite', async () => {
  const r = await solve<MinNormResult>('min-norm-gd', { X: [[1, 1], [2, 2]], t: [1, 0] });
  assert.equal(r.rank, 1);
  assert.ok(maxAbsDiff(r.w_min_norm, [0.1, 0.1]) < 1e-15);
  assertFinite(r);
  const wild = await solve<MinNormResult>('min-norm-gd', { eta: 5 });
  assert.ok(wild.path_zero.diverged_at !== null);
  assertFinite(wild);
  await assert.rejects(solve('min-norm-gd', { w0: [1, 2, 3] }), (e: Error) => e instanceof ParamError && e.param === 'w0');
  await assert.rejects(solve('min-norm-gd', { X: [[0, 0]] }), (e: Error) => e instanceof ParamError && e.param === 'X');
  await assert.rejects(solve('min-norm-gd', { t: [1, 2] }), (e: Error) => e instanceof ParamError && e.param === 't');
});
