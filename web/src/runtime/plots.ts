// Plotly, loaded once and lazily, with our theme; plus PNG/CSV export.
import { palette } from './palette';
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
    plotly = import('plotly.js-cartesian-dist-min').then((m) => (m.default ?? m) as PlotlyApi);
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

export function themedLayout(plot: Plot, dark: boolean): Record<string, unknown> {
  const fg = dark ? '#e5e7eb' : '#1f2937';
  const grid = dark ? '#374151' : '#e5e7eb';
  const axis = (a: unknown) => {
    const given = (a ?? {}) as Record<string, unknown>;
    return { gridcolor: grid, zerolinecolor: grid, linecolor: grid, automargin: true, ...given, title: { standoff: 6, ...(given.title as object) } };
  };
  const l = plot.layout as Record<string, unknown>;
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

/** One x and one y column per trace, padded to the longest trace. */
export function plotToCsv(plot: Plot): string {
  const cols: { name: string; values: ArrayLike<unknown> }[] = [];
  plot.data.forEach((t, i) => {
    const name = String(t.name ?? `trace ${i + 1}`);
    for (const axis of ['x', 'y', 'z'] as const) {
      const v = t[axis] as ArrayLike<unknown> | undefined;
      if (v && typeof v === 'object' && 'length' in v && !Array.isArray((v as unknown[])[0])) cols.push({ name: `${name} ${axis}`, values: v });
    }
  });
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
