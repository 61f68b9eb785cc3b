import { defineWidget } from '../../runtime/types';
import { compute, SWEEP_ITERS } from './compute';
import { schema } from './schema';
import { view } from './view';

export const widget = defineWidget({
  id: 'conv1d-huber',
  title: 'Matrix-free cross-correlation and Huber-loss recovery',
  chapter: 11,
  schema,
  worker: true,
  outputs: {
    x: 'the recovered signal after iters steps of GD from x = 0',
    loss_history: 'Huber(Ax − b) + λ/2 ‖x‖² at every iterate',
    diverged_at: 'step where the objective passed 10⁶ times its start (null: it did not)',
    x_squared: 'the same GD with the squared loss ½‖Ax − b‖² instead of Huber (for comparison)',
    diverged_at_squared: 'step where that run diverged (null: it did not)',
    b: 'the observation used (given, or generated)',
    signal: 'the generated signal (null when b is given)',
    rms_error: 'RMS distance to the generated signal of the Huber and the squared-loss recovery (null when b is given)',
    adjoint_ax_y: '⟨Ax, y⟩ for random x, y',
    adjoint_x_aty: '⟨x, Aᵀy⟩ for the same x, y',
    dense_max_difference: 'max |x_dense − x_matrix-free| on this problem (null when n > 2048 or m·n·iters > 5·10⁷)',
    sweep: `per n: seconds for ${SWEEP_ITERS} GD steps matrix-free and dense, the operator's bytes, and max |x_dense − x|`,
  },
  presets: [
    { label: 'Blur + outliers', params: { k: [0.1, 0.2, 0.4, 0.2, 0.1], b: [], outliers: 0.05 } },
    { label: 'Edge detector k = (1, −1)', params: { k: [1, -1], b: [], alpha: 0.3 } },
    { label: 'Large α: oscillates', params: { alpha: 5 } },
    { label: 'αλ > 2: diverges', params: { alpha: 5, lambda: 1 } },
    { label: 'Small example', params: { k: [1, 2, 3], b: [1, 0, -1, 2], alpha: 0.02, iters: 500 } },
  ],
  compute,
  view,
});
