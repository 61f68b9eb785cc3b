import { defineWidget } from '../../runtime/types';
import { compute } from './compute';
import { schema } from './schema';
import { view } from './view';

export const widget = defineWidget({
  id: 'momentum',
  title: 'Momentum: the 2×2 system of each direction',
  chapter: 3,
  schema,
  outputs: {
    eigenvalues: 'per σᵢ²: [Re λ₁, Im λ₁, Re λ₂, Im λ₂] of Rᵢ at (β, η)',
    regime: "per σᵢ²: 'real', 'repeated' or 'complex'",
    radii: 'per σᵢ²: the spectral radius of Rᵢ',
    spectral_radius: 'the largest of them: the asymptotic rate at (β, η)',
    eta_repeated_low: 'per σᵢ²: the η where the eigenvalues first coincide, (1 − √(1−β))² / (2βσᵢ²)',
    eta_repeated_high: 'per σᵢ²: the η where they coincide again, (1 + √(1−β))² / (2βσᵢ²)',
    eta_stable: 'per σᵢ²: the largest stable η, (2 − β) / (βσᵢ²)',
    eta_opt: 'a step size with the fastest worst-case rate (the geometric middle of eta_opt_range)',
    eta_opt_range: '[lo, hi]: every η in it attains rate_opt',
    rate_opt: 'the fastest worst-case rate over η at this β',
    eta_gd: 'plain GD’s best step size 1 / (σ_min² + σ_max²)',
    rate_gd: 'plain GD’s best rate (κ − 1) / (κ + 1), κ = σ_max² / σ_min²',
    iters_momentum: 'simulated steps to tol at eta_opt (w* = 1 in every direction, from w = 0)',
    iters_momentum_bound: '⌈ln tol / ln rate_opt⌉, the spectral estimate',
    iters_gd: 'simulated steps to tol for GD at eta_gd',
    iters_gd_bound: '⌈ln tol / ln rate_gd⌉',
    iters_at_eta: 'simulated steps to tol at your (β, η) (null: not within 100,000 or diverges)',
    iters_at_eta_bound: '⌈ln tol / ln spectral_radius⌉',
    path_momentum: 'momentum on Σᵢ σᵢ²(wᵢ − 1)² in the largest/smallest directions: w and gradient per direction',
    path_gd: 'the same for GD at eta_gd',
    phase: 'spectral radius over a log grid of (η, σ²) or (η, β), with the regime edges',
    rate_curve: 'the worst rate over the σᵢ² against η, for momentum and for GD',
  },
  presets: [
    { label: 'Source part (g)', params: { beta: 0.1, sigma2: [5, 0.05], eta: 1.0 } },
    { label: 'All complex', params: { beta: 0.1, eta: 2 } },
    { label: 'β = 1 (plain GD)', params: { beta: 1, eta: 0.198 } },
    { label: 'Unstable', params: { beta: 0.1, eta: 4 } },
    { label: 'κ = 10⁴', params: { beta: 0.1, sigma2: [10, 0.001], eta: 1 } },
  ],
  compute,
  view,
});
