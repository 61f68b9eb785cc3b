import { defineWidget } from '../../runtime/types';
import { compute } from './compute';
import { schema } from './schema';
import { view } from './view';

export const widget = defineWidget({
  id: 'vjp-cost',
  title: 'The cost of a Jacobian against a vector–Jacobian product',
  chapter: 7,
  schema,
  worker: true,
  outputs: {
    jacobian: 'J = v vᵀ for your v (one row per entry)',
    vjp: 'Jᵀy = v (vᵀy), one dot product and one scaling',
    vjp_via_jacobian: 'Jᵀy by forming J first (the same numbers)',
    timing: 'seconds per call for each n of the sweep: forming J and multiplying, and the O(n) product',
    slope_explicit: 'fitted exponent of time against n for the explicit route (about 2)',
    slope_vjp: 'fitted exponent for the O(n) route (about 1)',
  },
  presets: [
    { label: 'v = (1, 2, 3), y = (1, 1, 1)', params: { v: [1, 2, 3], y: [1, 1, 1] } },
    { label: 'Sweep to n = 10⁴', params: { n_max: 10000, points: 12 } },
  ],
  compute,
  view,
});
