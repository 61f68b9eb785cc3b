// What the runtime redraws (plot signatures) and how long lines are thinned
// for drawing (draw-plan.ts); plus the Plotly bundle's metadata stripping.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { THIN_ABOVE, THIN_BUCKETS, plotSignature, thinForDrawing, thinIndices } from '../../web/src/runtime/draw-plan';
import { plotToCsv } from '../../web/src/runtime/plots';
import type { Plot } from '../../web/src/runtime/types';
import { stripMeta } from '../../web/plotly-partial';

const plot = (data: Record<string, unknown>[], layout: Record<string, unknown> = {}, title = 'P'): Plot => ({ id: 'p', title, data, layout });
const line = (n: number, f = (i: number) => Math.sin(i / 50)) => ({
  type: 'scatter', mode: 'lines', name: 'run', x: Float64Array.from({ length: n }, (_, i) => i), y: Float64Array.from({ length: n }, (_, i) => f(i)),
});

test('equal plots have equal signatures, built from fresh objects each time', () => {
  const make = () => plot([line(300), { type: 'heatmap', z: [[1, 2], [3, 4]] }], { xaxis: { type: 'log', range: [0, 2] } });
  assert.equal(plotSignature(make(), false), plotSignature(make(), false));
});

test('any change that shows differs: a number, a typed-array value, a color, a title, the theme, the layout', () => {
  const base = () => plot([line(300), { type: 'bar', x: ['a', 'b'], y: [1, 2], marker: { color: '#2563eb' } }], { xaxis: { range: [0, 2] } });
  const s = plotSignature(base(), false);
  const variants: [string, (p: Plot) => void][] = [
    ['one y value, by one ulp', (p) => ((p.data[0].y as Float64Array)[123] = Math.sin(123 / 50) + 1e-16 * 4)],
    ['a bar height', (p) => ((p.data[1].y as number[])[1] = 2.0000001)],
    ['a color', (p) => ((p.data[1].marker as Record<string, unknown>).color = '#dc2626')],
    ['an axis range', (p) => ((p.layout.xaxis as Record<string, unknown>).range = [0, 3])],
    ['a trace name', (p) => (p.data[0].name = 'run 2')],
    ['a trace dropped', (p) => p.data.pop()],
    ['the title', (p) => (p.title = 'Q')],
    ['a number versus the same digits as text', (p) => ((p.data[1].y as unknown[])[0] = '1')],
    ['null versus undefined', (p) => ((p.layout as Record<string, unknown>).extra = null)],
  ];
  for (const [what, change] of variants) {
    const p = base();
    change(p);
    assert.notEqual(plotSignature(p, false), s, what);
  }
  assert.notEqual(plotSignature(base(), true), s, 'the theme');
  // A plain array and a typed array of the same numbers draw the same line, but the signature need not know that.
  assert.equal(plotSignature(base(), false), s);
});

test('a signature separates values that merely move between keys', () => {
  const a = plot([{ x: [1, 2], y: [3] }]);
  const b = plot([{ x: [1], y: [2, 3] }]);
  assert.notEqual(plotSignature(a, false), plotSignature(b, false));
});

test('short lines, markers and non-scatter traces are drawn as given', () => {
  const short = plot([line(THIN_ABOVE)]);
  assert.equal(thinForDrawing(short), short);
  const markers = plot([{ ...line(THIN_ABOVE * 3), mode: 'markers' }]);
  assert.equal(thinForDrawing(markers), markers);
  const colored = plot([{ ...line(THIN_ABOVE * 3), marker: { color: new Array(THIN_ABOVE * 3).fill('#2563eb') } }]);
  assert.equal(thinForDrawing(colored), colored);
  const noX = plot([{ type: 'scatter', mode: 'lines', y: line(THIN_ABOVE * 3).y }]);
  assert.equal(thinForDrawing(noX), noX);
});

