import { dashes, palette } from '../../runtime/palette';
import { num, steps } from '../../runtime/format';
import type { View } from '../../runtime/types';
import { SCHEDULES, type NormParams, type NormResult, type ScheduleName } from './compute';

const LABEL: Record<ScheduleName, string> = {
  constant: 'constant s', harmonic: 's/(i+1)', sqrt: 's/√(i+1)', polyak: 'Polyak',
};
// Distances of exactly 0 (landing on b) have no place on a log axis: draw them at this floor.
const FLOOR = 1e-16;
/** Runs longer than this are drawn without markers on the distance plot. */
const MARKED_STEPS = 100;

/** "≈ 1,016" for moderate counts, "≈ e^42.1" when the count itself is astronomically large. */
function stepEstimate(logSteps: number): string {
  if (logSteps < 0) return '1';
  if (logSteps < Math.log(1e15)) return `≈ ${Math.ceil(Math.exp(logSteps)).toLocaleString('en-US')}`;
  return `≈ e^${num(logSteps, 4)} (about 10^${Math.floor(logSteps / Math.LN10)})`;
}

export function view(r: NormResult, p: NormParams): View {
  const style = (s: ScheduleName, i: number) => {
    const bold = s === p.schedule;
    return { color: palette[i], dash: dashes[i], width: bold ? 3 : 1.5 };
  };
  const twoD = p.b.length >= 2;

  // 1. The path: the first two coordinates, or x against i in one dimension.
  const pathTraces = SCHEDULES.map((s, i) => {
    const run = r.runs[s];
    return {
      type: 'scatter', mode: 'lines+markers', name: LABEL[s], opacity: s === p.schedule ? 1 : 0.55,
      x: twoD ? Array.from(run.path[0]) : Array.from(run.t), y: Array.from(twoD ? run.path[1] : run.path[0]),
      line: style(s, i), marker: { size: s === p.schedule ? 5 : 3, color: palette[i] },
    };
  });
  const target = twoD
    ? { type: 'scatter', mode: 'markers', name: 'b (optimum)', x: [p.b[0]], y: [p.b[1]], marker: { size: 13, symbol: 'x', color: '#111827' } }
    : { type: 'scatter', mode: 'lines', name: 'b (optimum)', x: [0, r.iters], y: [p.b[0], p.b[0]], line: { color: '#111827', dash: 'dash', width: 1 } };

  // 2. Distance to b, both axes logarithmic: steps from i = 1 (i = 0 has no place on a log axis).
  // Long runs without markers: on a log step axis hundreds of markers merge into the line,
  // and each is an SVG element Plotly restyles on every redraw. Short runs keep theirs
  // (a run that ends at step 1 is a single point).
  const distTraces = SCHEDULES.map((s, i) => {
    const run = r.runs[s];
    return {
      type: 'scatter', mode: run.t.length > MARKED_STEPS ? 'lines' : 'lines+markers', name: LABEL[s], showlegend: false, x: Array.from(run.t.subarray(1)),
      y: Array.from(run.distance.subarray(1), (d) => Math.max(d, FLOOR)), line: style(s, i), marker: { size: 3 }, opacity: s === p.schedule ? 1 : 0.6,
    };
  });

  // 3. Path length so far against the distance that must be covered.
  const travelTraces = SCHEDULES.filter((s) => s !== 'polyak').map((s) => {
    const run = r.runs[s];
    const i = SCHEDULES.indexOf(s);
    return {
      type: 'scatter', mode: 'lines', name: `Σ tⱼ, ${LABEL[s]}`, showlegend: false,
      x: Array.from(run.t.subarray(1)), y: Array.from(run.travelled.subarray(1)), line: style(s, i),
    };
  });

  const d0 = r.start_distance;
  const rem = r.cycle_remainder;
  const constant = r.runs.constant;
  const readouts = [
    { label: `Within ${num(p.tol)} of b`, value: r.reached ? `yes, at step ${steps(r.iters_to_tol)}` : `no, not in ${steps(r.iters)} steps`, hint: 'smallest i with ‖xᵢ − b‖ ≤ tolerance, simulated' },
    { label: 'Final distance', value: num(r.final_distance), hint: `‖x − b‖ after ${steps(r.iters)} steps` },
    { label: 'Start distance ‖x₀ − b‖', value: num(d0) },
    { label: 'Constant step ends in', value: rem === 0 ? 'b exactly (distance is a multiple of s)' : `a 2-cycle at distances ${num(rem)} and ${num(p.step - rem)}`, hint: 'r = ‖x₀ − b‖ mod s' },
    { label: 'Harmonic steps to cover ‖x₀ − b‖', value: stepEstimate(r.harmonic_log_steps), hint: 's·Hₙ ≥ ‖x₀ − b‖ with Hₙ ≈ ln n + γ gives n ≈ e^(‖x₀ − b‖/s − γ)' },
    ...SCHEDULES.filter((s) => s !== p.schedule).map((s) => ({
      label: `${LABEL[s]} reaches`, value: r.runs[s].reached ? `at step ${steps(r.runs[s].iters_to_tol)}` : 'not within the budget',
    })),
  ];

  const notes: string[] = [];
  if (p.schedule === 'constant' && rem > 0 && !r.reached)
    notes.push(`Every step has length exactly s = ${num(p.step)}: once closer than s, the iterate jumps across b and back, between distances ${num(rem)} and ${num(p.step - rem)}, forever.`);
  if (p.schedule === 'harmonic' && !r.reached)
    notes.push(`The harmonic steps add up only like ln n: covering ${num(d0)} takes ${stepEstimate(r.harmonic_log_steps)} steps, more than the ${steps(r.iters)} allowed.`);
  if (!constant.reached && p.schedule !== 'constant' && r.reached)
    notes.push('The constant step never gets there; a schedule whose steps shrink (but still add up to enough) does.');

  const summary = `The ${LABEL[p.schedule as ScheduleName]} schedule from distance ${num(d0)} ${r.reached ? `gets within ${num(p.tol)} of b at step ${steps(r.iters_to_tol)}` : `is not within ${num(p.tol)} of b after ${steps(r.iters)} steps`} and ends at distance ${num(r.final_distance)}.`;

  return {
    plots: [
      {
        id: 'path', title: twoD ? 'Iterates in the plane (first two coordinates)' : 'Iterates xᵢ',
        data: [...pathTraces, target],
        layout: twoD
          ? { xaxis: { title: { text: 'x₁' } }, yaxis: { title: { text: 'x₂' }, scaleanchor: 'x', scaleratio: 1 } }
          : { xaxis: { title: { text: 'step i' } }, yaxis: { title: { text: 'x' } } },
      },
      {
        id: 'distance', title: 'Distance to the optimum ‖xᵢ − b‖ (log–log; 0 drawn at 10⁻¹⁶)',
        data: distTraces,
        layout: {
          xaxis: { title: { text: 'step i' }, type: 'log' },
          yaxis: { title: { text: '‖xᵢ − b‖' }, type: 'log' },
          shapes: [
            { type: 'line', xref: 'paper', x0: 0, x1: 1, y0: p.tol, y1: p.tol, line: { color: '#059669', dash: 'dash', width: 1.5 } },
            ...(r.iters_to_tol !== null && r.iters_to_tol > 0 ? [{ type: 'line', xref: 'x', yref: 'paper', x0: r.iters_to_tol, x1: r.iters_to_tol, y0: 0, y1: 1, line: { color: '#059669', dash: 'dot', width: 1.5 } }] : []),
          ],
          annotations: [{ xref: 'paper', x: 1, y: Math.log10(p.tol), yref: 'y', text: 'tolerance', showarrow: false, xanchor: 'right', yanchor: 'bottom', font: { color: '#059669' } }],
        },
      },
      {
        id: 'travelled', title: 'Total path length Σ tⱼ against the distance to cover',
        data: travelTraces,
        layout: {
          xaxis: { title: { text: 'step i' }, type: 'log' }, yaxis: { title: { text: 'Σ tⱼ over j < i' }, type: 'log' },
          shapes: [{ type: 'line', xref: 'paper', x0: 0, x1: 1, y0: d0, y1: d0, line: { color: '#111827', dash: 'dash', width: 1 } }],
          annotations: [{ xref: 'paper', x: 0.02, xanchor: 'left', y: Math.log10(Math.max(d0, FLOOR)), yref: 'y', yanchor: 'bottom', text: '‖x₀ − b‖', showarrow: false }],
        },
      },
    ],
    readouts,
    summary,
    notes,
  };
}
