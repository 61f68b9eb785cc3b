// Fixed-seed fuzzing of every bound engine function and every widget's
// compute (through checkParams, as every caller runs it) with hostile and
// extreme inputs: at least 100,000 cases. No call may trap, throw anything
// but a ParamError, or take longer than its limit (checked after the call:
// sizes are bounded so nothing can hang for long); rejections name the bad
// parameter; views built from accepted inputs draw no NaN or Infinity; and
// afterwards each function still gives the answer it gave before.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EngineFault, ParamError, type Engine } from '../../web/src/engine/engine';
import { loadWidget, toJson, widgetIds } from '../../web/src/cli/widgets';
import { finitePlot } from '../../web/src/runtime/finite-plot';
import { checkParams, defaults, validate } from '../../web/src/runtime/params';
import type { WidgetDef } from '../../web/src/runtime/types';
import { EXTREME, INVALID, extremeLike, int, invalidValue, pick, seeded, validParams, type Rand } from './fuzz-inputs';
import { getEngine } from './helpers';

const TOTAL_CASES = 100_000;
const SEED = 20261122;
// Per call, checked after it returns: a hang guard, not a speed test (timing
// sweeps take seconds by design). Worker and training widgets run longest.
const CALL_LIMIT_MS = 10000;
const WORKER_CALL_LIMIT_MS = 60000;
// Wall-clock budget for the cases that run a full computation, per target.
const FULL_BUDGET_MS = 1500;

type Outcome = { result: unknown } | { rejected: ParamError };
const failures: string[] = [];
let cases = 0;

function fail(what: string): void {
  if (failures.length < 60) failures.push(what);
  else if (failures.length === 60) failures.push('… more failures not listed');
}

const show = (v: unknown) => (toJson(v, 0) ?? String(v)).slice(0, 160);

/** Runs one case; a trap, another exception or a slow call is a failure. */
async function attempt(engine: Engine, label: () => string, limit: number, run: () => unknown): Promise<Outcome | null> {
  cases++;
  const before = engine.generation;
  const t0 = performance.now();
  try {
    const result = run();
    const ms = performance.now() - t0;
    if (ms > limit) fail(`${label()}: took ${ms.toFixed(0)} ms`);
    return { result };
  } catch (e) {
    if (e instanceof ParamError) return { rejected: e };
    fail(`${label()}: ${e instanceof EngineFault ? 'TRAP' : 'threw'} ${(e as Error)?.message ?? e}`);
    if (e instanceof EngineFault) {
      await engine.ready();
      assert.equal(engine.generation, before + 1, 'the engine re-instantiated after the trap');
    }
    return null;
  }
}

/** The bound engine functions: what Embind put on the module, with their argument count. */
function boundFunctions(engine: Engine): string[] {
  return Object.entries(engine.raw ?? {})
    .filter(([, f]) => typeof f === 'function' && typeof (f as { argCount?: unknown }).argCount === 'number')
    .map(([name]) => name)
    .sort();
}

/** The parameter objects each widget's compute passes on its defaults, per function. */
async function recordCalls(engine: Engine, defs: WidgetDef[]): Promise<Map<string, Record<string, unknown>>> {
  const seen = new Map<string, Record<string, unknown>>();
  const original = engine.call.bind(engine);
  engine.call = ((fn: string, params: Record<string, unknown>) => {
    if (!seen.has(fn)) seen.set(fn, structuredClone(params));
    return original(fn, params);
  }) as Engine['call'];
  try {
    for (const def of defs) def.compute(engine, defaults(def.schema) as never, { progress() {} });
  } finally {
    engine.call = original as Engine['call'];
  }
  return seen;
}

// Values to try for a field a function asks for that no widget passed it.
const GUESSES: readonly unknown[] = [1, 2, 0.5, 0.1, 10, 0, [1, 2], [2, 1, 0.5], [[1, 0], [0, 1]], [[1, 2], [3, 4], [5, 6]], true, false];

/**
 * For functions no widget calls on its defaults: starting from every name the
 * widgets use, answer each rejection by trying values for the field it names
 * (the options its message lists, else GUESSES) until the call is accepted.
 */
function discoverBase(engine: Engine, fn: string, start: Record<string, unknown>): Record<string, unknown> {
  const base = { ...start };
  const rejection = () => {
    try {
      engine.call(fn, base);
      return null;
    } catch (e) {
      return e instanceof ParamError && e.param ? e : null;
    }
  };
  for (let round = 0, e = rejection(); e && round < 30; round++) {
    const field = e.param!;
    const options = /one of:? (.+)$/.exec(e.message)?.[1].split(/,\s*/);
    let moved = false;
    for (const guess of options ?? GUESSES) {
      base[field] = guess;
      e = rejection();
      if (!e || e.param !== field) {
        moved = true;
        break;
      }
    }
    if (!moved) break;
  }
  return base;
}

