// Parameter text <-> values, shared by the controls, the URL state, embed
// attributes and the headless `solve` command. Lists are comma-separated,
// matrices are rows separated by ';' (e.g. "1,0;0,1").
import { ParamError } from '../engine/engine';
import type { ParamSpec, Schema } from './types';

export type Value = number | string | boolean | number[] | number[][];
export type Parsed = { ok: true; value: Value } | { ok: false; error: string };

const MAX_TEXT = 20000;

function parseNumber(text: string): number {
  const t = text.trim();
  // Number('') is 0 and Number('0x10') is 16: accept only decimal notation.
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return NaN;
  return Number(t);
}

function fmt(x: number): string {
  return String(Number(x.toPrecision(12)));
}

export function rangeError(spec: ParamSpec, x: number): string | null {
  if (!Number.isFinite(x)) return 'must be a finite number';
  if (spec.kind === 'number') {
    if (spec.integer && !Number.isInteger(x)) return 'must be a whole number';
    if (x < spec.min || x > spec.max) return `must be between ${fmt(spec.min)} and ${fmt(spec.max)}`;
  }
  if (spec.kind === 'list' || spec.kind === 'matrix') {
    if (spec.min !== undefined && x < spec.min) return `entries must be at least ${fmt(spec.min)}`;
    if (spec.max !== undefined && x > spec.max) return `entries must be at most ${fmt(spec.max)}`;
  }
  return null;
}

/** Checks a value of the right JS type against the spec; null when valid. */
export function validate(spec: ParamSpec, value: unknown): string | null {
  switch (spec.kind) {
    case 'number':
      return typeof value === 'number' ? rangeError(spec, value) : 'must be a number';
    case 'select':
      return spec.options.some((o) => o.value === value)
        ? null
        : `must be one of ${spec.options.map((o) => o.value).join(', ')}`;
    case 'toggle':
      return typeof value === 'boolean' ? null : 'must be true or false';
    case 'list': {
      if (!Array.isArray(value)) return 'must be a list of numbers';
      if (value.length < spec.minLength || value.length > spec.maxLength)
        return spec.minLength === spec.maxLength
          ? `must have exactly ${spec.minLength} entries`
          : `must have from ${spec.minLength} to ${spec.maxLength} entries`;
      for (const x of value) {
        const e = typeof x === 'number' ? rangeError(spec, x) : 'must contain only numbers';
        if (e) return e;
      }
      return null;
    }
    case 'matrix': {
      if (!Array.isArray(value) || value.length === 0) return 'must be a matrix (rows separated by ;)';
      if (value.length > spec.maxRows) return `must have at most ${spec.maxRows} rows`;
      const cols = Array.isArray(value[0]) ? value[0].length : 0;
      if (cols === 0 || cols > spec.maxCols) return `rows must have from 1 to ${spec.maxCols} entries`;
      for (const row of value) {
        if (!Array.isArray(row) || row.length !== cols) return 'rows must all have the same length';
        for (const x of row) {
          const e = typeof x === 'number' ? rangeError(spec, x) : 'must contain only numbers';
          if (e) return e;
        }
      }
      return null;
    }
  }
}

/**
 * Throws a ParamError naming the first parameter the schema rejects. Every
 * caller of a widget's compute goes through this, so compute only ever sees
 * values of the declared kinds and ranges.
 */
export function checkParams(schema: Schema, values: Record<string, unknown>): void {
  for (const [k, spec] of Object.entries(schema)) {
    const e = validate(spec, values[k]);
    if (e) throw new ParamError(`${spec.label} ${e}`, k);
  }
}

export function parse(spec: ParamSpec, text: string): Parsed {
  if (text.length > MAX_TEXT) return { ok: false, error: 'is too long' };
  let value: Value;
  switch (spec.kind) {
    case 'number':
      value = parseNumber(text);
      if (Number.isNaN(value)) return { ok: false, error: 'must be a number' };
      break;
    case 'select':
      value = text.trim();
      break;
    case 'toggle': {
      const t = text.trim().toLowerCase();
      if (!['true', 'false', '1', '0', 'on', 'off', 'yes', 'no'].includes(t))
        return { ok: false, error: 'must be true or false' };
      value = ['true', '1', 'on', 'yes'].includes(t);
      break;
    }
    case 'list':
      value = text.trim() === '' ? [] : text.split(',').map(parseNumber);
      if (value.some(Number.isNaN)) return { ok: false, error: 'must be numbers separated by commas' };
      break;
    case 'matrix':
      value = text
        .split(';')
        .filter((r) => r.trim() !== '')
        .map((r) => r.split(',').map(parseNumber));
      if (value.some((r) => r.some(Number.isNaN)))
        return { ok: false, error: 'must be numbers, commas between entries and ; between rows' };
      break;
  }
  const error = validate(spec, value);
  return error ? { ok: false, error } : { ok: true, value };
}

export function format(spec: ParamSpec, value: Value): string {
  switch (spec.kind) {
    case 'number':
      return fmt(value as number);
    case 'list':
      return (value as number[]).map(fmt).join(',');
    case 'matrix':
      return (value as number[][]).map((r) => r.map(fmt).join(',')).join(';');
    default:
      return String(value);
  }
}

export function defaults<S extends Schema>(schema: S): Record<keyof S, Value> {
  const out = {} as Record<keyof S, Value>;
  for (const [k, spec] of Object.entries(schema)) out[k as keyof S] = structuredClone(spec.default);
  return out;
}

export function sameValue(a: Value, b: Value): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Reads parameters from text (URL, attributes, command line). Unknown keys and
 * bad values are reported, never fatal: bad values keep the fallback.
 */
export function parseAll<S extends Schema>(
  schema: S,
  entries: Iterable<[string, string]>,
  fallback: Record<keyof S, Value> = defaults(schema),
): { values: Record<keyof S, Value>; problems: string[] } {
  const values = { ...fallback };
  const problems: string[] = [];
  for (const [key, text] of entries) {
    const spec = Object.prototype.hasOwnProperty.call(schema, key) ? schema[key] : undefined;
    if (!spec) {
      problems.push(`unknown parameter "${key.slice(0, 40)}" ignored`);
      continue;
    }
    const r = parse(spec, text);
    if (r.ok) values[key as keyof S] = r.value;
    else problems.push(`${key} ${r.error}; kept ${format(spec, values[key as keyof S])}`);
  }
  return { values, problems };
}
