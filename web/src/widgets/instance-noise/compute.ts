import type { Engine } from '../../engine/engine';
import type { ComputeContext, Params } from '../../runtime/types';
import type { schema } from './schema';

export type NoiseParams = Params<typeof schema>;

export interface NoiseResult {
  /** The ridge penalty the noise amounts to: σ² (one point; (1/m)-scaled loss in the vector case). */
  lambda: number;
  /** E[w_t] converges iff 0 < η < eta_max = 2/(x² + σ²). */
  eta_max: number;
  /** The spread of w_t stays bounded iff η < eta_max_variance = 2(x² + σ²)/E[(x + N)⁴]. */
  eta_max_variance: number;
  /** lim E[w_t] = xy/(x² + σ²). */
  limit: number;
  /** y/x, the answer without noise. */
  noiseless: number;
  /** E[w_t] and its standard deviation from the exact moment recurrences. */
  expected: Float64Array;
  expected_sd: Float64Array;
  /** Monte-Carlo mean and standard deviation of w_t over the runs, t = 0..valid_steps. */
  mc_mean: Float64Array;
  mc_sd: Float64Array;
  /** The last step before any run blew up (= steps when none did). */
  valid_steps: number;
  vector: {
    lambda: number;
    lambda_unscaled: number;
    eta_max: number;
    ridge: Float64Array;
    expected: Float64Array[];
    mc_mean: Float64Array[];
    valid_steps: number;
  };
}

const CHUNK = 250;

export function compute(engine: Engine, p: NoiseParams, ctx?: ComputeContext): NoiseResult {
  const scalar = { x: p.x, y: p.y, sigma2: p.sigma2, eta: p.eta, steps: p.steps };
  const theory = engine.call<Pick<NoiseResult, 'lambda' | 'eta_max' | 'eta_max_variance' | 'limit' | 'noiseless' | 'expected' | 'expected_sd'>>('instanceNoiseTheory', scalar);
  const vec = { X: p.X, targets: p.targets, sigma2: p.sigma2, eta: p.eta, steps: p.steps };
  const vTheory = engine.call<Omit<NoiseResult['vector'], 'mc_mean' | 'valid_steps'>>('instanceNoiseVectorTheory', vec);
  const total = 2 * p.runs;
  let done = 0;

  const sum = new Float64Array(p.steps + 1), sumSq = new Float64Array(p.steps + 1);
  let valid = p.steps;
  for (let first = 0; first < p.runs; first += CHUNK) {
    const count = Math.min(CHUNK, p.runs - first);
    const c = engine.call<{ sum: Float64Array; sum_sq: Float64Array; valid_steps: number }>('instanceNoiseRuns', { ...scalar, seed: p.seed, first, count });
    for (let t = 0; t <= p.steps; t++) {
      sum[t] += c.sum[t];
      sumSq[t] += c.sum_sq[t];
    }
    valid = Math.min(valid, c.valid_steps);
    ctx?.progress((done += count) / total);
  }
  const mc_mean = sum.slice(0, valid + 1).map((s) => s / p.runs);
  const mc_sd = sumSq.slice(0, valid + 1).map((s, t) => Math.sqrt(Math.max(0, s / p.runs - mc_mean[t] ** 2)));

  const d = p.X[0].length;
  const vSum = Array.from({ length: d }, () => new Float64Array(p.steps + 1));
  let vValid = p.steps;
  for (let first = 0; first < p.runs; first += CHUNK) {
    const count = Math.min(CHUNK, p.runs - first);
    const c = engine.call<{ sum: Float64Array[]; valid_steps: number }>('instanceNoiseVectorRuns', { ...vec, seed: p.seed, first, count });
    c.sum.forEach((row, i) => row.forEach((v, t) => (vSum[i][t] += v)));
    vValid = Math.min(vValid, c.valid_steps);
    ctx?.progress((done += count) / total);
  }
  const vMean = vSum.map((row) => row.slice(0, vValid + 1).map((s) => s / p.runs));

  return { ...theory, mc_mean, mc_sd, valid_steps: valid, vector: { ...vTheory, mc_mean: vMean, valid_steps: vValid } };
}
