import { defineWidget } from '../../runtime/types';
import { compute } from './compute';
import { schema } from './schema';
import { view } from './view';

export const widget = defineWidget({
  id: 'backprop-residual',
  title: 'Backpropagation through a residual network',
  chapter: 7,
  schema,
  outputs: {
    grad_x: '∂L/∂x by the backward pass: ȳ + W⁽¹⁾ᵀ z̄',
    grad_x_numeric: '∂L/∂x by central differences',
    max_abs_error: 'max |grad_x − grad_x_numeric|',
    nodes: 'for x, z, h, y, S, R, L: value, gradient by backprop and by finite differences',
    W1: 'the W⁽¹⁾ used', W2: 'the W⁽²⁾ used', b1: 'the b⁽¹⁾ used', b2: 'the b⁽²⁾ used', s: 'the s used', r: 'the r used',
  },
  presets: [
    { label: 'N = 2, K = 3', params: { source: 'grid' } },
    { label: 'One unit each', params: { source: 'grid', x: [0.4], W1: [[0.7]], b1: [-0.2], W2: [[1.5]], b2: [0.1], s: [2], r: [0.3] } },
    { label: 'Saturated sigmoid', params: { source: 'grid', W1: [[20, -20], [10, 40], [-30, 10]] } },
    { label: 'Random N = 10, K = 20', params: { source: 'random', n: 10, k: 20 } },
  ],
  compute,
  view,
});
