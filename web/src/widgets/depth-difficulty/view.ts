import { thin } from '../../engine/mlp';
import { num } from '../../runtime/format';
import { palette } from '../../runtime/palette';
import type { View } from '../../runtime/types';
import type { DepthParams, DepthResult, Sweep } from './compute';

const label = (v: number) => num(v, 2);

export function view(r: DepthResult, p: DepthParams): View {
  const i = Math.min(p.pick_scale, r.scales.length) - 1, j = Math.min(p.pick_lr, r.lrs.length) - 1;
  const all = [...r.three.final_loss.flat(), ...r.five.final_loss.flat()].filter((v) => v > 0);
  const zmin = Math.log10(Math.min(...all)), zmax = Math.log10(Math.max(...all));
  const heat = (s: Sweep, name: string, id: string) => ({
    id, title: `${name}: log₁₀ final loss (✕ diverged)`,
    data: [
      {
        type: 'heatmap', x: r.lrs.map(label), y: r.scales.map(label), z: s.final_loss.map((row) => row.map((v) => Math.log10(Math.max(v, 1e-300)))),
        zmin, zmax, colorscale: 'Viridis', reversescale: true, colorbar: { title: { text: 'log₁₀ loss' } },
        hovertemplate: 'lr %{x}, scale %{y}: log₁₀ loss %{z:.2f}<extra></extra>',
      },
      {
        type: 'scatter', mode: 'markers', name: 'diverged', showlegend: false,
        x: s.diverged_at.flatMap((row) => row.flatMap((d, b) => (d !== null ? [label(r.lrs[b])] : []))),
        y: s.diverged_at.flatMap((row, a) => row.flatMap((d) => (d !== null ? [label(r.scales[a])] : []))),
        marker: { symbol: 'x-thin-open', size: 14, color: '#dc2626', line: { width: 2 } },
      },
      { type: 'scatter', mode: 'markers', name: 'shown cell', showlegend: false, x: [label(r.lrs[j])], y: [label(r.scales[i])], marker: { symbol: 'square-open', size: 26, color: '#f59e0b', line: { width: 3 } } },
    ],
    layout: { xaxis: { title: { text: 'learning rate' }, type: 'category' }, yaxis: { title: { text: 'init scale s' }, type: 'category' } },
  });
  const curve = (s: Sweep, name: string, k: number) => {
    const t = thin(s.curves[i][j]);
    return { type: 'scatter', mode: 'lines', name, x: t.t, y: t.v, line: { color: palette[k], width: 2, dash: k ? 'dash' : 'solid' } };
  };
  const state = (s: Sweep) => (s.diverged_at[i][j] !== null ? `diverged at step ${s.diverged_at[i][j]}` : `loss ${num(s.final_loss[i][j])}`);
  const readouts = [
    { label: '3-layer: cells that train', value: `${Math.round(100 * r.three.trained_fraction)}%`, hint: 'final loss below a tenth of mean(y²), the loss of predicting 0' },
    { label: '5-layer: cells that train', value: `${Math.round(100 * r.five.trained_fraction)}%` },
    { label: 'Shown cell', value: `lr ${label(r.lrs[j])}, s ${label(r.scales[i])}` },
    { label: '3-layer there', value: state(r.three) },
    { label: '5-layer there', value: state(r.five) },
  ];
  const summary = `Across ${r.lrs.length * r.scales.length} settings, ${Math.round(100 * r.three.trained_fraction)}% train the 3-layer network and ${Math.round(100 * r.five.trained_fraction)}% the 5-layer one.`;
  return {
    plots: [
      heat(r.three, '3 layers (2 hidden)', 'three'),
      heat(r.five, '5 layers (4 hidden)', 'five'),
      {
        id: 'curves', title: `Loss curves at lr ${label(r.lrs[j])}, init scale ${label(r.scales[i])}`,
        data: [curve(r.three, '3 layers', 0), curve(r.five, '5 layers', 1)],
        layout: {
          xaxis: { title: { text: 'step' }, range: [0, p.steps] }, yaxis: { title: { text: 'loss (MSE)' }, type: 'log' },
          shapes: [{ type: 'line', xref: 'paper', x0: 0, x1: 1, y0: 0.1 * r.baseline, y1: 0.1 * r.baseline, line: { color: '#059669', dash: 'dot', width: 1 } }],
        },
      },
    ],
    readouts,
    summary,
    notes: ['A cell counts as trained when its final loss is below the dotted line: a tenth of the loss of always predicting 0.'],
  };
}
