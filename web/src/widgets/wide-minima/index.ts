import { defineWidget } from '../../runtime/types';
import { compute } from './compute';
import { schema } from './schema';
import { view } from './view';

export const widget = defineWidget({
  id: 'wide-minima',
  title: 'Where gradient descent ends: sharp or wide minimum',
  chapter: 11,
  schema,
  worker: true,
  outputs: {
    fraction_sharp: 'fraction of starts that end within 0.01 of the sharp minimum (near 0)',
    fraction_wide: 'fraction that end within 0.01 of the wide minimum (near 10)',
    fraction_diverged: 'fraction that end in neither: still bouncing after the steps, or escaped',
    fraction_escaped: 'fraction that left |θ| ≤ 10⁶ (stopped there; counted in fraction_diverged)',
    counts: 'numbers of starts: sharp, wide, other (not converged), escaped, and final positions below or above [−5, 20]',
    histogram: 'final positions: counts in 100 equal bins over [−5, 20]',
    paths: 'θ_t of the first 8 starts',
    landscape: 'f and f′ on [−5, 20], the two minima, the maximum between them and f″ at the minima',
  },
  presets: [
    { label: 'α = 0.01', params: { alpha: 0.01, iters: 2000 } },
    { label: 'α = 0.3', params: { alpha: 0.3 } },
    { label: 'α = 4', params: { alpha: 4 } },
    { label: '100,000 starts', params: { starts: 100000 } },
  ],
  compute,
  view,
});
