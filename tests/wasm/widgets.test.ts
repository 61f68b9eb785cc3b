// Every widget: defaults compute, every declared output exists, the view is
// finite and well-formed, draws only trace types our Plotly bundle registers,
// and solve's parameter parsing round-trips.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadWidget, widgetIds } from '../../web/src/cli/widgets';
import { defaults, format, parse } from '../../web/src/runtime/params';
import { TRACES } from '../../web/plotly-partial';
import { assertFinite, getEngine } from './helpers';

for (const id of widgetIds()) {
  test(`${id}: defaults compute, outputs are declared, the view is finite`, async () => {
    const def = await loadWidget(id);
    assert.equal(def.id, id);
    const params = defaults(def.schema);
    for (const [k, spec] of Object.entries(def.schema)) {
      const text = format(spec, params[k]);
      const back = parse(spec, text);
      assert.ok(back.ok, `${id}.${k}: default "${text}" does not parse back`);
    }
    const engine = await getEngine();
    await engine.ready();
    const result = def.compute(engine, params as never, { progress() {} }) as Record<string, unknown>;
    for (const field of Object.keys(def.outputs)) assert.ok(field in result, `${id}: output ${field} missing`);
    const view = def.view(result, params as never);
    assert.ok(view.plots.length > 0, `${id}: no plots`);
    assert.ok(view.summary.length > 0, `${id}: no summary`);
    assert.ok(!/NaN|Infinity/.test(view.summary + JSON.stringify(view.readouts)), `${id}: NaN or Infinity shown`);
    const drawable = new Set(['scatter', ...TRACES]);
    for (const plot of view.plots)
      for (const trace of plot.data) {
        assertFinite(trace.y ?? [], `${id}.${plot.id}.y`);
        const type = String(trace.type ?? 'scatter');
        assert.ok(drawable.has(type), `${id}.${plot.id}: trace type ${type} is not in web/plotly-partial.ts's TRACES`);
      }
  });
}
