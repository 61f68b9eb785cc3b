// Chapter 9, depth: every cell of the sweep is an ordinary training run, the
// summary counts what the cells say, and bad grids are rejected by name.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ParamError } from '../../web/src/engine/engine';
import { linspace, MlpSession, targets } from '../../web/src/engine/mlp';
import type { DepthResult } from '../../web/src/widgets/depth-difficulty/compute';
import { widget } from '../../web/src/widgets/depth-difficulty/index';
import { assertFinite, getEngine, solve } from './helpers';

const small = { cells: 3, steps: 40, width: 8, points: 24, lr_lo: 0.01, lr_hi: 3, scale_lo: 0.05, scale_hi: 2 };

test('a cell is the run of an independent trainer at that learning rate and scale', async () => {
  const r = await solve<DepthResult>('depth-difficulty', small);
  assert.deepEqual(r.lrs.map((v) => +v.toPrecision(12)), [0.01, +Math.sqrt(0.03).toPrecision(12), 3]);
  const x = linspace(-1, 1, 24), y = x.map(targets.sine.f);
  const s = new MlpSession(await getEngine(), {
    widths: [1, 8, 8, 8, 8, 1], activation: 'relu', weight_init: 'uniform', weight_scale: r.scales[1], bias_init: 'uniform', bias_scale: 0,
    optimizer: 'sgd', lr: r.lrs[1], batch_size: 0, loss_scale: 1, seed: 1, x, y,
  });
  s.run(40);
  assert.equal(r.five.final_loss[1][1], s.history().full_loss);
  assert.deepEqual(Array.from(r.five.curves[1][1]), Array.from(s.history().loss));
  s.dispose();
  assert.ok(Math.abs(r.baseline - y.reduce((a, v) => a + v * v, 0) / 24) < 1e-15);
});

test('trained_fraction counts the cells below a tenth of the baseline; divergence is marked, not NaN', async () => {
  const r = await solve<DepthResult>('depth-difficulty', small);
  for (const s of [r.three, r.five]) {
    let n = 0;
    s.final_loss.forEach((row, a) => row.forEach((v, b) => (n += s.diverged_at[a][b] === null && v < 0.1 * r.baseline ? 1 : 0)));
    assert.equal(s.trained_fraction, n / 9);
  }
  // lr 3 from scale 2 blows up the deeper network.
  assert.ok(r.five.diverged_at[2][2] !== null);
  assertFinite(r);
  const v = widget.view(r, { ...small, pick_lr: 3, pick_scale: 3 } as never);
  assert.match(v.readouts.find((o) => o.label === '5-layer there')!.value, /diverged at step \d+/);
});

test('an empty range is rejected beside its control', async () => {
  await assert.rejects(solve('depth-difficulty', { ...small, lr_lo: 0.5, lr_hi: 0.1 }), (e: unknown) => e instanceof ParamError && e.param === 'lr_hi');
});
