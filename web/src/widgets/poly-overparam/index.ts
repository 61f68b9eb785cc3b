import { defineWidget } from '../../runtime/types';
import { compute } from './compute';
import { schema } from './schema';
import { view } from './view';

export const widget = defineWidget({
  id: 'poly-overparam',
  title: 'Polynomial regression past the interpolation threshold',
  chapter: 6,
  schema,
  outputs: {
    degrees: 'the degrees of the sweep, 1..max_degree',
    train_error: 'mean squared residual on the n samples, per degree',
    test_error: 'mean squared distance to the noiseless function on a 401-point grid over [−1, 1], per degree',
    coef_norm: '‖w‖ of each fit (the min-norm one past the threshold)',
    interpolation_degree: 'n − 1: from here on the fit passes through every sample',
    best_degree: 'the degree with the smallest test error',
    coef: 'coefficients of the fit shown',
    fit: 'the fit shown, on the grid',
    x_grid: 'the grid', truth: 'the true function on the grid',
    x_train: 'the sample inputs (sorted)', t_train: 'the noisy labels',
  },
  presets: [
    { label: 'Under: degree 3', params: { degree: 3 } },
    { label: 'At the threshold', params: { degree: 11, points: 12 } },
    { label: 'Far past it: degree 80', params: { degree: 80, max_degree: 100 } },
    { label: 'Runge, no noise', params: { target: 'runge', noise: 0, degree: 30, points: 15 } },
  ],
  compute,
  view,
});
