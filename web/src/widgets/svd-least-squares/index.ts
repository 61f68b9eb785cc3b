import { defineWidget } from '../../runtime/types';
import { compute } from './compute';
import { schema } from './schema';
import { view } from './view';

export const widget = defineWidget({
  id: 'svd-least-squares',
  title: 'Least squares and min-norm through the SVD',
  chapter: 4,
  schema,
  outputs: {
    w: 'X⁺y = V Σ⁺ Uᵀ y: least squares for a tall X, the min-norm exact fit for a wide X',
    w_formula: '(XᵀX)⁻¹Xᵀy (tall) or Xᵀ(XXᵀ)⁻¹y (wide) by a Cholesky solve; null when X is rank-deficient',
    formula_gap: 'max |w_formula − w|',
    singular_values: 'σ₁ ≥ σ₂ ≥ … of X',
    rank: 'number of σᵢ above rank_tolerance = max(n, d) · ε_machine · σ₁',
    rank_tolerance: 'the cutoff below which a singular value counts as zero',
    condition: 'σ₁ / σ_rank (null for X = 0)',
    U: 'left singular vectors (thin), one row per row of X',
    V: 'right singular vectors (thin), one row per column of X',
    uty: 'Uᵀy, the target in singular coordinates',
    residual_norm: '‖Xw − y‖',
    normal_residual: 'max |Xᵀ(Xw − y)|, zero at a least-squares solution',
    inverse_check: 'pinv = X⁺; left = X⁺X (I for full column rank), right = XX⁺ (I for full row rank), each with its distance from I and from an orthogonal projection and its trace',
    shape: 'tall, wide or square',
    X: 'the X used (the grid, or the random draw)',
    y: 'the y used',
  },
  presets: [
    { label: 'Tall: fit a line', params: { source: 'grid', X: [[1, 0], [1, 1], [1, 2], [1, 3]], y: [1, 2, 2, 4] } },
    { label: 'Wide: one equation', params: { source: 'grid', X: [[2, 1]], y: [2] } },
    { label: 'Wide: 2 × 3', params: { source: 'grid', X: [[1, 0, 1], [0, 1, 1]], y: [1, 2] } },
    { label: 'Rank-deficient', params: { source: 'grid', X: [[1, 2], [2, 4], [3, 6]], y: [1, 2, 2] } },
    { label: 'Random tall 12 × 4', params: { source: 'random', rows: 12, cols: 4 } },
    { label: 'Random wide 4 × 12', params: { source: 'random', rows: 4, cols: 12 } },
  ],
  compute,
  view,
});
