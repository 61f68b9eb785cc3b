import { num, vec } from '../../runtime/format';
import { dashes, palette } from '../../runtime/palette';
import type { Plot, View } from '../../runtime/types';
import { methods, type BiasParams, type BiasResult, type Method } from './compute';

const label: Record<Method, string> = {
  gd: 'GD', sgd: 'SGD', minibatch: 'minibatch SGD', adagrad: 'AdaGrad', rmsprop: 'RMSProp', adam: 'Adam',
};
const symbols = ['circle', 'square', 'triangle-up', 'diamond', 'x', 'cross'];
const style = (i: number) => ({ color: palette[i], dash: dashes[i], width: 2 });
const norm = (v: ArrayLike<number>) => Math.hypot(...Array.from(v));

function plane(r: BiasResult): Plot {
  const ends = methods.map((m) => r.solutions[m].w);
  const pts = [...ends, r.min_norm, [0, 0]];
  const xs = pts.map((w) => w[0]), ys = pts.map((w) => w[1]);
  const span = Math.max(1, Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  const pad = 0.3 * span, far = 4 * span + norm(r.min_norm);
  const lines: Record<string, unknown>[] = [];
  if (r.rank === 1) {
    const row = r.X.reduce((best, x) => (norm(x) > norm(best) ? x : best), r.X[0]);
    const u = [row[0] / norm(row), row[1] / norm(row)], m = r.min_norm;
    lines.push({
      type: 'scatter', mode: 'lines', name: 'solutions', x: [m[0] - far * u[1], m[0] + far * u[1]], y: [m[1] + far * u[0], m[1] - far * u[0]],
      line: { color: '#9ca3af', width: 3 }, hoverinfo: 'skip',
    });
  }
  return {
    id: 'plane', title: 'Paths from w = 0 in the parameter plane',
    data: [
      ...lines,
      ...methods.map((m, i) => ({
        type: 'scatter', mode: 'lines+markers', name: label[m], x: Array.from(r.solutions[m].path.w[0]), y: Array.from(r.solutions[m].path.w[1]),
        line: style(i), marker: { symbol: symbols[i], size: 5, color: palette[i], maxdisplayed: 40 },
      })),
      {
        type: 'scatter', mode: 'markers', name: 'min-norm X⁺t', x: [r.min_norm[0]], y: [r.min_norm[1]],
        marker: { symbol: 'star', size: 16, color: '#111827' },
      },
    ],
    layout: {
      xaxis: { title: { text: 'w₁' }, range: [Math.min(...xs) - pad, Math.max(...xs) + pad] },
      yaxis: { title: { text: 'w₂' }, range: [Math.min(...ys) - pad, Math.max(...ys) + pad], scaleanchor: 'x' },
      legend: { orientation: 'h', y: -0.2 },
    },
  };
}

export function view(r: BiasResult, p: BiasParams): View {
  const d = r.min_norm.length, n = r.X.length;
  const names = methods.map((m) => label[m]);
  const norms: Plot = {
    id: 'norms', title: 'Norm of where each method ends, against ‖X⁺t‖',
    data: [{
      type: 'bar', name: '‖w_final‖', x: names, y: methods.map((m) => r.solutions[m].norm),
      marker: { color: methods.map((_, i) => palette[i]) },
      customdata: methods.map((m) => [r.solutions[m].loss, r.solutions[m].distance]),
      hovertemplate: '%{x}: ‖w‖ = %{y:.5g}<br>loss %{customdata[0]:.3g}, ‖w − X⁺t‖ = %{customdata[1]:.3g}<extra></extra>',
    }],
    layout: {
      yaxis: { title: { text: '‖w‖' }, rangemode: 'tozero' },
      shapes: [{ type: 'line', xref: 'paper', x0: 0, x1: 1, y0: r.min_norm_norm, y1: r.min_norm_norm, line: { color: '#111827', dash: 'dash', width: 1.5 } }],
      annotations: [{ xref: 'paper', x: 1, y: r.min_norm_norm, yanchor: 'bottom', xanchor: 'right', text: `‖X⁺t‖ = ${num(r.min_norm_norm)}`, showarrow: false }],
    },
  };
  const distance: Plot = {
    id: 'distance', title: 'Distance to the min-norm solution, ‖w_t − X⁺t‖ (log scale)',
    data: methods.map((m, i) => {
      const path = r.solutions[m].path;
      return {
        type: 'scatter', mode: 'lines', name: label[m], x: Array.from(path.step),
        y: Array.from(path.step, (_, k) => Math.max(1e-16, Math.hypot(...path.w.map((c, j) => c[k] - r.min_norm[j])))),
        line: style(i),
      };
    }),
    layout: { xaxis: { title: { text: 'step t' }, type: 'log' }, yaxis: { title: { text: 'distance' }, type: 'log', exponentformat: 'power' } },
  };

  const notes: string[] = [];
  const scale = 1e-12 * (1 + Array.from(r.t).reduce((s, v) => s + v * v, 0));
  for (const m of methods) {
    const o = r.solutions[m];
    if (o.diverged_at !== null) notes.push(`${label[m]} diverged at step ${o.diverged_at}; try a smaller η${m === 'gd' ? ` (GD needs η < ${num(r.eta_max)})` : ''}.`);
    else if (o.loss > r.residual_loss + 1e-6 * (1 + r.residual_loss)) notes.push(`${label[m]} has not converged yet (loss ${num(o.loss, 3)}): its end point is not a limit; give it more steps.`);
  }
  if (r.residual_loss > scale) notes.push('Xw = t has no exact solution here, so the methods aim for least-squares minimizers.');
  if (n === 1) notes.push('With a single data point SGD and minibatch SGD take the same steps as GD.');

  const readouts = [
    { label: 'Min-norm X⁺t', value: vec(r.min_norm), hint: `‖X⁺t‖ = ${num(r.min_norm_norm)}` },
    ...methods.map((m) => {
      const o = r.solutions[m];
      return {
        label: label[m], value: o.diverged_at !== null ? `diverged (step ${o.diverged_at})` : `‖w‖ = ${num(o.norm)}`,
        hint: `ends at ${vec(o.w)}; distance to X⁺t ${num(o.distance, 3)}; outside the row space by ${num(o.row_space_gap, 3)}`,
      };
    }),
  ];
  const rowMethods = methods.filter((m) => r.solutions[m].diverged_at === null && r.solutions[m].distance < 1e-4 * (1 + r.min_norm_norm));
  const summary = `${n} × ${d} problem, η = ${num(p.eta)}: ${rowMethods.length ? rowMethods.map((m) => label[m]).join(', ') : 'no method'} end${rowMethods.length === 1 ? 's' : ''} at the min-norm solution (norm ${num(r.min_norm_norm)}); AdaGrad ends with norm ${num(r.solutions.adagrad.norm)}, RMSProp ${num(r.solutions.rmsprop.norm)}, Adam ${num(r.solutions.adam.norm)}.`;
  return { plots: d === 2 ? [plane(r), norms, distance] : [norms, distance], readouts, summary, notes };
}
