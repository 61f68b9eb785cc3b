// npm run bench [-- engine mlp browser] [--save-baseline]: the benchmark
// suite (tests/bench). Not part of npm test: it reports ratios and timings
// from one run on a shared CPU, it does not pass or fail. Builds what the
// parts need, runs each part in its own process, writes the tables into
// docs/performance.md and the numbers into docs/performance.json, and
// compares with tests/bench/baseline.json when it exists. The numbers are
// committed with the tables, so a run of one part keeps the others' last
// numbers, in a fresh clone too.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { bootstrap } from './lib/bootstrap.mjs';
import { buildNative, buildWasm } from './lib/engine.mjs';
import { root, step, toolEnv } from './lib/run.mjs';
import { buildSite } from './lib/site.mjs';
import { compare, machine, writeReport } from '../tests/bench/report.mjs';

const parts = {
  engine: ['--import', 'tsx', 'tests/bench/engine.bench.ts'],
  mlp: ['--import', 'tsx', 'tests/bench/mlp/mlp.bench.ts'],
  browser: ['tests/bench/browser.bench.mjs'],
};
const args = process.argv.slice(2);
const chosen = args.filter((a) => a in parts);
const selected = chosen.length ? chosen : Object.keys(parts);
const resultsFile = `${root}docs/performance.json`;
const baselineFile = `${root}tests/bench/baseline.json`;

try {
  bootstrap();
  buildWasm();
  // The native build serves the engine and MLP parts only; `npm run bench -- browser` skips it.
  if (selected.some((p) => p !== 'browser')) {
    buildNative();
    step('Building the native replay drivers and benchmarks');
    // -k: a chapter whose glue the host val cannot compile loses only its native column.
    spawnSync('cmake', ['--build', 'build/native', '-j', '2', '--target', 'stepwise_host_glue', ...replayTargets(), '--', '-k'], { stdio: 'inherit', cwd: root, env: toolEnv });
  }
  if (selected.includes('browser')) buildSite();
} catch (e) {
  console.error(e.message);
  process.exit(e.exitCode || 1);
}

function replayTargets() {
  const help = spawnSync('cmake', ['--build', 'build/native', '--target', 'help'], { cwd: root, encoding: 'utf8' }).stdout ?? '';
  return [...help.matchAll(/\.\.\. (replay_\S+|stepwise_bench)/g)].map((m) => m[1]);
}

const results = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {};
for (const part of selected) {
  step(`Bench: ${part}`);
  const r = spawnSync('node', parts[part], { cwd: root, env: toolEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 << 20 });
  if (r.status !== 0) {
    console.error(`The ${part} bench failed (exit ${r.status}); its previous numbers are kept.`);
    continue;
  }
  results[part] = { ...JSON.parse(r.stdout.trim().split('\n').pop()), at: new Date().toISOString() };
}
results.machine = machine();
writeFileSync(resultsFile, JSON.stringify(results, null, 1) + '\n');
writeReport(results, `${root}docs/performance.md`);
console.log(`\nTables written to docs/performance.md; numbers in docs/performance.json.`);
if (existsSync(baselineFile)) console.log(compare(JSON.parse(readFileSync(baselineFile, 'utf8')), results));
if (args.includes('--save-baseline')) {
  writeFileSync(baselineFile, JSON.stringify(results, null, 1) + '\n');
  console.log('Saved as the baseline (tests/bench/baseline.json).');
}
