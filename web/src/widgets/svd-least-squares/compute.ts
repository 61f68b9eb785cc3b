import type { Engine } from '../../engine/engine';
import type { Params } from '../../runtime/types';
import type { schema } from './schema';

export type SvdParams = Params<typeof schema>;

/** A product of X with its pseudo-inverse, and how close it is to I and to a projection. */
export interface ProductCheck {
  product: Float64Array[];
  identity_error: number;
  idempotence_error: number;
  symmetry_error: number;
  trace: number;
}

export interface SvdResult {
  X: Float64Array[];
  y: Float64Array;
  /** X⁺y: OLS for full column rank, min-norm for full row rank. */
  w: Float64Array;
  /** (XᵀX)⁻¹Xᵀy (tall) or Xᵀ(XXᵀ)⁻¹y (wide); null when that Gram matrix is singular. */
  w_formula: Float64Array | null;
  formula_gap: number | null;
  singular_values: Float64Array;
  rank: number;
  rank_tolerance: number;
  condition: number | null;
  U: Float64Array[];
  V: Float64Array[];
  uty: Float64Array;
  residual_norm: number;
  normal_residual: number;
  inverse_check: { pinv: Float64Array[]; left: ProductCheck; right: ProductCheck };
  shape: 'tall' | 'wide' | 'square';
}

export function compute(engine: Engine, p: SvdParams): SvdResult {
  const r = engine.call<Omit<SvdResult, 'shape'>>('svdLeastSquares', p);
  const m = r.X.length, n = r.X[0].length;
  return { ...r, shape: m > n ? 'tall' : m < n ? 'wide' : 'square' };
}