/** Which fields a bound function reads (a Proxy watches its property reads). */
function fieldsRead(engine: Engine, fn: string, params: Record<string, unknown>): string[] {
  const read = new Set<string>();
  const spy = new Proxy(params, { get: (t, k) => (typeof k === 'string' && read.add(k), Reflect.get(t, k)) });
  try {
    engine.call(fn, spy);
  } catch {}
  return [...read].filter((k) => k in params);
}

/** A call's answer, or its rejection, as plain data to compare before and after. */
function answer(run: () => unknown): unknown {
  try {
    return JSON.parse(toJson(run(), 0));
  } catch (e) {
    if (e instanceof ParamError) return `rejected: ${e.param} ${e.message}`;
    throw e;
  }
}

// Fields that measure the machine (timings, and the repetitions or calls a
// timing loop chose: vjpTiming's explicit_calls is as many as fit its budget).
const MEASURED = /(^|_)(ms|seconds|reps|calls|time|timings?)(_|$)/i;

/** `a` with every leaf that differs from `b`, or is a measurement, replaced by '*'. */
function maskUnstable(a: unknown, b: unknown): unknown {
  if (a && b && typeof a === 'object' && typeof b === 'object')
    return Array.isArray(a)
      ? a.map((v, i) => maskUnstable(v, (b as unknown[])[i]))
      : Object.fromEntries(Object.entries(a).map(([k, v]) => [k, MEASURED.test(k) ? '*' : maskUnstable(v, (b as Record<string, unknown>)[k])]));
  return a === b ? a : '*';
}

/**
 * Answers a call twice; `check` later fails if it answers differently (timings
 * aside), `rejected` says whether the reference call itself was rejected.
 */
function sameAnswerLater(what: string, run: () => unknown): { check: () => void; rejected: boolean } {
  const first = answer(run);
  const reference = JSON.stringify(maskUnstable(first, answer(run)));
  const check = () => {
    const now = JSON.stringify(maskUnstable(answer(run), first));
    if (now !== reference) fail(`${what} answers differently after fuzzing: ${now.slice(0, 200)} instead of ${reference.slice(0, 200)}`);
  };
  return { check, rejected: typeof first === 'string' };
}

async function fuzzFunction(engine: Engine, fn: string, base: Record<string, unknown>, n: number, names: Set<string>, r: Rand) {
  const { check, rejected } = sameAnswerLater(fn, () => engine.call(fn, base));
  // A base the function still rejects can only check that rejections name something.
  const strict = !rejected;
  const read = fieldsRead(engine, fn, base);
  const keys = read.length ? read : Object.keys(base);
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const full = performance.now() - start < FULL_BUDGET_MS;
    const params: Record<string, unknown> = { ...base };
    const choice = r();
    let blamed: string[] | null = null; // a rejection must name one of these
    let label: () => string;
    if (choice < 0.03) {
      const junk = pick(r, [null, undefined, 42, 'params', [], [base]]);
      await attempt(engine, () => `${fn}(${show(junk)})`, CALL_LIMIT_MS, () => engine.call(fn, junk as object));
      continue;
    }
    if (choice < 0.75 || !full) {
      // One or two fields given values of no valid kind: the rejection names it.
      const k1 = pick(r, keys), k2 = r() < 0.2 ? pick(r, keys) : k1;
      params[k1] = r() < 0.1 ? undefined : pick(r, INVALID);
      if (r() < 0.05) delete params[k1];
      params[k2] = pick(r, INVALID);
      blamed = [k1, k2];
      label = () => `${fn} ${k1}=${show(params[k1])}${k2 !== k1 ? ` ${k2}=${show(params[k2])}` : ''}`;
    } else {
      // Extreme but well-typed values, or unknown extra fields: accepted or rejected, never a trap.
      const k = pick(r, keys);
      if (r() < 0.15) params[`junk${int(r, 0, 9)}`] = pick(r, [...INVALID, ...EXTREME]);
      else params[k] = extremeLike(r, base[k]);
      label = () => `${fn} ${k}=${show(params[k])}`;
    }
    const out = await attempt(engine, label, CALL_LIMIT_MS, () => engine.call(fn, params));
    if (out && 'rejected' in out) {
      const p = out.rejected.param;
      if (!p || !out.rejected.message) fail(`${label()}: rejected without naming a parameter (${out.rejected.message})`);
      else if (strict && blamed && !blamed.includes(p)) fail(`${label()}: rejection names "${p}"`);
      else if (strict && !blamed && !(p in params) && !names.has(p)) fail(`${label()}: rejection names unknown "${p}"`);
    }
  }
  check();
}

