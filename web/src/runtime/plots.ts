// Plotly, loaded once and lazily, with our theme; plus PNG/CSV export.
import { palette, themeColor } from './palette';
import type { Plot } from './types';

type PlotlyApi = {
  react(div: HTMLElement, data: unknown[], layout: unknown, config: unknown): Promise<unknown>;
  downloadImage(div: HTMLElement, opts: unknown): Promise<unknown>;
  purge(div: HTMLElement): void;
  Plots: { resize(div: HTMLElement): void };
};

let plotly: Promise<PlotlyApi> | null = null;

export function loadPlotly(): Promise<PlotlyApi> {
  if (!plotly) {
    captureStyles();
    // Our partial bundle of plotly.js (web/plotly-partial.ts): scatter, bar, heatmap, contour.
    plotly = import('virtual:plotly').then((m) => (m.default ?? m) as PlotlyApi);
  }
  return plotly;
}

// Plotly writes its stylesheet rules into the `.sheet` of the element with
// this id, creating a <style> element if there is none; a strict CSP
// (style-src 'self') refuses that element. We hand it a constructed sheet
// instead (CSSOM, which CSP allows) and adopt that sheet in every widget's
// shadow root, where the plots are.
const PLOTLY_STYLE_ID = 'plotly.js-style-global';
let plotlySheet: CSSStyleSheet | null = null;

function captureStyles(): void {
  plotlySheet = new CSSStyleSheet();
  if (document.getElementById(PLOTLY_STYLE_ID)) return;
  const holder = document.createElement('meta');
  holder.id = PLOTLY_STYLE_ID;
  Object.defineProperty(holder, 'sheet', { value: plotlySheet });
  document.head.append(holder);
}

export const config = {
  displaylogo: false,
  responsive: true,
  modeBarButtonsToRemove: ['select2d', 'lasso2d', 'toImage'],
};

/** Swaps every color a view set (any `...color` or `colorscale` key) for its theme's partner. */
export function recolor<T>(value: T, dark: boolean, isColor = false): T {
  if (typeof value === 'string') return (isColor ? themeColor(value, dark) : value) as T;
  if (Array.isArray(value)) {
    // Data arrays are left alone unread; a colorscale entry is [number, color].
    const data = typeof value[0] === 'number' && typeof value[value.length - 1] === 'number';
    return (data ? value : value.map((v) => recolor(v, dark, isColor))) as T;
  }
  if (!value || typeof value !== 'object' || ArrayBuffer.isView(value)) return value;
  const out: Record<string, unknown> = {};
  // customdata is per-point data (hover values), never a color: left unread.
  for (const [k, v] of Object.entries(value)) out[k] = k === 'customdata' ? v : recolor(v, dark, /color(scale)?$/i.test(k));
  return out as T;
}

export function themedLayout(plot: Plot, dark: boolean): Record<string, unknown> {
  const fg = dark ? '#e5e7eb' : '#1f2937';
  const grid = dark ? '#374151' : '#e5e7eb';
  const axis = (a: unknown) => {
    const given = (a ?? {}) as Record<string, unknown>;
    // Each text box Plotly measures costs a forced layout. ticklabeloverflow
    // 'allow': the default ('hide past div') measures every tick label on every
    // draw, though automargin already keeps them inside. tickangle 0: 'auto'
    // measures them again to test for overlap (x axes), which Plotly's tick
    // spacing avoids at our plot widths.
    return { gridcolor: grid, zerolinecolor: grid, linecolor: grid, automargin: true, ticklabeloverflow: 'allow', tickangle: 0, ...given, title: { standoff: 6, ...(given.title as object) } };
  };
  const l = recolor(plot.layout, dark);
  return {
    autosize: true,
    height: 340,
    margin: { l: 56, r: 16, t: 36, b: 40 },
    paper_bgcolor: 'rgba(0,0,0,0)',
    plot_bgcolor: 'rgba(0,0,0,0)',
    font: { family: 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif', size: 12, color: fg },
    colorway: palette,
    legend: { orientation: 'h', x: 0, y: -0.2, yanchor: 'top', font: { size: 11 } },
    hovermode: 'closest',
    ...l,
    title: { text: plot.title, font: { size: 14 }, x: 0.02, xanchor: 'left' },
    xaxis: axis(l.xaxis),
    yaxis: axis(l.yaxis),
  };
}

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export interface Column {
  name: string;
  values: ArrayLike<unknown>;
}

/** Columns of a grid beyond this many are left out (the picture is the summary). */
const MAX_GRID_COLUMNS = 50;

/** One column per 1-D x, y or z array of each trace, and one per column of a z grid. */
export function plotColumns(plot: Plot): Column[] {
  const cols: Column[] = [];
  plot.data.forEach((t, i) => {
    const name = String(t.name ?? `trace ${i + 1}`);
    for (const axis of ['x', 'y', 'z'] as const) {
      const v = t[axis] as ArrayLike<unknown> | undefined;
      if (!v || typeof v !== 'object' || !('length' in v)) continue;
      const first = (v as ArrayLike<unknown>)[0];
      if (!(Array.isArray(first) || ArrayBuffer.isView(first))) cols.push({ name: `${name} ${axis}`, values: v });
      else if (axis === 'z') {
        const grid = Array.from(v as ArrayLike<ArrayLike<unknown>>);
        const width = Math.min(MAX_GRID_COLUMNS, Math.max(0, ...grid.map((row) => row?.length ?? 0)));
        for (let j = 0; j < width; j++) cols.push({ name: `${name} column ${j + 1}`, values: grid.map((row) => row?.[j]) });
      }
    }
  });
  return cols;
}

/** The columns of plotColumns as CSV, padded to the longest trace. */
export function plotToCsv(plot: Plot): string {
  const cols = plotColumns(plot);
  const n = Math.max(0, ...cols.map((c) => c.values.length));
  const lines = [cols.map((c) => csvCell(c.name)).join(',')];
  for (let i = 0; i < n; i++) lines.push(cols.map((c) => csvCell(c.values[i])).join(','));
  return lines.join('\n') + '\n';
}

export function download(filename: string, text: string, type = 'text/csv'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Plotly's rules (see captureStyles) inside a widget's shadow root. */
export function adoptPlotlyStyles(root: ShadowRoot): void {
  if (plotlySheet && !root.adoptedStyleSheets.includes(plotlySheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, plotlySheet];
}
