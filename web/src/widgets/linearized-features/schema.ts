import { targetOptions } from '../../engine/mlp';
import type { Schema } from '../../runtime/types';

const net = 'Network';
const data = 'Data and training';
export const schema = {
  hidden: { kind: 'number', label: 'Hidden layers', default: 1, min: 1, max: 4, integer: true, step: 1, group: net },
  width: { kind: 'number', label: 'Units per hidden layer', default: 16, min: 2, max: 64, integer: true, scale: 'log', group: net },
  activation: {
    kind: 'select', label: 'Hidden activation', default: 'relu', group: net,
    options: [{ value: 'relu', label: 'ReLU' }, { value: 'tanh', label: 'tanh' }],
  },
  init: {
    kind: 'select', label: 'Initialization', default: 'proper', group: net,
    options: [
      { value: 'proper', label: 'proper: He weights, Xavier biases' },
      { value: 'small', label: 'small: uniform ±0.03' },
      { value: 'large', label: 'large: uniform ±3' },
      { value: 'xavier', label: 'Xavier weights and biases' },
    ],
  },
  seed: { kind: 'number', label: 'Seed', default: 1, min: 0, max: 1e6, integer: true, step: 1, group: net },
  target: { kind: 'select', label: 'Target function', default: 'sine', options: targetOptions, group: data },
  range: {
    kind: 'select', label: 'Training inputs', default: 'full', group: data,
    options: [{ value: 'full', label: 'the full range [−1, 1]' }, { value: 'left', label: 'only [−1, 0.4]' }],
  },
  points: { kind: 'number', label: 'Training points', default: 48, min: 8, max: 200, integer: true, scale: 'log', group: data },
  lr: { kind: 'number', label: 'Learning rate (Adam)', default: 0.01, min: 1e-4, max: 0.5, scale: 'log', group: data },
  steps: { kind: 'number', label: 'Training steps', default: 1000, min: 10, max: 20000, integer: true, scale: 'log', group: data },
  layer: {
    kind: 'number', label: 'Features of layer', default: 1, min: 1, max: 5, integer: true, step: 1, viewOnly: true,
    help: 'Whose parameters’ features ∂f/∂w and ∂f/∂b to draw (the output layer is hidden layers + 1).',
  },
} satisfies Schema;
