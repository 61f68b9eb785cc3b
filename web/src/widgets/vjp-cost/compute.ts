import type { Engine } from '../../engine/engine';
import type { ComputeContext, Params } from '../../runtime/types';
import type { schema } from './schema';

export type VjpParams = Params<typeof schema>;

interface TimingPoint {
  n: number;
  out_of_memory: boolean;
  explicit_seconds: number;
  vjp_seconds: number;
  explicit_calls: number;
  vjp_calls: number;
  max_abs_diff: number;
}

export interface VjpResult {
  /** J = v vᵀ, one row per entry of v. */
  jacobian: Float64Array[];
  /** Jᵀy = v (vᵀy), computed in O(n). */
  vjp: Float64Array;
  /** Jᵀy through the formed matrix, for comparison. */
  vjp_via_jacobian: Float64Array;
  timing: {
    n: number[];
    /** Seconds per call (allocate J, fill it, multiply); null where J did not fit in memory. */
    explicit_seconds: (number | null)[];
    vjp_seconds: number[];
    max_abs_diff: number;
  };
  /** Fitted exponents of time against n on log-log axes, over the larger half of the sweep. */
  slope_explicit: number | null;
  slope_vjp: number;
}

/** Each timing is repeated until at least this long has passed, so coarse clocks still resolve it. */
const MIN_SECONDS = 0.004;

export function logSpacedSizes(nMax: number, points: number): number[] {
  const lo = Math.log(10), hi = Math.log(nMax);
  const ns = Array.from({ length: points }, (_, i) => Math.round(Math.exp(lo + ((hi - lo) * i) / (points - 1))));
  return [...new Set(ns)];
}

export function compute(engine: Engine, p: VjpParams, ctx?: ComputeContext): VjpResult {
  const ex = engine.call<Pick<VjpResult, 'jacobian' | 'vjp' | 'vjp_via_jacobian'>>('vjpExample', { v: p.v, y: p.y });
  const ns = logSpacedSizes(p.n_max, p.points);
  const timing: VjpResult['timing'] = { n: [], explicit_seconds: [], vjp_seconds: [], max_abs_diff: 0 };
  ns.forEach((n, i) => {
    const t = engine.call<TimingPoint>('vjpTiming', { n, seed: i + 1, min_seconds: MIN_SECONDS });
    timing.n.push(n);
    timing.explicit_seconds.push(t.out_of_memory ? null : t.explicit_seconds);
    timing.vjp_seconds.push(t.vjp_seconds);
    timing.max_abs_diff = Math.max(timing.max_abs_diff, t.max_abs_diff);
    ctx?.progress((i + 1) / ns.length);
  });
  // Fit over the larger half, where per-call overhead no longer dominates.
  const half = Math.floor(ns.length / 2);
  const fit = (seconds: (number | null)[]) => {
    const keep = timing.n.map((n, i) => [n, seconds[i]] as const).slice(half).filter(([, s]) => s !== null);
    if (keep.length < 2) return null;
    return engine.call<{ slope: number }>('powerLawFit', { n: keep.map(([n]) => n), seconds: keep.map(([, s]) => s) }).slope;
  };
  return { ...ex, timing, slope_explicit: fit(timing.explicit_seconds), slope_vjp: fit(timing.vjp_seconds) ?? 0 };
}
