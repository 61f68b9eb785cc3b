import { targetOptions } from '../../engine/mlp';
import type { Schema } from '../../runtime/types';

const net = 'Network and data';
export const initOptions = [
  { value: 'uniform', label: 'uniform ±s' },
  { value: 'xavier', label: 'Xavier (variance 2/(fan-in + fan-out))' },
  { value: 'he', label: 'He (variance 2/fan-in)' },
];
export const optimizerOptions = [
  { value: 'sgd', label: 'SGD' },
  { value: 'momentum', label: 'SGD + momentum 0.9' },
  { value: 'adagrad', label: 'AdaGrad' },
  { value: 'rmsprop', label: 'RMSProp (decay 0.99)' },
  { value: 'adam', label: 'Adam (0.9, 0.999)' },
];

export const schema = {
  compare: {
    kind: 'select', label: 'Overlay', default: 'optimizers',
    options: [{ value: 'optimizers', label: 'every optimizer, one initialization' }, { value: 'inits', label: 'every initialization, one optimizer' }],
  },
  init: { kind: 'select', label: 'Initialization', default: 'he', options: initOptions, help: 'Used when overlaying optimizers.' },
  optimizer: { kind: 'select', label: 'Optimizer', default: 'adam', options: optimizerOptions, help: 'Used when overlaying initializations.' },
  scale: { kind: 'number', label: 'Uniform scale s', default: 0.05, min: 1e-3, max: 10, scale: 'log', help: 'Weights drawn from U(−s, s) for the uniform initialization. Biases start at zero.' },
  lr: { kind: 'number', label: 'Learning rate', default: 0.01, min: 1e-4, max: 1, scale: 'log' },
  steps: { kind: 'number', label: 'Training steps', default: 800, min: 10, max: 20000, integer: true, scale: 'log' },
  focus: {
    kind: 'number', label: 'Run in the gradient-norm plot', default: 1, min: 1, max: 5, integer: true, step: 1, viewOnly: true,
    help: 'Which run (in legend order) to show layer by layer over training.',
  },
  activation: {
    kind: 'select', label: 'Hidden activation', default: 'relu', group: net,
    options: [{ value: 'relu', label: 'ReLU' }, { value: 'tanh', label: 'tanh' }, { value: 'sigmoid', label: 'sigmoid' }],
  },
  depth: { kind: 'number', label: 'Hidden layers', default: 4, min: 1, max: 6, integer: true, step: 1, group: net },
  width: { kind: 'number', label: 'Units per hidden layer', default: 32, min: 2, max: 256, integer: true, scale: 'log', group: net },
  target: { kind: 'select', label: 'Target function', default: 'bumps', options: targetOptions, group: net },
  points: { kind: 'number', label: 'Training points', default: 128, min: 8, max: 1000, integer: true, scale: 'log', group: net },
  batch: { kind: 'number', label: 'Minibatch size (0: all points)', default: 32, min: 0, max: 1000, integer: true, step: 1, group: net },
  seed: { kind: 'number', label: 'Seed', default: 1, min: 0, max: 1e6, integer: true, step: 1, group: net, help: 'Fixes the initial weights (the same for every optimizer) and the minibatch order.' },
} satisfies Schema;
