import { defineWidget } from '../../runtime/types';
import { compute, train } from './compute';
import { schema } from './schema';
import { view } from './view';

export const widget = defineWidget({
  id: 'linearized-features',
  title: 'Features of the local linearization',
  chapter: 10,
  schema,
  outputs: {
    at_init: 'at initialization: singular values (sigma) of the feature matrix at the training inputs, principal features on the grid, and per layer up to 12 weight and bias features ∂f/∂θ on the grid',
    now: 'the same at the last settled step (analysed_at)',
    analysed_at: 'the step the `now` analysis belongs to',
    grad_norms: 'per layer, ‖∂L/∂layer‖ at every step',
    loss: 'training loss (MSE) at every step', diverged_at: 'step where the loss blew up (null: it did not)',
    fit: 'network output on the grid now', fit_init: 'and at initialization', grid: 'inputs of the curves (x in [−1, 1])',
    data_x: 'training inputs', data_y: 'training targets', target: 'the target function on the grid',
    seeds: 'four seeds at initialization: the leading principal feature and the first weight feature of layer 1',
    step: 'steps taken', total: 'steps asked for',
  },
  presets: [
    { label: 'Small init ±0.03', params: { init: 'small', hidden: 4 } },
    { label: 'Large init ±3', params: { init: 'large', hidden: 4 } },
    { label: 'Proper init, deep', params: { init: 'proper', hidden: 4 } },
    { label: 'Shallow', params: { init: 'proper', hidden: 1 } },
    { label: 'Train on [−1, 0.4]', params: { range: 'left' } },
  ],
  train,
  compute,
  view,
});
