// Time each widget's compute at its defaults, in Node on the built WASM module:
//   node --import tsx tests/bench/compute-time.ts [widget-id ...]
// Reports the median and 90th percentile over repeated calls after a warm-up.
// A measurement, not a test: nothing here passes or fails.
import { loadWidget, widgetIds } from '../../web/src/cli/widgets';
import { getEngine } from '../wasm/helpers';
import { defaults } from '../../web/src/runtime/params';

const ids = process.argv.slice(2).length ? process.argv.slice(2) : widgetIds();
const engine = await getEngine();
await engine.ready();
for (const id of ids) {
  const def = await loadWidget(id);
  const params = defaults(def.schema) as never;
  const once = () => {
    const t0 = performance.now();
    def.compute(engine, params, { progress() {} });
    return performance.now() - t0;
  };
  once();
  const first = once();
  // Aim for about half a second per widget, between 3 and 2000 calls.
  const n = Math.max(3, Math.min(2000, Math.round(500 / Math.max(first, 0.01))));
  const times = Array.from({ length: n }, once).sort((a, b) => a - b);
  const q = (f: number) => times[Math.min(n - 1, Math.floor(f * n))];
  console.log(`${id.padEnd(24)} ${def.worker ? 'worker' : 'main  '}  median ${q(0.5).toFixed(3)} ms  p90 ${q(0.9).toFixed(3)} ms  (${n} calls)`);
}
