import type { Schema } from '../../runtime/types';

export const schema = {
  v: { kind: 'list', label: 'v (defines f(x) = v vᵀx)', default: [1, 2, 3], minLength: 1, maxLength: 200, min: -1e6, max: 1e6 },
  y: { kind: 'list', label: 'y (the vector in Jᵀy)', default: [1, 1, 1], minLength: 1, maxLength: 200, min: -1e6, max: 1e6, help: 'One entry per entry of v.' },
  n_max: {
    kind: 'number', label: 'Timing: largest n', default: 2000, min: 100, max: 10000, integer: true, scale: 'log', group: 'Timing sweep',
    help: 'Forming J at n = 10⁴ needs 800 MB; if the browser refuses the memory the sweep says so and carries on with the O(n) route.',
  },
  points: { kind: 'number', label: 'Timing: sizes in the sweep', default: 10, min: 4, max: 20, integer: true, step: 1, group: 'Timing sweep' },
} satisfies Schema;
