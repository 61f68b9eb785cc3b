// MLP training speed against its peers (the MLP issue's workload): 256 points
// evenly spaced in [-1, 1], y = sin(3x), a 1-H-H-1 tanh network, full-batch
// Adam (lr 1e-3), float32, for H = 64 and 256. Every contender starts from
// the engine's initial parameters. Prints one JSON object.
import { readFileSync } from 'node:fs';
import { launch } from '../../e2e/harness.mjs';
import { loadNodeEngine, wasmDir } from '../../../web/src/engine/node';
import { linspace, MlpSession, type MlpConfig } from '../../../web/src/engine/mlp';
import { startReplays } from '../native-replay.mjs';
import { interleaved } from '../stats.mjs';
import { PlainMlp } from './plain-mlp.mjs';
import { tfjsTrainer } from './tfjs-mlp.mjs';

const root = new URL('../../../', import.meta.url).pathname;
const ROUNDS = 5;
const TARGET_MS = 150;
const x = linspace(-1, 1, 256);
const y = x.map((v) => Math.sin(3 * v));
const x32 = Float32Array.from(x), y32 = Float32Array.from(y);

type Run = (steps: number) => Promise<number>; // ms for `steps` steps

/** The engine's WASM module in headless Chromium, loaded from build/wasm through request interception. */
async function chromiumEngine(browser: Awaited<ReturnType<typeof launch>>) {
  const page = await browser.newPage();
  await page.route('http://stepwise.bench/**', (route) => {
    const name = new URL(route.request().url()).pathname.slice(1);
    if (name === '') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' });
    const type = name.endsWith('.wasm') ? 'application/wasm' : 'text/javascript';
    return route.fulfill({ contentType: type, body: readFileSync(new URL(name, wasmDir)) });
  });
  await page.goto('http://stepwise.bench/');
  await page.evaluate(async () => {
    const { default: create } = await import('/stepwise.mjs' as string);
    (window as unknown as { sw: unknown }).sw = await create({ print() {}, printErr() {} });
  });
  return (cfg: MlpConfig): Run => async (steps) =>
    page.evaluate(
      ({ cfg, steps }) => {
        const sw = (window as unknown as { sw: { mlpTrainBench(p: object): { loss: number } } }).sw;
        const t0 = performance.now();
        sw.mlpTrainBench({ ...cfg, x: Float64Array.from(cfg.x), y: Float64Array.from(cfg.y), steps });
        return performance.now() - t0;
      },
      { cfg: { ...cfg, x: Array.from(cfg.x), y: Array.from(cfg.y) }, steps },
    );
}

/** Steps per call so that one call takes about TARGET_MS. */
async function calibrate(run: Run): Promise<number> {
  let steps = 2;
  for (;;) {
    let ms = await run(steps);
    // A stall on the shared CPU would make the calls too short: take the faster of two.
    if (ms >= TARGET_MS) ms = Math.min(ms, await run(steps));
    if (ms >= TARGET_MS || steps >= 1 << 16) return Math.max(1, Math.round((steps * TARGET_MS) / Math.max(ms, 1e-3)));
    steps *= ms < TARGET_MS / 8 ? 8 : 2;
  }
}

const time = async (f: () => unknown) => {
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
};

const engine = await loadNodeEngine();
const native = startReplays(`${root}build/native`);
const browser = await launch();
const inChromium = await chromiumEngine(browser);
const sizes = [];
for (const h of [64, 256]) {
  const cfg: MlpConfig = {
    widths: [1, h, h, 1], activation: 'tanh', weight_init: 'xavier', weight_scale: 1, bias_init: 'zero', bias_scale: 1,
    optimizer: 'adam', lr: 1e-3, batch_size: 0, loss_scale: 1, seed: 1, x, y,
  };
  const session = new MlpSession(engine, cfg);
  const layers = [1, 2, 3].map((l) => session.layer(l));
  session.dispose();
  const plain = new PlainMlp(layers, { lr: cfg.lr });
  const tfWasm = await tfjsTrainer('wasm', layers, x, y, cfg.lr);
  const tfCpu = await tfjsTrainer('cpu', layers, x, y, cfg.lr);
  const runs: Record<string, Run> = {
    'engine (WASM, Node)': (steps) => time(() => engine.call('mlpTrainBench', { ...cfg, steps })),
    'engine (WASM, Chromium)': inChromium(cfg),
    native: (steps) => native.time([{ fn: 'mlpTrainBench', params: { ...cfg, steps } }], 0),
    'tfjs-wasm': (steps) => time(() => tfWasm.run(steps)),
    'tfjs-cpu': (steps) => time(() => tfCpu.run(steps)),
    'plain JS': (steps) => time(() => {
      for (let s = 0; s < steps; s++) plain.step(x32, y32);
    }),
  };
  const contenders: Record<string, () => Promise<number>> = {};
  const stepsOf: Record<string, number> = {};
  for (const [name, run] of Object.entries(runs)) {
    try {
      stepsOf[name] = await calibrate(run);
      contenders[name] = async () => (stepsOf[name] / (await run(stepsOf[name]))) * 1000;
    } catch (e) {
      contenders[name] = async () => {
        throw e;
      };
    }
  }
  const t = await interleaved(contenders, ROUNDS);
  const result = Object.fromEntries(
    Object.entries(t).map(([k, v]) => [k, 'error' in v ? { error: v.error } : { stepsPerSec: v.median, stepsPerCall: stepsOf[k] }]),
  );
  sizes.push({ label: `1-${h}-${h}-1`, contenders: result });
  process.stderr.write(`  1-${h}-${h}-1: ${JSON.stringify(result)}\n`);
}
await browser.close();
native.close();
console.log(
  JSON.stringify({
    engine: 'engine (WASM, Chromium)',
    workload: 'x: 256 points evenly spaced in [-1, 1], y = sin(3x); 1-H-H-1 tanh network (Xavier weights, zero biases, the engine\'s seed-1 draw for every contender); full-batch Adam, lr 1e-3; float32. Training steps per second, median of 5 interleaved rounds; the engine\'s ratio is taken in Chromium, where readers train.',
    sizes,
    notes: [
      'native: the same C++ (nn::trainFullBatch through the same glue) built natively with g++ -O3, replayed by tests/bench/native.',
      'tfjs-*: TensorFlow.js 4 (@tensorflow/tfjs with its cpu backend or tfjs-backend-wasm) in Node, optimizer.minimize per step.',
      'plain JS: tests/bench/mlp/plain-mlp.mjs (Float32Array storage; its loss trajectory matches the engine\'s, tests/wasm/plain-mlp.test.ts).',
    ],
  }),
);
