import type { Engine } from '../../engine/engine';
import type { Params } from '../../runtime/types';
import type { schema } from './schema';

export type PolyParams = Params<typeof schema>;

export interface PolyResult {
  x_train: Float64Array;
  t_train: Float64Array;
  x_grid: Float64Array;
  truth: Float64Array;
  fit: Float64Array;
  coef: Float64Array;
  degrees: Float64Array;
  train_error: Float64Array;
  test_error: Float64Array;
  coef_norm: Float64Array;
  best_degree: number;
  interpolation_degree: number;
}

export function compute(engine: Engine, p: PolyParams): PolyResult {
  return engine.call<PolyResult>('polyOverparam', p);
}
