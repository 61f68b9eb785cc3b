import { instanceSchema } from '../../runtime/instance';
import type { Schema } from '../../runtime/types';

export const schema = {
  ...instanceSchema({ X: [[1, 0], [1, 1], [1, 2], [1, 3]], y: [1, 2, 2, 4], maxGrid: 8, maxRandom: 60, rows: 12, cols: 4 }),
} satisfies Schema;
