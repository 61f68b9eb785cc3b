// Matrices drawn as heatmaps side by side (one panel each, rows top to
// bottom as written), with the entries printed in the cells while they fit.
import type { Plot } from './types';

export interface MatrixPanel {
  title: string;
  z: ArrayLike<number>[];
}

export function matrixPlot(id: string, title: string, panels: MatrixPanel[], colorscale = 'RdBu'): Plot {
  const gap = 0.06;
  const width = (1 - gap * (panels.length - 1)) / panels.length;
  const bound = Math.max(1e-300, ...panels.flatMap((p) => p.z.flatMap((r) => Array.from(r, Math.abs))));
  const data = panels.map((p, k) => {
    const z = p.z.map((r) => Array.from(r));
    const small = z.length * (z[0]?.length ?? 0) <= 64;
    return {
      type: 'heatmap', z, zmin: -bound, zmax: bound, colorscale, reversescale: true, showscale: k === panels.length - 1,
      xaxis: k ? `x${k + 1}` : 'x', yaxis: k ? `y${k + 1}` : 'y', name: p.title, hovertemplate: `${p.title}[%{y},%{x}] = %{z:.4g}<extra></extra>`,
      ...(small ? { text: z.map((r) => r.map((v) => (Math.abs(v) < 5e-13 ? '0' : v.toPrecision(3)))), texttemplate: '%{text}' } : {}),
    };
  });
  const layout: Record<string, unknown> = {
    annotations: panels.map((p, k) => ({
      text: p.title, showarrow: false, xref: 'paper', yref: 'paper', x: k * (width + gap) + width / 2, y: 1.06, xanchor: 'center',
    })),
  };
  panels.forEach((_, k) => {
    const s = k ? String(k + 1) : '';
    layout[`xaxis${s}`] = { domain: [k * (width + gap), k * (width + gap) + width], showticklabels: false, showgrid: false, zeroline: false, anchor: `y${s}` };
    layout[`yaxis${s}`] = { autorange: 'reversed', showticklabels: false, showgrid: false, zeroline: false, anchor: `x${s}` };
  });
  return { id, title, data, layout };
}
