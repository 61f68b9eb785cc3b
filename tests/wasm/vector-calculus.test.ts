// Chapter 4, gradient identities: the formulas recomputed here by hand and
// the finite differences checked against their known error.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ParamError } from '../../web/src/engine/engine';
import type { VcResult } from '../../web/src/widgets/vector-calculus/compute';
import { solve } from './helpers';
import { matvec, maxAbsDiff, transpose } from './linalg-helpers';

const A = [[1, 2, 0], [0, 1, -1], [3, 0, 2]], x = [1, 2, -1], c = [1, 0, 2], X = [[1, 0, 1], [0, 2, 1]], Y = [1, -1];
const params = { A, x, c, X, Y };

test('each formula matches a hand computation; finite differences agree', async () => {
  const r = await solve<VcResult>('vector-calculus', params);
  assert.deepEqual(Array.from(r.analytic.linear[0]), c);
  assert.deepEqual(Array.from(r.analytic.square_norm[0]), x.map((v) => 2 * v));
  assert.deepEqual(r.analytic.matrix_vector.map((row) => Array.from(row)), A);
  // xᵀ(A + Aᵀ) = Ax + Aᵀx.
  const quad = matvec(A, x).map((v, i) => v + matvec(transpose(A), x)[i]);
  assert.ok(maxAbsDiff(r.analytic.quadratic[0], quad) < 1e-15);
  const resid = matvec(X, x).map((v, i) => v - Y[i]);
  X.forEach((row, i) => assert.ok(maxAbsDiff(r.analytic.sample_loss[i], row.map((v) => v * resid[i])) < 1e-15));
  assert.ok(maxAbsDiff(r.analytic.total_loss[0], matvec(transpose(X), resid)) < 1e-15);
  // Central differences are exact on quadratics: only rounding remains.
  assert.ok(r.max_abs_error < 1e-8, String(r.max_abs_error));
  assert.ok(Math.max(...Object.values(r.errors)) === r.max_abs_error);
});

test('forward differences overshoot the quadratic by exactly h·Aⱼⱼ', async () => {
  const h = 1e-3;
  const r = await solve<VcResult>('vector-calculus', { ...params, scheme: 'forward', h });
  const gap = Array.from(r.numeric.quadratic[0], (v, j) => v - r.analytic.quadratic[0][j]);
  assert.ok(maxAbsDiff(gap, A.map((row, j) => h * row[j])) < 1e-9);
  assert.ok(Math.abs(r.errors.quadratic - h * 2) < 1e-9);  // the largest diagonal entry is 2
  // On the sweep, forward error falls in proportion to h where truncation dominates.
  const i = Array.from(r.error_vs_h.h).findIndex((v) => Math.abs(v - 1e-2) < 1e-12);
  assert.ok(Math.abs(r.error_vs_h.forward[i] - 2e-2) < 1e-9);
});

test('the symmetric case: 2xᵀA is the gradient exactly when A is symmetric', async () => {
  const r = await solve<VcResult>('vector-calculus', params);
  assert.ok(r.shortcut_gap > 1);
  const s = await solve<VcResult>('vector-calculus', { ...params, symmetrize: true });
  assert.equal(s.asymmetry, 0);
  assert.ok(s.shortcut_gap < 1e-15);
  assert.ok(maxAbsDiff(s.A.flatMap((row) => Array.from(row)), A.flatMap((row, i) => row.map((v, j) => (v + A[j][i]) / 2))) < 1e-15);
});

test('mismatched shapes are reported against the right parameter', async () => {
  for (const [over, param] of [[{ c: [1, 2] }, 'c'], [{ Y: [1, 2, 3] }, 'Y'], [{ A: [[1, 2], [3, 4]] }, 'A'], [{ X: [[1, 2]] }, 'X']] as const)
    await assert.rejects(solve('vector-calculus', { ...params, ...over }), (e: Error) => e instanceof ParamError && e.param === param);
});