test('a long line is thinned to a few points per bucket, keeping both ends and every extreme', () => {
  const n = 100_000;
  // A sawtooth with one sharp spike: thinning must keep the spike and the ends.
  const p = plot([{ ...line(n, (i) => (i === 77_777 ? 50 : (i % 1000) / 1000)), text: Array.from({ length: n }, (_, i) => `s${i}`) }]);
  const d = thinForDrawing(p);
  assert.notEqual(d, p);
  const t = d.data[0];
  const x = t.x as number[], y = t.y as number[];
  assert.ok(x.length <= THIN_BUCKETS * 6 && x.length >= THIN_BUCKETS, `kept ${x.length}`);
  assert.equal(x[0], 0);
  assert.equal(x[x.length - 1], n - 1);
  assert.ok(y.includes(50), 'the spike is kept');
  assert.equal(Math.max(...y), 50);
  assert.equal(Math.min(...y), 0);
  // Kept points are the original points, in order, with their text alongside.
  for (let k = 1; k < x.length; k++) assert.ok(x[k] > x[k - 1]);
  x.forEach((xi, k) => {
    assert.equal(y[k], xi === 77_777 ? 50 : (xi % 1000) / 1000);
    assert.equal((t.text as string[])[k], `s${xi}`);
  });
  // The plot given (the Table and CSV read it) is untouched.
  assert.equal((p.data[0].x as Float64Array).length, n);
  assert.equal(plotToCsv(p).split('\n').length, n + 2);
});

test('a 2-D path keeps its extremes in x as well as y', () => {
  const n = 20_000;
  const xs = Float64Array.from({ length: n }, (_, i) => Math.cos(i / 7) * (1 + i / n));
  const ys = Float64Array.from({ length: n }, (_, i) => Math.sin(i / 7) * (1 + i / n));
  const idx = thinIndices(xs, ys);
  const kept = idx.map((i) => xs[i]);
  assert.equal(Math.max(...kept), Math.max(...xs));
  assert.equal(Math.min(...kept), Math.min(...xs));
  assert.equal(Math.max(...idx.map((i) => ys[i])), Math.max(...ys));
});

test('gaps (nulls) survive thinning, so separate segments stay separate', () => {
  const n = 10_000;
  const y: (number | null)[] = Array.from({ length: n }, (_, i) => Math.cos(i / 100));
  for (const g of [1234, 5000, 8888]) y[g] = null;
  const d = thinForDrawing(plot([{ type: 'scatter', mode: 'lines', x: Array.from({ length: n }, (_, i) => i), y }]));
  const t = d.data[0];
  const kx = t.x as number[], ky = t.y as (number | null)[];
  for (const g of [1234, 5000, 8888]) {
    const k = kx.indexOf(g);
    assert.ok(k > 0, `gap at ${g} kept`);
    assert.equal(ky[k], null);
    // Its neighbours too, so the line stops right at the gap on both sides.
    assert.equal(kx[k - 1], g - 1);
    assert.equal(kx[k + 1], g + 1);
  }
});

test("the Plotly bundle's metadata stripping removes descriptions only, however they are written", () => {
  const src = [
    'var attrs = {',
    '    width: {',
    "        valType: 'number',",
    '        min: 0,',
    "        editType: 'plot',",
    "        description: 'Sets the width (in px), {not} [a] \\'bracket\\'.'",
    '    },',
    '    dash: {',
    "        valType: 'string',",
    '        description: [',
    "            'Sets the dash style of lines.',",
    "            // 'a comment with a quote and a ) bracket'",
    "            /* and ] this */ 'Set to a dash type string.'",
    '        ].join(',
    "            ' '",
    '        ),',
    "        editType: 'style'",
    '    },',
    "    mode: { description: flag ? 'Sets a, b' : `or ${'c'}`, dflt: 'lines' },",
    "    only: { description: 'alone' },",
    '};',
    "var text = 'description: stays, inside a string';",
  ].join('\n');
  const out = stripMeta(src);
  assert.doesNotMatch(out, /Sets the|dash type|alone|Sets a/);
  assert.ok(out.includes("'description: stays, inside a string'"));
  // Still valid JavaScript with the same structure minus the descriptions.
  const attrs = new Function('flag', `${out}; return attrs;`)(true) as Record<string, Record<string, unknown>>;
  assert.deepEqual(attrs, {
    width: { valType: 'number', min: 0, editType: 'plot' },
    dash: { valType: 'string', editType: 'style' },
    mode: { dflt: 'lines' },
    only: {},
  });
});
