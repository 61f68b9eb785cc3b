import type { Engine } from '../../engine/engine';
import type { ComputeContext, Params } from '../../runtime/types';
import type { schema } from './schema';

export type KernelParams = Params<typeof schema>;

/** One sweep: the size that grows, the time per solve of each form, fitted log-log slopes. */
export interface Sweep {
  size: number[];
  primal_ms: number[];
  dual_ms: number[];
  primal_slope: number;
  dual_slope: number;
}

export interface KernelResult {
  X: Float64Array[];
  y: Float64Array;
  /** (XᵀX + λI)⁻¹Xᵀy: a d × d solve. */
  w_primal: Float64Array;
  /** Xᵀ(XXᵀ + λI)⁻¹y: an n × n solve. */
  w_dual: Float64Array;
  /** E[W | Y = y] for W ~ N(0, I), Y = XW + √λ N, from the joint precision matrix. */
  w_gaussian: Float64Array;
  max_disagreement: number;
  /** n grows with d fixed, and d grows with n fixed; null when timing is off. */
  timing: { grow_n: Sweep; grow_d: Sweep } | null;
}

const POINTS = 8;
const MIN_MS = 3;

/** Least-squares slope of log t against log size, over the larger half of the sizes (where the leading term shows). */
export function logSlope(size: number[], ms: number[]): number {
  const k = Math.floor(size.length / 2);
  const xs = size.slice(k).map(Math.log), ys = ms.slice(k).map(Math.log);
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length, my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const sxy = xs.reduce((a, x, i) => a + (x - mx) * (ys[i] - my), 0), sxx = xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  return sxx > 0 ? sxy / sxx : 0;
}

export function sizes(max: number): number[] {
  const lo = 8;
  const out = Array.from({ length: POINTS }, (_, i) => Math.round(lo * (max / lo) ** (i / (POINTS - 1))));
  return [...new Set(out)];
}

export function compute(engine: Engine, p: KernelParams, ctx?: ComputeContext): KernelResult {
  const forms = engine.call<Omit<KernelResult, 'timing'>>('kernelRidgeForms', p);
  if (!p.timing) return { ...forms, timing: null };
  const grid = sizes(p.max_size);
  const total = 2 * grid.length;
  let done = 0;
  const sweep = (dims: (s: number) => { n: number; d: number }): Sweep => {
    const primal_ms: number[] = [], dual_ms: number[] = [];
    for (const s of grid) {
      const t = engine.call<{ primal_ms: number; dual_ms: number }>('ridgeSolveTiming', { ...dims(s), lambda: p.lambda, min_ms: MIN_MS, seed: p.seed });
      primal_ms.push(t.primal_ms);
      dual_ms.push(t.dual_ms);
      ctx?.progress(++done / total);
    }
    return { size: grid, primal_ms, dual_ms, primal_slope: logSlope(grid, primal_ms), dual_slope: logSlope(grid, dual_ms) };
  };
  const grow_n = sweep((s) => ({ n: s, d: p.fixed_size }));
  const grow_d = sweep((s) => ({ n: p.fixed_size, d: s }));
  return { ...forms, timing: { grow_n, grow_d } };
}
