// Inputs for the fuzz and leak tests: a seeded generator, values no parameter
// should accept, and random values a schema does accept (the ones a reader
// can reach through the controls, URL or embed attributes).
import type { ParamSpec, Schema } from '../../web/src/runtime/types';

export type Rand = () => number;

/** mulberry32: small, fast, and the same sequence on every machine. */
export function seeded(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
export const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

/** Never a valid value of any parameter kind: wrong types, non-finite, malformed. */
export const INVALID: readonly unknown[] = [
  NaN, Infinity, -Infinity, undefined, null, '', 'abc', '1', '<img src=x onerror=alert(1)>', {}, { length: 3 },
  [NaN], [1, Infinity], ['1', 2], [[1, 2], [3]], [[]], [[NaN]], [1, [2]], true, () => 1,
];

/** Numbers at the edges of what a double can say, and sizes no widget allows. */
export const EXTREME: readonly number[] = [
  0, -0, -1, 1, 5e-324, 1e-300, -1e-300, 1e300, -1e300, Number.MAX_VALUE, -Number.MAX_VALUE,
  2 ** 31 - 1, 2 ** 31, -(2 ** 31), 2 ** 53, 1e12, -1e12, 0.5, 1e-12,
];

/** Values of a type that may pass the type check, to probe ranges and shapes. */
export function extremeLike(r: Rand, current: unknown): unknown {
  if (typeof current === 'number') return pick(r, EXTREME);
  if (typeof current === 'string') return pick(r, [current.toUpperCase(), ` ${current}`, 'x'.repeat(5000), '']);
  if (typeof current === 'boolean') return pick(r, [0, 1, 'true']);
  if (Array.isArray(current) && Array.isArray(current[0])) {
    const cols = (current[0] as unknown[]).length;
    return pick(r, [
      [], [[]], current.map((row) => (row as number[]).map(() => pick(r, EXTREME))),
      Array.from({ length: int(r, 1, 40) }, () => Array.from({ length: cols }, () => pick(r, EXTREME))),
      Array.from({ length: 2 }, (_, i) => new Array(cols + i).fill(1)),
      Array.from({ length: 600 }, () => new Array(600).fill(1)),
    ]);
  }
  if (Array.isArray(current) || ArrayBuffer.isView(current))
    return pick(r, [
      [], [pick(r, EXTREME)], Array.from({ length: int(r, 1, 80) }, () => pick(r, EXTREME)),
      new Array(10001).fill(1), new Array(int(r, 1, 40)).fill(pick(r, EXTREME)), Float64Array.of(1, 2, 3),
    ]);
  return pick(r, EXTREME);
}

/** A random value the schema accepts: often an edge of the range. */
export function validValue(r: Rand, spec: ParamSpec): unknown {
  const inRange = (lo: number, hi: number, log = false, integer = false) => {
    const edge = r() < 0.3;
    let x = edge ? pick(r, [lo, hi]) : log && lo > 0 ? lo * (hi / lo) ** r() : lo + (hi - lo) * r();
    if (integer) x = Math.min(hi, Math.max(lo, Math.round(x)));
    return Object.is(x, 0) && r() < 0.5 ? -0 : x;
  };
  const entry = (lo = -1e6, hi = 1e6) => (r() < 0.2 ? pick(r, [lo, hi, 0, 1e-300].filter((v) => v >= lo && v <= hi)) : inRange(lo, hi));
  switch (spec.kind) {
    case 'number':
      return inRange(spec.min, spec.max, spec.scale === 'log', !!spec.integer);
    case 'select':
      return pick(r, spec.options).value;
    case 'toggle':
      return r() < 0.5;
    case 'list': {
      const n = int(r, spec.minLength, Math.min(spec.maxLength, spec.minLength + 12));
      return Array.from({ length: n }, () => entry(spec.min, spec.max));
    }
    case 'matrix': {
      const rows = int(r, 1, Math.min(spec.maxRows, 8)), cols = int(r, 1, Math.min(spec.maxCols, 8));
      return Array.from({ length: rows }, () => Array.from({ length: cols }, () => entry(spec.min, spec.max)));
    }
  }
}

/** Every parameter set to a random accepted value. */
export function validParams(r: Rand, schema: Schema): Record<string, unknown> {
  return Object.fromEntries(Object.entries(schema).map(([k, spec]) => [k, validValue(r, spec)]));
}

/** A value this spec rejects: wrong type, non-finite, out of range or malformed. */
export function invalidValue(r: Rand, spec: ParamSpec): unknown {
  const outside = (lo?: number, hi?: number) =>
    pick(r, [lo !== undefined && lo > -Number.MAX_VALUE ? lo - Math.max(1, Math.abs(lo)) : NaN, hi !== undefined && hi < Number.MAX_VALUE ? hi + Math.max(1, Math.abs(hi)) : NaN]);
  switch (r() < 0.5 ? 'type' : spec.kind) {
    case 'number':
      return spec.kind === 'number' && spec.integer && spec.max - spec.min > 1 && r() < 0.3 ? spec.min + 0.5 : outside((spec as { min: number }).min, (spec as { max: number }).max);
    case 'select':
      return pick(r, ['', 'nope', 'x'.repeat(3000)]);
    case 'list': {
      const s = spec as Extract<ParamSpec, { kind: 'list' }>;
      return pick(r, [new Array(s.maxLength + 1).fill(s.default[0] ?? 1), s.minLength > 0 ? [] : [NaN], [...s.default, outside(s.min, s.max)], s.default.map(String)]);
    }
    case 'matrix': {
      const s = spec as Extract<ParamSpec, { kind: 'matrix' }>;
      const cols = s.default[0]?.length ?? 1;
      return pick(r, [[], [[]], new Array(s.maxRows + 1).fill(new Array(cols).fill(1)), [new Array(cols).fill(1), new Array(cols + 1).fill(1)], [[outside(s.min, s.max)]]]);
    }
    default:
      return pick(r, INVALID.filter((v) => spec.kind !== 'toggle' || typeof v !== 'boolean'));
  }
}