function viewProblems(def: WidgetDef, result: unknown, params: Record<string, unknown>): string[] {
  const view = def.view(result, params as never);
  const problems = view.plots.flatMap((p) => finitePlot(p).problems);
  const text = view.summary + JSON.stringify(view.readouts) + (view.notes ?? []).join(' ');
  if (/NaN|Infinity|undefined/.test(text)) problems.push(`text shows "${text.match(/NaN|Infinity|undefined/)![0]}"`);
  return problems;
}

async function fuzzWidget(engine: Engine, def: WidgetDef, n: number, r: Rand) {
  const long = !!(def.worker || def.train);
  const limit = long ? WORKER_CALL_LIMIT_MS : CALL_LIMIT_MS;
  // A Worker widget's accepted ranges can ask for minutes of work (the reader
  // can cancel it); here it gets its defaults and hostile values only.
  const budget = long ? 0 : FULL_BUDGET_MS;
  const run = (params: Record<string, unknown>) => () => {
    checkParams(def.schema, params);
    return def.compute(engine, params as never, { progress() {} });
  };
  const keys = Object.keys(def.schema);
  const { check } = sameAnswerLater(def.id, run(defaults(def.schema)));
  const start = performance.now();
  let full = 0;
  for (let i = 0; i < n; i++) {
    const params: Record<string, unknown> = performance.now() - start < budget && r() < 0.3
      ? validParams(r, def.schema)
      : structuredClone(defaults(def.schema));
    const k = pick(r, keys);
    const hostile = i % 4 !== 0 || performance.now() - start >= budget;
    if (hostile) params[k] = invalidValue(r, def.schema[k]);
    const invalid = keys.find((key) => validate(def.schema[key], params[key]));
    const label = () => `${def.id} ${show(params)}`;
    const out = await attempt(engine, label, limit, run(params));
    if (!out) continue;
    if ('rejected' in out) {
      const p = out.rejected.param;
      if (invalid ? p !== invalid : !p || !keys.includes(p)) fail(`${label()}: rejection names "${p}" (${out.rejected.message})`);
      continue;
    }
    if (invalid) fail(`${label()}: accepted invalid ${invalid}`);
    full++;
    for (const problem of viewProblems(def, out.result, params)) fail(`${label()}: view: ${problem}`);
  }
  check();
  return full;
}

test(`fuzz: every bound function and every widget's compute, ${TOTAL_CASES.toLocaleString('en-US')}+ fixed-seed cases`, async () => {
  const engine = await getEngine();
  await engine.ready();
  const defs = await Promise.all(widgetIds().map(loadWidget));
  const names = new Set(defs.flatMap((d) => Object.keys(d.schema)));
  const recorded = await recordCalls(engine, defs);
  const fns = boundFunctions(engine);
  assert.ok(fns.length > 0, 'no bound functions found');
  const r = seeded(SEED);
  const t0 = performance.now();
  // Two thirds of the cases go to the raw functions, a third to the widgets.
  const perFn = Math.ceil((TOTAL_CASES * 2) / 3 / fns.length);
  const perWidget = Math.ceil(TOTAL_CASES / 3 / defs.length);
  for (const fn of fns) {
    // Functions no widget calls on its defaults get every parameter name the widgets use.
    const base = recorded.get(fn) ?? discoverBase(engine, fn, Object.fromEntries(defs.flatMap((d) => Object.entries(defaults(d.schema)))));
    await fuzzFunction(engine, fn, base, perFn, names, r);
  }
  const accepted: string[] = [];
  for (const def of defs) accepted.push(`${def.id} ${await fuzzWidget(engine, def, perWidget, r)}`);
  const seconds = (performance.now() - t0) / 1000;
  const loose = fns.filter((fn) => !recorded.has(fn));
  console.log(`fuzz: not called by any widget's defaults, fuzzed from discovered parameters: ${loose.join(', ') || 'none'}`);
  console.log(`fuzz: ${cases} cases in ${seconds.toFixed(1)} s over ${fns.length} functions and ${defs.length} widgets; full computes per widget: ${accepted.join(', ')}`);
  assert.ok(cases >= TOTAL_CASES, `only ${cases} cases ran`);
  assert.deepEqual(failures, []);
});
