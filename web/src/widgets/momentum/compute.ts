import type { Engine } from '../../engine/engine';
import type { Params } from '../../runtime/types';
import type { schema } from './schema';

export type MomentumParams = Params<typeof schema>;
export type Regime = 'real' | 'repeated' | 'complex';

interface Path {
  /** w[i][t], grad[i][t]: direction i = 0 (largest σ²), 1 (smallest σ²). */
  w: Float64Array[];
  grad: Float64Array[];
  diverged_at: number | null;
}

export interface MomentumResult {
  /** Per σᵢ²: [Re λ₁, Im λ₁, Re λ₂, Im λ₂] of Rᵢ, |λ₁| ≥ |λ₂|. */
  eigenvalues: Float64Array[];
  regime: Regime[];
  radii: Float64Array;
  spectral_radius: number;
  /** Per σᵢ²: the η where the eigenvalues are repeated (edges of the complex band) and where one reaches −1. */
  eta_repeated_low: Float64Array;
  eta_repeated_high: Float64Array;
  eta_stable: Float64Array;
  eta_opt: number;
  eta_opt_range: Float64Array;
  rate_opt: number;
  eta_gd: number;
  rate_gd: number;
  iters_momentum: number | null;
  iters_momentum_bound: number | null;
  iters_gd: number | null;
  iters_gd_bound: number | null;
  iters_at_eta: number | null;
  iters_at_eta_bound: number | null;
  path_momentum: Path;
  path_gd: Path;
  phase: {
    eta: Float64Array; y: Float64Array; radius: Float64Array[];
    eta_repeated_low: Float64Array; eta_repeated_high: Float64Array; eta_stable: Float64Array;
  };
  rate_curve: { eta: Float64Array; momentum: Float64Array; gd: Float64Array };
}

export const PHASE_POINTS = 240;

// The grid does not depend on η (unless η leaves its range) or tol: an η
// slider reuses the last one; a β slider recomputes it.
let lastPhase: { key: string; value: MomentumResult['phase'] } | null = null;

export function compute(engine: Engine, p: MomentumParams): MomentumResult {
  const r = engine.call<Omit<MomentumResult, 'phase' | 'rate_curve'>>('momentumAnalysis', p);
  const sMax = Math.max(...p.sigma2), sMin = Math.min(...p.sigma2);
  // Fixed by the σ² (not by β), so moving β visibly moves the regions.
  const grid = {
    axis: p.phase, eta_min: Math.min(1e-3 / sMax, p.eta / 2), eta_max: Math.max(1e3 / sMin, p.eta * 2),
    y_min: p.phase === 'sigma2' ? sMin / 10 : 1e-3, y_max: p.phase === 'sigma2' ? sMax * 10 : 1, points: PHASE_POINTS,
  };
  const key = JSON.stringify([grid, p.beta, sMax]);
  if (lastPhase?.key !== key) lastPhase = { key, value: engine.call<MomentumResult['phase']>('momentumPhase', { ...p, ...grid }) };
  const rate_curve = engine.call<MomentumResult['rate_curve']>('momentumRateCurve', {
    ...p, eta_min: Math.min(r.eta_opt_range[0], r.eta_gd) / 30, eta_max: Math.max(r.eta_stable[p.sigma2.indexOf(sMax)], p.eta) * 1.5, points: 400,
  });
  return { ...r, phase: lastPhase.value, rate_curve };
}
