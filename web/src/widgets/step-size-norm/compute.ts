import type { Engine } from '../../engine/engine';
import type { Params } from '../../runtime/types';
import type { schema } from './schema';

export type NormParams = Params<typeof schema>;
export const SCHEDULES = ['constant', 'harmonic', 'sqrt', 'polyak'] as const;
export type ScheduleName = (typeof SCHEDULES)[number];

export interface ScheduleRun {
  reached: boolean;
  /** Smallest i with ‖xᵢ − b‖ ≤ tol, or null. */
  iters_to_tol: number | null;
  final_distance: number;
  /** Iterations run (max_iters, or fewer when an iterate lands exactly on b). */
  iters: number;
  /** path[d][k]: coordinate d of recorded iterate k (every i up to 500, then log-spaced). */
  path: Float64Array[];
  /** The iteration index i of each recorded iterate. */
  t: Float64Array;
  distance: Float64Array;
  /** Σ_{j<i} t_j: how far the iterate has moved in total. */
  travelled: Float64Array;
  start_distance: number;
  /** ‖x₀ − b‖ mod s: the constant step ends cycling between distances r and s − r. */
  cycle_remainder: number;
  /** ln of the harmonic step count needed just to cover ‖x₀ − b‖: ‖x₀ − b‖/s − γ. */
  harmonic_log_steps: number;
}

export type NormResult = ScheduleRun & { runs: Record<ScheduleName, ScheduleRun> };

export function compute(engine: Engine, p: NormParams): NormResult {
  const runs = Object.fromEntries(
    SCHEDULES.map((schedule) => [schedule, engine.call<ScheduleRun>('stepSizeNorm', { ...p, schedule })]),
  ) as Record<ScheduleName, ScheduleRun>;
  return { ...runs[p.schedule as ScheduleName], runs };
}
