import { num } from '../../runtime/format';
import { palette } from '../../runtime/palette';
import type { View } from '../../runtime/types';
import type { PolyParams, PolyResult } from './compute';

const vline = (x: number, color: string, text: string) => ({
  shape: { type: 'line', xref: 'x', yref: 'paper', x0: x, x1: x, y0: 0, y1: 1, line: { color, dash: 'dot', width: 1.5 } },
  note: { x, xref: 'x', yref: 'paper', y: 1, yanchor: 'bottom', text, showarrow: false, font: { color } },
});

export function view(r: PolyResult, p: PolyParams): View {
  const n = r.x_train.length;
  const k = p.degree - 1;
  const over = p.degree > r.interpolation_degree;
  const labels = Array.from(r.t_train).concat(Array.from(r.truth));
  const lo = Math.min(...labels), hi = Math.max(...labels), pad = 0.5 * (hi - lo || 1);
  const threshold = vline(r.interpolation_degree, palette[7], 'n − 1');
  const chosen = vline(p.degree, palette[1], 'shown');
  const degrees = Array.from(r.degrees);
  const errorLine = (name: string, y: Float64Array, color: string, dash: string) => ({
    type: 'scatter', mode: 'lines+markers', name, x: degrees, y: Array.from(y), line: { color, dash, width: 2 }, marker: { size: 4 },
  });

  const regime = over
    ? `degree ${p.degree} has ${p.degree + 1} coefficients for ${n} points: infinitely many interpolants, and this is the one of smallest norm`
    : p.degree === r.interpolation_degree
      ? `degree ${p.degree} has exactly n = ${n} coefficients: the unique interpolant`
      : `degree ${p.degree} has fewer coefficients than points: the least-squares fit`;
  const notes: string[] = [];
  if (p.degree > p.max_degree) notes.push('The degree shown is past the sweep; raise “Sweep up to degree”.');
  const testAtThreshold = r.test_error[r.interpolation_degree - 1];
  if (r.interpolation_degree <= p.max_degree && over && r.test_error[k] < testAtThreshold)
    notes.push(`Test error at degree ${p.degree} (${num(r.test_error[k], 3)}) is below its value at the threshold (${num(testAtThreshold, 3)}): more parameters helped here.`);

  return {
    plots: [
      {
        id: 'fit', title: `Degree ${p.degree}: ${over ? 'min-norm interpolant' : p.degree === r.interpolation_degree ? 'interpolant' : 'least-squares fit'}`,
        data: [
          { type: 'scatter', mode: 'lines', name: 'true function', x: Array.from(r.x_grid), y: Array.from(r.truth), line: { color: palette[7], dash: 'dash', width: 2 } },
          { type: 'scatter', mode: 'lines', name: `fit, degree ${p.degree}`, x: Array.from(r.x_grid), y: Array.from(r.fit), line: { color: palette[0], width: 2.5 } },
          { type: 'scatter', mode: 'markers', name: 'training samples', x: Array.from(r.x_train), y: Array.from(r.t_train), marker: { color: palette[1], size: 8, symbol: 'circle' } },
        ],
        layout: { xaxis: { title: { text: 'x' }, range: [-1.02, 1.02] }, yaxis: { title: { text: 'y' }, range: [lo - pad, hi + pad] } },
      },
      {
        id: 'errors', title: 'Train and test error against degree (log scale)',
        data: [
          errorLine('test error', r.test_error, palette[1], 'solid'),
          errorLine('train error', r.train_error, palette[0], 'dash'),
        ],
        layout: {
          xaxis: { title: { text: 'degree' } }, yaxis: { title: { text: 'mean squared error' }, type: 'log', exponentformat: 'power' },
          shapes: [threshold.shape, chosen.shape], annotations: [threshold.note, chosen.note],
        },
      },
      {
        id: 'norm', title: 'Norm of the coefficient vector (log scale)',
        data: [errorLine('‖w‖', r.coef_norm, palette[2], 'solid')],
        layout: {
          xaxis: { title: { text: 'degree' } }, yaxis: { title: { text: '‖w‖' }, type: 'log', exponentformat: 'power' },
          shapes: [threshold.shape, chosen.shape],
        },
      },
    ],
    readouts: [
      { label: 'Train error', value: num(r.train_error[k], 3), hint: 'mean squared residual on the samples' },
      { label: 'Test error', value: num(r.test_error[k], 3), hint: 'mean squared distance to the true function over [−1, 1]' },
      { label: '‖w‖', value: num(r.coef_norm[k], 3) },
      { label: 'Interpolation from degree', value: String(r.interpolation_degree), hint: 'n − 1 for n distinct points' },
      { label: 'Best degree (test)', value: String(r.best_degree), hint: `test error ${num(r.test_error[r.best_degree - 1], 3)}` },
    ],
    summary: `With ${n} samples, ${regime}; train error ${num(r.train_error[k], 3)}, test error ${num(r.test_error[k], 3)}.`,
    notes,
  };
}
