import { dashes, palette } from '../../runtime/palette';
import { num, range } from '../../runtime/format';
import type { View } from '../../runtime/types';
import type { WideParams, WideResult } from './compute';

const pct = (f: number) => `${num(100 * f, 3)}%`;
const LO = -5, HI = 20;

export function view(r: WideResult, p: WideParams): View {
  const L = r.landscape;
  const limitSharp = 2 / L.sharp_curvature, limitWide = 2 / L.wide_curvature;
  const factorSharp = Math.abs(1 - p.alpha * L.sharp_curvature), factorWide = Math.abs(1 - p.alpha * L.wide_curvature);
  const vline = (x: number, color: string, dash = 'dot') => ({ type: 'line', xref: 'x', yref: 'paper', x0: x, x1: x, y0: 0, y1: 1, line: { color, dash, width: 1.5 } });

  // 1. The function and its landmarks.
  const fPlot = [
    { type: 'scatter', mode: 'lines', name: 'f(θ)', x: Array.from(L.theta), y: Array.from(L.f), line: { color: '#111827', width: 2 } },
    { type: 'scatter', mode: 'markers', name: 'sharp minimum', x: [L.sharp], y: [0], marker: { size: 11, symbol: 'triangle-up', color: palette[1] } },
    { type: 'scatter', mode: 'markers', name: 'wide minimum', x: [L.wide], y: [50], marker: { size: 11, symbol: 'square', color: palette[0] } },
  ];

  // 2. Where the starts end.
  const width = (HI - LO) / r.histogram.length;
  const centers = range(r.histogram.length, (i) => LO + (i + 0.5) * width);
  const hist = [{ type: 'bar', name: 'final θ', x: centers, y: Array.from(r.histogram), width, marker: { color: palette[2] } }];

  // 3. Sample paths, drawn until they leave the axis; log time so the first steps show.
  const paths = r.paths.map((path, i) => ({
    type: 'scatter', mode: 'lines+markers', name: `start ${num(path[0], 3)}`, x: range(path.length, (t) => t + 1), y: Array.from(path),
    line: { color: palette[i % palette.length], dash: dashes[i % dashes.length], width: 1.5 }, marker: { size: 3 },
  }));

  // 4. The three fractions.
  const fractions = [{
    type: 'bar', x: ['sharp (θ ≈ 0)', 'wide (θ ≈ 10)', 'not converged'], y: [r.fraction_sharp, r.fraction_wide, r.fraction_diverged],
    marker: { color: [palette[1], palette[0], palette[7]], pattern: { shape: ['/', '', 'x'] } },
    text: [pct(r.fraction_sharp), pct(r.fraction_wide), pct(r.fraction_diverged)], textposition: 'outside', name: 'fraction',
  }];

  const readouts = [
    { label: 'Sharp minimum', value: pct(r.fraction_sharp), hint: `ends within ${L.settled_radius} of θ = ${num(L.sharp)}` },
    { label: 'Wide minimum', value: pct(r.fraction_wide), hint: `ends within ${L.settled_radius} of θ = ${num(L.wide)}` },
    { label: 'Not converged', value: pct(r.fraction_diverged), hint: `still bouncing after ${p.iters} steps, or escaped (${pct(r.fraction_escaped)} left |θ| ≤ 10⁶)` },
    { label: 'Sharp well stable for', value: `α < ${num(limitSharp)}`, hint: `2 / f″ with f″ = ${num(L.sharp_curvature)} at the sharp minimum` },
    { label: 'Wide well stable for', value: `α < ${num(limitWide)}`, hint: `2 / f″ with f″ = ${num(L.wide_curvature)} at the wide minimum` },
    { label: 'Per-step factor near each minimum', value: `${num(factorSharp)} (sharp) · ${num(factorWide)} (wide)`, hint: '|1 − α f″|: above 1 pushes the iterate out' },
  ];

  const notes: string[] = [];
  if (p.alpha > limitSharp)
    notes.push(`α = ${num(p.alpha)} is above 2/f″ = ${num(limitSharp)} at the sharp minimum: there each step multiplies the distance to it by ${num(factorSharp)}, so no iterate can stay in that well.`);
  if (p.alpha > limitWide)
    notes.push(`α is also above 2/f″ = ${num(limitWide)} at the wide minimum: neither well can hold an iterate.`);
  if (r.counts.above_range + r.counts.below_range > 0)
    notes.push(`${r.counts.above_range + r.counts.below_range} of ${p.starts} runs ended outside [−5, 20] and are not in the histogram.`);

  const summary = `With α = ${num(p.alpha)}, of ${p.starts.toLocaleString('en-US')} starts ${pct(r.fraction_sharp)} end in the sharp minimum, ${pct(r.fraction_wide)} in the wide one and ${pct(r.fraction_diverged)} in neither.`;

  return {
    plots: [
      {
        id: 'function', title: 'The two-minimum function f',
        data: fPlot,
        layout: {
          xaxis: { title: { text: 'θ' } }, yaxis: { title: { text: 'f(θ)' }, range: [-10, 260] },
          shapes: [vline(L.barrier, '#6b7280')],
          annotations: [{ x: L.barrier, y: 250, text: 'barrier', showarrow: false, font: { color: '#6b7280' } }],
        },
      },
      {
        id: 'histogram', title: 'Where the runs end (final θ)',
        data: hist,
        layout: { xaxis: { title: { text: 'final θ' }, range: [LO, HI] }, yaxis: { title: { text: 'runs' } }, bargap: 0 },
      },
      {
        id: 'fractions', title: 'Outcome of every start',
        data: fractions,
        layout: { yaxis: { title: { text: 'fraction' }, range: [0, 1.15] }, showlegend: false },
      },
      {
        id: 'paths', title: 'Sample runs θ_t',
        data: paths,
        layout: { xaxis: { title: { text: 'step t + 1' }, type: 'log' }, yaxis: { title: { text: 'θ_t' }, range: [LO - 1, HI + 1] } },
      },
    ],
    readouts,
    summary,
    notes,
  };
}
