import type { Engine } from '../../engine/engine';
import type { Params } from '../../runtime/types';
import type { schema } from './schema';

export type MinNormParams = Params<typeof schema>;

export interface GdPath {
  step: Float64Array;
  /** w[i][k]: coordinate i at step[k]. */
  w: Float64Array[];
  loss: Float64Array;
  /** ‖(I − P) w‖ at each kept step: the part of w outside the row space. */
  null_norm: Float64Array;
  diverged_at: number | null;
}

export interface MinNormResult {
  X: Float64Array[];
  t: Float64Array;
  w0: Float64Array;
  w_gd: Float64Array;
  w_gd_from_zero: Float64Array;
  w_min_norm: Float64Array;
  w_limit: Float64Array;
  grad_direction: Float64Array;
  eta_max: number;
  rank: number;
  singular_values: Float64Array;
  condition: number;
  residual_loss: number;
  orthogonality: number;
  path_zero: GdPath;
  path_start: GdPath & { row_error: Float64Array };
}

export function compute(engine: Engine, p: MinNormParams): MinNormResult {
  return engine.call<MinNormResult>('minNormGd', p);
}
