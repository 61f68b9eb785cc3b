import { instanceSchema } from '../../runtime/instance';
import type { Schema } from '../../runtime/types';

export const schema = {
  lambda: { kind: 'number', label: 'Penalty λ', default: 0.5, min: 1e-3, max: 1e4, scale: 'log', help: 'The objective is ‖Xw − y‖² + λ‖w‖². The path plot follows λ much closer to 0.' },
  ...instanceSchema({ X: [[1, 0, 1], [0, 1, 1], [1, 1, 0], [2, 0, 1], [0, 1, 2]], y: [1, 2, 2, 3, 1], maxGrid: 8, maxRandom: 60, rows: 20, cols: 6 }),
} satisfies Schema;
