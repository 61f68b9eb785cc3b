// Each widget's compute on its default parameters: the WASM engine in Node
// versus the same bound C++ calls replayed natively. Prints one JSON object.
//   wasm_calls: the recorded engine.call()s on the WASM module (what native replays)
//   compute:    the widget's whole compute() (calls plus its own JS)
//   view:       the widget's view() on that result
import { loadWidget, widgetIds } from '../../web/src/cli/widgets';
import { loadNodeEngine } from '../../web/src/engine/node';
import type { Engine } from '../../web/src/engine/engine';
import { defaults } from '../../web/src/runtime/params';
import { startReplays } from './native-replay.mjs';
import { interleaved, msPerCall } from './stats.mjs';

const root = new URL('../../', import.meta.url).pathname;
const MIN_MS = 40;
const ROUNDS = 5;
const ctx = { progress() {} };

/** An engine that records every bound call (name and a copy of the params). */
function recording(engine: Engine, calls: { fn: string; params: object }[]): Engine {
  return new Proxy(engine, {
    get(target, prop, receiver) {
      if (prop === 'call')
        return (fn: string, params: object) => {
          calls.push({ fn, params: structuredClone(params) });
          return target.call(fn, params);
        };
      const v = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}

const engine = await loadNodeEngine();
const native = startReplays(`${root}build/native`);
const widgets: Record<string, unknown> = {};
for (const id of widgetIds()) {
  const def = await loadWidget(id);
  const params = defaults(def.schema) as never;
  const calls: { fn: string; params: object }[] = [];
  let result: unknown;
  try {
    result = def.compute(recording(engine, calls), params, ctx);
  } catch (e) {
    widgets[id] = { error: `compute failed on defaults: ${(e as Error).message}` };
    continue;
  }
  const single = performance.now();
  def.compute(engine, params, ctx);
  // Slow (training) computes get fewer, single-call rounds.
  const slow = performance.now() - single > 200;
  const minMs = slow ? 0 : MIN_MS;
  // Widgets that drive engine objects (trainers) make no replayable calls.
  const replayable = calls.length > 0;
  const t = await interleaved(
    {
      ...(replayable && {
        native: () => native.time(calls, minMs),
        wasm_calls: () => msPerCall(() => calls.forEach((c) => engine.call(c.fn, c.params)), minMs),
      }),
      compute: () => msPerCall(() => def.compute(engine, params, ctx), minMs),
      view: () => msPerCall(() => def.view(result as never, params), minMs),
    },
    slow ? 3 : ROUNDS,
  );
  widgets[id] = {
    worker: !!def.worker,
    calls: [...new Set(calls.map((c) => c.fn))],
    ...Object.fromEntries(Object.entries(t).map(([k, v]) => [k, 'error' in v ? { error: v.error } : v.median])),
  };
  process.stderr.write(`  ${id}: ${JSON.stringify(widgets[id])}\n`);
}
native.close();
console.log(JSON.stringify({ widgets }));
