import type { Engine } from '../../engine/engine';
import type { Params } from '../../runtime/types';
import type { schema } from './schema';

export type LrParams = Params<typeof schema>;

export interface LrResult {
  eta_max: number;
  eta_opt: number;
  rate: number;
  rate_opt: number;
  factors: Float64Array;
  limiting_mode: number;
  slowest_mode: number;
  iters_to_eps: number | null;
  iters_bound: number | null;
  diverged_at: number | null;
  /** trajectory[i][t] = w_t of problem i, from w_0 = 0. */
  trajectory: Float64Array[];
  rel_error: Float64Array;
  /** "converges" (rate < 1), "oscillates" (rate = 1) or "diverges". */
  status: 'converges' | 'oscillates' | 'diverges';
  rate_curve: { eta: Float64Array; rate: Float64Array };
  /** GD on a random X with these singular values: |v_i^T (w_t - w*)| per direction. */
  matrix_modes: { sigma: Float64Array; errors: Float64Array[] };
}

export function compute(engine: Engine, p: LrParams): LrResult {
  const r = engine.call<Omit<LrResult, 'status' | 'rate_curve' | 'matrix_modes'>>('lrStability', p);
  const rate_curve = engine.call<LrResult['rate_curve']>('lrRateCurve', {
    sigma: p.sigma,
    eta_min: Math.min(r.eta_max * 1e-3, p.eta / 2),
    eta_max: Math.max(r.eta_max * 1.6, p.eta * 1.2),
    points: 400,
    convention: p.convention,
  });
  const matrix_modes = engine.call<LrResult['matrix_modes']>('lrMatrixModes', {
    sigma: p.sigma, eta: p.eta, steps: p.steps, seed: p.seed, convention: p.convention,
  });
  const status = Math.abs(r.rate - 1) < 1e-12 ? 'oscillates' : r.rate < 1 ? 'converges' : 'diverges';
  return { ...r, status, rate_curve, matrix_modes };
}
