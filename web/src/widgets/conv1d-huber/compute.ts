import type { Engine } from '../../engine/engine';
import type { ComputeContext, Params } from '../../runtime/types';
import type { schema } from './schema';

export type ConvParams = Params<typeof schema>;

export interface SweepPoint {
  n: number;
  seconds_free: number;
  seconds_dense: number | null;
  bytes_free: number;
  bytes_dense: number | null;
  max_difference: number | null;
}

export interface ConvResult {
  x: Float64Array;
  /** The objective Huber(Ax − b) + λ/2 ‖x‖² at x₀ = 0, x₁, … */
  loss_history: Float64Array;
  diverged_at: number | null;
  /** The same GD with the squared loss ½‖Ax − b‖² in place of Huber, for comparison. */
  x_squared: Float64Array;
  diverged_at_squared: number | null;
  b: Float64Array;
  /** The generated signal (null when b was given). */
  signal: Float64Array | null;
  /** ⟨Ax, y⟩ and ⟨x, Aᵀy⟩ for random x, y: equal when Aᵀ is the adjoint. */
  adjoint_ax_y: number;
  adjoint_x_aty: number;
  /** max |x_dense − x| for this problem (null when n > 2048 or m·n·iters > 5·10⁷). */
  dense_max_difference: number | null;
  /** Root-mean-square distance of each recovery to the generated signal (null when b was given). */
  rms_error: { huber: number; squared: number } | null;
  sweep: SweepPoint[];
}

const rms = (a: Float64Array, b: Float64Array) => Math.sqrt(a.reduce((s, v, i) => s + (v - b[i]) ** 2, 0) / a.length);

export const SWEEP_ITERS = 10;

export function sweepSizes(max: number): number[] {
  const out: number[] = [];
  for (let n = 64; n < max; n *= 2) out.push(n);
  out.push(max);
  return out;
}

// The sweep depends on the kernel, λ, α, the seed and its size only: other
// changes (b, n, noise, iterations) reuse the last one while this Worker lives.
let lastSweep: { key: string; value: SweepPoint[] } | null = null;

export function compute(engine: Engine, p: ConvParams, ctx?: ComputeContext): ConvResult {
  const r = engine.call<Omit<ConvResult, 'sweep' | 'rms_error'>>('conv1dHuber', p);
  const rms_error = r.signal ? { huber: rms(r.x, r.signal), squared: rms(r.x_squared, r.signal) } : null;
  const key = JSON.stringify([p.k, p.lambda, p.alpha, p.seed, p.sweep_max]);
  if (lastSweep?.key !== key) {
    const sizes = sweepSizes(p.sweep_max);
    const value: SweepPoint[] = [];
    sizes.forEach((n, i) => {
      value.push(engine.call<SweepPoint>('conv1dCompare', { ...p, n, iters: SWEEP_ITERS }));
      ctx?.progress((i + 1) / sizes.length);
    });
    lastSweep = { key, value };
  }
  return { ...r, rms_error, sweep: lastSweep.value };
}
