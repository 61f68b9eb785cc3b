import { thin } from '../../engine/mlp';
import { num, range } from '../../runtime/format';
import { dashes, palette } from '../../runtime/palette';
import type { View } from '../../runtime/types';
import type { LinParams, LinResult } from './compute';

const xs = (v: Float64Array) => Array.from(v);

export function view(r: LinResult, p: LinParams): View {
  const g = xs(r.grid);
  const layer = Math.min(p.layer, r.now.layers.length);
  const last = layer === r.now.layers.length;
  const lineOf = (name: string, y: Float64Array, i: number, extra: Record<string, unknown> = {}) => ({
    type: 'scatter', mode: 'lines', name, x: g, y: xs(y), line: { color: palette[i % palette.length], width: 1.5, ...extra },
  });

  const fit = {
    id: 'fit', title: 'Data, target and the network',
    data: [
      { type: 'scatter', mode: 'lines', name: 'target', x: g, y: xs(r.target), line: { color: '#9ca3af', dash: 'dot', width: 2 } },
      { type: 'scatter', mode: 'markers', name: 'training points', x: xs(r.data_x), y: xs(r.data_y), marker: { size: 5, color: '#6b7280' } },
      { type: 'scatter', mode: 'lines', name: 'at initialization', x: g, y: xs(r.fit_init), line: { color: palette[3], dash: 'dash', width: 1.5 } },
      { type: 'scatter', mode: 'lines', name: `at step ${r.step}`, x: g, y: xs(r.fit), line: { color: palette[0], width: 2.5 } },
    ],
    layout: { xaxis: { title: { text: 'x' } }, yaxis: { title: { text: 'f(x)' } } },
  };

  const feats = (a: LinResult['now'], faded: boolean) => [
    ...a.layers[layer - 1].weights.map((f, i) => lineOf(i === 0 ? `∂f/∂w ${faded ? '(init)' : ''}` : '', f, i, faded ? { dash: 'dot', width: 1 } : {})),
    ...a.layers[layer - 1].biases.map((f, i) => lineOf(i === 0 ? `∂f/∂b ${faded ? '(init)' : ''}` : '', f, i, { dash: faded ? 'dot' : 'dash', width: 1 })),
  ].map((t) => ({ ...t, showlegend: t.name !== '', opacity: faded ? 0.5 : 1 }));
  const features = {
    id: 'features', title: `Features of layer ${layer}${last ? ' (output)' : ''}: solid ∂f/∂w, dashed ∂f/∂b; dotted at initialization`,
    data: [...feats(r.at_init, true), ...feats(r.now, false)],
    layout: { xaxis: { title: { text: 'x' } }, yaxis: { title: { text: 'feature value' } } },
  };

  // Values below 1e-9 σ₁ are zero up to rounding (the matrix has lower rank): not drawn.
  const rank = (s: Float64Array) => s.filter((v) => v > 1e-9 * s[0]).length;
  const sv = (s: Float64Array, name: string, i: number) => ({
    type: 'scatter', mode: 'lines+markers', name, x: range(rank(s), (k) => k + 1), y: Array.from(s.subarray(0, rank(s))),
    line: { color: palette[i], dash: dashes[i], width: 1.5 }, marker: { size: 5 },
  });
  const spectrum = {
    id: 'spectrum', title: 'Singular values of the feature matrix (training points × parameters)',
    data: [sv(r.at_init.sigma, 'at initialization', 3), sv(r.now.sigma, `at step ${r.analysed_at}`, 0)],
    layout: { xaxis: { title: { text: 'index' } }, yaxis: { title: { text: 'σᵢ' }, type: 'log' } },
  };

  const principal = {
    id: 'principal', title: 'Principal features J(x)vᵢ/σᵢ: solid now, dotted at initialization',
    data: [
      ...r.at_init.principal.map((f, i) => ({ ...lineOf(`${i + 1} (init)`, f, i, { dash: 'dot', width: 1 }), showlegend: false })),
      ...r.now.principal.map((f, i) => lineOf(`feature ${i + 1}`, f, i, { width: 2 })),
    ],
    layout: {
      xaxis: { title: { text: 'x' } }, yaxis: { title: { text: 'value' } },
      shapes: p.range === 'left' ? [{ type: 'rect', xref: 'x', yref: 'paper', x0: 0.4, x1: 1, y0: 0, y1: 1, fillcolor: '#9ca3af', opacity: 0.15, line: { width: 0 } }] : [],
    },
  };

  const seeds = {
    id: 'seeds', title: 'Four seeds at initialization: leading principal feature (solid) and one individual feature (dotted)',
    data: r.seeds.flatMap((s, i) => [
      lineOf(`seed ${s.seed}`, s.principal, i, { width: 2 }),
      { ...lineOf('', s.feature, i, { dash: 'dot', width: 1 }), showlegend: false },
    ]),
    layout: { xaxis: { title: { text: 'x' } }, yaxis: { title: { text: 'value' } } },
  };

  const grads = {
    id: 'grads', title: 'Gradient norm of each layer over training',
    data: r.grad_norms.map((gn, l) => {
      const t = thin(gn);
      return { type: 'scatter', mode: 'lines', name: `layer ${l + 1}`, x: t.t, y: t.v, line: { color: palette[l % palette.length], dash: dashes[l % dashes.length], width: 1.5 } };
    }),
    layout: { xaxis: { title: { text: 'step' }, range: [0, r.total] }, yaxis: { title: { text: '‖∂L/∂layer‖' }, type: 'log' } },
  };

  const loss = thin(r.loss);
  const lossPlot = {
    id: 'loss', title: 'Training loss (mean squared error)',
    data: [{ type: 'scatter', mode: 'lines', name: 'loss', x: loss.t, y: loss.v, line: { color: palette[0], width: 2 } }],
    layout: { xaxis: { title: { text: 'step' }, range: [0, r.total] }, yaxis: { title: { text: 'loss' }, type: 'log' } },
  };

  const first = r.grad_norms.map((gn) => gn[0] ?? 0);
  const cond = (s: Float64Array) => (s.length > 1 && s[Math.min(9, s.length - 1)] > 0 ? s[0] / s[Math.min(9, s.length - 1)] : null);
  const readouts = [
    { label: 'Step', value: `${r.step} of ${r.total}` },
    { label: 'Loss', value: r.loss.length ? num(r.loss[r.loss.length - 1]) : '—' },
    { label: 'σ₁ at init → now', value: `${num(r.at_init.sigma[0])} → ${num(r.now.sigma[0])}` },
    { label: 'σ₁/σ₁₀ at init → now', value: `${num(cond(r.at_init.sigma))} → ${num(cond(r.now.sigma))}`, hint: 'how much faster the first direction is learned than the tenth' },
    { label: 'Rank of Φ at init → now', value: `${rank(r.at_init.sigma)} → ${rank(r.now.sigma)}`, hint: 'singular values above 1e-9 σ₁; the rest are not drawn' },
    { label: 'First-step gradient norms', value: first.map((v) => num(v, 2)).join(', '), hint: 'layer 1 first, output layer last' },
  ];
  const notes: string[] = [];
  if (r.diverged_at !== null) notes.push(`Diverged at step ${r.diverged_at}: the loss grew a millionfold, so training stopped.`);
  if (r.analysed_at !== r.step) notes.push(`Features, spectrum and principal features are from step ${r.analysed_at}; pause to refresh them.`);
  const summary = `A ${p.hidden}-hidden-layer network at step ${r.step} of ${r.total}, loss ${r.loss.length ? num(r.loss[r.loss.length - 1]) : '—'}; the largest singular value of its feature matrix went from ${num(r.at_init.sigma[0])} to ${num(r.now.sigma[0])}.`;
  return { plots: [fit, features, spectrum, principal, seeds, grads, lossPlot], readouts, summary, notes };
}
