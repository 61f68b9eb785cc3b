import { dashes, palette } from '../../runtime/palette';
import { num, range, steps } from '../../runtime/format';
import type { View } from '../../runtime/types';
import type { MomentumParams, MomentumResult } from './compute';

const circle = (radius: number) => {
  const a = range(181, (i) => (2 * Math.PI * i) / 180);
  return { x: a.map((t) => radius * Math.cos(t)), y: a.map((t) => radius * Math.sin(t)) };
};
const vline = (x: number, color: string, dash = 'dot') => ({
  type: 'line', xref: 'x', yref: 'paper', x0: x, x1: x, y0: 0, y1: 1, line: { color, width: 1.5, dash },
});

export function view(r: MomentumResult, p: MomentumParams): View {
  const mode = (i: number) => `σ² = ${num(p.sigma2[i], 3)}`;
  const sMax = Math.max(...p.sigma2), sMin = Math.min(...p.sigma2);
  const rhoC = Math.sqrt(1 - p.beta);

  // 1. Eigenvalues in the complex plane.
  const eig = r.eigenvalues.map((e, i) => ({
    type: 'scatter', mode: 'markers', name: `${mode(i)} (${r.regime[i]})`,
    x: [e[0], e[2]], y: [e[1], e[3]],
    marker: { size: 11, color: palette[i % palette.length], symbol: ['circle', 'square', 'diamond', 'triangle-up', 'x', 'cross'][i % 6], line: { width: 1, color: '#111827' } },
  }));
  const unit = circle(1), inner = circle(rhoC);
  const eigData = [
    { type: 'scatter', mode: 'lines', name: 'unit circle', ...unit, line: { color: '#dc2626', width: 1.5 }, hoverinfo: 'skip' },
    { type: 'scatter', mode: 'lines', name: `|λ| = √(1 − β) = ${num(rhoC)}`, ...inner, line: { color: '#6b7280', dash: 'dash', width: 1 }, hoverinfo: 'skip' },
    ...eig,
  ];

  // 2. Phase diagram: spectral radius, clipped so the stable range keeps its detail.
  const ph = r.phase;
  const sigmaAxis = p.phase === 'sigma2';
  const yv = Array.from(ph.y);
  const edge = (xs: Float64Array, name: string, color: string, dash: string) => ({
    type: 'scatter', mode: 'lines', name, x: Array.from(xs), y: yv, line: { color, dash, width: 2 },
  });
  const phaseData = [
    {
      type: 'heatmap', x: Array.from(ph.eta), y: yv, z: ph.radius.map((row) => Array.from(row)),
      zmin: Math.max(0, rhoC - 0.05), zmax: 1.05, colorscale: 'Viridis', reversescale: true,
      colorbar: { title: { text: 'ρ(R)' }, len: 0.8 }, name: 'spectral radius', hovertemplate: 'η %{x:.3g}<br>' + (sigmaAxis ? 'σ²' : 'β') + ' %{y:.3g}<br>ρ %{z:.4f}<extra></extra>',
    },
    edge(ph.eta_repeated_low, 'repeated (real → complex)', '#ec4899', 'dash'),
    edge(ph.eta_repeated_high, 'repeated (complex → real)', '#f59e0b', 'dash'),
    edge(ph.eta_stable, 'stability edge ρ = 1', '#dc2626', 'solid'),
    sigmaAxis
      ? { type: 'scatter', mode: 'markers', name: 'your (η, σᵢ²)', x: p.sigma2.map(() => p.eta), y: p.sigma2, marker: { size: 10, color: '#111827', symbol: 'x' } }
      : { type: 'scatter', mode: 'markers', name: 'your (η, β)', x: [p.eta], y: [p.beta], marker: { size: 10, color: '#111827', symbol: 'x' } },
  ];
  const [lo, hi] = [r.eta_opt_range[0], r.eta_opt_range[1]];

  // 3. Worst rate against eta: momentum and GD, with the optimal band.
  const etas = Array.from(r.rate_curve.eta);
  const rateData = [
    { type: 'scatter', mode: 'lines', name: 'momentum: maxᵢ ρ(Rᵢ)', x: etas, y: Array.from(r.rate_curve.momentum), line: { color: palette[0], width: 3 } },
    { type: 'scatter', mode: 'lines', name: 'GD: maxᵢ |1 − 2ησᵢ²|', x: etas, y: Array.from(r.rate_curve.gd), line: { color: palette[1], dash: 'dash', width: 2 } },
    { type: 'scatter', mode: 'markers', name: 'your η', x: [p.eta], y: [r.spectral_radius], marker: { size: 11, symbol: 'diamond', color: '#111827' } },
  ];

  // 4. Paths on the 2-D quadratic, with its contours.
  const pm = r.path_momentum, pg = r.path_gd;
  const span = (i: number) => {
    const v = [...pm.w[i], ...pg.w[i], 0, 1];
    const a = Math.max(Math.min(...v), -3), b = Math.min(Math.max(...v), 5);
    const pad = 0.1 * (b - a || 1);
    return [a - pad, b + pad];
  };
  const [x0, x1] = span(0), [y0, y1] = span(1);
  const gx = range(61, (i) => x0 + ((x1 - x0) * i) / 60), gy = range(61, (i) => y0 + ((y1 - y0) * i) / 60);
  const loss = gy.map((b) => gx.map((a) => sMax * (a - 1) ** 2 + sMin * (b - 1) ** 2));
  const pathData = [
    { type: 'contour', x: gx, y: gy, z: loss, showscale: false, ncontours: 18, contours: { coloring: 'lines' }, colorscale: [[0, '#9ca3af'], [1, '#4b5563']], name: 'loss', hoverinfo: 'skip' },
    { type: 'scatter', mode: 'lines+markers', name: `GD, η = ${num(r.eta_gd)}`, x: Array.from(pg.w[0]), y: Array.from(pg.w[1]), line: { color: palette[1], dash: 'dash', width: 2 }, marker: { size: 3 } },
    { type: 'scatter', mode: 'lines+markers', name: `momentum, η = ${num(p.eta)}`, x: Array.from(pm.w[0]), y: Array.from(pm.w[1]), line: { color: palette[0], width: 2 }, marker: { size: 3 } },
    { type: 'scatter', mode: 'markers', name: 'w*', x: [1], y: [1], marker: { size: 12, symbol: 'x', color: '#111827' } },
  ];

  // 5-6. Per-direction parameter and gradient traces.
  const traces = (key: 'w' | 'grad') => [
    ...[0, 1].map((i) => ({ type: 'scatter', mode: 'lines', name: `momentum, ${i === 0 ? 'steep' : 'flat'} direction`, x: range(pm[key][i].length), y: Array.from(pm[key][i]), line: { color: palette[0], dash: dashes[i * 2], width: 2 } })),
    ...[0, 1].map((i) => ({ type: 'scatter', mode: 'lines', name: `GD, ${i === 0 ? 'steep' : 'flat'} direction`, x: range(pg[key][i].length), y: Array.from(pg[key][i]), line: { color: palette[1], dash: dashes[i * 2 + 1], width: 1.5 } })),
  ];

  const regimes = [...new Set(r.regime)].join(', ');
  const interval = hi > lo * (1 + 1e-12);
  const readouts = [
    { label: 'Spectral radius at (β, η)', value: num(r.spectral_radius), hint: `eigenvalues: ${regimes}` },
    { label: 'Best η (worst case)', value: interval ? `any η in [${num(lo)}, ${num(hi)}]` : num(r.eta_opt), hint: interval ? `every η here puts both extreme modes in the complex band; the middle ${num(r.eta_opt)} is used below` : 'balances the slowest and the fastest mode' },
    { label: 'Best rate', value: num(r.rate_opt), hint: interval ? '√(1 − β): the modulus of a complex pair' : 'max over the two extreme modes' },
    { label: `Momentum steps to ${num(p.tol)}`, value: `${steps(r.iters_momentum, 'over 100,000')} simulated · ${steps(r.iters_momentum_bound)} spectral`, hint: `at η = ${num(r.eta_opt)}, from w = 0 with w* = 1 in every direction` },
    { label: `GD steps to ${num(p.tol)}`, value: `${steps(r.iters_gd, 'over 100,000')} simulated · ${steps(r.iters_gd_bound)} spectral`, hint: `at GD’s best η = 1/(σ_min² + σ_max²) = ${num(r.eta_gd)}, rate ${num(r.rate_gd)}` },
    { label: 'Steps at your η', value: `${steps(r.iters_at_eta, r.spectral_radius >= 1 ? 'never: unstable' : 'over 100,000')} simulated · ${steps(r.iters_at_eta_bound)} spectral` },
    { label: 'Complex band for σ_max²', value: `${num(r.eta_repeated_low[p.sigma2.indexOf(sMax)])} < η < ${num(r.eta_repeated_high[p.sigma2.indexOf(sMax)])}`, hint: '(1 ∓ √(1−β))² / (2βσ²)' },
    { label: 'Stable for', value: `η < ${num(r.eta_stable[p.sigma2.indexOf(sMax)])}`, hint: '(2 − β) / (β σ_max²)' },
  ];

  const notes: string[] = [];
  if (r.spectral_radius >= 1)
    notes.push(`Unstable: an eigenvalue has modulus ${num(r.spectral_radius)} ≥ 1.${pm.diverged_at !== null ? ` The momentum path diverged at step ${pm.diverged_at}.` : ''}`);
  if (r.regime.includes('complex') && p.beta < 1)
    notes.push(`Complex eigenvalues all have modulus √(1 − β) = ${num(rhoC)}, whatever η and σ²: the determinant of Rᵢ is 1 − β.`);

  const summary = `At β = ${num(p.beta)} and η = ${num(p.eta)} the spectral radius is ${num(r.spectral_radius)} (${regimes}); the best worst-case rate ${num(r.rate_opt)} needs ${steps(r.iters_momentum, 'over 100,000')} steps to reach ${num(p.tol)}, against ${steps(r.iters_gd, 'over 100,000')} for plain gradient descent.`;

  return {
    plots: [
      {
        id: 'eigenvalues', title: 'Eigenvalues of each Rᵢ in the complex plane',
        data: eigData,
        layout: { xaxis: { title: { text: 'Re λ' }, range: [-1.6, 1.6] }, yaxis: { title: { text: 'Im λ' }, range: [-1.2, 1.2], scaleanchor: 'x', scaleratio: 1 } },
      },
      {
        id: 'phase', title: sigmaAxis ? `Spectral radius over (η, σ²) at β = ${num(p.beta)}` : `Spectral radius over (η, β) at σ² = ${num(sMax)}`,
        data: phaseData,
        layout: {
          xaxis: { title: { text: 'step size η' }, type: 'log', range: [Math.log10(ph.eta[0]), Math.log10(ph.eta[ph.eta.length - 1])] },
          yaxis: { title: { text: sigmaAxis ? 'σ²' : 'β' }, type: 'log', range: [Math.log10(yv[0]), Math.log10(yv[yv.length - 1])] },
        },
      },
      {
        id: 'rate', title: 'Worst-case rate against η',
        data: rateData,
        layout: {
          xaxis: { title: { text: 'step size η' }, type: 'log' }, yaxis: { title: { text: 'rate per step' }, range: [Math.max(0, rhoC - 0.2), 1.1] },
          shapes: [
            { type: 'rect', xref: 'x', yref: 'paper', x0: lo, x1: interval ? hi : lo, y0: 0, y1: 1, fillcolor: '#059669', opacity: 0.15, line: { color: '#059669', width: 1 } },
            vline(r.eta_gd, palette[1]),
            { type: 'line', xref: 'paper', x0: 0, x1: 1, y0: 1, y1: 1, line: { color: '#dc2626', width: 1 } },
          ],
        },
      },
      {
        id: 'paths', title: `Paths on ${num(sMax, 3)}(w₁ − 1)² + ${num(sMin, 3)}(w₂ − 1)²`,
        data: pathData,
        layout: { xaxis: { title: { text: 'w₁ (steep)' }, range: [x0, x1] }, yaxis: { title: { text: 'w₂ (flat)' }, range: [y0, y1] } },
      },
      {
        id: 'params', title: 'Parameters per direction',
        data: traces('w'),
        layout: { xaxis: { title: { text: 'step t' } }, yaxis: { title: { text: 'wᵢ (target 1)' }, range: [-1, 3] } },
      },
      {
        id: 'grads', title: 'Gradients per direction',
        data: traces('grad'),
        layout: { xaxis: { title: { text: 'step t' } }, yaxis: { title: { text: '∂L/∂wᵢ' } } },
      },
    ],
    readouts,
    summary,
    notes,
  };
}
