// Color is never the only cue: on every widget's default view, the line and
// marker series a subplot names in its legend differ by line dash, marker
// symbol, mode, width or fill as well. (Heatmaps and bars are told apart by
// position and axis labels.) And every plot has a title, its figure's label.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadWidget, widgetIds } from '../../web/src/cli/widgets';
import { defaults } from '../../web/src/runtime/params';
import { getEngine } from './helpers';

type Trace = Record<string, unknown> & { line?: Record<string, unknown>; marker?: Record<string, unknown> };

/** What tells a line or marker trace apart once color is taken away, per subplot. */
function shape(t: Trace): string {
  const mode = String(t.mode ?? 'lines');
  return [
    `${t.xaxis ?? 'x'}${t.yaxis ?? 'y'}`,
    mode,
    mode.includes('lines') ? `${t.line?.dash ?? 'solid'}|${t.line?.width ?? 2}` : '',
    mode.includes('markers') ? String(t.marker?.symbol ?? 'circle') : '',
    String(t.fill ?? ''),
  ].join('|');
}

for (const id of widgetIds()) {
  test(`${id}: legend entries differ by more than color`, async () => {
    const def = await loadWidget(id);
    const engine = await getEngine();
    await engine.ready();
    const params = defaults(def.schema);
    const view = def.view(def.compute(engine, params as never, { progress() {} }), params as never);
    for (const plot of view.plots) {
      assert.ok(plot.title.trim(), `${id}.${plot.id}: no title`);
      const shown = (plot.data as Trace[]).filter((t) => (t.type ?? 'scatter') === 'scatter' && t.showlegend !== false && t.visible !== 'legendonly');
      if (shown.length < 2) continue;
      const seen = new Map<string, string>();
      for (const t of shown) {
        const s = shape(t);
        assert.ok(!seen.has(s), `${id}.${plot.id}: "${t.name}" and "${seen.get(s)}" differ only by color`);
        seen.set(s, String(t.name));
      }
    }
  });
}
