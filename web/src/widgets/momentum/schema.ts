import type { Schema } from '../../runtime/types';

export const schema = {
  beta: { kind: 'number', label: 'Averaging β', default: 0.1, min: 0.001, max: 1, scale: 'log', help: 'z ← (1 − β) z + β g. β = 1 is plain gradient descent.' },
  eta: { kind: 'number', label: 'Step size η', default: 1, min: 1e-4, max: 1e4, scale: 'log' },
  sigma2: { kind: 'list', label: 'σᵢ² (squared singular values)', default: [5, 0.05], minLength: 1, maxLength: 64, min: 1e-6, max: 1e6, help: 'One 2×2 system Rᵢ per value. The largest and smallest set the tuning and the 2-D example.' },
  tol: { kind: 'number', label: 'Tolerance', default: 1e-3, min: 1e-12, max: 0.5, scale: 'log', help: 'Count the steps until ‖w_t − w*‖ ≤ tol · ‖w_0 − w*‖ (1e-3: within 99.9%).' },
  steps: { kind: 'number', label: 'Steps drawn', default: 150, min: 5, max: 5000, integer: true, scale: 'log', group: 'Plots' },
  phase: {
    kind: 'select', label: 'Phase diagram axes', default: 'sigma2', group: 'Plots',
    options: [
      { value: 'sigma2', label: 'η × σ² at this β' },
      { value: 'beta', label: 'η × β at the largest σ²' },
    ],
  },
} satisfies Schema;
