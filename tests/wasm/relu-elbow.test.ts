// Chapter 8 through compute: the single ReLU against the hand-derived
// gradients, the network's elbow formula against the step actually taken,
// and the training session against the headless run.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ReluResult } from '../../web/src/widgets/relu-elbow/compute';
import { train } from '../../web/src/widgets/relu-elbow/compute';
import { defaults } from '../../web/src/runtime/params';
import { widget } from '../../web/src/widgets/relu-elbow/index';
import { assertFinite, getEngine, solve } from './helpers';

const close = (a: number | null, b: number, tol = 1e-12) => assert.ok(a !== null && Math.abs(a - b) <= tol * Math.max(1, Math.abs(b)), `${a} vs ${b}`);

test('the four cases of one step, with the prediction one unit too high', async () => {
  for (const preset of widget.presets!) {
    const p = { steps: 10, ...preset.params } as { w: number; b: number; x: number; y: number };
    const r = await solve<ReluResult>('relu-elbow', p);
    const z = p.w * p.x + p.b;
    const phi = Math.max(0, z);
    assert.equal(r.phi, phi);
    close(r.dloss_dphi, 1);  // every preset has phi(x) - y = 1
    close(r.grad_w, z > 0 ? p.x : 0);
    close(r.grad_b, z > 0 ? 1 : 0);
    const w1 = p.w - 0.1 * r.grad_w, b1 = p.b - 0.1 * r.grad_b;
    close(r.elbow, -p.b / p.w);
    close(r.elbow_after, -b1 / w1);
  }
});

test('case (ii): the slope flattens and the elbow moves right; case (iv): steeper and left', async () => {
  const ii = await solve<ReluResult>('relu-elbow', { w: 1, b: 0.5, x: 1, y: 0.5, steps: 10 });
  assert.ok(ii.w_after < 1 && ii.elbow_after! > ii.elbow!);
  const iv = await solve<ReluResult>('relu-elbow', { w: -1, b: 2, x: 1, y: 0, steps: 10 });
  assert.ok(iv.w_after < -1 && iv.elbow_after! < iv.elbow!);
});

test('w = 0 has no elbow and says so with null, not NaN', async () => {
  const r = await solve<ReluResult>('relu-elbow', { w: 0, b: 1, x: 1, y: 0, steps: 10 });
  assert.equal(r.elbow, null);
  assert.ok(r.elbow_after !== null);  // the step makes w negative
  assertFinite(r.network);
});

test('network: the elbow formula e_i\' matches the step the trainer takes', async () => {
  const r = await solve<ReluResult>('relu-elbow', { units: 16, x: 0.3, y: -1, lr: 0.2, steps: 10 });
  const f = r.network.first_step;
  let moved = 0;
  for (let i = 0; i < 16; i++) {
    assert.ok(Math.abs(f.formula[i] - f.actual[i]) < 1e-5 * Math.max(1, Math.abs(f.formula[i])), `unit ${i}`);
    if (f.active[i]) moved++;
    else assert.ok(Math.abs(f.actual[i] - f.before[i]) < 1e-6);
  }
  assert.ok(moved > 0);
});

test('training fits the target, the elbows are recorded, and the session equals compute', async () => {
  const r = await solve<ReluResult>('relu-elbow', { steps: 3000, lr: 0.3, units: 12, target: 'vee' });
  const n = r.network;
  assert.equal(n.step, 3000);
  assert.ok(n.loss[n.loss.length - 1] < 0.05 * n.loss[0], `${n.loss[0]} -> ${n.loss[n.loss.length - 1]}`);
  assert.equal(n.paths.length, 12);
  assert.equal(n.path_steps[n.path_steps.length - 1], 3000);
  n.paths.forEach((path, i) => assert.equal(path[path.length - 1], n.elbows[i]));
  // The interactive session, stepped unevenly, ends in the same place.
  const engine = await getEngine();
  const params = { ...defaults(widget.schema), steps: 3000, lr: 0.3, units: 12, target: 'vee' } as never;
  const s = train(engine, params);
  while (!s.done) s.advance(777);
  const last = s.result(true);
  s.dispose();
  assert.deepEqual(Array.from(last.network.fit), Array.from(n.fit));
  assert.deepEqual(last.network.path_steps, n.path_steps);
});

test('a huge learning rate diverges and is reported, with finite numbers', async () => {
  const r = await solve<ReluResult>('relu-elbow', { lr: 3, units: 32, target: 'step', steps: 2000 });
  assert.ok(r.network.diverged_at !== null);
  assertFinite(r.network);
  const view = widget.view(r, { ...defaults(widget.schema), lr: 3, units: 32 } as never);
  assert.ok(view.notes!.some((t) => t.includes(`diverged at step ${r.network.diverged_at}`)));
});
