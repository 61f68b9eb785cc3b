// Heat maps on log axes are drawn on linear axes over log10 (log-heatmap.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decadeLabel, linearLogHeatmaps, logTicks } from '../../web/src/runtime/log-heatmap';
import type { Plot } from '../../web/src/runtime/types';

const geom = (n: number, a: number, b: number) => Array.from({ length: n }, (_, i) => a * (b / a) ** (i / (n - 1)));
const phase = (): Plot => ({
  id: 'phase', title: 'P',
  data: [
    { type: 'heatmap', x: geom(4, 1e-3, 1), y: geom(3, 0.01, 1), z: [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]], hovertemplate: 'η %{x:.3g}<br>β %{y:.3g}<br>ρ %{z:.4f}<extra></extra>' },
    { type: 'scatter', mode: 'lines', name: 'edge', x: Float64Array.from([0.001, 1]), y: [0.01, 1] },
  ],
  layout: { xaxis: { type: 'log', range: [-3, 1] }, yaxis: { type: 'log', range: [-2, 0] } },
});

test('a heat map on log axes is drawn on linear axes over log10, with hover on the real values', () => {
  const p = phase();
  const d = linearLogHeatmaps(p);
  const [hm, edge] = d.data;
  assert.deepEqual((hm.x as number[]).map((v) => Math.round(v * 1e9) / 1e9), [-3, -2, -1, 0]);
  assert.deepEqual(edge.x, [-3, 0]);
  assert.equal((d.layout.xaxis as Record<string, unknown>).type, 'linear');
  assert.deepEqual((d.layout.xaxis as Record<string, unknown>).range, [-3, 1]);
  assert.equal(hm.hovertemplate, 'η %{customdata[0]:.3g}<br>β %{customdata[1]:.3g}<br>ρ %{z:.4f}<extra></extra>');
  assert.deepEqual((hm.customdata as number[][][])[2][1], [(p.data[0].x as number[])[1], (p.data[0].y as number[])[2]]);
  assert.deepEqual((edge.customdata as number[][])[1], [1, 1]);
  assert.equal(edge.hovertemplate, '(%{customdata[0]:.7~g}, %{customdata[1]:.7~g})');
  // The view is untouched (the Table and CSV read it).
  assert.equal((p.layout.xaxis as Record<string, unknown>).type, 'log');
  assert.equal((p.data[0].x as number[])[0], 1e-3);
});

test('ticks as Plotly labels log axes: decades, every other one on long spans, 2 and 5 on short ones', () => {
  assert.deepEqual(logTicks(-3.7, 4.3).ticktext, ['0.01', '1', '100', '10k']);
  assert.deepEqual(logTicks(-1, 1).ticktext, ['0.1', '2', '5', '1', '2', '5', '10']);
  assert.deepEqual([-5, -3, 0, 3, 4, 6].map(decadeLabel), ['10μ', '0.001', '1', '1000', '10k', '1M']);
});

test('plots without a log heat map, or with shapes on its axes, are drawn as given', () => {
  const lin = phase();
  lin.layout = { xaxis: {}, yaxis: {} };
  assert.equal(linearLogHeatmaps(lin), lin);
  const shaped = phase();
  shaped.layout.shapes = [{ type: 'line', xref: 'x', yref: 'paper', x0: 0.1, x1: 0.1, y0: 0, y1: 1 }];
  assert.equal(linearLogHeatmaps(shaped), shaped);
});
