import { defineWidget } from '../../runtime/types';
import { compute, train } from './compute';
import { schema } from './schema';
import { view } from './view';

export const widget = defineWidget({
  id: 'relu-elbow',
  title: 'ReLU elbows under gradient descent',
  chapter: 8,
  schema,
  outputs: {
    elbow: 'elbow −b/w of φ(x) = max(0, wx + b) (null when w = 0)',
    elbow_after: 'the elbow after one SGD step on (x, y) with loss ½(φ(x) − y)²',
    grad_w: '∂ℓ/∂w = (φ(x) − y)·x if wx + b > 0, else 0',
    grad_b: '∂ℓ/∂b = φ(x) − y if wx + b > 0, else 0',
    phi: 'φ(x) before the step',
    dloss_dphi: 'dℓ/dφ = φ(x) − y',
    w_after: 'w after the step', b_after: 'b after the step',
    active: 'whether the unit is active at x (wx + b > 0)',
    network: 'the one-hidden-layer ReLU network after training: fit, elbows, their paths, loss, and one SGD step from the initialization (elbows by formula and as taken)',
  },
  presets: [
    { label: '(i) inactive', params: { w: 1, b: -1, x: 0.5, y: -1 } },
    { label: '(ii) w > 0, x > 0', params: { w: 1, b: 0.5, x: 1, y: 0.5 } },
    { label: '(iii) w > 0, x < 0', params: { w: 1, b: 2, x: -1, y: 0 } },
    { label: '(iv) w < 0, x > 0', params: { w: -1, b: 2, x: 1, y: 0 } },
  ],
  onPlotClick(plotId, x, y) {
    if (plotId !== 'single') return null;
    const clamp = (v: number) => Math.round(Math.min(3, Math.max(-3, v)) * 100) / 100;
    return { x: clamp(x), y: clamp(y) };
  },
  train,
  compute,
  view,
});
