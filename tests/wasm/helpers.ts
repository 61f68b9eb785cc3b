// Shared by the WASM tests: one engine per test file, and a widget runner.
import { loadNodeEngine } from '../../web/src/engine/node';
import type { Engine } from '../../web/src/engine/engine';
import { loadWidget } from '../../web/src/cli/widgets';
import { defaults, type Value } from '../../web/src/runtime/params';

let engine: Promise<Engine> | null = null;
export function getEngine(): Promise<Engine> {
  engine ??= loadNodeEngine();
  return engine;
}

/** Runs a widget's compute with defaults overridden by `overrides`. */
export async function solve<R = Record<string, unknown>>(id: string, overrides: Record<string, Value> = {}): Promise<R> {
  const def = await loadWidget(id);
  const e = await getEngine();
  await e.ready();
  return def.compute(e, { ...defaults(def.schema), ...overrides } as never, { progress() {} }) as R;
}

/** Recursively checks that a result holds no NaN or Infinity. */
export function assertFinite(value: unknown, path = 'result'): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${path} is ${value}`);
  } else if (ArrayBuffer.isView(value)) {
    (value as unknown as ArrayLike<number>).length &&
      Array.prototype.forEach.call(value, (v: number, i: number) => assertFinite(v, `${path}[${i}]`));
  } else if (Array.isArray(value)) value.forEach((v, i) => assertFinite(v, `${path}[${i}]`));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) assertFinite(v, `${path}.${k}`);
}
