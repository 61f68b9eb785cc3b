// Timings for chapters 2, 3 and 11 (not a pass/fail test): each widget's
// compute and its engine calls, in Node on the built WASM module.
// Run: node --import tsx tests/bench/ch02-03-11.bench.ts
import { loadWidget } from '../../web/src/cli/widgets';
import { defaults } from '../../web/src/runtime/params';
import { getEngine } from '../wasm/helpers';

const engine = await getEngine();
await engine.ready();

// Reports wall and CPU time per call, each the best of three rounds: on a
// shared machine the CPU time is the steadier of the two.
function time(label: string, f: () => unknown, minMs = 200): void {
  f(); // warm up
  let wall = Infinity, cpu = Infinity, calls = 0;
  for (let round = 0; round < 3; round++) {
    let n = 0;
    const c0 = process.cpuUsage(), t0 = performance.now();
    do {
      f();
      n++;
    } while (performance.now() - t0 < minMs);
    const c = process.cpuUsage(c0);
    wall = Math.min(wall, (performance.now() - t0) / n);
    cpu = Math.min(cpu, (c.user + c.system) / 1000 / n);
    calls += n;
  }
  const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);
  console.log(`${label.padEnd(62)} wall ${fmt(wall).padStart(9)}  cpu ${fmt(cpu).padStart(9)}  (${calls} calls)`);
}

async function widget(id: string, overrides: Record<string, unknown> = {}) {
  const def = await loadWidget(id);
  const p = { ...defaults(def.schema), ...overrides } as never;
  return { def, p, run: () => def.compute(engine, p, { progress() {} }) };
}

const norm = await widget('step-size-norm');
time('step-size-norm compute (4 schedules x 2,000 steps)', norm.run);
time('step-size-norm, one schedule (stepSizeNorm, harmonic)', () => engine.call('stepSizeNorm', norm.p));

const mom = await widget('momentum');
time('momentum compute (analysis + 240x240 phase + rate curve)', mom.run);
time('momentum analysis only (momentumAnalysis)', () => engine.call('momentumAnalysis', mom.p));
const phase = { ...(mom.p as object), axis: 'sigma2', eta_min: 2e-4, eta_max: 2e4, y_min: 0.005, y_max: 50, points: 240 };
time('momentum phase diagram 240x240 (momentumPhase)', () => engine.call('momentumPhase', phase));
time('momentum phase diagram 400x400', () => engine.call('momentumPhase', { ...phase, points: 400 }));

const wide = await widget('wide-minima');
time('wide-minima compute, 1,000 starts x 1,000 steps', wide.run);
const wideBig = await widget('wide-minima', { starts: 100000 });
time('wide-minima compute, 100,000 starts x 1,000 steps', wideBig.run, 1);

const conv = await widget('conv1d-huber');
time('conv1d-huber recovery (conv1dHuber, n = 200, 300 steps, + dense check)', () => engine.call('conv1dHuber', conv.p));
const sweep = (conv.run() as { sweep: { n: number; seconds_free: number; seconds_dense: number | null }[] }).sweep;
const compare = (n: number) => engine.call('conv1dCompare', { ...(conv.p as object), n, iters: 10 });
time('conv1d-huber sweep, every n from 64 to 100,000 (conv1dCompare)', () => sweep.forEach((s) => compare(s.n)), 1);
for (const s of sweep)
  console.log(`  n = ${String(s.n).padStart(6)}: 10 GD steps matrix-free ${(s.seconds_free * 1e3).toFixed(3)} ms, dense ${s.seconds_dense === null ? '—' : `${(s.seconds_dense * 1e3).toFixed(2)} ms`}`);
