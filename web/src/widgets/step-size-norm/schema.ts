import type { Schema } from '../../runtime/types';

export const schema = {
  b: { kind: 'list', label: 'Minimizer b', default: [6, 4.5], minLength: 1, maxLength: 64, min: -1000, max: 1000, help: 'f(x) = ‖x − b‖₂ is smallest (zero) at x = b.' },
  x0: { kind: 'list', label: 'Start x₀', default: [0, 0], minLength: 1, maxLength: 64, min: -1000, max: 1000, help: 'Same length as b.' },
  schedule: {
    kind: 'select', label: 'Schedule (highlighted)', default: 'harmonic',
    options: [
      { value: 'constant', label: 'constant: tᵢ = s' },
      { value: 'harmonic', label: 'harmonic: tᵢ = s / (i + 1)' },
      { value: 'sqrt', label: 'tᵢ = s / √(i + 1)' },
      { value: 'polyak', label: 'Polyak: tᵢ = f(xᵢ) / ‖∇f‖²' },
    ],
    help: 'All four run every time; this one is drawn boldly and fills the readouts.',
  },
  step: { kind: 'number', label: 'Step scale s', default: 1, min: 0.01, max: 100, scale: 'log', help: 'The constant step, or the numerator of the decaying ones. Polyak ignores it.' },
  tol: { kind: 'number', label: 'Tolerance', default: 0.01, min: 1e-6, max: 10, scale: 'log', help: 'Counts as reached once ‖xᵢ − b‖ ≤ tolerance (an absolute distance, as in the source problem).' },
  max_iters: { kind: 'number', label: 'Iterations', default: 2000, min: 10, max: 1000000, integer: true, scale: 'log' },
} satisfies Schema;
