import { defineWidget } from '../../runtime/types';
import { compute } from './compute';
import { schema } from './schema';
import { view } from './view';

export const widget = defineWidget({
  id: 'ridge-five-views',
  title: 'Ridge regression, five ways',
  chapter: 5,
  schema,
  outputs: {
    w_by_view: 'the ridge solution from each view: normal ((XᵀX + λI)⁻¹Xᵀy, Cholesky), svd (V diag(σ/(σ² + λ)) Uᵀy), map (posterior mean, prior N(0, I), noise variance λ), fake_data (least squares on [X; √λ I], [y; 0]), fake_features (first d entries of the min-norm fit of [X, √λ I])',
    max_disagreement: 'largest entry-wise gap between any two views, relative to max |w|',
    singular_values: 'σᵢ of X',
    filter: 'σᵢ / (σᵢ² + λ), the factor ridge applies along each singular direction',
    condition: 'condition number of XᵀX + λI',
    rank: 'numerical rank of X',
    path: 'w(λ) over a log grid of λ (lambda, and w with one row per coordinate)',
    limit_zero: 'the λ → 0 limit, X⁺y',
    limit_kind: 'least squares (full column rank), min-norm (full row rank) or min-norm least squares',
    xty: 'Xᵀy, the limit of λ·w(λ) as λ → ∞',
    X: 'the X used', y: 'the y used',
  },
  presets: [
    { label: 'Tall 5 × 3', params: { source: 'grid', X: [[1, 0, 1], [0, 1, 1], [1, 1, 0], [2, 0, 1], [0, 1, 2]], y: [1, 2, 2, 3, 1] } },
    { label: 'Wide 2 × 4', params: { source: 'grid', X: [[1, 2, 0, 1], [0, 1, 1, 3]], y: [1, 2] } },
    { label: 'Rank-deficient', params: { source: 'grid', X: [[1, 2], [2, 4], [3, 6]], y: [1, 2, 2] } },
    { label: 'Small λ', params: { lambda: 1e-3 } },
    { label: 'Huge λ', params: { lambda: 1e4 } },
    { label: 'Random 40 × 10', params: { source: 'random', rows: 40, cols: 10 } },
  ],
  compute,
  view,
});
