// Chapter 1 through compute (the same path as the page and `solve`), checked
// against closed forms.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { LrResult } from '../../web/src/widgets/lr-stability/compute';
import { assertFinite, solve } from './helpers';

const close = (a: number, b: number, tol = 1e-12) => assert.ok(Math.abs(a - b) <= tol * Math.max(1, Math.abs(b)), `${a} vs ${b}`);

test('scalar problem: trajectory, bound and iteration count match the closed form', async () => {
  const r = await solve<LrResult>('lr-stability', { sigma: [2], eta: 0.05, y: 1, eps: 1e-6, steps: 30 });
  const f = 1 - 2 * 0.05 * 4;
  r.trajectory[0].forEach((w, t) => close(w, 0.5 * (1 - f ** t)));
  close(r.eta_max, 0.25);
  close(r.rate, Math.abs(f));
  const expected = Math.ceil(Math.log(1e-6) / Math.log(Math.abs(f)));
  assert.equal(r.iters_bound, expected);
  assert.equal(r.iters_to_eps, expected);
  assert.equal(r.status, 'converges');
});

test('two problems: the large sigma limits eta, the optimum balances both', async () => {
  const r = await solve<LrResult>('lr-stability', { sigma: [3, 0.1], eta: 0.05 });
  close(r.eta_max, 2 / (2 * 9));
  close(r.eta_opt, 1 / (9 + 0.01));
  close(r.rate_opt, (9 - 0.01) / (9 + 0.01));
  assert.equal(r.limiting_mode, 0);
  assert.equal(r.slowest_mode, 1);
  assert.ok(r.iters_to_eps !== null && r.iters_bound !== null && r.iters_to_eps <= r.iters_bound);
  // The rate curve's minimum sits at eta_opt.
  const i = r.rate_curve.rate.indexOf(Math.min(...r.rate_curve.rate));
  assert.ok(Math.abs(Math.log(r.rate_curve.eta[i] / r.eta_opt)) < 0.02);
});

test('half convention: theta^2/2 diverges beyond alpha = 2 and the step is reported', async () => {
  const r = await solve<LrResult>('lr-stability', { sigma: [1], eta: 2.2, convention: 'half' });
  close(r.eta_max, 2);
  assert.equal(r.status, 'diverges');
  // |1 - 2.2| = 1.2: the error first exceeds 1e6 at t = ceil(ln 1e6 / ln 1.2) = 76.
  assert.equal(r.diverged_at, Math.ceil(Math.log(1e6) / Math.log(1.2)));
  assert.equal(r.iters_to_eps, null);
  assertFinite(r);
});

test('GD on a full X follows the scalar recurrence along each singular direction', async () => {
  const r = await solve<LrResult>('lr-stability', { sigma: [2, 0.5, 0.2], eta: 0.1, steps: 40, seed: 3 });
  Array.from(r.matrix_modes.sigma).forEach((s, i) => {
    const f = Math.abs(1 - 2 * 0.1 * s * s);
    const e = r.matrix_modes.errors[i];
    for (let t = 0; t < e.length; t++) close(e[t], e[0] * f ** t, 1e-9);
  });
  close(r.matrix_modes.sigma[0], 2, 1e-12);
});

test('huge eta diverges without NaN anywhere in the result', async () => {
  const r = await solve<LrResult>('lr-stability', { sigma: [1, 0.3], eta: 10 });
  assert.equal(r.status, 'diverges');
  assert.ok(r.diverged_at !== null && r.diverged_at > 0);
  assertFinite(r);
});
