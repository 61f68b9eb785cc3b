// What the runtime hands Plotly, and when. Plotly.react on an unchanged plot
// still costs a full diff and often a redraw (milliseconds per plot), and a
// slider usually changes only some of a widget's plots; so each plot gets a
// signature of everything that decides its picture, and the runtime redraws
// only the plots whose signature changed. Long lines are thinned for drawing
// only (the Table and CSV keep every point).
import type { Plot } from './types';

// --- Signatures ------------------------------------------------------------
// Two independent 32-bit multiply-xor hashes over a walk of the value (keys,
// strings, every number's exact bits, structure), so a collision needs both
// to collide at once (about 2^-64 per pair of plots).

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

class Hasher {
  a = 0x811c9dc5;
  b = 0x01000193;
  n = 0;
  word(w: number): void {
    this.a = Math.imul(this.a ^ w, 0x01000193);
    this.b = Math.imul(this.b ^ w, 0x5bd1e995);
    this.b ^= this.b >>> 15;
    this.n++;
  }
  num(x: number): void {
    f64[0] = x;
    this.word(u32[0]);
    this.word(u32[1]);
  }
  str(s: string): void {
    this.word(0x5354 ^ s.length);
    for (let i = 0; i < s.length; i++) this.word(s.charCodeAt(i));
  }
  value(v: unknown): void {
    switch (typeof v) {
      case 'number':
        this.word(1);
        this.num(v);
        return;
      case 'string':
        this.str(v);
        return;
      case 'boolean':
        this.word(v ? 2 : 3);
        return;
      case 'undefined':
        this.word(4);
        return;
      case 'object':
        break;
      default:
        // Functions and symbols do not reach Plotly as data; note their kind only.
        this.str(typeof v);
        return;
    }
    if (v === null) return this.word(5);
    if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
      const a = v as unknown as ArrayLike<number>;
      this.word(6);
      this.word(a.length);
      for (let i = 0; i < a.length; i++) this.num(a[i]);
      return;
    }
    if (Array.isArray(v)) {
      this.word(7);
      this.word(v.length);
      for (let i = 0; i < v.length; i++) this.value(v[i]);
      return;
    }
    this.word(8);
    for (const k of Object.keys(v)) {
      this.str(k);
      this.value((v as Record<string, unknown>)[k]);
    }
    this.word(9);
  }
  digest(): string {
    return `${(this.a >>> 0).toString(36)}.${(this.b >>> 0).toString(36)}.${this.n.toString(36)}`;
  }
}

/** Equal for plots that would draw the same picture in the same theme; differs (almost surely) otherwise. */
export function plotSignature(plot: Plot, dark: boolean): string {
  const h = new Hasher();
  h.word(dark ? 11 : 12);
  h.value(plot.id);
  h.value(plot.title);
  h.value(plot.data);
  h.value(plot.layout);
  return h.digest();
}

// --- Thinning long lines for drawing ----------------------------------------

/** A line trace with more points than this is thinned for drawing. */
export const THIN_ABOVE = 1500;
/** Index buckets a thinned line is cut into; each keeps at most 6 points. */
export const THIN_BUCKETS = 300;

type Trace = Record<string, unknown>;
type Cells = ArrayLike<unknown>;

const isCells = (v: unknown): v is Cells => Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView));
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Per-point arrays kept aligned with x and y. */
const POINT_KEYS = ['x', 'y', 'text', 'hovertext', 'customdata'];

/** Whether any nested object of the trace holds a per-point array (marker colors, sizes, error bars...). */
function hasOtherPointArrays(t: Trace, n: number): boolean {
  for (const [k, v] of Object.entries(t)) {
    if (POINT_KEYS.includes(k)) continue;
    if (isCells(v) && v.length === n) return true;
    if (v && typeof v === 'object' && !isCells(v) && hasOtherPointArrays(v as Trace, n)) return true;
  }
  return false;
}

/** Only plain line traces with explicit, equally long x and y are thinned. */
function thinnable(t: Trace): number {
  if ((t.type ?? 'scatter') !== 'scatter') return 0;
  const x = t.x, y = t.y;
  if (!isCells(x) || !isCells(y) || x.length !== y.length || x.length <= THIN_ABOVE) return 0;
  const mode = t.mode === undefined ? 'lines' : String(t.mode);
  if (!mode.includes('lines') || mode.includes('markers') || mode.includes('text')) return 0;
  if (t.ids !== undefined || t.transforms !== undefined || hasOtherPointArrays(t, x.length)) return 0;
  return x.length;
}

/**
 * The indices to draw of an n-point line: in each of THIN_BUCKETS runs of
 * consecutive points, the first and last and those with the smallest and
 * largest x and y, so the drawn line keeps every extreme and turn of the
 * path at the scale of a pixel. A run holding a gap (a null or non-number)
 * is kept whole, so gaps stay gaps.
 */
export function thinIndices(x: Cells, y: Cells): number[] {
  const n = x.length;
  const keep: number[] = [];
  for (let b = 0; b < THIN_BUCKETS; b++) {
    const lo = Math.floor((b * n) / THIN_BUCKETS), hi = Math.floor(((b + 1) * n) / THIN_BUCKETS);
    if (hi <= lo) continue;
    let gap = false;
    let xmin = lo, xmax = lo, ymin = lo, ymax = lo;
    for (let i = lo; i < hi; i++) {
      const xi = x[i], yi = y[i];
      if (!finite(xi) || !finite(yi)) {
        gap = true;
        break;
      }
      if (xi < (x[xmin] as number)) xmin = i;
      if (xi > (x[xmax] as number)) xmax = i;
      if (yi < (y[ymin] as number)) ymin = i;
      if (yi > (y[ymax] as number)) ymax = i;
    }
    if (gap) {
      for (let i = lo; i < hi; i++) keep.push(i);
      continue;
    }
    const picks = [...new Set([lo, xmin, xmax, ymin, ymax, hi - 1])].sort((p, q) => p - q);
    keep.push(...picks);
  }
  return keep;
}

function thinTrace(t: Trace): Trace {
  if (!thinnable(t)) return t;
  const idx = thinIndices(t.x as Cells, t.y as Cells);
  const out: Trace = { ...t };
  for (const k of POINT_KEYS) {
    const a = t[k];
    if (isCells(a) && a.length === (t.x as Cells).length) out[k] = idx.map((i) => a[i]);
  }
  return out;
}

/** The plot as drawn: long plain lines thinned; the same object when nothing is long. */
export function thinForDrawing(plot: Plot): Plot {
  let changed = false;
  const data = plot.data.map((t) => {
    const d = thinTrace(t);
    if (d !== t) changed = true;
    return d;
  });
  return changed ? { ...plot, data } : plot;
}
