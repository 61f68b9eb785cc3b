import { num, vec } from '../../runtime/format';
import { dashes, palette } from '../../runtime/palette';
import type { View } from '../../runtime/types';
import { views, type RidgeParams, type RidgeResult } from './compute';

const labels: Record<(typeof views)[number], string> = {
  normal: '1. normal equations',
  svd: '2. SVD filter',
  map: '3. MAP estimate',
  fake_data: '4. fake data rows',
  fake_features: '5. fake features',
};
const patterns = ['', '/', '\\', 'x', '.'];

export function view(r: RidgeResult, p: RidgeParams): View {
  const d = r.X[0].length;
  const coords = Array.from({ length: d }, (_, i) => `w${i + 1}`);
  const w = r.w_by_view.svd;

  const five = {
    id: 'views', title: `The five answers at λ = ${num(p.lambda)}`,
    data: views.map((v, k) => ({
      type: 'bar', name: labels[v], x: coords, y: Array.from(r.w_by_view[v]),
      marker: { color: palette[k], pattern: { shape: patterns[k] } },
    })),
    layout: { barmode: 'group', yaxis: { title: { text: 'wᵢ' } } },
  };

  // The filter as a curve over σ, with the actual singular values marked.
  const positive = Array.from(r.singular_values).filter((s, i) => i < r.rank && s > 0);
  const lo = Math.min(Math.sqrt(p.lambda), ...positive) / 30, hi = Math.max(Math.sqrt(p.lambda), ...positive) * 30;
  const grid = Array.from({ length: 200 }, (_, i) => lo * (hi / lo) ** (i / 199));
  const filter = {
    id: 'filter', title: 'What ridge does to each singular direction',
    data: [
      { type: 'scatter', mode: 'lines', name: 'σ/(σ² + λ)  (ridge)', x: grid, y: grid.map((s) => s / (s * s + p.lambda)), line: { color: palette[0], width: 2.5 } },
      { type: 'scatter', mode: 'lines', name: '1/σ  (no penalty)', x: grid, y: grid.map((s) => 1 / s), line: { color: palette[7], dash: 'dash' } },
      { type: 'scatter', mode: 'markers', name: 'σᵢ of X', x: positive, y: positive.map((_, i) => r.filter[i]), marker: { size: 10, symbol: 'diamond', color: palette[1] } },
    ],
    layout: {
      xaxis: { type: 'log', title: { text: 'singular value σ' } }, yaxis: { type: 'log', title: { text: 'gain along that direction' } },
      shapes: [{ type: 'line', xref: 'x', yref: 'paper', x0: Math.sqrt(p.lambda), x1: Math.sqrt(p.lambda), y0: 0, y1: 1, line: { color: palette[3], dash: 'dot' } }],
      annotations: [{ x: Math.log10(Math.sqrt(p.lambda)), y: 1, yref: 'paper', text: 'σ = √λ', showarrow: false, yanchor: 'bottom', font: { color: palette[3] } }],
    },
  };

  const lambdas = Array.from(r.path.lambda);
  const path = {
    id: 'path', title: 'The path of w as λ grows',
    data: [
      ...r.path.w.map((row, i) => ({
        type: 'scatter', mode: 'lines', name: coords[i], x: lambdas, y: Array.from(row),
        line: { color: palette[i % palette.length], dash: dashes[i % dashes.length], width: 2 }, showlegend: d <= 8,
      })),
      { type: 'scatter', mode: 'markers', name: `λ → 0: ${r.limit_kind}`, x: r.limit_zero.length ? Array(d).fill(lambdas[0]) : [], y: Array.from(r.limit_zero), marker: { symbol: 'circle-open', size: 11, color: '#111827' } },
      { type: 'scatter', mode: 'markers', name: 'your λ', x: Array(d).fill(p.lambda), y: Array.from(w), marker: { symbol: 'diamond', size: 9, color: palette[1] } },
    ],
    layout: { xaxis: { type: 'log', title: { text: 'λ' } }, yaxis: { title: { text: 'wᵢ(λ)' } } },
  };

  const norm = (v: ArrayLike<number>) => Math.hypot(...Array.from(v));
  const gapToLimit = Math.max(...Array.from(w, (v, i) => Math.abs(v - r.limit_zero[i])));
  const xtyGap = Math.max(...Array.from(w, (v, i) => Math.abs(p.lambda * v - r.xty[i])));
  const agree = r.max_disagreement <= 1e-10;
  const notes: string[] = [];
  if (!agree)
    notes.push(`The views differ by ${num(r.max_disagreement, 2)} (relative): XᵀX + λI has condition number ${num(r.condition, 3)}, so about ${Math.max(0, Math.round(16 - Math.log10(r.condition)))} digits survive in the normal-equation views. Raise λ and they agree again.`);
  if (r.rank < Math.min(r.X.length, d))
    notes.push(`X has rank ${r.rank}: without a penalty there is no unique least-squares answer, but every λ > 0 gives one, and as λ → 0 it tends to the pseudo-inverse answer.`);

  return {
    plots: [five, filter, path],
    readouts: [
      { label: 'w (SVD view)', value: vec(w) },
      { label: 'Largest disagreement', value: num(r.max_disagreement, 2), hint: 'max over pairs of views of max |wᵢ − wⱼ|, relative to max |w|' },
      { label: 'cond(XᵀX + λI)', value: num(r.condition, 3) },
      { label: 'Filter σᵢ/(σᵢ² + λ)', value: vec(r.filter, 3) },
      { label: '‖w‖', value: num(norm(w)), hint: 'shrinks toward 0 as λ grows' },
      { label: `λ → 0 limit (${r.limit_kind})`, value: vec(r.limit_zero, 3) },
      { label: 'max |w − limit|', value: num(gapToLimit, 3), hint: 'shrinks in proportion to λ' },
      { label: 'max |λw − Xᵀy|', value: num(xtyGap, 3), hint: 'λw → Xᵀy as λ → ∞, so w ≈ Xᵀy/λ' },
    ],
    summary: `At λ = ${num(p.lambda)} the five computations ${agree ? 'agree' : 'differ'} to ${num(r.max_disagreement, 2)} relative; w = ${vec(w, 3)} with norm ${num(norm(w), 3)}; as λ → 0 it tends to the ${r.limit_kind} answer.`,
    notes,
  };
}
