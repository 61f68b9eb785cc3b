// Color is never the only cue: within one subplot, two legend entries that
// would look alike without color get a different line dash (or marker
// symbol). Views choose their own styles; this only breaks remaining ties, so
// every widget meets the rule, including ones written later.
import type { View } from './types';

type Trace = Record<string, unknown> & { line?: Record<string, unknown>; marker?: Record<string, unknown> };

const DASHES = ['solid', 'dash', 'dot', 'dashdot', 'longdash', 'longdashdot'];
const WIDTHS = [2, 1, 3];
const SYMBOLS = ['circle', 'square', 'diamond', 'triangle-up', 'x', 'cross', 'triangle-down', 'star', 'pentagon', 'hexagon'];

const mode = (t: Trace) => String(t.mode ?? 'lines');

/** What tells a line or marker trace apart once color is taken away. */
export function cueOf(t: Trace): string {
  const m = mode(t);
  return [
    `${t.xaxis ?? 'x'}${t.yaxis ?? 'y'}`,
    m,
    m.includes('lines') ? `${t.line?.dash ?? 'solid'}|${t.line?.width ?? 2}` : '',
    m.includes('markers') ? String(t.marker?.symbol ?? 'circle') : '',
    String(t.fill ?? ''),
  ].join('|');
}

function variants(t: Trace): Trace[] {
  if (mode(t).includes('lines'))
    return WIDTHS.flatMap((width) => DASHES.map((dash) => ({ ...t, line: { ...t.line, dash, width } })));
  return SYMBOLS.map((symbol) => ({ ...t, marker: { ...t.marker, symbol } }));
}

const inLegend = (t: Trace) => (t.type ?? 'scatter') === 'scatter' && t.showlegend !== false && t.visible !== 'legendonly';

export function withCues(view: View): View {
  for (const plot of view.plots) {
    const seen = new Set<string>();
    plot.data = (plot.data as Trace[]).map((t) => {
      if (!inLegend(t)) return t;
      const distinct = seen.has(cueOf(t)) ? variants(t).find((v) => !seen.has(cueOf(v))) ?? t : t;
      seen.add(cueOf(distinct));
      return distinct;
    });
  }
  return view;
}
