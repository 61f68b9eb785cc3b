import { num, vec } from '../../runtime/format';
import { palette } from '../../runtime/palette';
import type { Plot, View } from '../../runtime/types';
import type { KernelParams, KernelResult, Sweep } from './compute';

function costPlot(id: string, title: string, s: Sweep, grows: string, fixed: string): Plot {
  return {
    id, title,
    data: [
      { type: 'scatter', mode: 'lines+markers', name: `d × d solve (slope ${num(s.primal_slope, 2)})`, x: s.size, y: s.primal_ms, line: { color: palette[0] }, marker: { symbol: 'circle' } },
      { type: 'scatter', mode: 'lines+markers', name: `n × n solve (slope ${num(s.dual_slope, 2)})`, x: s.size, y: s.dual_ms, line: { color: palette[1], dash: 'dash' }, marker: { symbol: 'square' } },
    ],
    layout: {
      xaxis: { type: 'log', title: { text: `${grows} (${fixed})` } },
      yaxis: { type: 'log', title: { text: 'ms per solve' } },
    },
  };
}

export function view(r: KernelResult, p: KernelParams): View {
  const n = r.X.length, d = r.X[0].length;
  const coords = Array.from({ length: d }, (_, i) => `w${i + 1}`);
  const bars = (name: string, v: Float64Array, k: number, shape: string) =>
    ({ type: 'bar', name, x: coords, y: Array.from(v), marker: { color: palette[k], pattern: { shape } } });
  const plots: Plot[] = [{
    id: 'forms', title: `Three computations of w at λ = ${num(p.lambda)}`,
    data: [
      bars(`(XᵀX + λI)⁻¹Xᵀy  (${d} × ${d})`, r.w_primal, 0, ''),
      bars(`Xᵀ(XXᵀ + λI)⁻¹y  (${n} × ${n})`, r.w_dual, 1, '/'),
      bars('E[W | Y = y]', r.w_gaussian, 2, '.'),
    ],
    layout: { barmode: 'group', yaxis: { title: { text: 'wᵢ' } } },
  }];
  const notes: string[] = [];
  if (r.timing) {
    plots.push(costPlot('cost-n', 'Cost as the number of samples n grows', r.timing.grow_n, 'n', `d = ${p.fixed_size}`));
    plots.push(costPlot('cost-d', 'Cost as the number of features d grows', r.timing.grow_d, 'd', `n = ${p.fixed_size}`));
    notes.push('Times are measured in your browser, in WebAssembly, on random problems, and include forming the Gram matrix (XᵀX costs about nd², XXᵀ about n²d) and its Cholesky factorization (d³/3 or n³/3). The slopes are fitted over the larger half of the sizes.');
  }
  const cheaper = n < d ? `the n × n form (${n} × ${n})` : n > d ? `the d × d form (${d} × ${d})` : 'either form (n = d)';
  const gn = r.timing?.grow_n;
  return {
    plots,
    readouts: [
      { label: 'w, d × d form', value: vec(r.w_primal) },
      { label: 'w, n × n form', value: vec(r.w_dual) },
      { label: 'w, Gaussian conditional mean', value: vec(r.w_gaussian) },
      { label: 'Largest disagreement', value: num(r.max_disagreement, 2), hint: 'relative to max |w|' },
      { label: 'Cheaper here', value: cheaper },
      ...(gn ? [{ label: `At n = ${gn.size[gn.size.length - 1]}, d = ${p.fixed_size}`, value: `${num(gn.primal_ms[gn.primal_ms.length - 1], 3)} ms vs ${num(gn.dual_ms[gn.dual_ms.length - 1], 3)} ms`, hint: 'd × d solve vs n × n solve' }] : []),
    ],
    summary: `For this ${n} × ${d} X the d × d form, the n × n form and the Gaussian conditional mean agree to ${num(r.max_disagreement, 2)} relative; ${cheaper} is the cheaper solve.`,
    notes,
  };
}
