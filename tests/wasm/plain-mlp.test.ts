// The benchmark's plain-JavaScript MLP (tests/bench/mlp) must train the same
// network as the engine, or comparing their speeds means nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { linspace, MlpSession, type MlpConfig } from '../../web/src/engine/mlp';
import { PlainMlp } from '../bench/mlp/plain-mlp.mjs';
import { getEngine } from './helpers';

test('plain JS MLP: same loss trajectory as the engine from the same initial parameters', async () => {
  const x = linspace(-1, 1, 48);
  const y = x.map((v) => Math.sin(3 * v));
  const config: MlpConfig = {
    widths: [1, 12, 12, 1], activation: 'tanh', weight_init: 'xavier', weight_scale: 1, bias_init: 'xavier', bias_scale: 1,
    optimizer: 'adam', lr: 0.01, batch_size: 0, loss_scale: 1, seed: 5, x, y,
  };
  const s = new MlpSession(await getEngine(), config);
  const js = new PlainMlp([1, 2, 3].map((l) => s.layer(l)), { lr: config.lr });
  s.run(40);
  const engineLoss = s.history().loss;
  s.dispose();
  const x32 = Float32Array.from(x), y32 = Float32Array.from(y);
  const jsLoss = Array.from({ length: 40 }, () => js.step(x32, y32));
  assert.ok(engineLoss[39] < 0.7 * engineLoss[0], 'the run should make progress');
  jsLoss.forEach((l, t) => assert.ok(Math.abs(l - engineLoss[t]) <= 1e-4 * engineLoss[t], `step ${t}: JS ${l}, engine ${engineLoss[t]}`));
});
