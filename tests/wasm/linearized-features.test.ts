// Chapter 10: the feature matrix of a one-hidden-layer ReLU network against
// its closed form, the principal features against the SVD's identities, and
// the initialization effects the chapter describes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { linspace, MlpSession, targets } from '../../web/src/engine/mlp';
import type { LinResult } from '../../web/src/widgets/linearized-features/compute';
import { assertFinite, getEngine, solve } from './helpers';

const small = { steps: 50, points: 24, width: 8 };

test('one hidden ReLU layer: features and the size of the feature matrix follow the closed form', async () => {
  const r = await solve<LinResult>('linearized-features', { ...small, hidden: 1 });
  // The same initialization, read back as parameters.
  const x = linspace(-1, 1, 24);
  const s = new MlpSession(await getEngine(), {
    widths: [1, 8, 1], activation: 'relu', weight_init: 'he', weight_scale: 1, bias_init: 'xavier', bias_scale: 1,
    optimizer: 'adam', lr: 0.01, batch_size: 0, loss_scale: 1, seed: 1, x, y: x.map(targets.sine.f),
  });
  const { w, b } = s.layer(1);
  const a = s.layer(2).w;
  s.dispose();
  // f = sum_i a_i relu(w_i x + b_i) + c: df/dw_i = a_i x 1[.], df/db_i = a_i 1[.], df/da_i = relu(.), df/dc = 1.
  const on = (i: number, t: number) => (w[i] * t + b[i] > 0 ? 1 : 0);
  r.grid.forEach((t, j) => {
    for (let i = 0; i < 8; i++) {
      assert.ok(Math.abs(r.at_init.layers[0].weights[i][j] - a[i] * t * on(i, t)) < 1e-6);
      assert.ok(Math.abs(r.at_init.layers[0].biases[i][j] - a[i] * on(i, t)) < 1e-6);
      assert.ok(Math.abs(r.at_init.layers[1].weights[i][j] - Math.max(0, w[i] * t + b[i])) < 1e-6);
    }
    assert.equal(r.at_init.layers[1].biases[0][j], 1);
  });
  // Sum of squared singular values = squared Frobenius norm of J at the training points.
  let frob = 0;
  for (const t of x) {
    frob += 1;
    for (let i = 0; i < 8; i++) frob += (a[i] * on(i, t)) ** 2 * (t * t + 1) + Math.max(0, w[i] * t + b[i]) ** 2;
  }
  const sum = r.at_init.sigma.reduce((acc, v) => acc + v * v, 0);
  assert.ok(Math.abs(sum - frob) < 1e-6 * frob, `${sum} vs ${frob}`);
});

test('principal features are orthonormal at the training points, before and after training', async () => {
  const r = await solve<LinResult>('linearized-features', { ...small, hidden: 2, points: 21 });
  // points 21 on [-1, 1] are grid points 0, 8, ..., 160 of the 161-point grid.
  const at = (f: Float64Array) => Array.from({ length: 21 }, (_, k) => f[8 * k]);
  for (const a of [r.at_init, r.now]) {
    assert.equal(a.principal.length, 4);
    for (let i = 0; i < 4; i++)
      for (let j = 0; j < 4; j++) {
        const u = at(a.principal[i]), v = at(a.principal[j]);
        const dot = u.reduce((s, val, k) => s + val * v[k], 0);
        assert.ok(Math.abs(dot - (i === j ? 1 : 0)) < 1e-8, `${i},${j}: ${dot}`);
      }
  }
  assert.equal(r.analysed_at, 50);
});

test('small, large and proper initialization: gradient norms, training and spectra', async () => {
  const base = { ...small, hidden: 4, steps: 300, width: 16, points: 32 };
  const tiny = await solve<LinResult>('linearized-features', { ...base, init: 'small' });
  const big = await solve<LinResult>('linearized-features', { ...base, init: 'large' });
  const good = await solve<LinResult>('linearized-features', { ...base, init: 'proper' });
  const g0 = (r: LinResult) => r.grad_norms.map((g) => g[0]);
  // Small: gradients vanish toward the input; large: they are enormous.
  assert.ok(g0(tiny)[0] < 1e-3 * g0(tiny)[4], `${g0(tiny)}`);
  assert.ok(Math.min(...g0(big)) > 100 * Math.max(...g0(good)), `${g0(big)} vs ${g0(good)}`);
  assert.ok(big.at_init.sigma[0] > 50 * good.at_init.sigma[0]);
  const final = (r: LinResult) => r.loss[r.loss.length - 1];
  assert.ok(final(good) < 0.1 * final(tiny) && final(good) < 0.1 * final(big));
  assertFinite(big);
});

test('training on [-1, 0.4] only uses inputs from there; other seeds give other features', async () => {
  const r = await solve<LinResult>('linearized-features', { ...small, range: 'left' });
  assert.ok(Math.max(...r.data_x) <= 0.4 + 1e-12 && Math.min(...r.data_x) === -1);
  assert.equal(r.seeds.length, 4);
  assert.notDeepEqual(Array.from(r.seeds[0].feature), Array.from(r.seeds[1].feature));
});
