// Small dense linear algebra for the WASM tests, written independently of the
// engine so results can be checked against a second computation.
export type M = ArrayLike<number>[];

export const matmul = (a: M, b: M): number[][] =>
  Array.from(a, (row) => Array.from(b[0], (_, j) => Array.from(row).reduce((s, v, k) => s + v * b[k][j], 0)));
export const transpose = (a: M): number[][] => Array.from(a[0], (_, j) => Array.from(a, (row) => row[j]));
export const matvec = (a: M, x: ArrayLike<number>): number[] => Array.from(a, (row) => Array.from(row).reduce((s, v, k) => s + v * x[k], 0));
export const maxAbsDiff = (a: ArrayLike<number>, b: ArrayLike<number>): number =>
  Array.from(a).reduce((m, v, i) => Math.max(m, Math.abs(v - b[i])), 0);
export const maxAbs = (a: ArrayLike<number>): number => Array.from(a).reduce((m, v) => Math.max(m, Math.abs(v)), 0);
export const identity = (n: number): number[][] => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => +(i === j)));

/** Solves A x = b by Gaussian elimination with partial pivoting. */
export function solveLinear(a: M, b: ArrayLike<number>): number[] {
  const n = b.length;
  const m = Array.from(a, (row, i) => [...Array.from(row), b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
    [m[c], m[p]] = [m[p], m[c]];
    for (let r = c + 1; r < n; r++) {
      const f = m[r][c] / m[c][c];
      for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r][n];
    for (let k = r + 1; k < n; k++) s -= m[r][k] * x[k];
    x[r] = s / m[r][r];
  }
  return x;
}

/** (XᵀX + λI)⁻¹Xᵀy by elimination on the normal equations. */
export function ridgeByElimination(X: M, y: ArrayLike<number>, lambda: number): number[] {
  const xt = transpose(X);
  const g = matmul(xt, X).map((row, i) => row.map((v, j) => v + (i === j ? lambda : 0)));
  return solveLinear(g, matvec(xt, y));
}
