// Chapter 5, ridge five ways: the views against each other, against an
// elimination on the normal equations done here, and against their limits.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ParamError } from '../../web/src/engine/engine';
import type { RidgeResult } from '../../web/src/widgets/ridge-five-views/compute';
import { views } from '../../web/src/widgets/ridge-five-views/compute';
import { defaults } from '../../web/src/runtime/params';
import { widget } from '../../web/src/widgets/ridge-five-views/index';
import { assertFinite, solve } from './helpers';
import { maxAbs, maxAbsDiff, ridgeByElimination } from './linalg-helpers';

test('diagonal X: each coordinate is a scalar ridge problem σy/(σ² + λ)', async () => {
  const r = await solve<RidgeResult>('ridge-five-views', { source: 'grid', X: [[2, 0], [0, 0.5]], y: [1, 1], lambda: 0.25 });
  for (const v of views) assert.ok(maxAbsDiff(r.w_by_view[v], [2 / 4.25, 1]) < 1e-15, v);
  assert.ok(maxAbsDiff(r.filter, [2 / 4.25, 0.5 / 0.5]) < 1e-15);
});

test('the five views agree to 1e-10 on every preset and across the slider', async () => {
  const base = defaults(widget.schema);
  for (const preset of widget.presets ?? [])
    for (const lambda of [1e-3, 0.1, 10, 1e4]) {
      const params = { ...base, ...preset.params, lambda };
      const r = await solve<RidgeResult>('ridge-five-views', params as never);
      assert.ok(r.max_disagreement < 1e-10, `${preset.label} λ=${lambda}: ${r.max_disagreement}`);
      // An independent solve of (XᵀX + λI) w = Xᵀy by elimination.
      const w = ridgeByElimination(r.X, r.y, lambda);
      assert.ok(maxAbsDiff(w, r.w_by_view.svd) < 1e-9 * Math.max(1, maxAbs(w)), preset.label);
      assertFinite(r);
    }
});

test('limits: λ → 0 gives least squares (tall) or min-norm (wide); λ → ∞ shrinks like Xᵀy/λ', async () => {
  for (const [rows, cols, kind] of [[12, 4, 'least squares'], [4, 12, 'min-norm']] as const) {
    const r = await solve<RidgeResult>('ridge-five-views', { source: 'random', rows, cols, seed: 4, lambda: 1 });
    assert.equal(r.limit_kind, kind);
    // The smallest λ on the path is far below σ_min², so w is within ~λ/σ² of the limit.
    const first = r.path.w.map((row) => row[0]);
    assert.ok(maxAbsDiff(first, r.limit_zero) < 1e-3 * maxAbs(r.limit_zero));
    if (kind === 'least squares') assert.ok(maxAbsDiff(ridgeByElimination(r.X, r.y, 0), r.limit_zero) < 1e-10);
    const last = r.path.lambda.length - 1, L = r.path.lambda[last];
    const lw = r.path.w.map((row) => row[last] * L);
    assert.ok(maxAbsDiff(lw, r.xty) < 1e-3 * maxAbs(r.xty));
    // The norm of w(λ) falls monotonically along the path.
    const norms = Array.from(r.path.lambda, (_, j) => Math.hypot(...r.path.w.map((row) => row[j])));
    for (let j = 1; j < norms.length; j++) assert.ok(norms[j] <= norms[j - 1] * (1 + 1e-12));
  }
});

test('rank-deficient X: views agree, λ → 0 is the pseudo-inverse answer', async () => {
  const r = await solve<RidgeResult>('ridge-five-views', { source: 'grid', X: [[1, 2], [2, 4], [3, 6]], y: [1, 2, 2], lambda: 0.01 });
  assert.equal(r.rank, 1);
  assert.equal(r.limit_kind, 'min-norm least squares');
  assert.ok(maxAbsDiff(r.limit_zero, [11 / 70, 22 / 70]) < 1e-14);
  assert.ok(r.max_disagreement < 1e-10);
});

test('a non-positive λ is refused with a message on lambda', async () => {
  await assert.rejects(solve('ridge-five-views', { lambda: 0 }), (e: Error) => e instanceof ParamError && e.param === 'lambda');
});
