import { num, vec } from '../../runtime/format';
import { matrixPlot } from '../../runtime/matrix-plot';
import { palette } from '../../runtime/palette';
import type { View } from '../../runtime/types';
import type { SvdParams, SvdResult } from './compute';

const seq = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));

export function view(r: SvdResult, _p: SvdParams): View {
  const m = r.X.length, n = r.X[0].length, k = r.singular_values.length;
  const fullColumn = r.rank === n, fullRow = r.rank === m;
  const { left, right } = r.inverse_check;
  const what = fullColumn ? 'the least-squares solution' : fullRow ? 'the minimum-norm exact solution' : 'the minimum-norm least-squares solution';
  const formulaName = m >= n ? '(XᵀX)⁻¹Xᵀy' : 'Xᵀ(XXᵀ)⁻¹y';

  const sv = {
    id: 'singular-values', title: 'Singular values of X',
    data: [{
      type: 'bar', x: seq(k, (i) => i + 1), y: Array.from(r.singular_values), name: 'σᵢ',
      marker: { color: seq(k, (i) => (i < r.rank ? palette[0] : palette[7])) },
      hovertemplate: 'σ%{x} = %{y:.4g}<extra></extra>',
    }],
    layout: {
      xaxis: { title: { text: 'i' }, dtick: 1 }, yaxis: { title: { text: 'σᵢ' }, rangemode: 'tozero' },
      shapes: [{ type: 'line', xref: 'paper', x0: 0, x1: 1, y0: r.rank_tolerance, y1: r.rank_tolerance, line: { color: palette[1], dash: 'dot', width: 1 } }],
    },
  };
  const sigma = Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => (i === j ? r.singular_values[i] : 0)));
  const pieces = matrixPlot('svd', 'The thin SVD: X = U Σ Vᵀ', [
    { title: `X (${m}×${n})`, z: r.X },
    { title: `U (${m}×${k})`, z: r.U },
    { title: `Σ (${k}×${k})`, z: sigma },
    { title: `Vᵀ (${k}×${n})`, z: seq(k, (i) => Float64Array.from(r.V, (row) => row[i])) },
  ]);
  const inverses = matrixPlot('inverses', 'X⁺ times X, from each side', [
    { title: `X⁺X (${n}×${n})`, z: left.product },
    { title: `XX⁺ (${m}×${m})`, z: right.product },
  ]);
  const wPlot = {
    id: 'solution', title: 'The solution, two ways',
    data: [
      { type: 'bar', name: 'SVD: V Σ⁺ Uᵀ y', x: seq(n, (i) => `w${i + 1}`), y: Array.from(r.w), marker: { color: palette[0] } },
      ...(r.w_formula ? [{ type: 'bar', name: formulaName, x: seq(n, (i) => `w${i + 1}`), y: Array.from(r.w_formula), marker: { color: palette[2], pattern: { shape: '/' } } }] : []),
    ],
    layout: { barmode: 'group', yaxis: { title: { text: 'wᵢ' } } },
  };

  const status = (c: SvdResult['inverse_check']['left'], size: number, name: string) =>
    c.identity_error < 1e-8
      ? `${name} = I (max |${name} − I| = ${num(c.identity_error, 2)})`
      : `${name} ≠ I: a projection of rank ${num(c.trace, 3)} of ${size} (max |P² − P| = ${num(c.idempotence_error, 2)})`;

  const notes: string[] = [];
  if (!fullColumn && !fullRow)
    notes.push(`X has rank ${r.rank}, less than both ${m} and ${n}: neither XᵀX nor XXᵀ is invertible, so ${formulaName} does not exist. The SVD still gives the pseudo-inverse answer, which drops the zero singular values.`);
  else if (r.condition !== null && r.condition > 1e6)
    notes.push(`X is ill-conditioned (σ₁/σ_r = ${num(r.condition, 3)}): the Gram-matrix formula squares that to ${num(r.condition ** 2, 3)} and loses digits; compare the two answers.`);
  if (m === n && fullColumn) notes.push('X is square and invertible: both products are I and X⁺ = X⁻¹.');

  return {
    plots: [wPlot, sv, pieces, inverses],
    readouts: [
      { label: 'Shape and rank', value: `${m} × ${n} (${r.shape}), rank ${r.rank}` },
      { label: 'w = X⁺y', value: vec(r.w), hint: what },
      { label: formulaName, value: r.w_formula ? vec(r.w_formula) : 'undefined: X is rank-deficient', hint: 'Cholesky solve of the Gram matrix, no SVD' },
      { label: 'Largest gap', value: r.formula_gap === null ? '—' : num(r.formula_gap, 2), hint: 'max |w_formula − w_SVD|' },
      { label: 'Singular values', value: vec(r.singular_values) },
      { label: 'Condition σ₁/σ_r', value: num(r.condition) },
      { label: '‖Xw − y‖', value: num(r.residual_norm), hint: 'zero when y is in the column space (always, for a wide X of full row rank)' },
      { label: 'max |Xᵀ(Xw − y)|', value: num(r.normal_residual, 2), hint: 'the residual is orthogonal to the columns of X' },
      { label: 'Left: X⁺X', value: status(left, n, 'X⁺X') },
      { label: 'Right: XX⁺', value: status(right, m, 'XX⁺') },
    ],
    summary: `X is ${m} by ${n} with rank ${r.rank}; w = X⁺y = ${vec(r.w, 3)} is ${what}. ${status(left, n, 'X⁺X')}; ${status(right, m, 'XX⁺')}.`,
    notes,
  };
}
