// Heat maps on log axes, drawn on linear axes over log10 coordinates. On a
// log axis Plotly paints a heat map cell by cell (a canvas fillRect per cell,
// 57,600 for a 240 x 240 grid, then a PNG encode); on linear axes with evenly
// spaced cells it paints one pixel per cell and lets the browser scale the
// image. A log-spaced grid is evenly spaced in log10, so the picture is the
// same; ticks are placed and labelled as Plotly's log axes would, and hover
// shows the real coordinates (kept in customdata). For drawing only: the Table
// and the CSV read the view itself.
import type { Plot } from './types';

type Trace = Record<string, unknown>;
type Axis = Record<string, unknown>;

const isCells = (v: unknown): v is ArrayLike<unknown> => Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView));
const axisKey = (ref: unknown, letter: 'x' | 'y') => `${letter}axis${String(ref ?? letter).slice(1)}`;
const log10 = (v: unknown) => (typeof v === 'number' && v > 0 ? Math.log10(v) : null);

const SI: Record<number, string> = { 12: 'T', 9: 'G', 6: 'M', 3: 'k', [-6]: 'μ', [-9]: 'n', [-12]: 'p' };

/** 10^k as Plotly's log axes label it: 0.001 to 100 in full, then SI prefixes (10k, 1M, 100μ). */
export function decadeLabel(k: number): string {
  if (k >= -3 && k <= 3) return k < 0 ? (10 ** k).toFixed(-k) : String(10 ** k);
  const p = 3 * Math.floor(k / 3);
  return `${10 ** (k - p)}${SI[p] ?? `e${p}`}`;
}

/** Tick positions (log10) and labels over [lo, hi]: decades, with 2 and 5 between them on short spans. */
export function logTicks(lo: number, hi: number): { tickvals: number[]; ticktext: string[] } {
  const [a, b] = lo <= hi ? [lo, hi] : [hi, lo];
  const span = b - a;
  const every = span > 7 ? Math.ceil(span / 5) : 1;
  const tickvals: number[] = [], ticktext: string[] = [];
  const inside = (v: number) => v >= a - 1e-9 && v <= b + 1e-9;
  for (let k = Math.floor(a); k <= Math.ceil(b); k++) {
    if (k % every === 0 && inside(k)) tickvals.push(k), ticktext.push(decadeLabel(k));
    if (span <= 4.5)
      for (const m of [2, 5]) if (inside(k + Math.log10(m))) tickvals.push(k + Math.log10(m)), ticktext.push(String(m));
  }
  return { tickvals, ticktext };
}

/** The [lo, hi] (log10) an axis shows: its range, else the extent of the converted coordinates. */
function extent(axis: Axis, values: (number | null)[]): [number, number] | null {
  const r = axis.range;
  if (Array.isArray(r) && typeof r[0] === 'number' && typeof r[1] === 'number') return [r[0], r[1]];
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  return finite.length ? [Math.min(...finite), Math.max(...finite)] : null;
}

/** `%{x...}` / `%{y...}` of a hover template, pointing at the real values in customdata. */
const realInTemplate = (t: string, axes: { x: boolean; y: boolean }) =>
  t.replace(/%\{([xy])([:}|])/g, (m, a: 'x' | 'y', end: string) => (axes[a] ? `%{customdata[${a === 'x' ? 0 : 1}]${end}` : m));

// The real (x, y) of every cell, for hover: tens of thousands of pairs, so
// the last grid's are kept and reused while its coordinates stay the same
// (most slider moves change the values, not the grid).
let lastGrid: { x: unknown[]; y: unknown[]; cells: unknown[][][] } | null = null;
const same = (a: unknown[], b: unknown[]) => a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
function cellCoords(x: unknown[], y: unknown[]): unknown[][][] {
  if (!lastGrid || !same(lastGrid.x, x) || !same(lastGrid.y, y)) lastGrid = { x, y, cells: y.map((yv) => x.map((xv) => [xv, yv])) };
  return lastGrid.cells;
}

/** The plot as drawn: heat maps on log axes moved to linear axes over log10; the same object otherwise. */
export function linearLogHeatmaps(plot: Plot): Plot {
  const layout = plot.layout;
  const logAxes = new Set<string>();
  for (const t of plot.data)
    if (t.type === 'heatmap')
      for (const a of ['x', 'y'] as const) {
        const key = axisKey(t[`${a}axis`], a);
        if ((layout[key] as Axis | undefined)?.type === 'log') logAxes.add(key);
      }
  if (!logAxes.size) return plot;
  // Shapes and annotations place themselves by the axis type; traces with their own customdata or text need it for hover.
  const refs = [...((layout.shapes as Trace[]) ?? []), ...((layout.annotations as Trace[]) ?? [])].flatMap((o) => [axisKey(o.xref, 'x'), axisKey(o.yref, 'y')]);
  if (refs.some((k) => logAxes.has(k))) return plot;
  const on = (t: Trace) => ({ x: logAxes.has(axisKey(t.xaxis, 'x')), y: logAxes.has(axisKey(t.yaxis, 'y')) });
  const affected = plot.data.filter((t) => on(t).x || on(t).y);
  if (affected.some((t) => t.customdata !== undefined || t.text !== undefined || t.hovertext !== undefined)) return plot;

  // Per converted axis, every converted coordinate on it (for ticks when the axis has no range).
  const seen = new Map<string, (number | null)[]>();
  const note = (key: string, values: (number | null)[]) => seen.set(key, [...(seen.get(key) ?? []), ...values]);
  const data = plot.data.map((t) => {
    const axes = on(t);
    if (!axes.x && !axes.y) return t;
    const x = isCells(t.x) ? Array.from(t.x) : null, y = isCells(t.y) ? Array.from(t.y) : null;
    if (!x || !y) return t;
    const out: Trace = { ...t };
    if (axes.x) out.x = x.map(log10);
    if (axes.y) out.y = y.map(log10);
    for (const a of ['x', 'y'] as const) if (axes[a]) note(axisKey(t[`${a}axis`], a), out[a] as (number | null)[]);
    const hover = String(t.hoverinfo ?? '');
    if (hover === 'skip' || hover === 'none') return out;
    if (t.type === 'heatmap') {
      out.customdata = cellCoords(x, y);
      out.hovertemplate = realInTemplate(String(t.hovertemplate ?? 'x: %{x:.7~g}<br>y: %{y:.7~g}<br>z: %{z}'), axes);
    } else {
      out.customdata = x.map((xv, i) => [xv, y[i]]);
      out.hovertemplate = realInTemplate(String(t.hovertemplate ?? '(%{x:.7~g}, %{y:.7~g})'), axes);
    }
    return out;
  });
  const newLayout: Record<string, unknown> = { ...layout };
  for (const key of logAxes) {
    const axis = layout[key] as Axis;
    const span = extent(axis, seen.get(key) ?? []);
    newLayout[key] = { ...axis, type: 'linear', ...(span ? { tickmode: 'array', ...logTicks(span[0], span[1]) } : {}) };
  }
  return { ...plot, data, layout: newLayout };
}
