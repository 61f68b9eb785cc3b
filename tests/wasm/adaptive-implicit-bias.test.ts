// Chapter 6, adaptive-implicit-bias, through compute: GD, SGD and minibatch SGD
// against the min-norm formula solved independently; AdaGrad's limit on the
// 2-D example against the value derived by hand.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { methods, type BiasResult } from '../../web/src/widgets/adaptive-implicit-bias/compute';
import { assertFinite, solve } from './helpers';
import { matmul, matvec, maxAbsDiff, solveLinear, transpose } from './linalg-helpers';

test('2-D example: row-space methods find (0.8, 0.4), AdaGrad (2/3, 2/3)', async () => {
  const r = await solve<BiasResult>('adaptive-implicit-bias');
  assert.ok(maxAbsDiff(r.min_norm, [0.8, 0.4]) < 1e-14);
  for (const m of ['gd', 'sgd', 'minibatch'] as const) assert.ok(maxAbsDiff(r.solutions[m].w, [0.8, 0.4]) < 1e-12, m);
  // Every gradient is c·(2, 1): AdaGrad divides each coordinate by √(Σc²)·(2, 1),
  // so both coordinates move equally and the path meets 2w₁ + w₂ = 2 at w₁ = w₂ = 2/3.
  assert.ok(maxAbsDiff(r.solutions.adagrad.w, [2 / 3, 2 / 3]) < 1e-6);
  assert.ok(Math.abs(r.solutions.adagrad.norm - Math.sqrt(8) / 3) < 1e-6);
  assert.ok(r.solutions.adagrad.norm > r.min_norm_norm + 0.04);
});

test('random 4 × 10: GD, SGD and minibatch SGD end at Xᵀ(XXᵀ)⁻¹t; AdaGrad leaves the row space', async () => {
  const r = await solve<BiasResult>('adaptive-implicit-bias', { source: 'random', rows: 4, cols: 10, seed: 3, eta: 0.01, steps: 20000 });
  const xt = transpose(r.X);
  const formula = matvec(xt, solveLinear(matmul(r.X, xt), r.t));
  assert.ok(maxAbsDiff(r.min_norm, formula) < 1e-11);
  for (const m of ['gd', 'sgd', 'minibatch'] as const) {
    assert.ok(maxAbsDiff(r.solutions[m].w, formula) < 1e-7, m);
    assert.ok(r.solutions[m].row_space_gap < 1e-9, m);
  }
  const a = r.solutions.adagrad;
  assert.ok(maxAbsDiff(matvec(r.X, a.w), r.t) < 1e-6);
  assert.ok(a.row_space_gap > 1e-3);
  // Pythagoras: an exact solution's norm² is ‖X⁺t‖² plus its null-space part².
  assert.ok(Math.abs(a.norm ** 2 - r.min_norm_norm ** 2 - a.row_space_gap ** 2) < 1e-6);
});

test('a step far too large diverges for GD and is reported, never NaN', async () => {
  const r = await solve<BiasResult>('adaptive-implicit-bias', { eta: 2, steps: 500 });
  assert.ok(r.solutions.gd.diverged_at !== null);
  for (const m of methods) assertFinite(r.solutions[m].w);
});
