import { num, vec } from '../../runtime/format';
import { palette } from '../../runtime/palette';
import type { Plot, View } from '../../runtime/types';
import { nodeNames, type BackpropParams, type BackpropResult, type NodeName } from './compute';

// Where each node sits in the drawing, and what it is.
const layout: Record<NodeName, { x: number; y: number; what: string }> = {
  x: { x: 0, y: 1, what: 'input' },
  z: { x: 1.2, y: 2, what: 'z = W⁽¹⁾x + b⁽¹⁾' },
  h: { x: 2.4, y: 2, what: 'h = σ(z)' },
  y: { x: 3.6, y: 1, what: 'y = x + W⁽²⁾h + b⁽²⁾' },
  R: { x: 3.6, y: 3, what: 'R = rᵀh' },
  S: { x: 4.8, y: 1, what: 'S = ½‖y − s‖²' },
  L: { x: 6, y: 2, what: 'L = S + R' },
};
const edges: [NodeName, NodeName][] = [['x', 'z'], ['z', 'h'], ['h', 'y'], ['x', 'y'], ['h', 'R'], ['y', 'S'], ['S', 'L'], ['R', 'L']];
// Leaves that are not differentiated here: parameters and given vectors.
const leaves: { label: string; x: number; y: number; to: NodeName }[] = [
  { label: 'W⁽¹⁾, b⁽¹⁾', x: 0.6, y: 3, to: 'z' },
  { label: 'W⁽²⁾, b⁽²⁾', x: 2.4, y: 0.2, to: 'y' },
  { label: 'r', x: 2.4, y: 3.6, to: 'R' },
  { label: 's', x: 4.2, y: 0.2, to: 'S' },
];

function graph(r: BackpropResult): Plot {
  const arrow = (from: { x: number; y: number }, to: { x: number; y: number }, color: string, dash = false) => ({
    x: to.x, y: to.y, ax: from.x, ay: from.y, xref: 'x', yref: 'y', axref: 'x', ayref: 'y', showarrow: true, text: '',
    arrowhead: 2, arrowsize: 1.2, arrowwidth: dash ? 1 : 2, arrowcolor: color, standoff: 16, startstandoff: 16,
  });
  const label = (n: NodeName) => {
    const v = r.nodes[n];
    return `<b>${n}</b> = ${vec(v.value, 3, 3)}<br>∂L/∂${n} = ${vec(v.grad, 3, 3)}`;
  };
  return {
    id: 'graph', title: 'The computation graph: each node with its value and ∂L/∂node',
    data: [
      {
        type: 'scatter', mode: 'markers', name: 'nodes', x: nodeNames.map((n) => layout[n].x), y: nodeNames.map((n) => layout[n].y),
        marker: { size: 26, color: nodeNames.map((n) => (n === 'x' ? palette[0] : n === 'L' ? palette[1] : 'S R'.includes(n) ? palette[3] : palette[2])), line: { width: 1, color: '#111827' } },
        text: nodeNames.map(label), hovertemplate: '%{text}<extra></extra>', showlegend: false,
      },
      {
        type: 'scatter', mode: 'text', name: 'leaves', x: leaves.map((l) => l.x), y: leaves.map((l) => l.y), text: leaves.map((l) => l.label),
        textfont: { color: palette[7] }, hoverinfo: 'skip', showlegend: false,
      },
    ],
    layout: {
      xaxis: { visible: false, range: [-0.8, 6.8] }, yaxis: { visible: false, range: [-0.6, 4.2] },
      annotations: [
        ...edges.map(([a, b]) => arrow(layout[a], layout[b], '#374151')),
        ...leaves.map((l) => arrow(l, layout[l.to], palette[7], true)),
        ...nodeNames.map((n) => ({
          // z's numbers go above it, so they do not run into h's below.
          x: layout[n].x, y: layout[n].y, yshift: n === 'z' ? 34 : -34, xref: 'x', yref: 'y', showarrow: false, align: 'center',
          text: `${vec(r.nodes[n].value, 3, 3)}<br><span style="color:${palette[1]}">∂: ${vec(r.nodes[n].grad, 3, 3)}</span>`, font: { size: 10 },
        })),
        ...nodeNames.map((n) => ({ x: layout[n].x, y: layout[n].y, xref: 'x', yref: 'y', showarrow: false, text: `<b>${n}</b>`, font: { color: '#ffffff' } })),
      ],
      margin: { l: 10, r: 10, t: 30, b: 10 },
    },
  };
}

export function view(r: BackpropResult, _p: BackpropParams): View {
  const coords = Array.from(r.grad_x, (_, i) => `x${i + 1}`);
  const errors = (['x', 'z', 'h', 'y'] as const).map((n) => {
    const v = r.nodes[n];
    return Math.max(...Array.from(v.grad, (g, i) => Math.abs(g - v.grad_numeric[i])));
  });
  const maxGrad = Math.max(...Array.from(r.grad_x, Math.abs), 1e-300);
  const notes: string[] = [];
  const h = Array.from(r.nodes.h.value);
  if (h.some((v) => v < 1e-6 || v > 1 - 1e-6))
    notes.push("Some hidden units are saturated (σ(z) within 10⁻⁶ of 0 or 1): σ'(z) is nearly zero there, so almost no gradient reaches x through them; the skip connection still passes ȳ straight to x.");
  return {
    plots: [
      graph(r),
      {
        id: 'grad-x', title: '∂L/∂x: backpropagation against finite differences',
        data: [
          { type: 'bar', name: 'backprop', x: coords, y: Array.from(r.grad_x), marker: { color: palette[0] } },
          { type: 'bar', name: 'finite differences', x: coords, y: Array.from(r.grad_x_numeric), marker: { color: palette[2], pattern: { shape: '/' } } },
        ],
        layout: { barmode: 'group', yaxis: { title: { text: '∂L/∂xᵢ' } } },
      },
      {
        id: 'node-errors', title: 'Largest |backprop − finite difference| at each node (log scale)',
        data: [{
          type: 'bar', name: 'max abs difference', x: ['x', 'z', 'h', 'y'], y: errors.map((e) => Math.max(e, 1e-17)),
          marker: { color: palette[3] }, hovertemplate: '%{x}: %{y:.2e}<extra></extra>',
        }],
        layout: { yaxis: { title: { text: 'difference' }, type: 'log', exponentformat: 'power', range: [-17, 0] } },
      },
    ],
    readouts: [
      { label: 'Loss L = S + R', value: num(r.nodes.L.value[0]), hint: `S = ${num(r.nodes.S.value[0])}, R = ${num(r.nodes.R.value[0])}` },
      { label: '∂L/∂x (backprop)', value: vec(r.grad_x), hint: 'ȳ + W⁽¹⁾ᵀ z̄, with ȳ = y − s, h̄ = W⁽²⁾ᵀȳ + r, z̄ = h̄ ⊙ σ(z)(1 − σ(z))' },
      { label: '∂L/∂x (finite differences)', value: vec(r.grad_x_numeric), hint: 'central differences, step 10⁻⁶ · max(1, |xᵢ|)' },
      { label: 'Largest difference', value: num(r.max_abs_error, 2), hint: `relative to the largest gradient entry: ${num(r.max_abs_error / maxGrad, 2)}` },
    ],
    summary: `The loss is ${num(r.nodes.L.value[0])}; backpropagation gives ∂L/∂x = ${vec(r.grad_x, 3)}, and finite differences agree to ${num(r.max_abs_error, 2)}.`,
    notes,
  };
}
