import { dashes, palette } from '../../runtime/palette';
import { num, range, steps } from '../../runtime/format';
import type { View } from '../../runtime/types';
import type { LrParams, LrResult } from './compute';

const vline = (x: number, color: string, dash = 'dot') => ({
  type: 'line', xref: 'x', yref: 'paper', x0: x, x1: x, y0: 0, y1: 1, line: { color, width: 1.5, dash },
});

export function view(r: LrResult, p: LrParams): View {
  const k = p.sigma.length;
  const c = p.convention === 'squared' ? 2 : 1;
  const T = r.rel_error.length;
  const t = range(T);
  const modeName = (i: number) => `σ = ${num(p.sigma[i], 3)}`;
  // The SVD sorts singular values; match each direction to its problem.
  const modeOf = (s: number) => p.sigma.reduce((best, v, j) => (Math.abs(v - s) < Math.abs(p.sigma[best] - s) ? j : best), 0);
  const style = (i: number) => ({ color: palette[i % palette.length], dash: dashes[i % dashes.length], width: 2 });

  // 1. Iterates scaled by their targets: every mode heads to 1.
  const iterates = r.trajectory.map((w, i) => ({
    type: 'scatter', mode: 'lines', name: modeName(i), x: t,
    y: Array.from(w, (v) => (v * p.sigma[i]) / p.y), line: style(i),
  }));
  const divergeNote = r.diverged_at !== null
    ? [{ x: Math.min(r.diverged_at, T - 1), y: 2.8, xref: 'x', yref: 'y', text: `diverged at step ${r.diverged_at}`, showarrow: false, font: { color: '#dc2626' } }]
    : [];

  // 2. Relative error on a log axis, per mode and overall, with the tolerance.
  const perMode = r.trajectory.map((w, i) => ({
    type: 'scatter', mode: 'lines', name: `${modeName(i)}`, x: t, showlegend: false,
    y: Array.from(w, (v) => Math.abs(v * p.sigma[i] - p.y) / Math.abs(p.y)), line: { ...style(i), width: 1 }, opacity: 0.7,
  }));
  const fromMatrix = r.matrix_modes.errors.map((e, i) => ({
    type: 'scatter', mode: 'markers', name: i === 0 ? 'full X, along vᵢ' : `full X, v${i + 1}`, showlegend: i === 0,
    x: range(Math.min(e.length, T)), y: Array.from(e.subarray(0, T), (v) => v / (e[0] || 1)),
    marker: { size: 5, symbol: 'circle-open', color: palette[modeOf(r.matrix_modes.sigma[i]) % palette.length] },
  }));
  const errorTraces = [
    { type: 'scatter', mode: 'lines', name: '‖w_t − w*‖ / ‖w*‖', x: t, y: Array.from(r.rel_error), line: { color: '#111827', width: 3 } },
    ...perMode,
    ...fromMatrix,
  ];

  // 3. The worst contraction factor over a range of step sizes.
  const etas = Array.from(r.rate_curve.eta);
  const modeCurves = p.sigma.map((s, i) => ({
    type: 'scatter', mode: 'lines', name: `|1 − ${c}ησ²|, ${modeName(i)}`, showlegend: k <= 4, x: etas,
    y: etas.map((e) => Math.abs(1 - c * e * s * s)), line: { ...style(i), width: 1 }, opacity: 0.6,
  }));
  const rateTraces = [
    { type: 'scatter', mode: 'lines', name: 'rate = maxᵢ |1 − cησᵢ²|', x: etas, y: Array.from(r.rate_curve.rate), line: { color: '#111827', width: 3 } },
    ...modeCurves,
    { type: 'scatter', mode: 'markers', name: 'your η', x: [p.eta], y: [r.rate], marker: { size: 11, symbol: 'diamond', color: '#dc2626' } },
  ];

  const readouts = [
    { label: 'Stable for', value: `0 < η < ${num(r.eta_max)}`, hint: `2 / (c σ_max²), set by σ = ${num(p.sigma[r.limiting_mode], 3)}` },
    { label: 'Fastest η', value: num(r.eta_opt), hint: '2 / (c (σ_max² + σ_min²))' },
    { label: 'Rate at your η', value: num(r.rate), hint: 'maxᵢ |1 − cησᵢ²|: the error shrinks by this factor per step' },
    { label: 'Best possible rate', value: num(r.rate_opt), hint: '(σ_max² − σ_min²) / (σ_max² + σ_min²)' },
    { label: `Steps to ε (simulated)`, value: r.status === 'diverges' ? 'never: diverges' : steps(r.iters_to_eps, 'not within 200,000') },
    { label: 'Steps to ε (bound)', value: steps(r.iters_bound), hint: '⌈ln ε / ln rate⌉: exact for one problem, an upper bound for several' },
    { label: 'Slowest problem', value: modeName(r.slowest_mode) },
  ];

  const notes: string[] = [];
  if (r.status === 'diverges')
    notes.push(r.diverged_at !== null
      ? `Diverged at step ${r.diverged_at}: the error passed a million times its starting size. η is above ${num(r.eta_max)}.`
      : `Diverges: the rate ${num(r.rate)} is above 1, so the error grows every step (slowly at first).`);
  if (r.status === 'oscillates')
    notes.push('η sits exactly on the stability boundary: the error flips sign every step and never shrinks.');

  const summary = r.status === 'converges'
    ? `With η = ${num(p.eta)}, the error shrinks by a factor ${num(r.rate)} per step and falls below ε = ${num(p.eps)} of its start after ${steps(r.iters_to_eps, 'more than 200,000')} steps; the slowest problem is ${modeName(r.slowest_mode)}.`
    : r.status === 'oscillates'
      ? `With η = ${num(p.eta)} on the boundary, the iterates oscillate forever without converging.`
      : `With η = ${num(p.eta)}, above the limit ${num(r.eta_max)}, gradient descent diverges${r.diverged_at !== null ? ` (at step ${r.diverged_at})` : ''}.`;

  return {
    plots: [
      {
        id: 'iterates', title: 'Iterates, scaled by their targets: σᵢwₜ / y',
        data: iterates,
        layout: {
          xaxis: { title: { text: 'step t' } }, yaxis: { title: { text: 'σᵢ wₜ / y' }, range: [-1, 3] },
          shapes: [{ type: 'line', xref: 'paper', x0: 0, x1: 1, y0: 1, y1: 1, line: { color: '#6b7280', dash: 'dash', width: 1 } }],
          annotations: divergeNote,
        },
      },
      {
        id: 'error', title: 'Relative error (log scale)',
        data: errorTraces,
        layout: {
          xaxis: { title: { text: 'step t' } }, yaxis: { title: { text: 'error / initial error' }, type: 'log', range: [Math.log10(Math.min(p.eps, 1) / 10), 2] },
          shapes: [
            { type: 'line', xref: 'paper', x0: 0, x1: 1, y0: p.eps, y1: p.eps, line: { color: '#059669', dash: 'dash', width: 1.5 } },
            ...(r.iters_to_eps !== null && r.iters_to_eps < T ? [vline(r.iters_to_eps, '#059669')] : []),
          ],
          annotations: [{ xref: 'paper', x: 1, y: Math.log10(p.eps), yref: 'y', text: 'ε', showarrow: false, xanchor: 'right', yanchor: 'bottom', font: { color: '#059669' } }, ...(r.diverged_at !== null ? [{ xref: 'paper', x: 0.98, yref: 'paper', y: 0.95, xanchor: 'right', text: `diverged at step ${r.diverged_at}`, showarrow: false, font: { color: '#dc2626' } }] : [])],
        },
      },
      {
        id: 'rate', title: 'Rate versus step size',
        data: rateTraces,
        layout: {
          xaxis: { title: { text: 'step size η' }, type: 'log' }, yaxis: { title: { text: 'contraction per step' }, range: [0, 2] },
          shapes: [
            { type: 'line', xref: 'paper', x0: 0, x1: 1, y0: 1, y1: 1, line: { color: '#dc2626', width: 1 } },
            vline(r.eta_opt, '#059669'), vline(r.eta_max, '#dc2626'),
          ],
          annotations: [
            { x: Math.log10(r.eta_opt), y: 1.9, text: 'η_opt', showarrow: false, font: { color: '#059669' } },
            { x: Math.log10(r.eta_max), y: 1.75, text: 'η_max', showarrow: false, font: { color: '#dc2626' } },
          ],
        },
      },
    ],
    readouts,
    summary,
    notes,
  };
}
