import { defineWidget } from '../../runtime/types';
import { compute } from './compute';
import { schema } from './schema';
import { view } from './view';

export const widget = defineWidget({
  id: 'step-size-norm',
  title: 'Step-size schedules on f(x) = ‖x − b‖',
  chapter: 2,
  schema,
  outputs: {
    reached: 'whether the highlighted schedule got within tol of b',
    iters_to_tol: 'smallest i with ‖xᵢ − b‖ ≤ tol (null: not within max_iters)',
    final_distance: '‖x_T − b‖ after the last iteration',
    path: 'the iterates, one array per coordinate (every i up to 500, then log-spaced; t gives each i)',
    t: 'iteration index of each recorded iterate',
    distance: '‖xᵢ − b‖ at the recorded iterates',
    travelled: 'Σ_{j<i} t_j, the path length so far',
    cycle_remainder: 'r = ‖x₀ − b‖ mod s: a constant step ends cycling between distances r and s − r',
    harmonic_log_steps: 'ln of the steps the harmonic schedule needs to cover ‖x₀ − b‖: ‖x₀ − b‖/s − γ',
    runs: 'the same fields for every schedule (constant, harmonic, sqrt, polyak)',
  },
  presets: [
    { label: 'Constant step: cycles', params: { schedule: 'constant', step: 1, tol: 0.01 } },
    { label: 'Harmonic: ~e^‖b‖ steps', params: { schedule: 'harmonic', step: 1 } },
    { label: 'Far b = (12, 9)', params: { b: [12, 9], schedule: 'harmonic', max_iters: 1000000 } },
    { label: 'b = (3, 4): lands', params: { b: [3, 4], schedule: 'constant' } },
  ],
  compute,
  view,
});
