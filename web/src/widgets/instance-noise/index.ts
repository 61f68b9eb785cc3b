import { defineWidget } from '../../runtime/types';
import { compute } from './compute';
import { schema } from './schema';
import { view } from './view';

export const widget = defineWidget({
  id: 'instance-noise',
  title: 'Noisy inputs are a ridge penalty',
  chapter: 5,
  schema,
  worker: true,
  outputs: {
    lambda: 'σ²: the ridge penalty fresh input noise adds (for one point, and for the (1/m)-scaled loss in the vector case)',
    eta_max: '2 / (x² + σ²): E[w_t] converges iff 0 < η < eta_max',
    eta_max_variance: '2(x² + σ²) / E[(x + N)⁴]: the spread of w_t stays bounded only below this (stricter) step',
    limit: 'lim E[w_t] = xy / (x² + σ²)',
    noiseless: 'y / x, the noiseless answer',
    expected: 'E[w_t], t = 0..steps, from the recurrence E[w_{t+1}] = (1 − η(x² + σ²)) E[w_t] + ηxy',
    expected_sd: 'the exact standard deviation of w_t (second-moment recurrence)',
    mc_mean: 'Monte-Carlo mean of w_t over the runs',
    mc_sd: 'Monte-Carlo standard deviation of w_t',
    valid_steps: 'last step before any run passed 10⁶ times the answer (= steps when none did)',
    vector: 'the vector case: lambda (σ²), lambda_unscaled (mσ², for ‖Xw − y‖²), eta_max, ridge = (XᵀX + mσ²I)⁻¹Xᵀy, expected and mc_mean paths (one row per coordinate), valid_steps',
  },
  presets: [
    { label: 'Default', params: { x: 1, y: 1, sigma2: 0.5, eta: 0.1 } },
    { label: 'No noise', params: { sigma2: 0 } },
    { label: 'Heavy noise', params: { sigma2: 4, eta: 0.05 } },
    { label: 'Mean converges, spread explodes', params: { x: 1, y: 1, sigma2: 0.5, eta: 1.1, steps: 100 } },
    { label: 'η above the limit', params: { x: 1, y: 1, sigma2: 0.5, eta: 1.5, steps: 60 } },
  ],
  compute,
  view,
});
