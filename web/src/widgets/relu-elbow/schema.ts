import { targetOptions } from '../../engine/mlp';
import type { Schema } from '../../runtime/types';

const net = 'Network of ReLUs';
export const schema = {
  w: { kind: 'number', label: 'Weight w', default: 1, min: -3, max: 3, step: 0.05, help: 'Slope of φ(x) = max(0, wx + b) where it is active.' },
  b: { kind: 'number', label: 'Bias b', default: 0.5, min: -3, max: 3, step: 0.05 },
  x: { kind: 'number', label: 'Training input x', default: 1, min: -3, max: 3, step: 0.05, help: 'Or click on the one-ReLU plot to place the point.' },
  y: { kind: 'number', label: 'Target y', default: 0.5, min: -3, max: 3, step: 0.05 },
  lr: { kind: 'number', label: 'Learning rate λ', default: 0.1, min: 1e-3, max: 5, scale: 'log', help: 'Used for the single step and for training the network.' },
  units: { kind: 'number', label: 'Hidden units', default: 8, min: 1, max: 64, integer: true, step: 1, group: net },
  target: { kind: 'select', label: 'Target function', default: 'vee', options: targetOptions, group: net },
  batch: {
    kind: 'select', label: 'Steps use', default: 'full', group: net,
    options: [{ value: 'full', label: 'all 40 points (gradient descent)' }, { value: 'one', label: 'one point at a time (SGD)' }],
  },
  steps: { kind: 'number', label: 'Training steps', default: 2000, min: 10, max: 20000, integer: true, scale: 'log', group: net },
  seed: { kind: 'number', label: 'Initialization seed', default: 1, min: 0, max: 1e6, integer: true, step: 1, group: net },
} satisfies Schema;
