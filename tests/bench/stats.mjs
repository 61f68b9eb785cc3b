// Small statistics and timing helpers shared by the bench parts. Timings on a
// shared, noisy CPU: compare contenders measured in the same run, interleaved,
// by their medians.
import { performance } from 'node:perf_hooks';

export function quantile(xs, q) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  const lo = Math.floor(at), hi = Math.ceil(at);
  return s[lo] + (s[hi] - s[lo]) * (at - lo);
}
export const median = (xs) => quantile(xs, 0.5);

/** Mean milliseconds per call of fn, repeating it for at least minMs (after one warm-up call). */
export async function msPerCall(fn, minMs) {
  await fn();
  let reps = 0;
  const t0 = performance.now();
  let ms = 0;
  do {
    await fn();
    reps += 1;
    ms = performance.now() - t0;
  } while (ms < minMs);
  return ms / reps;
}

/**
 * Runs each contender's timing function `rounds` times, interleaved
 * (a b c a b c ...), and returns each contender's median. A contender whose
 * timing throws is reported with its error and dropped from later rounds.
 */
export async function interleaved(contenders, rounds) {
  const samples = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
  const errors = {};
  for (let r = 0; r < rounds; r++)
    for (const [name, time] of Object.entries(contenders)) {
      if (errors[name]) continue;
      try {
        samples[name].push(await time());
      } catch (e) {
        errors[name] = e.message ?? String(e);
      }
    }
  return Object.fromEntries(
    Object.keys(contenders).map((k) => [k, errors[k] ? { error: errors[k] } : { median: median(samples[k]), samples: samples[k] }]),
  );
}
