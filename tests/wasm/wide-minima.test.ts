// Chapter 11, wide minima: the fractions for a fixed seed against an
// independent JS run (its own xoshiro256** and its own f' by the quotient rule).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ParamError } from '../../web/src/engine/engine';
import type { WideResult } from '../../web/src/widgets/wide-minima/compute';
import { assertFinite, getEngine, solve } from './helpers';
import { loadWidget } from '../../web/src/cli/widgets';
import { defaults } from '../../web/src/runtime/params';

const M = (1n << 64n) - 1n;
const rotl = (x: bigint, k: bigint) => ((x << k) | (x >> (64n - k))) & M;
/** The starts: xoshiro256** seeded by splitmix64, 53-bit uniforms scaled to [−5, 20). */
function starts(seed: number, n: number): number[] {
  let x = BigInt(seed);
  const s = [0n, 0n, 0n, 0n].map(() => {
    x = (x + 0x9e3779b97f4a7c15n) & M;
    let z = x;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & M;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & M;
    return z ^ (z >> 31n);
  });
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const result = (rotl((s[1] * 5n) & M, 7n) * 9n) & M;
    const t = (s[1] << 17n) & M;
    s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3]; s[2] ^= t; s[3] = rotl(s[3], 45n);
    out.push(-5 + 25 * (Number(result >> 11n) * 2 ** -53));
  }
  return out;
}

/** f'(θ) by the quotient rule on f = (10θ² + E g) / (1 + E), E = e^{3(θ−3)}, g = (θ−10)²/2 + 50. */
function grad(t: number): number {
  const E = Math.exp(3 * (t - 3)), g = (t - 10) ** 2 / 2 + 50;
  const num = 10 * t * t + E * g, dnum = 20 * t + 3 * E * g + E * (t - 10);
  return (dnum * (1 + E) - num * 3 * E) / (1 + E) ** 2;
}

function fractionsJs(alpha: number, n: number, iters: number, seed: number, sharp: number, wide: number) {
  let a = 0, b = 0;
  for (let t of starts(seed, n)) {
    for (let i = 0; i < iters; i++) t -= alpha * grad(t);
    if (Math.abs(t - sharp) <= 0.01) a++;
    else if (Math.abs(t - wide) <= 0.01) b++;
  }
  return { sharp: a / n, wide: b / n, other: (n - a - b) / n };
}

for (const [alpha, iters] of [[0.01, 2000], [0.3, 300]] as const) {
  test(`alpha = ${alpha}: fractions match an independent JS run for seed 5`, async () => {
    const r = await solve<WideResult>('wide-minima', { alpha, starts: 400, iters, seed: 5 });
    const js = fractionsJs(alpha, 400, iters, 5, r.landscape.sharp, r.landscape.wide);
    assert.equal(r.fraction_sharp, js.sharp);
    assert.equal(r.fraction_wide, js.wide);
    assert.equal(r.fraction_diverged, js.other);
    r.paths.forEach((p, i) => assert.ok(Math.abs(p[0] - starts(5, 8)[i]) < 1e-12));
  });
}

test('alpha = 0.01 splits at the barrier; alpha = 0.3 never stays sharp; alpha = 4 converges nowhere', async () => {
  const small = await solve<WideResult>('wide-minima', { alpha: 0.01, starts: 1000, iters: 2000, seed: 2 });
  const left = starts(2, 1000).filter((t) => t < small.landscape.barrier).length / 1000;
  assert.equal(small.fraction_sharp, left);
  const mid = await solve<WideResult>('wide-minima', { alpha: 0.3, starts: 1000, seed: 2 });
  assert.equal(mid.fraction_sharp, 0);
  assert.ok(mid.fraction_wide > 0.9);
  const big = await solve<WideResult>('wide-minima', { alpha: 4, starts: 1000, seed: 2 });
  assert.ok(big.fraction_diverged > 0.9);
  assert.ok(big.fraction_escaped > 0);
  assertFinite(big);
  // The curvatures behind it: 2/f'' is about 0.1 in the sharp well and 2 in the wide one.
  assert.ok(Math.abs(2 / big.landscape.sharp_curvature - 0.0995) < 1e-3);
  assert.ok(Math.abs(2 / big.landscape.wide_curvature - 2) < 1e-3);
});

test('chunked runs report progress and add up to the histogram', async () => {
  const def = await loadWidget('wide-minima');
  const engine = await getEngine();
  const seen: number[] = [];
  const p = { ...defaults(def.schema), starts: 5000, iters: 1000, seed: 3 };
  const r = def.compute(engine, p as never, { progress: (f) => seen.push(f) }) as WideResult;
  assert.ok(seen.length >= 3, 'several chunks');
  assert.deepEqual([...seen].sort((a, b) => a - b), seen);
  assert.equal(seen[seen.length - 1], 1);
  const c = r.counts;
  assert.equal(c.sharp + c.wide + c.other, 5000);
  assert.equal(r.histogram.reduce((a, b) => a + b, 0) + c.below_range + c.above_range, 5000);
});

test('bad input names the parameter', async () => {
  await assert.rejects(solve('wide-minima', { alpha: -1 }), (e: ParamError) => e.param === 'alpha');
  await assert.rejects(solve('wide-minima', { starts: 200000 }), (e: ParamError) => e.param === 'starts');
  // Each within its range, together minutes of work: refused before any runs.
  await assert.rejects(solve('wide-minima', { starts: 100000, iters: 2001 }), (e: ParamError) => e.param === 'iters' && /200 million/.test(e.message));
  await solve('wide-minima', { starts: 100000, iters: 10, alpha: 4 }); // the most starts, few steps: accepted
});
