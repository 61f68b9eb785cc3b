import { num, vec } from '../../runtime/format';
import { palette } from '../../runtime/palette';
import type { Plot, View } from '../../runtime/types';
import type { GdPath, MinNormParams, MinNormResult } from './compute';

const norm = (v: ArrayLike<number>) => Math.hypot(...Array.from(v));
/** Xw = t is solvable: the best loss is zero up to rounding, relative to the targets. */
const exact = (r: MinNormResult) => r.residual_loss <= 1e-20 * (1 + Array.from(r.t).reduce((s, v) => s + v * v, 0));
const point = (name: string, w: ArrayLike<number>, symbol: string, color: string, size = 12) => ({
  type: 'scatter', mode: 'markers', name, x: [w[0]], y: [w[1]], marker: { symbol, color, size, line: { width: 1, color: '#111827' } },
  hovertemplate: `${name}: (%{x:.4g}, %{y:.4g})<extra></extra>`,
});
const pathTrace = (name: string, p: GdPath, color: string, dash: string) => ({
  type: 'scatter', mode: 'lines+markers', name, x: Array.from(p.w[0]), y: Array.from(p.w[1]),
  line: { color, dash, width: 2 }, marker: { size: 4, color },
});

/** The plane of a two-parameter problem: solutions, row space, both GD paths. */
function plane(r: MinNormResult): Plot {
  const pts = [r.w0, r.w_min_norm, r.w_limit, r.w_gd, r.w_gd_from_zero, [0, 0]];
  const xs = pts.map((w) => w[0]), ys = pts.map((w) => w[1]);
  const span = Math.max(1, Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  const pad = 0.35 * span;
  const xr = [Math.min(...xs) - pad, Math.max(...xs) + pad], yr = [Math.min(...ys) - pad, Math.max(...ys) + pad];
  const far = 4 * span + norm(r.w_min_norm);
  // Rank 1: every row is a multiple of one direction u, which spans the row
  // space; the minimizers form the line through X⁺t along u's perpendicular.
  // Rank 2: the row space is the whole plane and the minimizer is a point.
  const lines: Record<string, unknown>[] = [];
  if (r.rank === 1) {
    const row = r.X.reduce((best, x) => (norm(x) > norm(best) ? x : best), r.X[0]);
    const u = [row[0] / norm(row), row[1] / norm(row)];
    const m = r.w_min_norm;
    lines.push(
      {
        type: 'scatter', mode: 'lines', name: 'row space of X', x: [-far * u[0], far * u[0]], y: [-far * u[1], far * u[1]],
        line: { color: '#9ca3af', dash: 'dot', width: 1.5 }, hoverinfo: 'skip',
      },
      {
        type: 'scatter', mode: 'lines', name: exact(r) ? 'solutions: Xw = t' : 'least-squares minimizers',
        x: [m[0] - far * u[1], m[0] + far * u[1]], y: [m[1] + far * u[0], m[1] - far * u[0]],
        line: { color: palette[2], width: 3 }, hoverinfo: 'skip',
      },
    );
  }
  const drop = {
    type: 'scatter', mode: 'lines', name: 'null-space part of w₀ (kept)', x: [r.w_min_norm[0], r.w_limit[0]], y: [r.w_min_norm[1], r.w_limit[1]],
    line: { color: palette[3], dash: 'dash', width: 2 }, hoverinfo: 'skip', showlegend: norm(Array.from(r.w_limit, (v, i) => v - r.w_min_norm[i])) > 1e-9,
  };
  const g = r.grad_direction;
  const arrow = norm(g) > 0
    ? [{ x: -0.6 * g[0], y: -0.6 * g[1], ax: 0, ay: 0, xref: 'x', yref: 'y', axref: 'x', ayref: 'y', showarrow: true, arrowhead: 3, arrowwidth: 2, arrowcolor: palette[4], text: '−∇L(0)', font: { color: palette[4] } }]
    : [];
  return {
    id: 'plane', title: 'The parameter plane (click to start GD there)',
    data: [
      ...lines, drop,
      pathTrace('GD from 0', r.path_zero, palette[0], 'solid'),
      pathTrace('GD from w₀', r.path_start, palette[1], 'dash'),
      point('w₀', r.w0, 'circle', '#ffffff', 10),
      point('min-norm X⁺t', r.w_min_norm, 'star', palette[0], 16),
      point('limit from w₀', r.w_limit, 'diamond', palette[1]),
    ],
    layout: {
      xaxis: { title: { text: 'w₁' }, range: xr, zeroline: true },
      yaxis: { title: { text: 'w₂' }, range: yr, scaleanchor: 'x', zeroline: true },
      annotations: arrow, legend: { orientation: 'h', y: -0.2 },
    },
  };
}

/** Coordinates of the four vectors when there are not exactly two. */
function coordinates(r: MinNormResult): Plot {
  const names = Array.from(r.w_min_norm, (_, i) => `w${i + 1}`);
  const bar = (name: string, w: ArrayLike<number>, color: string, shape = '') => ({
    type: 'bar', name, x: names, y: Array.from(w), marker: { color, pattern: { shape } },
  });
  return {
    id: 'coordinates', title: 'Where each run ends, coordinate by coordinate',
    data: [
      bar('min-norm X⁺t', r.w_min_norm, palette[0]),
      bar('GD from 0', r.w_gd_from_zero, palette[2], '/'),
      bar('GD from w₀', r.w_gd, palette[1], 'x'),
      bar('predicted limit from w₀', r.w_limit, palette[3], '.'),
    ],
    layout: { barmode: 'group', yaxis: { title: { text: 'value' } } },
  };
}

export function view(r: MinNormResult, p: MinNormParams): View {
  const n = r.X.length, d = r.X[0].length;
  const shape = d > n ? `d = ${d} > n = ${n}` : d < n ? `d = ${d} < n = ${n}` : `d = n = ${d}`;
  const steps = (path: GdPath) => Array.from(path.step);
  const split: Plot = {
    id: 'split', title: 'Row space and null space along the run from w₀',
    data: [
      { type: 'scatter', mode: 'lines', name: '‖P(w_t − limit)‖, row-space error', x: steps(r.path_start), y: Array.from(r.path_start.row_error), line: { color: palette[1], width: 2 } },
      { type: 'scatter', mode: 'lines', name: '‖(I − P)w_t‖, null-space part', x: steps(r.path_start), y: Array.from(r.path_start.null_norm), line: { color: palette[3], dash: 'dash', width: 2 } },
    ],
    layout: { xaxis: { title: { text: 'step t' } }, yaxis: { title: { text: 'length' }, rangemode: 'tozero' } },
  };
  const loss: Plot = {
    id: 'loss', title: 'Training loss (1/n)‖Xw − t‖², log scale',
    data: [
      { type: 'scatter', mode: 'lines', name: 'GD from 0', x: steps(r.path_zero), y: Array.from(r.path_zero.loss), line: { color: palette[0], width: 2 } },
      { type: 'scatter', mode: 'lines', name: 'GD from w₀', x: steps(r.path_start), y: Array.from(r.path_start.loss), line: { color: palette[1], dash: 'dash', width: 2 } },
    ],
    layout: { xaxis: { title: { text: 'step t' } }, yaxis: { title: { text: 'loss' }, type: 'log', exponentformat: 'power' } },
  };

  const diverged = r.path_zero.diverged_at ?? r.path_start.diverged_at;
  const notes: string[] = [];
  if (diverged !== null)
    notes.push(`Gradient descent diverged at step ${diverged}: η = ${num(p.eta)} is above η_max = n/σ_max² = ${num(r.eta_max)}.`);
  if (r.rank < Math.min(n, d))
    notes.push(`X has rank ${r.rank}, less than min(n, d) = ${Math.min(n, d)}: X Xᵀ and XᵀX are both singular, and the answer is the pseudo-inverse one.`);
  if (!exact(r))
    notes.push(`No w fits every point exactly (loss at best ${num(r.residual_loss)}): GD converges to a least-squares minimizer instead.`);
  if (r.rank === d) notes.push(`X has full column rank (${shape}): the minimizer is unique and every start reaches it.`);
  if (r.condition > 1e8) notes.push(`X is badly conditioned (σ_max/σ_min = ${num(r.condition, 3)}): GD needs about that many steps along the weakest direction.`);
  if (d === 2 && p.source === 'grid') notes.push('Click anywhere in the plane to start the second run there.');

  const gap = norm(Array.from(r.w_gd_from_zero, (v, i) => v - r.w_min_norm[i]));
  const readouts = [
    { label: 'Min-norm solution X⁺t', value: vec(r.w_min_norm), hint: 'from the SVD of X' },
    { label: '‖X⁺t‖', value: num(norm(r.w_min_norm)) },
    { label: 'GD from 0 ends at', value: vec(r.w_gd_from_zero), hint: `distance to X⁺t: ${num(gap, 3)}` },
    { label: 'GD from w₀ ends at', value: vec(r.w_gd) },
    { label: 'Predicted limit from w₀', value: vec(r.w_limit), hint: 'X⁺t + (I − P)w₀' },
    { label: 'Descent direction at 0', value: vec(Array.from(r.grad_direction, (v) => -v)), hint: '−∇L(0)/‖∇L(0)‖, parallel to Xᵀt' },
    { label: 'Stable step sizes', value: `η < ${num(r.eta_max)}`, hint: 'n / σ_max² for L = (1/n)‖Xw − t‖²' },
    { label: '(ŵ − ŵ₁)ᵀŵ', value: num(r.orthogonality, 2), hint: 'ŵ = X⁺t, ŵ₁ = the limit from w₀: zero up to rounding' },
  ];
  const summary = diverged !== null
    ? `With η = ${num(p.eta)} above ${num(r.eta_max)}, gradient descent diverges.`
    : `${shape}, rank ${r.rank}: GD from zero ends at ${vec(r.w_gd_from_zero, 3)}, the min-norm solution is ${vec(r.w_min_norm, 3)}, and GD from w₀ ends at ${vec(r.w_gd, 3)}, which has norm ${num(norm(r.w_gd), 3)}.`;
  return {
    plots: [d === 2 ? plane(r) : coordinates(r), split, loss],
    readouts,
    summary,
    notes,
  };
}
