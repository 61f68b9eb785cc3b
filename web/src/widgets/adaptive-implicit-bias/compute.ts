import type { Engine } from '../../engine/engine';
import type { Params } from '../../runtime/types';
import type { schema } from './schema';

export type BiasParams = Params<typeof schema>;

export const methods = ['gd', 'sgd', 'minibatch', 'adagrad', 'rmsprop', 'adam'] as const;
export type Method = (typeof methods)[number];

export interface Outcome {
  w: Float64Array;
  norm: number;
  loss: number;
  /** ‖w − X⁺t‖ */
  distance: number;
  /** ‖(I − P)w‖: how far w has left the row space of X. */
  row_space_gap: number;
  diverged_at: number | null;
  path: { step: Float64Array; w: Float64Array[]; loss: Float64Array; diverged_at: number | null };
}

export interface BiasResult {
  X: Float64Array[];
  t: Float64Array;
  solutions: Record<Method, Outcome>;
  min_norm: Float64Array;
  min_norm_norm: number;
  eta_max: number;
  residual_loss: number;
  rank: number;
}

export function compute(engine: Engine, p: BiasParams): BiasResult {
  return engine.call<BiasResult>('implicitBias', p);
}
