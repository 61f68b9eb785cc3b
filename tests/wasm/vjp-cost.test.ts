// Chapter 7, vjp-cost, through compute: J and Jᵀy against the worked example
// and an independent computation; the timing sweep's shape (not its speed).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ParamError } from '../../web/src/engine/engine';
import { logSpacedSizes, type VjpResult } from '../../web/src/widgets/vjp-cost/compute';
import { assertFinite, solve } from './helpers';
import { maxAbsDiff } from './linalg-helpers';

const fast = { n_max: 200, points: 4 };

test('v = (1, 2, 3), y = (1, 1, 1): J = v vᵀ and Jᵀy = (6, 12, 18)', async () => {
  const r = await solve<VjpResult>('vjp-cost', fast);
  assert.deepEqual(r.jacobian.map((row) => Array.from(row)), [[1, 2, 3], [2, 4, 6], [3, 6, 9]]);
  assert.deepEqual(Array.from(r.vjp), [6, 12, 18]);
  assert.deepEqual(Array.from(r.vjp_via_jacobian), [6, 12, 18]);
});

test('a longer v: every entry v_i v_j and v (vᵀy), computed here independently', async () => {
  const v = Array.from({ length: 40 }, (_, i) => Math.sin(i + 1)), y = Array.from({ length: 40 }, (_, i) => Math.cos(3 * i));
  const r = await solve<VjpResult>('vjp-cost', { ...fast, v, y });
  r.jacobian.forEach((row, i) => assert.ok(maxAbsDiff(row, v.map((vj) => v[i] * vj)) === 0));
  const dot = v.reduce((s, vi, i) => s + vi * y[i], 0);
  assert.ok(maxAbsDiff(r.vjp, v.map((vi) => vi * dot)) < 1e-14);
  assert.ok(maxAbsDiff(r.vjp, r.vjp_via_jacobian) < 1e-13);
});

test('the timing sweep covers the sizes asked for, both routes agree, slopes are finite', async () => {
  const progress: number[] = [];
  const { loadWidget } = await import('../../web/src/cli/widgets');
  const { getEngine } = await import('./helpers');
  const def = await loadWidget('vjp-cost');
  const e = await getEngine();
  await e.ready();
  const r = def.compute(e, { v: [1, 2, 3], y: [1, 1, 1], ...fast } as never, { progress: (f) => progress.push(f) }) as VjpResult;
  assert.deepEqual(r.timing.n, logSpacedSizes(200, 4));
  assert.deepEqual(r.timing.n, [10, 27, 74, 200]);
  assert.equal(progress.at(-1), 1);
  assert.ok(r.timing.vjp_seconds.every((s) => s > 0));
  assert.ok(r.timing.explicit_seconds.every((s) => s !== null && s > 0));
  assert.ok(r.timing.max_abs_diff < 1e-10);
  assertFinite([r.slope_vjp, r.slope_explicit]);
});

test('y of the wrong length is reported against y', async () => {
  await assert.rejects(solve('vjp-cost', { ...fast, y: [1, 1] }), (e: Error) => e instanceof ParamError && e.param === 'y');
});
