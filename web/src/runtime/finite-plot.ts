// The last guard before Plotly: no NaN or Infinity is ever drawn. A line is
// cut where it stops being finite (that is where a diverging run leaves the
// axes) and labelled there; markers, bars and grid cells that are not finite
// are dropped. Each repair is reported so tests can name the widget at fault.
import { num } from './format';
import type { Plot } from './types';

type Trace = Record<string, unknown>;
type Cells = ArrayLike<unknown>;

/** Per-point arrays that must stay aligned with x and y when points go. */
const POINT_KEYS = ['x', 'y', 'text', 'hovertext', 'customdata'] as const;

const bad = (v: unknown) => typeof v === 'number' && !Number.isFinite(v);
const isCells = (v: unknown): v is Cells =>
  Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView));
const isGrid = (v: unknown): v is Cells[] => Array.isArray(v) && v.some(isCells);

function firstBad(t: Trace): number {
  let first = -1;
  for (const k of ['x', 'y'] as const) {
    const a = t[k];
    if (!isCells(a) || isGrid(a)) continue;
    for (let i = 0; i < a.length && (first < 0 || i < first); i++) if (bad(a[i])) first = i;
  }
  return first;
}

function keep(t: Trace, pick: (i: number) => boolean): Trace {
  const out: Trace = { ...t };
  for (const k of POINT_KEYS) {
    const a = t[k];
    if (isCells(a) && !isGrid(a)) out[k] = Array.prototype.filter.call(a, (_v: unknown, i: number) => pick(i));
  }
  return out;
}

const isLine = (t: Trace) => (t.type ?? 'scatter') === 'scatter' && String(t.mode ?? 'lines').includes('lines');

function guardTrace(t: Trace, where: string, problems: string[], labels: Trace[]): Trace {
  let out = t;
  const z = t.z;
  if (isGrid(z)) {
    let n = 0;
    const clean = z.map((row) => (isCells(row) ? Array.from(row, (v) => (bad(v) ? (n++, null) : v)) : row));
    if (n) {
      problems.push(`${where}: ${n} non-finite z values`);
      out = { ...out, z: clean };
    }
  }
  const i = firstBad(t);
  if (i < 0) return out;
  const xs = t.x as Cells | undefined;
  if (isLine(t)) {
    problems.push(`${where}: not finite from point ${i}`);
    out = keep(out, (j) => j < i);
    if (i > 0) {
      const ys = t.y as Cells | undefined;
      const x = xs ? xs[i - 1] : i - 1;
      labels.push({
        x, y: ys ? ys[i - 1] : undefined, xref: t.xaxis ?? 'x', yref: t.yaxis ?? 'y',
        text: `${t.name ? `${t.name}: ` : ''}not finite after x = ${typeof x === 'number' ? num(x) : String(x)}`,
        showarrow: true, arrowhead: 2, ax: 0, ay: -24, font: { size: 11 },
      });
    }
  } else {
    const drop = new Set<number>();
    for (const k of ['x', 'y'] as const) {
      const a = t[k];
      if (isCells(a) && !isGrid(a)) for (let j = 0; j < a.length; j++) if (bad(a[j])) drop.add(j);
    }
    problems.push(`${where}: ${drop.size} non-finite points dropped`);
    out = keep(out, (j) => !drop.has(j));
  }
  return out;
}

const finiteCoords = (o: unknown, keys: string[]) =>
  !!o && typeof o === 'object' && keys.every((k) => !bad((o as Trace)[k]));

function guardLayout(layout: Trace, id: string, problems: string[], labels: Trace[]): Trace {
  const out: Trace = { ...layout };
  const shapes = layout.shapes as unknown[] | undefined;
  if (Array.isArray(shapes)) {
    out.shapes = shapes.filter((s) => finiteCoords(s, ['x0', 'x1', 'y0', 'y1']));
    if ((out.shapes as unknown[]).length < shapes.length) problems.push(`${id}: shape with a non-finite coordinate`);
  }
  const notes = Array.isArray(layout.annotations) ? (layout.annotations as unknown[]) : [];
  const kept = notes.filter((a) => finiteCoords(a, ['x', 'y']));
  if (kept.length < notes.length) problems.push(`${id}: annotation with a non-finite coordinate`);
  if (kept.length < notes.length || labels.length) out.annotations = [...kept, ...labels];
  for (const [k, axis] of Object.entries(layout)) {
    if (!/^[xy]axis\d*$/.test(k) || !axis || typeof axis !== 'object') continue;
    const range = (axis as Trace).range;
    if (Array.isArray(range) && range.some(bad)) {
      problems.push(`${id}: ${k}.range is not finite`);
      const { range: _dropped, ...rest } = axis as Trace;
      out[k] = rest;
    }
  }
  return out;
}

/** The plot with every non-finite number repaired, and what was repaired. */
export function finitePlot(plot: Plot): { plot: Plot; problems: string[] } {
  const problems: string[] = [];
  const labels: Trace[] = [];
  const data = plot.data.map((t, i) => guardTrace(t, `${plot.id} trace ${i}${t.name ? ` "${t.name}"` : ''}`, problems, labels));
  const layout = guardLayout(plot.layout, plot.id, problems, labels);
  return problems.length ? { plot: { ...plot, data, layout }, problems } : { plot, problems };
}
