import type { Schema } from '../../runtime/types';

const group = 'Network and inputs';
const entries = { min: -100, max: 100, group };

export const schema = {
  source: {
    kind: 'select', label: 'Network from', default: 'grid', group,
    options: [{ value: 'grid', label: 'the grids below' }, { value: 'random', label: 'a random draw (sizes, seed)' }],
  },
  x: { kind: 'list', label: 'Input x (N entries)', default: [1, -0.5], minLength: 1, maxLength: 20, ...entries },
  W1: { kind: 'matrix', label: 'W⁽¹⁾ (K × N)', default: [[1, -1], [0.5, 2], [-1.5, 0.5]], maxRows: 20, maxCols: 20, ...entries },
  b1: { kind: 'list', label: 'b⁽¹⁾ (K entries)', default: [0, 0.5, -0.5], minLength: 1, maxLength: 20, ...entries },
  W2: { kind: 'matrix', label: 'W⁽²⁾ (N × K)', default: [[1, 0, -1], [0.5, 1, 0]], maxRows: 20, maxCols: 20, ...entries },
  b2: { kind: 'list', label: 'b⁽²⁾ (N entries)', default: [0, 0.5], minLength: 1, maxLength: 20, ...entries },
  s: { kind: 'list', label: 'Target s (N entries)', default: [2, 0], minLength: 1, maxLength: 20, ...entries },
  r: { kind: 'list', label: 'Weights r of R = rᵀh (K entries)', default: [0.5, -0.5, 1], minLength: 1, maxLength: 20, ...entries },
  n: { kind: 'number', label: 'Random: inputs N', default: 4, min: 1, max: 100, integer: true, step: 1, group },
  k: { kind: 'number', label: 'Random: hidden units K', default: 6, min: 1, max: 100, integer: true, step: 1, group },
  seed: { kind: 'number', label: 'Random: seed', default: 1, min: 0, max: 1e6, integer: true, step: 1, group, help: 'Every weight, bias and vector is a standard normal drawn from this seed.' },
} satisfies Schema;
