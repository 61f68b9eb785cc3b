import { defineWidget } from '../../runtime/types';
import { compute } from './compute';
import { schema } from './schema';
import { view } from './view';

export const widget = defineWidget({
  id: 'lr-stability',
  title: 'Step size and stability on quadratics',
  chapter: 1,
  schema,
  outputs: {
    eta_max: 'largest stable step size, 2 / (c σ_max²)',
    eta_opt: 'step size with the fastest worst-case rate, 2 / (c (σ_max² + σ_min²))',
    rate: 'worst contraction factor maxᵢ |1 − cησᵢ²| at the given η',
    rate_opt: 'the rate at eta_opt',
    iters_to_eps: 'smallest t with ‖w_t − w*‖ ≤ ε ‖w_0 − w*‖, by simulating the recurrence (null: never)',
    iters_bound: '⌈ln ε / ln rate⌉, the closed-form count (null when rate ≥ 1)',
    diverged_at: 'first step where the error exceeds 10⁶ times its start (null: did not diverge)',
    status: 'converges, oscillates (rate = 1) or diverges',
    trajectory: 'w_t for each problem, t = 0..steps (cut at divergence)',
    factors: '1 − cησᵢ² for each problem',
    limiting_mode: 'index of the σ that limits η (the largest)',
    slowest_mode: 'index of the σ that converges slowest at η',
    rate_curve: 'the worst rate over a log grid of η',
    matrix_modes: 'GD on a random X with these singular values: error along each right singular vector',
  },
  presets: [
    { label: 'One problem', params: { sigma: [1], eta: 0.3 } },
    { label: 'σ_ℓ ≫ σ_s', params: { sigma: [3, 0.1], eta: 0.05 } },
    { label: 'Fastest η', params: { sigma: [1, 0.3], eta: 0.9174 } },
    { label: 'Just unstable', params: { sigma: [1, 0.3], eta: 1.02 } },
    { label: 'θ²/2, α > 2', params: { sigma: [1], eta: 2.2, convention: 'half' } },
  ],
  compute,
  view,
});
