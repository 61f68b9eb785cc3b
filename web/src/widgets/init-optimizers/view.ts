import { thin } from '../../engine/mlp';
import { num, range } from '../../runtime/format';
import { dashes, palette } from '../../runtime/palette';
import type { View } from '../../runtime/types';
import type { InitOptParams, InitOptResult } from './compute';

/** Mean over windows of w steps, so minibatch noise does not hide the trend. */
function smooth(v: ArrayLike<number>, w: number): Float64Array {
  const out = new Float64Array(v.length);
  let sum = 0;
  for (let i = 0; i < v.length; i++) {
    sum += v[i];
    if (i >= w) sum -= v[i - w];
    out[i] = sum / Math.min(i + 1, w);
  }
  return out;
}

export function view(r: InitOptResult, p: InitOptParams): View {
  const style = (i: number) => ({ color: palette[i % palette.length], dash: dashes[i % dashes.length], width: 2 });
  const window = p.batch > 0 && p.batch < p.points ? Math.max(1, Math.round(p.points / p.batch)) : 1;
  const lossTraces = r.runs.map((run, i) => {
    const t = thin(smooth(run.loss, window));
    return { type: 'scatter', mode: 'lines', name: run.label, x: t.t, y: t.v, line: style(i) };
  });
  const fits = [
    { type: 'scatter', mode: 'markers', name: 'training data', x: Array.from(r.data_x), y: Array.from(r.data_y), marker: { size: 4, color: '#6b7280' } },
    ...r.runs.map((run, i) => ({ type: 'scatter', mode: 'lines', name: run.label, showlegend: false, x: Array.from(r.grid), y: Array.from(run.fit), line: style(i) })),
  ];
  const layers = r.runs[0]?.mean_grad_norms.length ?? 0;
  const bars = r.runs.map((run, i) => ({
    type: 'bar', name: run.label, x: range(layers, (l) => `layer ${l + 1}`), y: run.mean_grad_norms, marker: { color: palette[i % palette.length] },
  }));
  const focus = r.runs[Math.min(p.focus, r.runs.length) - 1];
  const perLayer = focus.grad_norms.map((g, l) => {
    const t = thin(smooth(g, window));
    return { type: 'scatter', mode: 'lines', name: `layer ${l + 1}${l === layers - 1 ? ' (output)' : ''}`, x: t.t, y: t.v, line: { ...style(l), width: 1.5 } };
  });

  const best = r.runs.reduce((b, run) => (run.final_loss < b.final_loss ? run : b), r.runs[0]);
  const readouts = r.runs.map((run) => ({
    label: run.label,
    value: run.diverged_at !== null ? `diverged at step ${run.diverged_at}` : `loss ${num(run.final_loss)}`,
    hint: 'mean squared error on all training points at the current step',
  }));
  const notes = r.runs.filter((run) => run.diverged_at !== null).map((run) => `${run.label} diverged at step ${run.diverged_at}: its loss grew a millionfold, so training stopped.`);
  const summary = `Step ${r.step} of ${r.total}: ${r.runs.length} runs of a ${p.depth}-hidden-layer network; the lowest loss so far is ${num(best.final_loss)} (${best.label}).`;
  return {
    plots: [
      { id: 'loss', title: `Training loss (mean squared error${window > 1 ? ', averaged per epoch' : ''})`, data: lossTraces, layout: { xaxis: { title: { text: 'step' }, range: [0, r.total] }, yaxis: { title: { text: 'loss' }, type: 'log' } } },
      { id: 'fit', title: 'What each run has learned', data: fits, layout: { xaxis: { title: { text: 'x' } }, yaxis: { title: { text: 'f(x)' } } } },
      { id: 'mean-grad', title: 'Mean gradient norm of each layer over training', data: bars, layout: { barmode: 'group', yaxis: { title: { text: 'mean ‖∂L/∂layer‖' }, type: 'log' } } },
      { id: 'grad', title: `Gradient norm per layer over training: ${focus.label}`, data: perLayer, layout: { xaxis: { title: { text: 'step' }, range: [0, r.total] }, yaxis: { title: { text: '‖∂L/∂layer‖' }, type: 'log' } } },
    ],
    readouts,
    summary,
    notes,
  };
}
