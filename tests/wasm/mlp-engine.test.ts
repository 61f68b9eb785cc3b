// The MLP trainer through the engine layer: the native pinned run repeated,
// outputs and features against an independent JS forward pass, the
// benchmark hook, divergence, bad input, and object ownership.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EngineFault, ParamError } from '../../web/src/engine/engine';
import { linspace, MlpSession, type MlpConfig } from '../../web/src/engine/mlp';
import { getEngine } from './helpers';

const x32 = linspace(-1, 1, 32);
const base: MlpConfig = {
  widths: [1, 16, 16, 1], activation: 'tanh', weight_init: 'he', weight_scale: 1, bias_init: 'xavier', bias_scale: 1,
  optimizer: 'adam', lr: 0.01, batch_size: 0, loss_scale: 1, seed: 7, x: x32, y: x32.map((v) => Math.sin(3 * v)),
};

test('the pinned native run (tests/cpp/mlp_test.cpp) comes out the same in WASM', async () => {
  const e = await getEngine();
  const s = new MlpSession(e, base);
  assert.equal(Math.fround(s.layer(1).w[0]), Math.fround(1.3638136));
  assert.equal(s.run(50), 50);
  const h = s.history();
  assert.ok(Math.abs(h.loss[0] - 2.4360957) < 1e-6);
  assert.ok(Math.abs(h.loss[49] - 0.0537451) < 1e-6);
  assert.ok(Math.abs(h.full_loss - 0.052255) < 1e-6);
  assert.equal(h.grad_norms.length, 3);
  s.dispose();
});

// An independent forward pass in JS from the layer parameters.
function forward(s: MlpSession, layers: number, act: (z: number) => number, x: number): number {
  let a = [x];
  for (let l = 1; l <= layers; l++) {
    const { w, b, rows, cols } = s.layer(l);
    a = Array.from({ length: rows }, (_, r) => {
      let z = b[r];
      for (let c = 0; c < cols; c++) z += w[c * rows + r] * a[c];
      return l < layers ? act(z) : z;
    });
  }
  return a[0];
}

test('predict matches a JS forward pass; the relu features match their closed form', async () => {
  const e = await getEngine();
  const s = new MlpSession(e, { ...base, activation: 'relu', widths: [1, 8, 1], optimizer: 'sgd', lr: 0.05 });
  s.run(20);
  const grid = linspace(-1.5, 1.5, 13);
  const out = s.predict(grid);
  grid.forEach((x, i) => assert.ok(Math.abs(out[i] - forward(s, 2, (z) => Math.max(0, z), x)) < 1e-6));
  // f = sum_i a_i relu(w_i x + b_i) + c: df/dw_i = a_i x [w_i x + b_i > 0], df/db_i = a_i [...].
  const f = s.features({ x: x32, grid, count: 4, max_features: 8 });
  const { w, b } = s.layer(1);
  const a = s.layer(2).w;
  for (let i = 0; i < 8; i++)
    grid.forEach((x, j) => {
      const on = w[i] * x + b[i] > 0 ? 1 : 0;
      assert.ok(Math.abs(f.layers[0].weights[i][j] - a[i] * x * on) < 1e-6);
      assert.ok(Math.abs(f.layers[0].biases[i][j] - a[i] * on) < 1e-6);
    });
  // 8 + 8 + 8 + 1 parameters, 32 points: at most 25 singular values, descending.
  assert.equal(f.sigma.length, 25);
  for (let i = 1; i < f.sigma.length; i++) assert.ok(f.sigma[i] <= f.sigma[i - 1]);
  assert.equal(f.principal.length, 4);
  s.dispose();
});

test('principal features at the training inputs are orthonormal (they are the left singular vectors)', async () => {
  const e = await getEngine();
  const s = new MlpSession(e, base);
  const f = s.features({ x: x32, grid: x32, count: 3, max_features: 4 });
  for (let i = 0; i < 3; i++)
    for (let j = 0; j < 3; j++) {
      const dot = f.principal[i].reduce((acc, v, k) => acc + v * f.principal[j][k], 0);
      assert.ok(Math.abs(dot - (i === j ? 1 : 0)) < 1e-9, `${i},${j}: ${dot}`);
    }
  s.dispose();
});

test('the benchmark hook returns the loss the trainer reaches after the same steps', async () => {
  const e = await getEngine();
  const r = e.call<{ loss: number }>('mlpTrainBench', { ...base, steps: 30 });
  const s = new MlpSession(e, base);
  s.run(30);
  assert.equal(r.loss, s.history().full_loss);
  s.dispose();
});

test('a huge step size diverges: training stops with a step number and no NaN', async () => {
  const e = await getEngine();
  const s = new MlpSession(e, { ...base, optimizer: 'sgd', lr: 50, activation: 'relu' });
  assert.ok(s.run(1000) < 1000);
  assert.ok(s.divergedAt !== null && s.divergedAt > 0);
  const h = s.history();
  assert.equal(h.loss.length, s.divergedAt);
  assert.ok(h.loss.every(Number.isFinite) && Number.isFinite(h.full_loss));
  assert.ok(s.predict(x32).every(Number.isFinite));
  s.dispose();
});

test('bad configurations name the parameter; every object is deleted', async () => {
  const e = await getEngine();
  const before = e.liveObjects;
  const bad: [Partial<MlpConfig> & Record<string, unknown>, string][] = [
    [{ widths: [1, 0, 1] }, 'widths'],
    [{ widths: [1] }, 'widths'],
    [{ lr: -1 }, 'lr'],
    [{ lr: NaN }, 'lr'],
    [{ optimizer: 'lbfgs' as never }, 'optimizer'],
    [{ y: [1, 2] }, 'x'],
    [{ x: [1, NaN] as never, y: [1, 2] }, 'x'],
    [{ batch_size: -3 }, 'batch_size'],
  ];
  for (const [change, param] of bad)
    assert.throws(() => new MlpSession(e, { ...base, ...change }), (err: unknown) => err instanceof ParamError && err.param === param, param);
  assert.equal(e.liveObjects, before);
  const s = new MlpSession(e, base);
  assert.equal(e.liveObjects, before + 1);
  s.dispose();
  s.dispose();
  assert.equal(e.liveObjects, before);
  assert.throws(() => s.run(1), EngineFault);
});
