// Chapter 4, least squares through the SVD: checked against hand-worked
// examples and an independent elimination in plain TypeScript.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ParamError } from '../../web/src/engine/engine';
import type { SvdResult } from '../../web/src/widgets/svd-least-squares/compute';
import { assertFinite, solve } from './helpers';
import { identity, matmul, matvec, maxAbs, maxAbsDiff, ridgeByElimination, solveLinear, transpose } from './linalg-helpers';

test('tall X: the line fit matches the normal equations worked by hand', async () => {
  const r = await solve<SvdResult>('svd-least-squares', { source: 'grid', X: [[1, 0], [1, 1], [1, 2]], y: [1, 2, 4] });
  // [3 3; 3 5] w = [7; 10] gives w = (5/6, 3/2).
  assert.ok(maxAbsDiff(r.w, [5 / 6, 1.5]) < 1e-14);
  assert.ok(r.w_formula && maxAbsDiff(r.w_formula, r.w) < 1e-13);
  assert.equal(r.shape, 'tall');
  assert.equal(r.rank, 2);
  // σ² are the eigenvalues 4 ± √10 of XᵀX.
  assert.ok(maxAbsDiff(r.singular_values, [Math.sqrt(4 + Math.sqrt(10)), Math.sqrt(4 - Math.sqrt(10))]) < 1e-14);
  // Left inverse: X⁺X = I; XX⁺ is a rank-2 projection, not I.
  assert.ok(r.inverse_check.left.identity_error < 1e-14);
  assert.ok(r.inverse_check.right.identity_error > 0.1);
  assert.ok(Math.abs(r.inverse_check.right.trace - 2) < 1e-13);
  assert.ok(r.inverse_check.right.idempotence_error < 1e-14);
  // The same products recomputed here from the returned X⁺.
  assert.ok(maxAbsDiff(matmul(r.inverse_check.pinv, r.X).flat(), identity(2).flat()) < 1e-14);
});

test('the SVD pieces rebuild X and the formula w = V Σ⁻¹ Uᵀ y', async () => {
  const r = await solve<SvdResult>('svd-least-squares', { source: 'random', rows: 9, cols: 4, seed: 3 });
  const k = r.singular_values.length;
  const usv = matmul(r.U.map((row) => row.map((v, j) => v * r.singular_values[j])), transpose(r.V));
  assert.ok(maxAbsDiff(usv.flat(), r.X.flatMap((row) => Array.from(row))) < 1e-13);
  const viaPieces = matvec(r.V, Array.from({ length: k }, (_, i) => r.uty[i] / r.singular_values[i]));
  assert.ok(maxAbsDiff(viaPieces, r.w) < 1e-13);
  assert.ok(maxAbsDiff(ridgeByElimination(r.X, r.y, 0), r.w) < 1e-12);
  assert.ok(r.normal_residual < 1e-13);
});

test('wide X: the min-norm exact fit, and X X⁺ = I', async () => {
  const r = await solve<SvdResult>('svd-least-squares', { source: 'grid', X: [[2, 1]], y: [2] });
  assert.ok(maxAbsDiff(r.w, [0.8, 0.4]) < 1e-15);
  const wide = await solve<SvdResult>('svd-least-squares', { source: 'random', rows: 3, cols: 7, seed: 2 });
  assert.equal(wide.shape, 'wide');
  assert.ok(wide.residual_norm < 1e-13);
  assert.ok(wide.inverse_check.right.identity_error < 1e-13);
  assert.ok(Math.abs(wide.inverse_check.left.trace - 3) < 1e-12);
  // Min-norm: w = Xᵀ(XXᵀ)⁻¹y, solved here by elimination.
  const alpha = solveLinear(matmul(wide.X, transpose(wide.X)), wide.y);
  assert.ok(maxAbsDiff(matvec(transpose(wide.X), alpha), wide.w) < 1e-12);
  assert.ok(wide.w_formula && maxAbsDiff(wide.w_formula, wide.w) < 1e-12);
});

test('rank-deficient X: no formula, the pseudo-inverse answer, nothing NaN', async () => {
  const r = await solve<SvdResult>('svd-least-squares', { source: 'grid', X: [[1, 2], [2, 4], [3, 6]], y: [1, 2, 2] });
  // X = a bᵀ with a = (1,2,3), b = (1,2): X⁺y = b (a·y) / (|a|² |b|²) = (1,2)·11/70.
  assert.equal(r.rank, 1);
  assert.equal(r.w_formula, null);
  assert.ok(maxAbsDiff(r.w, [11 / 70, 22 / 70]) < 1e-14);
  assert.ok(r.inverse_check.left.identity_error > 0.1 && r.inverse_check.right.identity_error > 0.1);
  assertFinite(r);
  const zero = await solve<SvdResult>('svd-least-squares', { source: 'grid', X: [[0, 0], [0, 0]], y: [1, 1] });
  assert.equal(zero.rank, 0);
  assert.equal(maxAbs(zero.w), 0);
  assertFinite(zero);
});

test('a y of the wrong length is reported against y', async () => {
  await assert.rejects(solve('svd-least-squares', { source: 'grid', X: [[1, 0], [0, 1]], y: [1, 2, 3] }),
    (e: Error) => e instanceof ParamError && e.param === 'y');
});
