import { defineWidget } from '../../runtime/types';
import { compute } from './compute';
import { schema } from './schema';
import { view } from './view';

export const widget = defineWidget({
  id: 'kernel-ridge-map',
  title: 'Kernel ridge: two solves, one answer, and a Gaussian',
  chapter: 5,
  schema,
  worker: true,
  outputs: {
    w_primal: '(XᵀX + λI)⁻¹Xᵀy, a d × d Cholesky solve',
    w_dual: 'Xᵀ(XXᵀ + λI)⁻¹y, an n × n Cholesky solve',
    w_gaussian: 'E[W | Y = y] for W ~ N(0, I), Y = XW + √λ N, computed from the precision matrix of (W, Y)',
    max_disagreement: 'largest entry-wise gap between the three, relative to max |w|',
    timing: 'milliseconds per solve (including forming the Gram matrix) on random problems: grow_n (n grows, d fixed) and grow_d, each with fitted log-log slopes; null when timing is off',
    X: 'the X used', y: 'the y used',
  },
  presets: [
    { label: 'Wide 3 × 4', params: { source: 'grid', X: [[1, 0, 2, 1], [0, 1, 1, -1], [1, 1, 0, 2]], y: [1, -1, 2] } },
    { label: 'Tall 5 × 2', params: { source: 'grid', X: [[1, 0], [1, 1], [1, 2], [1, 3], [1, 4]], y: [0, 1, 1, 3, 4] } },
    { label: 'Random 150 × 5', params: { source: 'random', rows: 150, cols: 5 } },
    { label: 'Random 5 × 150', params: { source: 'random', rows: 5, cols: 150 } },
  ],
  compute,
  view,
});
