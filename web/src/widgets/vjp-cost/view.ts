import { num, vec } from '../../runtime/format';
import { matrixPlot } from '../../runtime/matrix-plot';
import { palette } from '../../runtime/palette';
import type { View } from '../../runtime/types';
import type { VjpParams, VjpResult } from './compute';

const bytes = (b: number) => (b >= 1e9 ? `${num(b / 1e9, 3)} GB` : b >= 1e6 ? `${num(b / 1e6, 3)} MB` : b >= 1e3 ? `${num(b / 1e3, 3)} kB` : `${b} B`);

export function view(r: VjpResult, p: VjpParams): View {
  const n = p.v.length;
  const { timing } = r;
  const fitted = timing.explicit_seconds.filter((s) => s !== null).length;
  const nMax = timing.n[timing.n.length - 1];
  const dot = p.v.reduce((s, v, i) => s + v * p.y[i], 0);
  const notes: string[] = [];
  if (fitted < timing.n.length)
    notes.push(`Forming J ran out of memory from n = ${timing.n[fitted]} on (it needs ${bytes(8 * timing.n[fitted] ** 2)}); the O(n) route needs ${bytes(16 * nMax)} at n = ${nMax}.`);
  if (n > 12) notes.push('Entries of J are printed only for small v; hover over the map for the rest.');
  return {
    plots: [
      matrixPlot('jacobian', `J = v vᵀ (${n} × ${n})`, [{ title: 'J', z: r.jacobian }]),
      {
        id: 'vjp', title: 'Jᵀy two ways',
        data: [
          { type: 'bar', name: 'v (vᵀy), O(n)', x: Array.from(r.vjp, (_, i) => `${i + 1}`), y: Array.from(r.vjp), marker: { color: palette[0] } },
          { type: 'bar', name: 'form J, then Jᵀy', x: Array.from(r.vjp, (_, i) => `${i + 1}`), y: Array.from(r.vjp_via_jacobian), marker: { color: palette[2], pattern: { shape: '/' } } },
        ],
        layout: { barmode: 'group', xaxis: { title: { text: 'entry' } }, yaxis: { title: { text: '(Jᵀy)ᵢ' } } },
      },
      {
        id: 'timing', title: 'Time per call, measured here in WebAssembly (log-log)',
        data: [
          {
            type: 'scatter', mode: 'lines+markers', name: `form J, then multiply (slope ${r.slope_explicit === null ? '—' : num(r.slope_explicit, 3)})`,
            x: timing.n, y: timing.explicit_seconds.map((s) => s ?? undefined), line: { color: palette[1], width: 2 }, marker: { symbol: 'square', size: 7 },
          },
          {
            type: 'scatter', mode: 'lines+markers', name: `v (vᵀy) (slope ${num(r.slope_vjp, 3)})`,
            x: timing.n, y: timing.vjp_seconds, line: { color: palette[0], width: 2, dash: 'dash' }, marker: { symbol: 'circle', size: 7 },
          },
        ],
        layout: {
          xaxis: { title: { text: 'n' }, type: 'log', exponentformat: 'power' },
          yaxis: { title: { text: 'seconds per call' }, type: 'log', exponentformat: 'power' },
        },
      },
    ],
    readouts: [
      { label: 'vᵀy', value: num(dot) },
      { label: 'Jᵀy = v (vᵀy)', value: vec(r.vjp) },
      { label: 'Slope, forming J', value: r.slope_explicit === null ? '—' : num(r.slope_explicit, 3), hint: 'time ∝ n^slope; n² work and memory predicts 2' },
      { label: 'Slope, O(n) product', value: num(r.slope_vjp, 3), hint: 'predicted 1' },
      { label: `Memory for J at n = ${nMax}`, value: bytes(8 * nMax * nMax), hint: `against ${bytes(16 * nMax)} for v and y` },
    ],
    summary: `Jᵀy = ${vec(r.vjp, 3)}. Forming J costs time growing like n^${r.slope_explicit === null ? '?' : num(r.slope_explicit, 2)}, the direct product like n^${num(r.slope_vjp, 2)}, up to n = ${nMax}.`,
    notes,
  };
}
