import { instanceSchema } from '../../runtime/instance';
import type { Schema } from '../../runtime/types';

export const schema = {
  ...instanceSchema({ X: [[2, 1]], y: [2], maxGrid: 20, maxRandom: 60, rows: 4, cols: 10, target: 't' }),
  eta: {
    kind: 'number', label: 'Step size η (all methods)', default: 0.05, min: 1e-4, max: 10, scale: 'log',
    help: 'For GD and SGD η multiplies the gradient; for AdaGrad, RMSProp and Adam it is roughly the length of one step.',
  },
  steps: { kind: 'number', label: 'Steps', default: 2000, min: 1, max: 20000, integer: true, scale: 'log' },
  batch: { kind: 'number', label: 'Minibatch size b', default: 2, min: 1, max: 60, integer: true, step: 1, help: 'Rows per minibatch step, drawn without replacement (capped at n).' },
} satisfies Schema;
