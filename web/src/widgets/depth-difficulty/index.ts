import { defineWidget } from '../../runtime/types';
import { compute } from './compute';
import { schema } from './schema';
import { view } from './view';

export const widget = defineWidget({
  id: 'depth-difficulty',
  title: 'Depth makes training harder',
  chapter: 9,
  schema,
  outputs: {
    lrs: 'the learning rates of the grid (columns)',
    scales: 'the initialization scales of the grid (rows)',
    baseline: 'mean(y²), the loss of predicting 0',
    three: 'the 3-layer network: final_loss and diverged_at per cell, loss curves, trained_fraction',
    five: 'the same for the 5-layer network',
  },
  worker: true,
  presets: [
    { label: 'Plain SGD', params: { optimizer: 'sgd' } },
    { label: 'Adam', params: { optimizer: 'adam', lr_lo: 1e-4, lr_hi: 0.1 } },
    { label: 'tanh', params: { activation: 'tanh' } },
  ],
  onPlotClick(plotId, x, y, p) {
    if (plotId !== 'three' && plotId !== 'five') return null;
    // Category axes: data coordinates are cell indices.
    const clamp = (v: number) => Math.min(p.cells, Math.max(1, Math.round(v) + 1));
    return { pick_lr: clamp(x), pick_scale: clamp(y) };
  },
  compute,
  view,
});
