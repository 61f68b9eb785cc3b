import type { Schema } from '../../runtime/types';

export const schema = {
  k: { kind: 'list', label: 'Kernel k', default: [0.1, 0.2, 0.4, 0.2, 0.1], minLength: 1, maxLength: 64, min: -100, max: 100, help: '(Ax)ᵢ = Σⱼ kⱼ x_{i+j}: cross-correlation, k not flipped.' },
  b: { kind: 'list', label: 'Observation b (empty: generate one)', default: [], minLength: 0, maxLength: 10000, min: -1e6, max: 1e6, help: 'Leave empty to blur a generated block signal with k and add noise and outliers (settings below). x then has len(b) + len(k) − 1 entries.' },
  lambda: { kind: 'number', label: 'Ridge weight λ', default: 0.1, min: 1e-6, max: 10, scale: 'log' },
  alpha: { kind: 'number', label: 'Step size α', default: 0.5, min: 1e-4, max: 100, scale: 'log', help: 'Stable when α < 2 / (‖A‖² + λ); ‖A‖ ≤ Σ|kⱼ|.' },
  iters: { kind: 'number', label: 'Iterations', default: 300, min: 1, max: 20000, integer: true, scale: 'log' },
  n: { kind: 'number', label: 'Signal length n', default: 200, min: 8, max: 100000, integer: true, scale: 'log', group: 'Generated signal' },
  noise: { kind: 'number', label: 'Noise (std)', default: 0.02, min: 0, max: 2, step: 0.01, group: 'Generated signal' },
  outliers: { kind: 'number', label: 'Outlier fraction', default: 0.05, min: 0, max: 0.5, step: 0.01, group: 'Generated signal', help: 'Each observation is hit by a large error in [−10, 10] with this probability.' },
  seed: { kind: 'number', label: 'Random seed', default: 1, min: 0, max: 1e6, integer: true, step: 1, group: 'Generated signal' },
  sweep_max: { kind: 'number', label: 'Largest n timed', default: 100000, min: 1000, max: 100000, integer: true, scale: 'log', group: 'Dense vs matrix-free', help: 'Both operators run the same gradient descent for n = 64, 128, … up to this; the dense one only up to n = 2048 (32 MB).' },
} satisfies Schema;
