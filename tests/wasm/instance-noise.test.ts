// Chapter 5, instance noise: closed forms, the Monte-Carlo runs against the
// exact moment recurrences, and the vector case against ridge.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ParamError } from '../../web/src/engine/engine';
import type { NoiseResult } from '../../web/src/widgets/instance-noise/compute';
import { assertFinite, solve } from './helpers';
import { maxAbsDiff, ridgeByElimination } from './linalg-helpers';

const base = { x: 1.5, y: 2, sigma2: 0.75, eta: 0.1, steps: 100, runs: 3000, seed: 7 };

test('closed forms: λ = σ², η_max = 2/(x² + σ²), limit xy/(x² + σ²), the recurrence solved', async () => {
  const r = await solve<NoiseResult>('instance-noise', base);
  const m2 = 1.5 ** 2 + 0.75;
  assert.equal(r.lambda, 0.75);
  assert.ok(Math.abs(r.eta_max - 2 / m2) < 1e-15);
  assert.ok(Math.abs(r.limit - (1.5 * 2) / m2) < 1e-15);
  assert.ok(Math.abs(r.noiseless - 2 / 1.5) < 1e-15);
  r.expected.forEach((m, t) => assert.ok(Math.abs(m - r.limit * (1 - (1 - 0.1 * m2) ** t)) < 1e-13));
  assert.ok(Math.abs(r.eta_max_variance - (2 * m2) / (1.5 ** 4 + 6 * 1.5 ** 2 * 0.75 + 3 * 0.75 ** 2)) < 1e-15);
});

test('the Monte-Carlo mean and spread match the exact moments', async () => {
  const r = await solve<NoiseResult>('instance-noise', base);
  assert.equal(r.valid_steps, 100);
  for (const t of [5, 20, 100]) {
    assert.ok(Math.abs(r.mc_mean[t] - r.expected[t]) < 5 * r.expected_sd[t] / Math.sqrt(base.runs), `mean at ${t}`);
    assert.ok(Math.abs(r.mc_sd[t] / r.expected_sd[t] - 1) < 0.08, `sd at ${t}`);
  }
  // The same seed gives the same numbers; another seed gives others.
  const again = await solve<NoiseResult>('instance-noise', base);
  assert.deepEqual(Array.from(again.mc_mean), Array.from(r.mc_mean));
  const other = await solve<NoiseResult>('instance-noise', { ...base, seed: 8 });
  assert.notDeepEqual(Array.from(other.mc_mean), Array.from(r.mc_mean));
});

test('without noise the runs are deterministic and reach y/x', async () => {
  const r = await solve<NoiseResult>('instance-noise', { ...base, sigma2: 0, steps: 400, runs: 20 });
  assert.ok(Math.abs(r.mc_mean[400] - 2 / 1.5) < 1e-12);
  assert.ok(r.mc_sd[400] < 1e-7);
  assert.equal(r.limit, r.noiseless);
});

test('the vector case converges to ridge with λ = mσ² on ‖Xw − y‖²', async () => {
  const X = [[1, 0], [0, 1], [1, 1]], targets = [1, 2, 2];
  const r = await solve<NoiseResult>('instance-noise', { ...base, X, targets, sigma2: 0.5, eta: 0.3, steps: 150, runs: 1000 });
  const ridge = ridgeByElimination(X, targets, 3 * 0.5);
  assert.ok(maxAbsDiff(r.vector.ridge, ridge) < 1e-14);
  assert.equal(r.vector.lambda_unscaled, 1.5);
  assert.ok(maxAbsDiff(r.vector.expected.map((row) => row[150]), ridge) < 1e-9);
  assert.ok(maxAbsDiff(r.vector.mc_mean.map((row) => row[150]), ridge) < 0.05);
});

test('past the step limits the runs stop instead of overflowing', async () => {
  const r = await solve<NoiseResult>('instance-noise', { ...base, x: 1, y: 1, sigma2: 0.5, eta: 1.5, steps: 200, runs: 50 });
  assert.ok(r.expected.length < 201);
  assert.ok(r.valid_steps < 200);
  assertFinite(r);
  await assert.rejects(solve('instance-noise', { ...base, x: 0 }), (e: Error) => e instanceof ParamError && e.param === 'x');
  await assert.rejects(solve('instance-noise', { ...base, targets: [1] }), (e: Error) => e instanceof ParamError && e.param === 'targets');
});
