import { thin } from '../../engine/mlp';
import { num, range } from '../../runtime/format';
import { dashes, palette } from '../../runtime/palette';
import type { View } from '../../runtime/types';
import type { ReluParams, ReluResult } from './compute';

const vline = (x: number, color: string, dash: string) => ({
  type: 'line', xref: 'x', yref: 'paper', x0: x, x1: x, y0: 0, y1: 1, line: { color, width: 1.5, dash },
});

/** Which of the source's cases the point and unit fall in. */
export function caseOf(r: ReluResult, p: ReluParams): string {
  if (!r.active) return 'inactive: φ(x) = 0, so no gradient reaches w or b and nothing moves';
  const sign = (v: number) => (v > 0 ? '> 0' : v < 0 ? '< 0' : '= 0');
  return `active, w ${sign(p.w)}, x ${sign(p.x)}`;
}

function slopeChange(r: ReluResult, p: ReluParams): string {
  if (!r.active || r.grad_w === 0) return 'the slope stays the same';
  return Math.abs(r.w_after) < Math.abs(p.w) ? 'the slope gets flatter' : 'the slope gets steeper';
}

function elbowChange(r: ReluResult): string {
  if (r.elbow === null || r.elbow_after === null) return r.elbow_after === null ? 'φ becomes flat (no elbow)' : 'an elbow appears';
  const d = r.elbow_after - r.elbow;
  return d === 0 ? 'the elbow stays put' : `the elbow moves ${d > 0 ? 'right' : 'left'} by ${num(Math.abs(d), 3)}`;
}

