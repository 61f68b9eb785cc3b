import type { Schema } from '../../runtime/types';

const scalar = 'One noisy data point';
const vector = 'Vector case: noisy rows of X';
export const schema = {
  x: { kind: 'number', label: 'Input x', default: 1, min: -10, max: 10, step: 0.05, group: scalar },
  y: { kind: 'number', label: 'Label y', default: 1, min: -10, max: 10, step: 0.05, group: scalar },
  sigma2: { kind: 'number', label: 'Noise variance σ²', default: 0.5, min: 0, max: 10, step: 0.05, help: 'Every step sees x + N with a fresh N ~ N(0, σ²) (each entry of X in the vector case).' },
  eta: { kind: 'number', label: 'Step size η', default: 0.1, min: 1e-3, max: 10, scale: 'log' },
  steps: { kind: 'number', label: 'Steps', default: 200, min: 10, max: 2000, integer: true, scale: 'log' },
  runs: { kind: 'number', label: 'Monte-Carlo runs', default: 2000, min: 10, max: 20000, integer: true, scale: 'log', help: 'Independent runs, each with its own noise; the vector case uses the same number.' },
  seed: { kind: 'number', label: 'Seed', default: 1, min: 0, max: 1e6, integer: true, step: 1 },
  X: { kind: 'matrix', label: 'Data X', default: [[1, 0], [0, 1], [1, 1]], maxRows: 8, maxCols: 4, min: -100, max: 100, group: vector },
  targets: { kind: 'list', label: 'Targets', default: [1, 2, 2], minLength: 1, maxLength: 8, min: -100, max: 100, group: vector, help: 'One per row of X.' },
} satisfies Schema;
