import type { Schema } from '../../runtime/types';

export const schema = {
  alpha: { kind: 'number', label: 'Step size α', default: 0.3, min: 1e-3, max: 10, scale: 'log' },
  starts: { kind: 'number', label: 'Random starts in [−5, 20]', default: 1000, min: 10, max: 100000, integer: true, scale: 'log', help: 'Large runs go to a background thread with a progress bar.' },
  iters: { kind: 'number', label: 'Steps per start', default: 1000, min: 10, max: 100000, integer: true, scale: 'log' },
  seed: { kind: 'number', label: 'Random seed', default: 1, min: 0, max: 1e6, integer: true, step: 1 },
} satisfies Schema;