export function view(r: ReluResult, p: ReluParams): View {
  const n = r.network;
  const xs = range(241, (i) => -3 + i * 0.025);
  const phi = (w: number, b: number) => xs.map((x) => Math.max(0, w * x + b));
  const single = {
    id: 'single', title: 'One ReLU before and after one SGD step (click to place the training point)',
    data: [
      { type: 'scatter', mode: 'lines', name: 'φ before', x: xs, y: phi(p.w, p.b), line: { color: palette[0], width: 2.5 } },
      { type: 'scatter', mode: 'lines', name: 'φ after one step', x: xs, y: phi(r.w_after, r.b_after), line: { color: palette[1], width: 2.5, dash: 'dash' } },
      { type: 'scatter', mode: 'markers', name: 'training point (x, y)', x: [p.x], y: [p.y], marker: { size: 11, color: palette[2], symbol: 'star' } },
      { type: 'scatter', mode: 'markers', name: 'prediction φ(x)', x: [p.x], y: [r.phi], marker: { size: 9, color: palette[0], symbol: 'circle-open' } },
    ],
    layout: {
      xaxis: { title: { text: 'x' }, range: [-3, 3] }, yaxis: { title: { text: 'φ(x)' } },
      shapes: [
        ...(r.elbow !== null ? [vline(r.elbow, palette[0], 'dot')] : []),
        ...(r.elbow_after !== null ? [vline(r.elbow_after, palette[1], 'dash')] : []),
      ],
    },
  };

  const live = (i: number) => n.w[i] !== 0;
  const units = range(n.elbows.length).filter(live);
  const network = {
    id: 'network', title: 'The network and its elbows',
    data: [
      { type: 'scatter', mode: 'markers', name: 'training data', x: Array.from(n.data_x), y: Array.from(n.data_y), marker: { size: 6, color: '#6b7280' } },
      { type: 'scatter', mode: 'lines', name: 'network f(x)', x: Array.from(n.grid), y: Array.from(n.fit), line: { color: palette[0], width: 2.5 } },
      {
        type: 'scatter', mode: 'markers', name: 'elbows −bᵢ/wᵢ', x: units.map((i) => n.elbows[i]), y: units.map((i) => n.fit_at_elbows[i]),
        marker: { size: 10, symbol: 'triangle-up', color: palette[1] },
      },
    ],
    layout: { xaxis: { title: { text: 'x' }, range: [-1.2, 1.2] }, yaxis: { title: { text: 'f(x)' } } },
  };

  const paths = {
    id: 'paths', title: 'Where each elbow sits during training',
    data: units.map((i, k) => ({
      type: 'scatter', mode: 'lines', name: `unit ${i + 1}`, showlegend: units.length <= 8,
      x: n.paths[i], y: n.path_steps, line: { color: palette[k % palette.length], dash: dashes[k % dashes.length], width: 1.5 },
    })),
    layout: { xaxis: { title: { text: 'elbow position' }, range: [-1.5, 1.5] }, yaxis: { title: { text: 'step' } } },
  };

  const fs = n.first_step;
  const stepPlot = {
    id: 'first-step', title: 'One SGD step on (x, y) from the initialization: elbows by formula and as taken',
    data: [
      { type: 'scatter', mode: 'markers', name: 'before, eᵢ', x: units.map((i) => i + 1), y: units.map((i) => fs.before[i]), marker: { size: 9, color: '#6b7280' } },
      { type: 'scatter', mode: 'markers', name: "formula, eᵢ'", x: units.map((i) => i + 1), y: units.map((i) => fs.formula[i]), marker: { size: 13, symbol: 'x-thin-open', color: palette[1], line: { width: 2 } } },
      { type: 'scatter', mode: 'markers', name: 'actual step', x: units.map((i) => i + 1), y: units.map((i) => fs.actual[i]), marker: { size: 12, symbol: 'diamond-open', color: palette[0] } },
    ],
    layout: { xaxis: { title: { text: 'hidden unit i' }, dtick: 1 }, yaxis: { title: { text: 'elbow position' } } },
  };

  const loss = thin(n.loss);
  const lossPlot = {
    id: 'loss', title: 'Training loss (½ mean squared error, log scale)',
    data: [{ type: 'scatter', mode: 'lines', name: 'loss', x: loss.t, y: loss.v, line: { color: palette[0], width: 2 } }],
    layout: { xaxis: { title: { text: 'step' }, range: [0, n.total] }, yaxis: { title: { text: 'loss' }, type: 'log' } },
  };

  const gap = units.reduce((m, i) => Math.max(m, Math.abs(fs.formula[i] - fs.actual[i])), 0);
  const moved = units.filter((i) => fs.active[i]).length;
  const readouts = [
    { label: 'Elbow e = −b/w', value: r.elbow === null ? 'none (w = 0)' : num(r.elbow) },
    { label: "Elbow after the step", value: r.elbow_after === null ? 'none (w′ = 0)' : num(r.elbow_after) },
    { label: 'dℓ/dφ = φ(x) − y', value: num(r.dloss_dphi) },
    { label: '∂ℓ/∂w', value: num(r.grad_w), hint: '(φ(x) − y)·x when the unit is active, else 0' },
    { label: '∂ℓ/∂b', value: num(r.grad_b), hint: 'φ(x) − y when the unit is active, else 0' },
    { label: 'Case', value: caseOf(r, p) },
    { label: 'Network step', value: `${n.step} of ${n.total}` },
    { label: 'Network loss', value: n.loss.length ? num(n.loss[n.loss.length - 1]) : '—' },
    { label: 'Formula vs actual elbows', value: `max gap ${num(gap, 2)}`, hint: `${moved} of ${units.length} units were active at x and moved` },
  ];
  const notes: string[] = [];
  if (n.diverged_at !== null) notes.push(`The network diverged at step ${n.diverged_at}: the loss grew a millionfold. Lower the learning rate.`);
  if (units.length < n.elbows.length) notes.push(`${n.elbows.length - units.length} unit(s) have w = 0 and no elbow.`);
  const summary = `One step on the point (${num(p.x, 3)}, ${num(p.y, 3)}): ${slopeChange(r, p)} and ${elbowChange(r)}. ` +
    `The network of ${p.units} ReLUs is at step ${n.step} of ${n.total} with loss ${n.loss.length ? num(n.loss[n.loss.length - 1]) : '—'}.`;
  return { plots: [single, network, paths, stepPlot, lossPlot], readouts, summary, notes };
}
