import { num, range, vec } from '../../runtime/format';
import { dashes, palette } from '../../runtime/palette';
import type { View } from '../../runtime/types';
import type { NoiseParams, NoiseResult } from './compute';

const hline = (y: number, color: string, dash: string) => ({ type: 'line', xref: 'paper', x0: 0, x1: 1, y0: y, y1: y, line: { color, dash, width: 1.5 } });
const vline = (x: number, color: string) => ({ type: 'line', xref: 'x', yref: 'paper', x0: x, x1: x, y0: 0, y1: 1, line: { color, dash: 'dot', width: 1.5 } });

export function view(r: NoiseResult, p: NoiseParams): View {
  const T = r.mc_mean.length, Te = r.expected.length;
  const t = range(T), te = range(Te);
  const upper = Array.from(r.mc_mean, (m, i) => m + r.mc_sd[i]), lower = Array.from(r.mc_mean, (m, i) => m - r.mc_sd[i]);
  const finalT = T - 1;
  const stderr = r.mc_sd[finalT] / Math.sqrt(p.runs);

  const runs = {
    id: 'runs', title: `w_t over ${p.runs.toLocaleString('en-US')} noisy runs`,
    data: [
      { type: 'scatter', mode: 'lines', x: [...t, ...t.slice().reverse()], y: [...upper, ...lower.reverse()], fill: 'toself', fillcolor: 'rgba(37,99,235,0.15)', line: { width: 0 }, name: 'Monte Carlo: mean ± 1 sd', hoverinfo: 'skip' },
      { type: 'scatter', mode: 'lines', x: t, y: Array.from(r.mc_mean), name: 'Monte-Carlo mean', line: { color: palette[0], width: 2.5 } },
      { type: 'scatter', mode: 'lines', x: te, y: Array.from(r.expected), name: 'E[w_t], recurrence', line: { color: palette[1], dash: 'dash', width: 2 } },
      { type: 'scatter', mode: 'lines', x: te, y: Array.from(r.expected, (m, i) => m + r.expected_sd[i]), name: 'exact ± 1 sd', line: { color: palette[1], dash: 'dot', width: 1 } },
      { type: 'scatter', mode: 'lines', x: te, y: Array.from(r.expected, (m, i) => m - r.expected_sd[i]), showlegend: false, line: { color: palette[1], dash: 'dot', width: 1 } },
    ],
    layout: {
      xaxis: { title: { text: 'step t' } }, yaxis: { title: { text: 'w_t' } },
      shapes: [hline(r.limit, palette[2], 'solid'), hline(r.noiseless, palette[7], 'dash')],
      annotations: [
        { xref: 'paper', x: 1, y: r.limit, text: 'limit xy/(x² + σ²)', showarrow: false, xanchor: 'right', yanchor: 'top', font: { color: palette[2] } },
        { xref: 'paper', x: 1, y: r.noiseless, text: 'noiseless y/x', showarrow: false, xanchor: 'right', yanchor: 'bottom', font: { color: palette[7] } },
      ],
    },
  };

  // Per-step factors: the mean contracts by |1 − η E[X²]|, the second moment by E[(1 − ηX²)²].
  const m2 = p.x ** 2 + p.sigma2, m4 = p.x ** 4 + 6 * p.x ** 2 * p.sigma2 + 3 * p.sigma2 ** 2;
  const etas = Array.from({ length: 300 }, (_, i) => 1e-3 * (Math.max(10, 4 * r.eta_max, 2 * p.eta) / 1e-3) ** (i / 299));
  const factors = {
    id: 'eta-range', title: 'Which step sizes converge',
    data: [
      { type: 'scatter', mode: 'lines', x: etas, y: etas.map((e) => Math.abs(1 - e * m2)), name: 'mean: |1 − η(x² + σ²)|', line: { color: palette[0], width: 2 } },
      { type: 'scatter', mode: 'lines', x: etas, y: etas.map((e) => 1 - 2 * e * m2 + e * e * m4), name: 'second moment: E[(1 − ηX̃²)²]', line: { color: palette[3], dash: 'dash', width: 2 } },
      { type: 'scatter', mode: 'markers', x: [p.eta], y: [Math.abs(1 - p.eta * m2)], name: 'your η', marker: { size: 11, symbol: 'diamond', color: palette[1] } },
    ],
    layout: {
      xaxis: { type: 'log', title: { text: 'step size η' } }, yaxis: { title: { text: 'factor per step' }, range: [0, 2] },
      shapes: [hline(1, palette[1], 'solid'), vline(r.eta_max, palette[0]), vline(r.eta_max_variance, palette[3])],
      annotations: [
        { x: Math.log10(r.eta_max), y: 1.9, text: 'η_max', showarrow: false, font: { color: palette[0] } },
        { x: Math.log10(r.eta_max_variance), y: 1.75, text: 'spread bounded', showarrow: false, font: { color: palette[3] } },
      ],
    },
  };

  const v = r.vector;
  const vt = range(v.mc_mean[0]?.length ?? 0), vte = range(v.expected[0]?.length ?? 0);
  const vectorPlot = {
    id: 'vector', title: 'Vector case: noisy gradient descent heads to ridge',
    data: v.mc_mean.flatMap((row, i) => [
      { type: 'scatter', mode: 'lines', x: vt, y: Array.from(row), name: `w${i + 1}, Monte-Carlo mean`, line: { color: palette[i % palette.length], width: 2, dash: dashes[0] } },
      { type: 'scatter', mode: 'lines', x: vte, y: Array.from(v.expected[i]), name: `w${i + 1}, expected`, line: { color: palette[i % palette.length], width: 1.5, dash: 'dot' } },
    ]),
    layout: {
      xaxis: { title: { text: 'step t' } }, yaxis: { title: { text: 'w_t' } },
      shapes: Array.from(v.ridge, (w, i) => hline(w, palette[i % palette.length], 'dash')),
    },
  };

  const vFinal = v.mc_mean.map((row) => row[row.length - 1]);
  const notes: string[] = [];
  if (p.eta >= r.eta_max)
    notes.push(`η = ${num(p.eta)} is at or above 2/(x² + σ²) = ${num(r.eta_max)}: even the average diverges. Curves stop once they pass 10⁶ times the answer.`);
  else if (p.eta >= r.eta_max_variance)
    notes.push(`η is below ${num(r.eta_max)}, so E[w_t] converges, but above ${num(r.eta_max_variance)}, so the spread of w_t grows without bound: individual runs blow up even though their average formula converges.${r.valid_steps < p.steps ? ` A run passed 10⁶ times the answer at step ${r.valid_steps + 1}; the Monte-Carlo curves stop there.` : ''}`);
  if (p.eta >= v.eta_max)
    notes.push(`In the vector case η is above its limit 2/λ_max(XᵀX/m + σ²I) = ${num(v.eta_max)}, so the vector runs diverge.`);

  return {
    plots: [runs, factors, vectorPlot],
    readouts: [
      { label: 'Equivalent ridge λ', value: num(r.lambda), hint: 'σ²: E[(x + N)²] = x² + σ², the extra σ² acts like a penalty on w²' },
      { label: 'E[w_t] converges for', value: `0 < η < ${num(r.eta_max)}`, hint: '2 / (x² + σ²)' },
      { label: 'Spread bounded for', value: `η < ${num(r.eta_max_variance)}`, hint: '2(x² + σ²) / (x⁴ + 6x²σ² + 3σ⁴)' },
      { label: 'Limit of E[w_t]', value: num(r.limit), hint: 'xy / (x² + σ²)' },
      { label: 'Noiseless answer', value: num(r.noiseless), hint: 'y / x' },
      { label: `Monte Carlo at t = ${finalT}`, value: `${num(r.mc_mean[finalT])} ± ${num(stderr, 2)}`, hint: 'mean ± standard error over the runs' },
      { label: `Recurrence at t = ${Math.min(finalT, Te - 1)}`, value: num(r.expected[Math.min(finalT, Te - 1)]) },
      { label: 'Vector: ridge (λ = σ², 1/m scaling)', value: vec(v.ridge, 3), hint: `(XᵀX + mσ²I)⁻¹Xᵀy with mσ² = ${num(v.lambda_unscaled)}` },
      { label: 'Vector: Monte Carlo, last step', value: vec(vFinal, 3) },
    ],
    summary: `With σ² = ${num(p.sigma2)} and η = ${num(p.eta)}, the average of ${p.runs} noisy runs ${p.eta < r.eta_max ? `heads to ${num(r.limit)}, not the noiseless ${num(r.noiseless)}: the noise shrinks the answer exactly as ridge with λ = σ² would` : 'diverges, because η is above 2/(x² + σ²)'}.`,
    notes,
  };
}
