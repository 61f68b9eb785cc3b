// Chapter 6, poly-overparam, through compute: Legendre features rebuilt in
// closed form here, the fits solved independently (normal equations below
// the threshold, the right-inverse formula above it).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ParamError } from '../../web/src/engine/engine';
import type { PolyResult } from '../../web/src/widgets/poly-overparam/compute';
import { solve } from './helpers';
import { matmul, matvec, maxAbsDiff, solveLinear, transpose } from './linalg-helpers';

// √(2k+1) P_k(x) by Bonnet's recurrence.
function legendre(x: number, degree: number): number[] {
  const p = [1, x];
  for (let k = 1; k < degree; k++) p.push(((2 * k + 1) * x * p[k] - k * p[k - 1]) / (k + 1));
  return p.slice(0, degree + 1).map((v, k) => v * Math.sqrt(2 * k + 1));
}

test('below the threshold: the least-squares fit; the train error falls to zero at degree n - 1', async () => {
  const r = await solve<PolyResult>('poly-overparam', { degree: 4, points: 10, max_degree: 20 });
  const F = Array.from(r.x_train, (x) => legendre(x, 4));
  const w = solveLinear(matmul(transpose(F), F), matvec(transpose(F), r.t_train));
  assert.ok(maxAbsDiff(r.coef, w) < 1e-10);
  assert.equal(r.interpolation_degree, 9);
  r.degrees.forEach((d, i) => assert.ok(d >= 9 ? r.train_error[i] < 1e-18 : r.train_error[i] > 1e-6, `degree ${d}`));
});

test('past the threshold: the min-norm interpolant Fᵀ(FFᵀ)⁻¹t', async () => {
  const r = await solve<PolyResult>('poly-overparam', { degree: 25, points: 10, max_degree: 30 });
  const F = Array.from(r.x_train, (x) => legendre(x, 25));
  const w = matvec(transpose(F), solveLinear(matmul(F, transpose(F)), r.t_train));
  assert.ok(maxAbsDiff(r.coef, w) < 1e-8 * Math.hypot(...w));
  assert.ok(Math.abs(r.coef_norm[24] - Math.hypot(...w)) < 1e-8 * Math.hypot(...w));
  // The fit on the grid is F_grid w.
  const i = 123;
  const atGrid = legendre(r.x_grid[i], 25).reduce((s, v, k) => s + v * w[k], 0);
  assert.ok(Math.abs(r.fit[i] - atGrid) < 1e-8);
});

test('a noiseless cubic is recovered exactly from degree 3 up to n - 1', async () => {
  const r = await solve<PolyResult>('poly-overparam', { target: 'cubic', noise: 0, points: 8, degree: 3, max_degree: 12 });
  r.x_grid.forEach((x, i) => assert.ok(Math.abs(r.fit[i] - (x ** 3 - x / 2)) < 1e-12));
  r.degrees.forEach((d, i) => d >= 3 && d <= 7 && assert.ok(r.test_error[i] < 1e-22, `degree ${d}`));
  assert.ok([3, 4, 5, 6, 7].includes(r.best_degree));
});

test('a degree past the sweep is rejected beside its control', async () => {
  await assert.rejects(solve('poly-overparam', { degree: 50, max_degree: 40 }), (e: Error) => e instanceof ParamError && e.param === 'degree');
});
