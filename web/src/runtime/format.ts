// Number formatting for readouts and summaries: never prints NaN or Infinity.
export function num(x: number | null | undefined, digits = 4): string {
  if (x === null || x === undefined) return '—';
  if (Number.isNaN(x)) return 'undefined';
  if (!Number.isFinite(x)) return x > 0 ? 'too large to show' : 'too small to show';
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1e5 || a < 1e-3) return x.toExponential(Math.max(0, digits - 1)).replace('e+', 'e');
  return String(Number(x.toPrecision(digits)));
}

/** An iteration count, where null means "never". */
export function steps(n: number | null, never = 'never'): string {
  return n === null ? never : n.toLocaleString('en-US');
}

export function range(n: number, f: (i: number) => number = (i) => i): number[] {
  return Array.from({ length: n }, (_, i) => f(i));
}

/** A short vector, "(0.8333, 1.5)"; long ones end with "…, n entries". */
export function vec(v: ArrayLike<number>, digits = 4, max = 8): string {
  const shown = Array.from(v).slice(0, max).map((x) => num(x, digits));
  return `(${shown.join(', ')}${v.length > max ? `, … ${v.length} entries` : ''})`;
}
