// Chapter 9, initialization and optimizers: runs share their start when they
// should, the bookkeeping matches the trainer, and the effects the chapter
// describes (vanishing gradients from a tiny init, divergence) show up.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { linspace, MlpSession, targets } from '../../web/src/engine/mlp';
import type { InitOptResult } from '../../web/src/widgets/init-optimizers/compute';
import { assertFinite, getEngine, solve } from './helpers';

const small = { steps: 60, depth: 3, width: 16, points: 64, batch: 0 };

test('every optimizer starts from the same network: equal first losses, then different paths', async () => {
  const r = await solve<InitOptResult>('init-optimizers', { ...small, compare: 'optimizers' });
  assert.equal(r.runs.length, 5);
  for (const run of r.runs) assert.equal(run.loss[0], r.runs[0].loss[0]);
  assert.notEqual(r.runs[0].loss[59], r.runs[4].loss[59]);
  const inits = await solve<InitOptResult>('init-optimizers', { ...small, compare: 'inits' });
  assert.equal(inits.runs.length, 3);
  assert.notEqual(inits.runs[0].loss[0], inits.runs[2].loss[0]);
});

test('a run is exactly an independent trainer with the same settings', async () => {
  const r = await solve<InitOptResult>('init-optimizers', { ...small, compare: 'optimizers', init: 'xavier', lr: 0.02 });
  const x = linspace(-1, 1, 64);
  const s = new MlpSession(await getEngine(), {
    widths: [1, 16, 16, 16, 1], activation: 'relu', weight_init: 'xavier', weight_scale: 0.05, bias_init: 'uniform', bias_scale: 0,
    optimizer: 'momentum', lr: 0.02, batch_size: 0, loss_scale: 1, seed: 1, x, y: x.map(targets.bumps.f),
  });
  s.run(60);
  const h = s.history();
  const run = r.runs[1];
  assert.deepEqual(Array.from(run.loss), Array.from(h.loss));
  assert.equal(run.final_loss, h.full_loss);
  h.grad_norms.forEach((g, l) => assert.ok(Math.abs(run.mean_grad_norms[l] - g.reduce((a, b) => a + b) / g.length) < 1e-12));
  s.dispose();
});

test('a tiny uniform init starves the first layers of gradient', async () => {
  const r = await solve<InitOptResult>('init-optimizers', { ...small, depth: 4, compare: 'inits', optimizer: 'sgd', scale: 0.02 });
  const g = r.runs[0].mean_grad_norms;  // uniform
  // Each hidden layer back from the output gets a smaller gradient.
  for (let l = 0; l + 2 < g.length; l++) assert.ok(g[l] < g[l + 1], `${g}`);
  assert.ok(g[0] < 0.01 * Math.max(...g), `${g}`);
  const he = r.runs[2].mean_grad_norms;
  assert.ok(he[0] > 0.05 * he[he.length - 1], `${he}`);
});

test('a learning rate that is too large diverges, reported per run with finite numbers', async () => {
  const r = await solve<InitOptResult>('init-optimizers', { ...small, compare: 'inits', optimizer: 'sgd', lr: 1, steps: 200 });
  assert.ok(r.runs.some((run) => run.diverged_at !== null));
  assertFinite(r);
});
