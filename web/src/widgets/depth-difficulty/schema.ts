import { targetOptions } from '../../engine/mlp';
import type { Schema } from '../../runtime/types';

const grid = 'Grid';
const net = 'Networks and data';
export const schema = {
  lr_lo: { kind: 'number', label: 'Smallest learning rate', default: 1e-3, min: 1e-5, max: 1, scale: 'log', group: grid },
  lr_hi: { kind: 'number', label: 'Largest learning rate', default: 1, min: 1e-4, max: 10, scale: 'log', group: grid },
  scale_lo: { kind: 'number', label: 'Smallest init scale s', default: 0.01, min: 1e-4, max: 1, scale: 'log', group: grid, help: 'Weights start uniform in [−s, s]; biases at zero.' },
  scale_hi: { kind: 'number', label: 'Largest init scale s', default: 1, min: 1e-3, max: 10, scale: 'log', group: grid },
  cells: { kind: 'number', label: 'Values per axis', default: 5, min: 2, max: 8, integer: true, step: 1, group: grid },
  steps: { kind: 'number', label: 'Training steps per cell', default: 200, min: 10, max: 3000, integer: true, scale: 'log', group: grid },
  width: { kind: 'number', label: 'Units per hidden layer', default: 24, min: 2, max: 128, integer: true, scale: 'log', group: net },
  activation: {
    kind: 'select', label: 'Hidden activation', default: 'relu', group: net,
    options: [{ value: 'relu', label: 'ReLU' }, { value: 'tanh', label: 'tanh' }, { value: 'sigmoid', label: 'sigmoid' }],
  },
  optimizer: {
    kind: 'select', label: 'Optimizer', default: 'sgd', group: net,
    options: [{ value: 'sgd', label: 'SGD (full batch)' }, { value: 'momentum', label: 'SGD + momentum 0.9' }, { value: 'adam', label: 'Adam' }],
  },
  target: { kind: 'select', label: 'Target function', default: 'sine', options: targetOptions, group: net },
  points: { kind: 'number', label: 'Training points', default: 48, min: 8, max: 500, integer: true, scale: 'log', group: net },
  seed: { kind: 'number', label: 'Seed', default: 1, min: 0, max: 1e6, integer: true, step: 1, group: net },
  pick_lr: { kind: 'number', label: 'Shown cell: learning-rate index', default: 3, min: 1, max: 8, integer: true, step: 1, viewOnly: true, help: 'Or click a cell of either heat map.' },
  pick_scale: { kind: 'number', label: 'Shown cell: init-scale index', default: 3, min: 1, max: 8, integer: true, step: 1, viewOnly: true },
} satisfies Schema;
