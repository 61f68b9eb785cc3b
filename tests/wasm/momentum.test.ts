// Chapter 3 through compute: source part (g), the characteristic polynomial,
// regime edges, and iteration counts from an independent JS simulation.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ParamError } from '../../web/src/engine/engine';
import type { MomentumResult } from '../../web/src/widgets/momentum/compute';
import { assertFinite, solve } from './helpers';

const close = (a: number, b: number, tol = 1e-12) => assert.ok(Math.abs(a - b) <= tol * Math.max(1, Math.abs(b)), `${a} vs ${b}`);

/** Momentum in JS on modes s with w* = 1, from w = z = 0: smallest t with ‖w_t − w*‖ ≤ tol ‖w*‖. */
function itersJs(s: number[], beta: number, eta: number, tol: number): number | null {
  const w = s.map(() => 0), z = s.map(() => 0);
  for (let t = 0; t <= 100000; t++) {
    const err = Math.hypot(...w.map((v) => v - 1));
    if (err <= tol * Math.sqrt(s.length)) return t;
    if (err > 1e6 * Math.sqrt(s.length)) return null;
    s.forEach((si, i) => {
      z[i] = (1 - beta) * z[i] + beta * 2 * si * (w[i] - 1);
      w[i] -= eta * z[i];
    });
  }
  return null;
}

test('source part (g): beta 0.1, sigma^2 = 5 and 0.05', async () => {
  const r = await solve<MomentumResult>('momentum', { beta: 0.1, sigma2: [5, 0.05], eta: 1, tol: 1e-3 });
  const c = Math.sqrt(0.9);
  close(r.eta_opt_range[0], (1 - c) ** 2 / (2 * 0.1 * 0.05));
  close(r.eta_opt_range[1], (1 + c) ** 2 / (2 * 0.1 * 5));
  close(r.rate_opt, c);
  close(r.eta_opt, 1); // the geometric middle: (1 − c²)/(2β √(σ²_min σ²_max)) = 1
  close(r.eta_gd, 1 / 5.05);
  close(r.rate_gd, 99 / 101);
  assert.equal(r.iters_gd_bound, Math.ceil(Math.log(1e-3) / Math.log(99 / 101)));
  assert.equal(r.iters_gd, 346);
  assert.equal(r.iters_gd, itersJs([5, 0.05], 1, 1 / 5.05, 1e-3));
  assert.equal(r.iters_momentum_bound, Math.ceil(Math.log(1e-3) / Math.log(c)));
  assert.equal(r.iters_momentum, itersJs([5, 0.05], 0.1, r.eta_opt, 1e-3));
  assert.ok(r.iters_momentum! < r.iters_gd! / 2);
  assertFinite(r);
});

test('eigenvalues solve the characteristic polynomial l^2 - (2 - b - 2 eta b s) l + (1 - b)', async () => {
  for (const eta of [0.001, 0.3, 1, 3.9, 10]) {
    const beta = 0.3, s2 = [2, 0.5, 0.01];
    const r = await solve<MomentumResult>('momentum', { beta, eta, sigma2: s2 });
    s2.forEach((s, i) => {
      const tr = 2 - beta - 2 * eta * beta * s, det = 1 - beta;
      const [a, b, c, d] = r.eigenvalues[i];
      // (a + bi)^2 - tr (a + bi) + det = 0, and the same for the second root.
      for (const [re, im] of [[a, b], [c, d]]) {
        close(re * re - im * im - tr * re + det, 0, 1e-9);
        close(2 * re * im - tr * im, 0, 1e-9);
      }
      const disc = tr * tr - 4 * det;
      assert.equal(r.regime[i], disc > 0 ? 'real' : 'complex', `eta ${eta}, s ${s}`);
      close(r.radii[i], Math.max(Math.hypot(a, b), Math.hypot(c, d)));
    });
    close(r.spectral_radius, Math.max(...r.radii));
  }
});

test('regime edges: repeated on them, complex between, unstable past eta_stable', async () => {
  const base = await solve<MomentumResult>('momentum', { beta: 0.2, sigma2: [4] });
  const [low, high, stable] = [base.eta_repeated_low[0], base.eta_repeated_high[0], base.eta_stable[0]];
  close(low, (1 - Math.sqrt(0.8)) ** 2 / (2 * 0.2 * 4));
  close(stable, 1.8 / (0.2 * 4));
  const at = async (eta: number) => (await solve<MomentumResult>('momentum', { beta: 0.2, sigma2: [4], eta }));
  assert.equal((await at(low)).regime[0], 'repeated');
  assert.equal((await at(high)).regime[0], 'repeated');
  assert.equal((await at(low * 0.95)).regime[0], 'real');
  assert.equal((await at(low * 1.05)).regime[0], 'complex');
  assert.equal((await at(high * 1.01)).regime[0], 'real');
  const over = await at(stable * 1.01);
  assert.ok(over.spectral_radius > 1);
  assert.equal(over.iters_at_eta, null);
  assert.ok(over.path_momentum.diverged_at !== null);
  assertFinite(over.path_momentum.w);
});

test('the phase grid matches the closed-form radius cell by cell', async () => {
  const r = await solve<MomentumResult>('momentum', { beta: 0.25 });
  const { eta, y, radius } = r.phase;
  for (const [row, col] of [[0, 0], [17, 200], [120, 120], [239, 3], [200, 239]]) {
    const tr = 2 - 0.25 - 2 * eta[col] * 0.25 * y[row], det = 0.75, disc = tr * tr - 4 * det;
    const rho = disc >= 0 ? (Math.abs(tr) + Math.sqrt(disc)) / 2 : Math.sqrt(det);
    close(radius[row][col], rho, 1e-9);
  }
  assert.equal(radius.length, 240);
  assert.equal(radius[0].length, 240);
});

test('beta = 1 is plain gradient descent', async () => {
  const r = await solve<MomentumResult>('momentum', { beta: 1, eta: 0.1, sigma2: [3, 1] });
  r.eigenvalues.forEach((e, i) => {
    const s = [3, 1][i];
    const roots = [e[0], e[2]].sort((a, b) => a - b);
    const want = [0, 1 - 2 * 0.1 * s].sort((a, b) => a - b);
    close(roots[0], want[0]);
    close(roots[1], want[1]);
  });
  r.path_momentum.w[0].forEach((w, t) => close(w, 1 - (1 - 0.6) ** t));
});

test('bad input names the parameter', async () => {
  await assert.rejects(solve('momentum', { beta: 0 }), (e: ParamError) => e.param === 'beta');
  await assert.rejects(solve('momentum', { sigma2: [1, -2] }), (e: ParamError) => e.param === 'sigma2');
});
