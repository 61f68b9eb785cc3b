import { instanceSchema } from '../../runtime/instance';
import type { Schema } from '../../runtime/types';

export const schema = {
  lambda: { kind: 'number', label: 'Penalty λ (noise variance)', default: 1, min: 1e-3, max: 1e4, scale: 'log', help: 'λ is both the ridge penalty and the variance of the observation noise in the Gaussian model.' },
  ...instanceSchema({ X: [[1, 0, 2, 1], [0, 1, 1, -1], [1, 1, 0, 2]], y: [1, -1, 2], maxGrid: 8, maxRandom: 200, rows: 30, cols: 5 }),
  timing: { kind: 'toggle', label: 'Time the two solves', default: true, group: 'Cost', help: 'Runs in the background on random problems of growing size.' },
  max_size: { kind: 'number', label: 'Largest n or d timed', default: 400, min: 32, max: 1500, scale: 'log', integer: true, group: 'Cost' },
  fixed_size: { kind: 'number', label: 'The other dimension, held fixed', default: 20, min: 1, max: 400, integer: true, step: 1, group: 'Cost' },
} satisfies Schema;
