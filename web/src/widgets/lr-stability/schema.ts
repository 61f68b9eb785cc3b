import type { Schema } from '../../runtime/types';

export const schema = {
  sigma: {
    kind: 'list', label: 'σ values (one per problem)', default: [1, 0.3], minLength: 1, maxLength: 64, min: 1e-3, max: 1e3,
    help: 'Each σᵢ defines one scalar problem σᵢ w = y; all share one step size. They are also the singular values of X in the matrix view.',
  },
  eta: { kind: 'number', label: 'Step size η', default: 0.3, min: 1e-4, max: 10, scale: 'log' },
  y: { kind: 'number', label: 'Target y', default: 1, min: -10, max: 10, step: 0.1 },
  convention: {
    kind: 'select', label: 'Loss convention', default: 'squared',
    options: [
      { value: 'squared', label: 'L = (y − σw)²  (gradient 2σ(σw − y))' },
      { value: 'half', label: 'L = ½(y − σw)²  (gradient σ(σw − y))' },
    ],
  },
  eps: { kind: 'number', label: 'Tolerance ε', default: 1e-3, min: 1e-12, max: 0.5, scale: 'log', help: 'Stop counting once the error is at most ε times the starting error.' },
  steps: { kind: 'number', label: 'Iterations shown', default: 60, min: 5, max: 2000, integer: true, scale: 'log' },
  seed: { kind: 'number', label: 'Random X (seed)', default: 1, min: 0, max: 1e6, integer: true, step: 1, group: 'Matrix view', help: 'X = U diag(σ) Vᵀ with random orthogonal U, V drawn from this seed.' },
} satisfies Schema;
