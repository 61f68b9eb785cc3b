import type { Schema } from '../../runtime/types';

export const schema = {
  A: { kind: 'matrix', label: 'Matrix A', default: [[1, 2], [0, 3]], maxRows: 6, maxCols: 6, min: -1e4, max: 1e4, group: 'The point and the matrix', help: 'Square, one column per entry of x.' },
  x: { kind: 'list', label: 'Point x (also θ below)', default: [1, -1], minLength: 1, maxLength: 6, min: -1e4, max: 1e4, group: 'The point and the matrix' },
  c: { kind: 'list', label: 'Vector c', default: [4, 5], minLength: 1, maxLength: 6, min: -1e4, max: 1e4, group: 'The point and the matrix' },
  symmetrize: { kind: 'toggle', label: 'Use the symmetric part (A + Aᵀ)/2', default: false, group: 'The point and the matrix' },
  X: { kind: 'matrix', label: 'Data X (one sample per row)', default: [[1, 0], [0, 1], [1, 1]], maxRows: 8, maxCols: 6, min: -1e4, max: 1e4, group: 'Least-squares loss' },
  Y: { kind: 'list', label: 'Targets Y', default: [1, 2, 3], minLength: 1, maxLength: 8, min: -1e4, max: 1e4, group: 'Least-squares loss' },
  scheme: {
    kind: 'select', label: 'Difference scheme', default: 'central', group: 'Finite differences',
    options: [
      { value: 'central', label: 'central: (f(x + h eⱼ) − f(x − h eⱼ)) / 2h' },
      { value: 'forward', label: 'forward: (f(x + h eⱼ) − f(x)) / h' },
    ],
  },
  h: { kind: 'number', label: 'Step h', default: 1e-5, min: 1e-12, max: 0.1, scale: 'log', group: 'Finite differences' },
} satisfies Schema;
