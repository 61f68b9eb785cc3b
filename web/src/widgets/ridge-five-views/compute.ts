import type { Engine } from '../../engine/engine';
import type { Params } from '../../runtime/types';
import type { schema } from './schema';

export type RidgeParams = Params<typeof schema>;

export const views = ['normal', 'svd', 'map', 'fake_data', 'fake_features'] as const;

export interface RidgeResult {
  X: Float64Array[];
  y: Float64Array;
  w_by_view: Record<(typeof views)[number], Float64Array>;
  /** Largest entry-wise gap between any two views, relative to max |w|. */
  max_disagreement: number;
  singular_values: Float64Array;
  rank: number;
  /** σᵢ / (σᵢ² + λ), 0 beyond the rank. */
  filter: Float64Array;
  /** Condition number of XᵀX + λI, (σ₁² + λ)/(σ_min² + λ). */
  condition: number;
  /** w(λ) over a log grid of λ: w[i][j] is coordinate i at lambda[j]. */
  path: { lambda: Float64Array; w: Float64Array[] };
  /** The λ → 0 limit X⁺y. */
  limit_zero: Float64Array;
  /** Xᵀy: λ·w(λ) tends to it as λ → ∞. */
  xty: Float64Array;
  /** What the λ → 0 limit is for this X. */
  limit_kind: 'least squares' | 'min-norm' | 'min-norm least squares';
}

export function compute(engine: Engine, p: RidgeParams): RidgeResult {
  const r = engine.call<Omit<RidgeResult, 'limit_kind'>>('ridgeViews', p);
  const n = r.X.length, d = r.X[0].length;
  const limit_kind = r.rank === d ? 'least squares' : r.rank === n ? 'min-norm' : 'min-norm least squares';
  return { ...r, limit_kind };
}
