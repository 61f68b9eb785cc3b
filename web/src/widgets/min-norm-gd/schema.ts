import { instanceSchema } from '../../runtime/instance';
import type { Schema } from '../../runtime/types';

export const schema = {
  ...instanceSchema({ X: [[2, 1]], y: [2], maxGrid: 20, maxRandom: 60, rows: 3, cols: 8, target: 't' }),
  w0: {
    kind: 'list', label: 'Start w₀ (or click the plane)', default: [0, 0], minLength: 1, maxLength: 20, min: -1e3, max: 1e3,
    help: 'One entry per column of X. A second run always starts at 0. A random instance draws its own start from the seed.',
  },
  eta: { kind: 'number', label: 'Step size η', default: 0.05, min: 1e-4, max: 10, scale: 'log' },
  steps: { kind: 'number', label: 'Steps', default: 100, min: 1, max: 20000, integer: true, scale: 'log' },
} satisfies Schema;
