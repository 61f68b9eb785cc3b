import { defineWidget } from '../../runtime/types';
import { compute } from './compute';
import { schema } from './schema';
import { view } from './view';

export const widget = defineWidget({
  id: 'vector-calculus',
  title: 'Gradient identities against finite differences',
  chapter: 4,
  schema,
  outputs: {
    analytic: 'each identity from its formula (rows): linear cᵀ, square_norm 2xᵀ, matrix_vector A, quadratic xᵀ(A + Aᵀ), sample_loss (one row per sample) (Xᵢᵀθ − Yᵢ)Xᵢᵀ, total_loss (Xθ − Y)ᵀX',
    numeric: 'the same derivatives by finite differences with step h',
    errors: 'max |analytic − numeric| per identity',
    max_abs_error: 'the largest of those errors',
    shortcut: '2xᵀA, which equals xᵀ(A + Aᵀ) when A is symmetric',
    shortcut_gap: 'max |2xᵀA − xᵀ(A + Aᵀ)| = max |xᵀ(A − Aᵀ)|',
    asymmetry: 'max |A − Aᵀ|',
    error_vs_h: 'finite-difference error of the quadratic identity over a log grid of h, central and forward',
    A: 'the A used (its symmetric part when symmetrize is on)',
  },
  presets: [
    { label: 'Non-symmetric A', params: { A: [[1, 2], [0, 3]], symmetrize: false } },
    { label: 'Symmetric A', params: { A: [[2, 1], [1, 3]], symmetrize: false } },
    { label: 'Forward, h = 10⁻³', params: { scheme: 'forward', h: 1e-3 } },
    { label: '3-D', params: { A: [[1, 2, 0], [0, 1, -1], [3, 0, 2]], x: [1, 2, -1], c: [1, 0, 2], X: [[1, 0, 1], [0, 2, 1]], Y: [1, -1] } },
  ],
  compute,
  view,
});
