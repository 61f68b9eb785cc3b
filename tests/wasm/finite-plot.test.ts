// The runtime's last guard before Plotly, and its theme recoloring.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { finitePlot } from '../../web/src/runtime/finite-plot';
import { ink } from '../../web/src/runtime/palette';
import { recolor } from '../../web/src/runtime/plots';
import type { Plot } from '../../web/src/runtime/types';

const plot = (data: Record<string, unknown>[], layout: Record<string, unknown> = {}): Plot => ({ id: 'p', title: 'P', data, layout });

test('a finite plot passes through untouched', () => {
  const p = plot([{ type: 'scatter', mode: 'lines', x: [0, 1], y: Float64Array.of(1, 2) }]);
  const g = finitePlot(p);
  assert.equal(g.plot, p);
  assert.deepEqual(g.problems, []);
});

test('a diverging line is cut where it stops being finite and labelled with the step', () => {
  const g = finitePlot(plot([{ type: 'scatter', mode: 'lines', name: 'w', x: [0, 1, 2, 3], y: Float64Array.of(1, 10, Infinity, NaN), text: ['a', 'b', 'c', 'd'] }]));
  const t = g.plot.data[0];
  assert.deepEqual(Array.from(t.x as number[]), [0, 1]);
  assert.deepEqual(Array.from(t.y as number[]), [1, 10]);
  assert.deepEqual(t.text, ['a', 'b']);
  assert.match(g.problems[0], /p trace 0 "w": not finite from point 2/);
  const label = (g.plot.layout.annotations as Record<string, unknown>[])[0];
  assert.equal(label.x, 1);
  assert.equal(label.y, 10);
  assert.match(String(label.text), /not finite after x = 1/);
});

test('non-finite markers and grid cells are dropped; bad shapes, labels and ranges go', () => {
  const g = finitePlot(plot(
    [
      { type: 'scatter', mode: 'markers', x: [0, NaN, 2], y: [1, 2, -Infinity] },
      { type: 'heatmap', z: [[1, NaN], [Infinity, 2]] },
    ],
    {
      shapes: [{ x0: 0, x1: 1, y0: 0, y1: NaN }, { x0: 0, x1: 1, y0: 0, y1: 1 }],
      annotations: [{ x: Infinity, y: 0, text: 'gone' }],
      yaxis: { range: [0, NaN], title: { text: 'y' } },
    },
  ));
  assert.deepEqual(g.plot.data[0].x, [0]);
  assert.deepEqual(g.plot.data[1].z, [[1, null], [null, 2]]);
  assert.equal((g.plot.layout.shapes as unknown[]).length, 1);
  assert.deepEqual(g.plot.layout.annotations, []);
  assert.deepEqual(g.plot.layout.yaxis, { title: { text: 'y' } });
  assert.equal(g.problems.length, 5);
});

test('dark mode swaps palette colors in color fields only', () => {
  const data = [{ name: 'black', line: { color: ink }, marker: { color: ['#dc2626', '#123456'] }, y: [1, 2] }];
  const dark = recolor(data, true);
  assert.equal(dark[0].name, 'black');
  assert.equal(dark[0].line.color, '#e5e7eb');
  assert.deepEqual(dark[0].marker.color, ['#f87171', '#123456']);
  assert.equal(recolor(data, false)[0].line.color, ink);
  assert.deepEqual(recolor({ colorscale: [[0, '#9ca3af'], [1, '#4b5563']] }, true).colorscale, [[0, '#9ca3af'], [1, '#d1d5db']]);
});
