// Chapter 5, kernel ridge: the d × d form, the n × n form and the Gaussian
// conditional mean against each other and an elimination done here; the
// timing sweep's shape.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ParamError } from '../../web/src/engine/engine';
import { logSlope, type KernelResult } from '../../web/src/widgets/kernel-ridge-map/compute';
import { solve } from './helpers';
import { matvec, maxAbs, maxAbsDiff, ridgeByElimination, solveLinear, transpose, matmul } from './linalg-helpers';

test('the three forms agree with each other and with an independent elimination', async () => {
  for (const over of [{}, { source: 'grid', X: [[1, 0], [1, 1], [1, 2], [1, 3], [1, 4]], y: [0, 1, 1, 3, 4] }, { source: 'random', rows: 40, cols: 6, seed: 2 }, { source: 'random', rows: 6, cols: 40, seed: 2 }]) {
    for (const lambda of [1e-3, 1, 100]) {
      const r = await solve<KernelResult>('kernel-ridge-map', { ...over, lambda, timing: false } as never);
      assert.equal(r.timing, null);
      assert.ok(r.max_disagreement < 1e-10, `${JSON.stringify(over)} λ=${lambda}: ${r.max_disagreement}`);
      const w = ridgeByElimination(r.X, r.y, lambda);
      const scale = Math.max(1, maxAbs(w));
      assert.ok(maxAbsDiff(w, r.w_primal) < 1e-9 * scale);
      // Kernel form by elimination: α = (XXᵀ + λI)⁻¹y, w = Xᵀα.
      const g = matmul(r.X, transpose(r.X)).map((row, i) => row.map((v, j) => v + (i === j ? lambda : 0)));
      assert.ok(maxAbsDiff(matvec(transpose(r.X), solveLinear(g, r.y)), r.w_dual) < 1e-9 * scale);
      assert.ok(maxAbsDiff(r.w_gaussian, w) < 1e-9 * scale);
    }
  }
});

test('timing: positive times, and the n × n solve is the costly one when n ≫ d', async () => {
  const r = await solve<KernelResult>('kernel-ridge-map', { max_size: 200, fixed_size: 5 });
  assert.ok(r.timing);
  const { grow_n, grow_d } = r.timing;
  assert.deepEqual(grow_n.size, grow_d.size);
  assert.equal(grow_n.size[grow_n.size.length - 1], 200);
  for (const s of [grow_n, grow_d]) for (const t of [...s.primal_ms, ...s.dual_ms]) assert.ok(t > 0 && Number.isFinite(t));
  const last = grow_n.size.length - 1;
  assert.ok(grow_n.dual_ms[last] > 5 * grow_n.primal_ms[last]);
  assert.ok(grow_d.primal_ms[last] > 5 * grow_d.dual_ms[last]);
});

test('the fitted slope recovers a known power law', () => {
  const size = [8, 16, 32, 64, 128, 256];
  assert.ok(Math.abs(logSlope(size, size.map((n) => 2e-6 * n ** 3)) - 3) < 1e-12);
  assert.ok(Math.abs(logSlope(size, size.map((n) => 0.5 * n)) - 1) < 1e-12);
});

test('bad inputs are named', async () => {
  await assert.rejects(solve('kernel-ridge-map', { lambda: -1, timing: false }), (e: Error) => e instanceof ParamError && e.param === 'lambda');
  await assert.rejects(solve('kernel-ridge-map', { y: [1, 2], timing: false }), (e: Error) => e instanceof ParamError && e.param === 'y');
});
