import { defineWidget } from '../../runtime/types';
import { compute } from './compute';
import { schema } from './schema';
import { view } from './view';

export const widget = defineWidget({
  id: 'min-norm-gd',
  title: 'Gradient descent finds the min-norm solution',
  chapter: 6,
  schema,
  outputs: {
    w_gd: 'where GD from your start w₀ ends after the given steps',
    w_gd_from_zero: 'where GD from w = 0 ends',
    w_min_norm: 'X⁺t, the least-squares solution of smallest norm (from the SVD)',
    w_limit: 'X⁺t + (I − P)w₀, the predicted limit of GD from w₀ (P projects onto the row space of X)',
    grad_direction: '∇L(0) / ‖∇L(0)‖; GD moves the opposite way',
    eta_max: 'n / σ_max², the largest stable step for L = (1/n)‖Xw − t‖²',
    rank: 'numerical rank of X',
    singular_values: 'σᵢ of X',
    condition: 'σ_max / σ_min over the nonzero σᵢ',
    residual_loss: 'L at X⁺t (0 when Xw = t has exact solutions)',
    orthogonality: '(ŵ − ŵ₁)ᵀŵ with ŵ = X⁺t and ŵ₁ = w_limit: zero, the Pythagoras step',
    path_zero: 'GD from 0: kept steps, iterates, loss, null-space part',
    path_start: 'GD from w₀: the same, plus the row-space distance to the limit',
    X: 'the X used', t: 'the t used', w0: 'the start used',
  },
  presets: [
    { label: 'One point (2, 1), from 0', params: { source: 'grid', X: [[2, 1]], t: [2], w0: [0, 0] } },
    { label: 'Start at (1, 2)', params: { source: 'grid', X: [[2, 1]], t: [2], w0: [1, 2] } },
    { label: 'Start at (−1, −1)', params: { source: 'grid', X: [[2, 1]], t: [2], w0: [-1, -1] } },
    { label: 'd < n: three points', params: { source: 'grid', X: [[1, 0], [1, 1], [1, 2]], t: [1, 2, 2], w0: [2, -1] } },
    { label: 'Rank-deficient', params: { source: 'grid', X: [[1, 1], [2, 2]], t: [1, 0], w0: [1, -1] } },
    { label: 'Random d > n (3 × 8)', params: { source: 'random', rows: 3, cols: 8, eta: 0.05, steps: 500 } },
    { label: 'Random d < n (12 × 4)', params: { source: 'random', rows: 12, cols: 4, eta: 0.05, steps: 500 } },
  ],
  onPlotClick(plotId, x, y, params) {
    if (plotId !== 'plane' || params.source !== 'grid' || params.X[0].length !== 2) return null;
    return { w0: [Number(x.toPrecision(3)), Number(y.toPrecision(3))] };
  },
  compute,
  view,
});
