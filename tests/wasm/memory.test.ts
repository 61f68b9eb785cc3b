// Leaks: 10,000 parameter changes on every widget (compute and view, in Node
// on the built module), and 100 training runs started and cancelled on every
// training widget, leave the WASM heap, Embind's handle table, the engine's
// live objects and the JS heap where they were. A widget whose single compute
// is slow gets as many changes as fit in its time budget instead (at least
// MIN_CHANGES); the count is printed. Measured after a warm-up, at the same
// parameters, after GC.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import v8 from 'node:v8';
import vm from 'node:vm';
import { loadWidget, widgetIds } from '../../web/src/cli/widgets';
import type { Engine } from '../../web/src/engine/engine';
import { checkParams, defaults } from '../../web/src/runtime/params';
import type { ParamSpec, WidgetDef } from '../../web/src/runtime/types';
import { pick, seeded, validValue } from './fuzz-inputs';
import { getEngine } from './helpers';

const CHANGES = 10_000;
const MIN_CHANGES = 20;
const BUDGET_MS = 5000;
const WARM_UP = 200;
// Bounds on growth between the two measurements.
const MAX_WASM_GROWTH = 64 * 1024;
const MAX_JS_GROWTH = 2 * 1024 * 1024;
const TRAINING_RUNS = 100;

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

function measure(engine: Engine) {
  gc();
  gc();
  const m = engine.raw!;
  return {
    wasm: engine.call<{ heap_used: number }>('engineMemory', {}).heap_used,
    handles: (m.count_emval_handles as () => number)(),
    objects: engine.liveObjects,
    js: process.memoryUsage().heapUsed,
  };
}

/** x scaled by a random factor in [0.5, 1.5], kept in [lo, hi]. */
function near(r: () => number, x: number, lo = -Infinity, hi = Infinity, integer = false): number {
  const v = Math.min(hi, Math.max(lo, (x || 1) * (0.5 + r())));
  return integer ? Math.min(hi, Math.max(lo, Math.round(v))) : v;
}

/**
 * A slider-sized move: numbers within a factor of 1.5 of their default, lists
 * and matrices of the default's shape. (The fuzz test covers the extremes; here
 * the cost of one change stays near the default's, Worker widgets included.)
 */
function move(r: () => number, spec: ParamSpec): unknown {
  switch (spec.kind) {
    case 'number':
      return near(r, spec.default, spec.min, spec.max, spec.integer);
    case 'list':
      return spec.default.map((x) => near(r, x, spec.min, spec.max));
    case 'matrix':
      return spec.default.map((row) => row.map((x) => near(r, x, spec.min, spec.max)));
    default:
      return validValue(r, spec);
  }
}

/** One reader action: a control moved to a new accepted value, then recompute and redraw. */
function change(engine: Engine, def: WidgetDef, params: Record<string, unknown>, r: () => number) {
  const key = pick(r, Object.keys(def.schema));
  params[key] = move(r, def.schema[key]);
  try {
    checkParams(def.schema, params);
    def.view(def.compute(engine, params as never, { progress() {} }), params as never);
  } catch {
    // Rejected combinations are part of the reader's path too.
  }
}

for (const id of widgetIds()) {
  test(`memory: ${id}: 10,000 parameter changes leave the WASM and JS heaps flat`, async () => {
    const def = await loadWidget(id);
    const engine = await getEngine();
    await engine.ready();
    const r = seeded(7);
    const start = defaults(def.schema);
    const settle = () => def.view(def.compute(engine, structuredClone(start) as never, { progress() {} }), start as never);
    const params = structuredClone(start) as Record<string, unknown>;
    const warm = performance.now();
    for (let i = 0; i < WARM_UP && (i < 3 || performance.now() - warm < BUDGET_MS / 2); i++) change(engine, def, params, r);
    settle();
    const before = measure(engine);
    const t0 = performance.now();
    let n = 0;
    while (n < CHANGES && (n < MIN_CHANGES || performance.now() - t0 < BUDGET_MS)) {
      change(engine, def, params, r);
      n++;
    }
    settle();
    assertFlat(`${id}: ${n} changes in ${((performance.now() - t0) / 1000).toFixed(1)} s`, before, measure(engine));
  });
}

for (const id of widgetIds()) {
  test(`memory: ${id}: ${TRAINING_RUNS} training runs started and cancelled leave the heaps flat`, async (t) => {
    const def = await loadWidget(id);
    if (!def.train) return t.skip('not a training widget');
    const engine = await getEngine();
    await engine.ready();
    const r = seeded(11);
    const params = defaults(def.schema) as Record<string, unknown>;
    // Cancelled part-way, as a reader does by changing a setting mid-run.
    const run = () => {
      const session = def.train!(engine, params as never);
      try {
        session.advance(1 + Math.floor(r() * Math.max(1, session.total / 4)));
        def.view(session.result(false), params as never);
      } finally {
        session.dispose();
      }
    };
    for (let i = 0; i < 5; i++) run();
    const before = measure(engine);
    const t0 = performance.now();
    for (let i = 0; i < TRAINING_RUNS; i++) run();
    assertFlat(`${id}: ${TRAINING_RUNS} runs in ${((performance.now() - t0) / 1000).toFixed(1)} s`, before, measure(engine));
  });
}

function assertFlat(what: string, before: ReturnType<typeof measure>, after: ReturnType<typeof measure>) {
  const growth = { wasm: after.wasm - before.wasm, handles: after.handles - before.handles, objects: after.objects - before.objects, js: after.js - before.js };
  console.log(`memory ${what}; growth: WASM heap ${growth.wasm} B, Embind handles ${growth.handles}, engine objects ${growth.objects}, JS heap ${(growth.js / 1024).toFixed(0)} KiB`);
  assert.ok(growth.wasm <= MAX_WASM_GROWTH, `WASM heap grew by ${growth.wasm} bytes`);
  assert.equal(growth.handles, 0, 'Embind handles leaked');
  assert.equal(growth.objects, 0, 'engine objects were not disposed');
  assert.ok(growth.js <= MAX_JS_GROWTH, `JS heap grew by ${growth.js} bytes`);
}
