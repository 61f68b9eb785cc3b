import type { Engine } from '../../engine/engine';
import type { Params } from '../../runtime/types';
import type { schema } from './schema';

export type BackpropParams = Params<typeof schema>;

export interface GraphNode {
  value: Float64Array;
  /** ∂L/∂node by the backward pass. */
  grad: Float64Array;
  /** The same by central differences, recomputing only what lies downstream. */
  grad_numeric: Float64Array;
}
export const nodeNames = ['x', 'z', 'h', 'y', 'S', 'R', 'L'] as const;
export type NodeName = (typeof nodeNames)[number];

export interface BackpropResult {
  grad_x: Float64Array;
  grad_x_numeric: Float64Array;
  max_abs_error: number;
  nodes: Record<NodeName, GraphNode>;
  W1: Float64Array[];
  W2: Float64Array[];
  b1: Float64Array;
  b2: Float64Array;
  s: Float64Array;
  r: Float64Array;
}

export function compute(engine: Engine, p: BackpropParams): BackpropResult {
  return engine.call<BackpropResult>('backpropResidual', p);
}
