// The module itself: loading, hostile inputs, and recovery after a trap.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EngineFault, ParamError } from '../../web/src/engine/engine';
import { getEngine } from './helpers';

const good = { sigma: [1, 0.3], y: 1, eta: 0.3, eps: 1e-3, convention: 'squared', steps: 60 };

test('hostile inputs come back as errors naming the parameter', async () => {
  const e = await getEngine();
  const cases: [Record<string, unknown>, string][] = [
    [{ ...good, eta: NaN }, 'eta'],
    [{ ...good, eta: Infinity }, 'eta'],
    [{ ...good, eta: -1 }, 'eta'],
    [{ ...good, eta: '0.3' }, 'eta'],
    [{ ...good, eta: undefined }, 'eta'],
    [{ ...good, eta: null }, 'eta'],
    [{ ...good, eta: {} }, 'eta'],
    [{ ...good, sigma: [] }, 'sigma'],
    [{ ...good, sigma: 'abc' }, 'sigma'],
    [{ ...good, sigma: [1, NaN] }, 'sigma'],
    [{ ...good, sigma: [1, 'x'] }, 'sigma'],
    [{ ...good, sigma: new Array(100000).fill(1) }, 'sigma'],
    [{ ...good, sigma: { length: 3 } }, 'sigma'],
    [{ ...good, sigma: [0] }, 'sigma'],
    [{ ...good, steps: -5 }, 'steps'],
    [{ ...good, steps: 1e12 }, 'steps'],
    [{ ...good, steps: 2.5 }, 'steps'],
    [{ ...good, convention: 'other' }, 'convention'],
    [{ ...good, convention: 7 }, 'convention'],
    [{ ...good, eps: 0 }, 'eps'],
  ];
  for (const [params, param] of cases) {
    assert.throws(
      () => e.call('lrStability', params),
      (err: unknown) => err instanceof ParamError && err.param === param && err.message.length > 0,
      `expected a ParamError on ${param} for ${JSON.stringify(params).slice(0, 80)}`,
    );
  }
  // Still correct afterwards.
  const r = e.call<{ eta_max: number }>('lrStability', good);
  assert.equal(r.eta_max, 1);
});

test('a trap drops the instance and the next call works on a fresh one', async () => {
  const e = await getEngine();
  const before = e.generation;
  // A getter that throws inside the C++ call leaves the module in an unknown state.
  const hostile = { ...good, get eta(): number { throw new Error('boom'); } };
  assert.throws(() => e.call('lrStability', hostile), EngineFault);
  assert.equal(e.loaded, false);
  await e.ready();
  assert.equal(e.generation, before + 1);
  assert.equal(e.call<{ eta_max: number }>('lrStability', good).eta_max, 1);
});

test('results are copies that survive memory growth', async () => {
  const e = await getEngine();
  const first = e.call<{ rel_error: Float64Array }>('lrStability', { ...good, steps: 50 });
  const snapshot = Array.from(first.rel_error);
  // Grow the heap with a large request, then check the old result is intact.
  e.call('lrStability', { ...good, sigma: new Array(64).fill(0.001), eta: 1e-4, steps: 100000 });
  assert.deepEqual(Array.from(first.rel_error), snapshot);
});
