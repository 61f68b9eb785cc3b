import { defineWidget } from '../../runtime/types';
import { compute } from './compute';
import { schema } from './schema';
import { view } from './view';

export const widget = defineWidget({
  id: 'adaptive-implicit-bias',
  title: 'Which solution does each optimizer pick?',
  chapter: 6,
  schema,
  outputs: {
    solutions: 'per optimizer (gd, sgd, minibatch, adagrad, rmsprop, adam): final w, its norm, loss, distance to X⁺t, distance from the row space, divergence step, and the path',
    min_norm: 'X⁺t, the min-norm least-squares solution',
    min_norm_norm: '‖X⁺t‖',
    eta_max: 'n / σ_max², the stability limit of full-batch GD',
    residual_loss: 'loss at X⁺t (0 when Xw = t is solvable)',
    rank: 'numerical rank of X',
    X: 'the X used', t: 'the t used',
  },
  presets: [
    { label: 'One point (2, 1)', params: { source: 'grid', X: [[2, 1]], t: [2], eta: 0.05, steps: 2000 } },
    { label: 'Two points in 3-D', params: { source: 'grid', X: [[1, 2, 0], [0, 1, 3]], t: [1, 2], eta: 0.02, steps: 5000 } },
    { label: 'Random 4 × 10', params: { source: 'random', rows: 4, cols: 10, eta: 0.02, steps: 5000 } },
    { label: 'Random 10 × 40', params: { source: 'random', rows: 10, cols: 40, eta: 0.01, steps: 5000, batch: 3 } },
  ],
  compute,
  view,
});
