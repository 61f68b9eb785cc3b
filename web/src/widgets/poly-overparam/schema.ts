import type { Schema } from '../../runtime/types';

export const schema = {
  degree: { kind: 'number', label: 'Degree of the fit shown', default: 20, min: 1, max: 100, integer: true, step: 1 },
  points: { kind: 'number', label: 'Training points n', default: 12, min: 2, max: 60, integer: true, step: 1 },
  noise: { kind: 'number', label: 'Label noise (std. dev.)', default: 0.2, min: 0, max: 2, step: 0.01 },
  max_degree: { kind: 'number', label: 'Sweep up to degree', default: 40, min: 2, max: 100, integer: true, step: 1 },
  target: {
    kind: 'select', label: 'True function', default: 'sine',
    options: [
      { value: 'sine', label: 'sin(πx)' },
      { value: 'runge', label: '1 / (1 + 25x²) (Runge)' },
      { value: 'cubic', label: 'x³ − x/2 (a cubic)' },
    ],
  },
  basis: {
    kind: 'select', label: 'Features', default: 'legendre',
    options: [
      { value: 'legendre', label: 'Legendre, √(2k+1) P_k(x)' },
      { value: 'chebyshev', label: 'Chebyshev, T_k(x)' },
    ],
    help: 'Both are orthogonal on [−1, 1], so the feature matrix stays well conditioned at high degree (monomials 1, x, x², … would not).',
  },
  seed: { kind: 'number', label: 'Sample seed', default: 1, min: 0, max: 1e6, integer: true, step: 1, help: 'Draws the inputs (uniform on [−1, 1]) and the noise.' },
} satisfies Schema;
