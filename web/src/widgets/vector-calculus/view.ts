import { num, vec } from '../../runtime/format';
import { matrixPlot } from '../../runtime/matrix-plot';
import { palette } from '../../runtime/palette';
import type { View } from '../../runtime/types';
import { identities, type VcParams, type VcResult } from './compute';

const names: Record<(typeof identities)[number], string> = {
  linear: '∂(xᵀc)/∂x = cᵀ',
  square_norm: '∂‖x‖²/∂x = 2xᵀ',
  matrix_vector: '∂(Ax)/∂x = A',
  quadratic: '∂(xᵀAx)/∂x = xᵀ(A + Aᵀ)',
  sample_loss: '∂ ½(Xᵢᵀθ − Yᵢ)²/∂θ, each i',
  total_loss: '∂ ½‖Xθ − Y‖²/∂θ = (Xθ − Y)ᵀX',
};

/** Log axes cannot show an exact zero: leave a gap there. */
const forLog = (v: ArrayLike<number>) => Array.from(v, (x) => (x > 0 ? x : null));

export function view(r: VcResult, p: VcParams): View {
  const symmetric = r.asymmetry === 0;
  const errorBars = {
    id: 'errors', title: `Formula minus finite difference (${p.scheme}, h = ${num(p.h)})`,
    data: [{
      type: 'bar', orientation: 'h', y: identities.map((k) => names[k]), x: forLog(identities.map((k) => r.errors[k])),
      marker: { color: palette[0] }, hovertemplate: '%{y}: %{x:.3g}<extra></extra>', name: 'max |error|',
    }],
    layout: { xaxis: { type: 'log', exponentformat: 'power', title: { text: 'max |analytic − numeric|' } }, yaxis: { autorange: 'reversed' }, margin: { l: 200 } },
  };
  const sweep = {
    id: 'error-vs-h', title: 'Error of the quadratic identity against the step h',
    data: [
      { type: 'scatter', mode: 'lines+markers', name: 'central', x: Array.from(r.error_vs_h.h), y: forLog(r.error_vs_h.central), line: { color: palette[0] }, marker: { size: 4 } },
      { type: 'scatter', mode: 'lines+markers', name: 'forward', x: Array.from(r.error_vs_h.h), y: forLog(r.error_vs_h.forward), line: { color: palette[1], dash: 'dash' }, marker: { size: 4, symbol: 'square' } },
      { type: 'scatter', mode: 'markers', name: 'your h', x: [p.h], y: forLog([r.errors.quadratic]), marker: { size: 12, symbol: 'diamond', color: palette[3] } },
    ],
    layout: { xaxis: { type: 'log', exponentformat: 'power', title: { text: 'h' } }, yaxis: { type: 'log', exponentformat: 'power', title: { text: 'max |error|' } } },
  };
  const jac = matrixPlot('jacobians', 'Matrices: formula against finite differences', [
    { title: '∂Ax/∂x = A', z: r.analytic.matrix_vector },
    { title: 'fin. diff.', z: r.numeric.matrix_vector },
    { title: 'sample grads', z: r.analytic.sample_loss },
    { title: 'fin. diff.', z: r.numeric.sample_loss },
  ]);
  const sumOfSamples = r.analytic.total_loss[0].map((_, j) => r.analytic.sample_loss.reduce((s, row) => s + row[j], 0));

  const notes: string[] = [];
  if (p.scheme === 'central')
    notes.push('Every function here is at most quadratic, so central differences have no truncation error: what remains is rounding, which grows like ε/h as h shrinks.');
  else notes.push('Forward differences on a quadratic overshoot by exactly h·Aⱼⱼ in coordinate j: the error falls in proportion to h until rounding takes over.');
  if (!symmetric && r.shortcut_gap > 0)
    notes.push(`A is not symmetric (max |A − Aᵀ| = ${num(r.asymmetry, 3)}), so 2xᵀA = ${vec(r.shortcut, 3)} is not the gradient; turn on the symmetric part to see them coincide.`);

  return {
    plots: [errorBars, sweep, jac],
    readouts: [
      { label: 'cᵀ vs finite diff.', value: `${vec(r.analytic.linear[0])} vs ${vec(r.numeric.linear[0])}` },
      { label: '2xᵀ vs finite diff.', value: `${vec(r.analytic.square_norm[0])} vs ${vec(r.numeric.square_norm[0])}` },
      { label: 'xᵀ(A + Aᵀ) vs finite diff.', value: `${vec(r.analytic.quadratic[0])} vs ${vec(r.numeric.quadratic[0])}` },
      { label: '2xᵀA', value: vec(r.shortcut), hint: 'equals xᵀ(A + Aᵀ) exactly when xᵀ(A − Aᵀ) = 0, for every x when A is symmetric' },
      { label: 'Gap 2xᵀA − xᵀ(A + Aᵀ)', value: num(r.shortcut_gap, 3) },
      { label: '(Xθ − Y)ᵀX vs finite diff.', value: `${vec(r.analytic.total_loss[0])} vs ${vec(r.numeric.total_loss[0])}` },
      { label: 'Sum of per-sample gradients', value: vec(sumOfSamples), hint: 'adds up to the total-loss gradient' },
      { label: 'Largest error, all identities', value: num(r.max_abs_error, 3) },
    ],
    summary: `Every identity agrees with ${p.scheme} finite differences at h = ${num(p.h)} to within ${num(r.max_abs_error, 2)}; A is ${symmetric ? 'symmetric, so 2xᵀA is the gradient of xᵀAx' : 'not symmetric, so the gradient of xᵀAx is xᵀ(A + Aᵀ), not 2xᵀA'}.`,
    notes,
  };
}
