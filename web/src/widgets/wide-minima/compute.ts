import { ParamError, type Engine } from '../../engine/engine';
import type { ComputeContext, Params } from '../../runtime/types';
import type { schema } from './schema';

export type WideParams = Params<typeof schema>;

interface Chunk {
  sharp: number; wide: number; other: number; escaped: number;
  below_range: number; above_range: number;
  histogram: Float64Array;
  paths: Float64Array[];
}

export interface Landscape {
  theta: Float64Array; f: Float64Array; grad: Float64Array;
  sharp: number; wide: number; barrier: number;
  sharp_curvature: number; wide_curvature: number; settled_radius: number;
}

export interface WideResult {
  fraction_sharp: number;
  fraction_wide: number;
  /** Everything that did not settle in a minimum: still bouncing, or escaped to |θ| > 10⁶. */
  fraction_diverged: number;
  fraction_escaped: number;
  counts: { sharp: number; wide: number; other: number; escaped: number; below_range: number; above_range: number };
  /** Final positions: counts in equal bins over [−5, 20]. */
  histogram: Float64Array;
  /** θ_t for the first few starts (cut where they escape). */
  paths: Float64Array[];
  landscape: Landscape;
}

export const SAMPLE_PATHS = 8;
// About this many gradient steps per C++ call keeps progress updates frequent.
const STEPS_PER_CHUNK = 2e6;

/** starts × steps above this would keep a reader waiting minutes for one answer. */
export const MAX_TOTAL_STEPS = 2e8;

export function compute(engine: Engine, p: WideParams, ctx?: ComputeContext): WideResult {
  if (p.starts * p.iters > MAX_TOTAL_STEPS)
    throw new ParamError(`Too much work: ${p.starts.toLocaleString('en-US')} starts × ${p.iters.toLocaleString('en-US')} steps is over 200 million steps. Lower the starts or the steps.`, 'iters');
  const landscape = engine.call<Landscape>('wideMinimaLandscape', { points: 600 });
  const chunk = Math.max(1, Math.floor(STEPS_PER_CHUNK / p.iters));
  const total = { sharp: 0, wide: 0, other: 0, escaped: 0, below_range: 0, above_range: 0 };
  let histogram: Float64Array | null = null;
  let paths: Float64Array[] = [];
  for (let first = 0; first < p.starts; first += chunk) {
    const count = Math.min(chunk, p.starts - first);
    const c = engine.call<Chunk>('wideMinimaChunk', { ...p, first, count, sample_paths: first === 0 ? SAMPLE_PATHS : 0 });
    for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += c[k];
    if (!histogram) histogram = c.histogram;
    else c.histogram.forEach((v, i) => (histogram![i] += v));
    if (first === 0) paths = c.paths;
    ctx?.progress((first + count) / p.starts);
  }
  return {
    fraction_sharp: total.sharp / p.starts,
    fraction_wide: total.wide / p.starts,
    fraction_diverged: total.other / p.starts,
    fraction_escaped: total.escaped / p.starts,
    counts: total,
    histogram: histogram!,
    paths,
    landscape,
  };
}
