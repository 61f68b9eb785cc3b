// Chapter 2 through compute, against the harmonic sum and an independent
// simulation in JS.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ParamError } from '../../web/src/engine/engine';
import type { NormResult } from '../../web/src/widgets/step-size-norm/compute';
import { assertFinite, solve } from './helpers';

/** Plain JS gradient descent on ‖x − b‖ with step t(i, distance). */
function simulate(b: number[], x0: number[], t: (i: number, d: number) => number, tol: number, maxIters: number) {
  const x = [...x0];
  const dist = () => Math.hypot(...x.map((v, k) => v - b[k]));
  let first: number | null = null;
  for (let i = 0; ; i++) {
    const d = dist();
    if (first === null && d <= tol) first = i;
    if (i === maxIters || d === 0) return { first, final: d };
    const s = t(i, d);
    for (let k = 0; k < x.length; k++) x[k] -= (s * (x[k] - b[k])) / d;
  }
}

test('constant step: walks 7 unit steps, then cycles at distance 0.5 forever', async () => {
  const r = await solve<NormResult>('step-size-norm', { schedule: 'constant' });
  assert.equal(r.reached, false);
  assert.equal(r.iters_to_tol, null);
  for (let i = 0; i <= 7; i++) assert.ok(Math.abs(r.distance[i] - (7.5 - i)) < 1e-12);
  for (let k = 8; k < r.t.length; k++) assert.ok(Math.abs(r.distance[k] - 0.5) < 1e-9, `step ${r.t[k]}`);
  assert.equal(r.t[r.t.length - 1], 2000);
  // The cycle: x alternates between b + 0.5 u and b − 0.5 u, u = b / ‖b‖.
  assert.ok(Math.abs(r.path[0][8] - 6.4) < 1e-12 && Math.abs(r.path[0][9] - 5.6) < 1e-12);
  assert.equal(r.cycle_remainder, 0.5);
  assert.ok(Math.abs(r.final_distance - 0.5) < 1e-9);
});

test('harmonic step: reaches 0.01 when the harmonic sum first covers 7.49', async () => {
  const r = await solve<NormResult>('step-size-norm', { schedule: 'harmonic' });
  let h = 0, n = 0;
  while (h < 7.49) h += 1 / ++n;
  assert.equal(r.reached, true);
  assert.equal(r.iters_to_tol, n);
  assert.ok(Math.abs(r.harmonic_log_steps - (7.5 - 0.5772156649015329)) < 1e-12);
  assertFinite(r);
});

test('every schedule agrees with an independent JS simulation', async () => {
  const r = await solve<NormResult>('step-size-norm', { b: [2, -3, 1], x0: [1, 1, 1], step: 0.7, tol: 1e-3, max_iters: 3000 });
  const d0 = Math.hypot(1, 4, 0);
  const rules = {
    constant: () => 0.7,
    harmonic: (i: number) => 0.7 / (i + 1),
    sqrt: (i: number) => 0.7 / Math.sqrt(i + 1),
    polyak: (_i: number, d: number) => d,
  };
  for (const [name, rule] of Object.entries(rules)) {
    const js = simulate([2, -3, 1], [1, 1, 1], rule, 1e-3, 3000);
    const run = r.runs[name as keyof typeof rules];
    assert.equal(run.iters_to_tol, js.first, name);
    assert.ok(Math.abs(run.final_distance - js.final) < 1e-9, `${name}: ${run.final_distance} vs ${js.final}`);
  }
  assert.ok(Math.abs(r.runs.constant.cycle_remainder - (d0 % 0.7)) < 1e-12);
});

test('a distance that is a multiple of the step is hit exactly; Polyak lands in one step', async () => {
  const r = await solve<NormResult>('step-size-norm', { b: [3, 4], schedule: 'constant' });
  assert.equal(r.iters_to_tol, 5);
  assert.equal(r.runs.polyak.iters_to_tol, 1);
});

test('far b: the harmonic schedule cannot get there within the budget', async () => {
  const r = await solve<NormResult>('step-size-norm', { b: [12, 9], schedule: 'harmonic', max_iters: 100000 });
  assert.equal(r.reached, false);
  // After n steps it has moved H_n < ln n + 1 ≈ 12.5 of the 15 it needs.
  assert.ok(r.final_distance > 15 - (Math.log(100000) + 1));
  assert.ok(r.harmonic_log_steps > Math.log(100000));
});

test('mismatched start and bad step are rejected with the parameter named', async () => {
  await assert.rejects(solve('step-size-norm', { x0: [0, 0, 0] }), (e: ParamError) => e.param === 'x0');
  await assert.rejects(solve('step-size-norm', { step: -1 }), (e: ParamError) => e.param === 'step');
});
