import { palette } from '../../runtime/palette';
import { num, range } from '../../runtime/format';
import type { View } from '../../runtime/types';
import type { ConvParams, ConvResult } from './compute';
import { SWEEP_ITERS } from './compute';

const bytes = (b: number) => (b >= 1 << 20 ? `${num(b / (1 << 20), 3)} MB` : b >= 1024 ? `${num(b / 1024, 3)} KB` : `${b} B`);
const ms = (s: number) => `${num(s * 1e3, 3)} ms`;

export function view(r: ConvResult, p: ConvParams): View {
  const n = r.x.length, m = r.b.length, k = p.k.length;
  const shift = (k - 1) / 2; // b_i sees x_i .. x_{i+r-1}: draw it at the window's middle

  const signalData = [
    ...(r.signal ? [{ type: 'scatter', mode: 'lines', name: 'true signal', x: range(n), y: Array.from(r.signal), line: { color: '#111827', width: 2, shape: 'hv' } }] : []),
    { type: 'scatter', mode: 'markers', name: 'observation b', x: range(m, (i) => i + shift), y: Array.from(r.b), marker: { color: palette[3], size: 4, symbol: 'circle-open' } },
    { type: 'scatter', mode: 'lines', name: 'squared loss instead', x: range(n), y: Array.from(r.x_squared), line: { color: palette[7], width: 1, dash: 'dot' } },
    { type: 'scatter', mode: 'lines', name: `Huber recovery x (${r.loss_history.length - 1} steps)`, x: range(n), y: Array.from(r.x), line: { color: palette[0], width: 2 } },
  ];
  const finite = Array.from(r.b).concat(Array.from(r.x));
  const lo = Math.min(...finite, -1), hi = Math.max(...finite, 1);

  const loss = Array.from(r.loss_history);
  const sweep = r.sweep;
  const dense = sweep.filter((s) => s.seconds_dense !== null);
  const timing = [
    { type: 'scatter', mode: 'lines+markers', name: 'matrix-free', x: sweep.map((s) => s.n), y: sweep.map((s) => Math.max(s.seconds_free, 1e-7)), line: { color: palette[0], width: 2 }, marker: { symbol: 'circle' } },
    { type: 'scatter', mode: 'lines+markers', name: 'dense (forming A included)', x: dense.map((s) => s.n), y: dense.map((s) => Math.max(s.seconds_dense!, 1e-7)), line: { color: palette[1], dash: 'dash', width: 2 }, marker: { symbol: 'square' } },
  ];
  const memory = [
    { type: 'scatter', mode: 'lines+markers', name: 'matrix-free: k only', x: sweep.map((s) => s.n), y: sweep.map((s) => s.bytes_free), line: { color: palette[0], width: 2 } },
    { type: 'scatter', mode: 'lines+markers', name: 'dense m × n', x: dense.map((s) => s.n), y: dense.map((s) => s.bytes_dense!), line: { color: palette[1], dash: 'dash', width: 2 }, marker: { symbol: 'square' } },
  ];
  const worstDiff = Math.max(0, ...dense.map((s) => s.max_difference ?? 0));
  const largest = sweep[sweep.length - 1];
  const lastDense = dense[dense.length - 1];
  const adjointGap = Math.abs(r.adjoint_ax_y - r.adjoint_x_aty);

  const readouts = [
    { label: 'Objective', value: `${num(loss[0])} → ${num(loss[loss.length - 1])}`, hint: 'Huber(Ax − b) + λ/2 ‖x‖², from x = 0' },
    { label: 'Sizes', value: `x: ${n}, b: ${m}, k: ${k}`, hint: 'm = n − r + 1' },
    { label: '⟨Ax, y⟩ − ⟨x, Aᵀy⟩', value: num(adjointGap, 2), hint: `${num(r.adjoint_ax_y, 8)} vs ${num(r.adjoint_x_aty, 8)} for random x, y` },
    { label: 'Dense vs matrix-free x', value: r.dense_max_difference === null ? 'not rerun densely (too large)' : `max difference ${num(r.dense_max_difference, 2)}`, hint: 'the same GD run with A as a formed matrix' },
    { label: `Time for ${SWEEP_ITERS} steps at n = ${largest.n.toLocaleString('en-US')}`, value: ms(largest.seconds_free), hint: 'matrix-free, measured in your browser' },
    ...(r.rms_error ? [{ label: 'RMS error: Huber · squared', value: `${num(r.rms_error.huber)} · ${num(r.rms_error.squared)}`, hint: 'distance to the true signal per entry, for the two losses' }] : []),
    ...(lastDense ? [{ label: `At n = ${lastDense.n}`, value: `${ms(lastDense.seconds_free)} free · ${ms(lastDense.seconds_dense!)} dense`, hint: `operator storage ${bytes(lastDense.bytes_free)} versus ${bytes(lastDense.bytes_dense!)}` }] : []),
  ];
  const notes: string[] = [];
  if (r.diverged_at !== null)
    notes.push(`Diverged at step ${r.diverged_at}: the objective passed a million times its start. The Huber gradient is bounded, so only the ridge term can blow up: here αλ = ${num(p.alpha * p.lambda)} > 2.`);
  if (dense.length) notes.push(`Over the sweep, dense and matrix-free x differ by at most ${num(worstDiff, 2)}.`);

  const summary = `Gradient descent took the objective from ${num(loss[0])} to ${num(loss[loss.length - 1])}; applied without forming A, ${SWEEP_ITERS} steps at n = ${largest.n.toLocaleString('en-US')} took ${ms(largest.seconds_free)}${lastDense ? `, while the dense matrix at n = ${lastDense.n} needed ${bytes(lastDense.bytes_dense!)} and ${ms(lastDense.seconds_dense!)}` : ''}.`;

  return {
    plots: [
      {
        id: 'signal', title: 'Signal, blurred observation and recovery',
        data: signalData,
        layout: { xaxis: { title: { text: 'index' } }, yaxis: { title: { text: 'value' }, range: [Math.max(lo, -12) - 0.5, Math.min(hi, 12) + 0.5] } },
      },
      {
        id: 'loss', title: 'Objective per step',
        data: [{ type: 'scatter', mode: 'lines', name: 'objective', x: range(loss.length), y: loss, line: { color: palette[0], width: 2 } }],
        layout: { xaxis: { title: { text: 'step' } }, yaxis: { title: { text: 'Huber + ridge' }, type: 'log' } },
      },
      {
        id: 'time', title: `Time for ${SWEEP_ITERS} GD steps`,
        data: timing,
        layout: { xaxis: { title: { text: 'n' }, type: 'log' }, yaxis: { title: { text: 'seconds' }, type: 'log' } },
      },
      {
        id: 'memory', title: 'Storage of the operator',
        data: memory,
        layout: { xaxis: { title: { text: 'n' }, type: 'log' }, yaxis: { title: { text: 'bytes' }, type: 'log' } },
      },
    ],
    readouts,
    summary,
    notes,
  };
}
