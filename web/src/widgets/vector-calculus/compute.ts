import type { Engine } from '../../engine/engine';
import type { Params } from '../../runtime/types';
import type { schema } from './schema';

export type VcParams = Params<typeof schema>;

export const identities = ['linear', 'square_norm', 'matrix_vector', 'quadratic', 'sample_loss', 'total_loss'] as const;
export type Identity = (typeof identities)[number];
/** Each identity's value as rows: one row for a gradient, one row per output for a Jacobian. */
export type ByIdentity<T> = Record<Identity, T>;

export interface VcResult {
  A: Float64Array[];
  analytic: ByIdentity<Float64Array[]>;
  numeric: ByIdentity<Float64Array[]>;
  errors: ByIdentity<number>;
  max_abs_error: number;
  /** 2xᵀA: the quadratic gradient only when A is symmetric. */
  shortcut: Float64Array;
  shortcut_gap: number;
  asymmetry: number;
  /** Finite-difference error of the quadratic identity for a log grid of h. */
  error_vs_h: { h: Float64Array; central: Float64Array; forward: Float64Array };
}

export function compute(engine: Engine, p: VcParams): VcResult {
  return engine.call<VcResult>('vectorCalculus', p);
}
