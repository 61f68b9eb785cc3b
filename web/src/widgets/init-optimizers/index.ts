import { defineWidget } from '../../runtime/types';
import { compute, train } from './compute';
import { schema } from './schema';
import { view } from './view';

export const widget = defineWidget({
  id: 'init-optimizers',
  title: 'Initialization and optimizers',
  chapter: 9,
  schema,
  outputs: {
    runs: 'per run (optimizer or initialization): label, loss per step, gradient norm per layer per step, mean_grad_norms per layer, final_loss on all points, diverged_at, fit on the grid',
    step: 'steps taken', total: 'steps asked for',
    data_x: 'training inputs', data_y: 'training targets', grid: 'inputs where fits are drawn',
  },
  presets: [
    { label: 'Optimizers, He init', params: { compare: 'optimizers', init: 'he' } },
    { label: 'Inits with SGD', params: { compare: 'inits', optimizer: 'sgd', lr: 0.05 } },
    { label: 'Tiny uniform init', params: { compare: 'optimizers', init: 'uniform', scale: 0.01 } },
    { label: 'Deep sigmoid', params: { activation: 'sigmoid', depth: 6, compare: 'inits', optimizer: 'momentum' } },
  ],
  train,
  compute,
  view,
});
