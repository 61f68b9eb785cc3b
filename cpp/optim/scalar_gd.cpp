#include "optim/scalar_gd.hpp"

#include <algorithm>
#include <cmath>

#include "core/check.hpp"
#include "core/limits.hpp"

namespace sw::optim {

long itersFromRate(double rate, double eps) {
  if (eps >= 1) return 0;
  if (rate >= 1) return -1;
  if (rate == 0) return 1;
  return static_cast<long>(std::ceil(std::log(eps) / std::log(rate) - 1e-12));
}

std::vector<double> worstRate(const std::vector<double>& sigma, double gradScale,
                              const std::vector<double>& etas) {
  std::vector<double> out;
  out.reserve(etas.size());
  for (double eta : etas) {
    double worst = 0;
    for (double s : sigma) worst = std::max(worst, std::abs(1 - gradScale * eta * s * s));
    out.push_back(worst);
  }
  return out;
}

Expected<ScalarGdReport> scalarGd(const ScalarGdParams& p) {
  if (auto e = check::first(
          check::sizeBetween("sigma", p.sigma.size(), 1, 64),
          check::allInRange("sigma", p.sigma, 1e-6, 1e6),
          check::inRange("y", p.y, -1e6, 1e6),
          check::aboveAndAtMost("eta", p.eta, 0, 1e6),
          check::aboveAndAtMost("eps", p.eps, 0, 1),
          check::inRange("steps", p.steps, 1, 100000)))
    return *e;
  if (p.gradScale != 1 && p.gradScale != 2)
    return Error{"convention", "convention must be the squared loss or the half-squared loss"};
  if (p.y == 0) return Error{"y", "y must be nonzero: with y = 0 the start w = 0 is already optimal"};

  const std::size_t k = p.sigma.size();
  const double c = p.gradScale;
  const auto [minIt, maxIt] = std::minmax_element(p.sigma.begin(), p.sigma.end());
  const double smax2 = *maxIt * *maxIt, smin2 = *minIt * *minIt;

  ScalarGdReport r;
  r.etaMax = 2 / (c * smax2);
  r.etaOpt = 2 / (c * (smax2 + smin2));
  r.rateOpt = (smax2 - smin2) / (smax2 + smin2);
  r.limitingMode = static_cast<int>(maxIt - p.sigma.begin());
  r.rate = 0;
  r.slowestMode = 0;
  for (std::size_t i = 0; i < k; ++i) {
    const double f = 1 - c * p.eta * p.sigma[i] * p.sigma[i];
    r.factors.push_back(f);
    if (std::abs(f) > r.rate) {
      r.rate = std::abs(f);
      r.slowestMode = static_cast<int>(i);
    }
  }
  r.itersBound = itersFromRate(r.rate, p.eps);

  // Simulate the recurrence itself (not the closed form) from w_0 = 0.
  std::vector<double> w(k, 0.0), target(k), drive(k);
  double e0sq = 0;
  for (std::size_t i = 0; i < k; ++i) {
    target[i] = p.y / p.sigma[i];
    drive[i] = c * p.eta * p.sigma[i] * p.y;
    e0sq += target[i] * target[i];
  }
  const double e0 = std::sqrt(e0sq);
  r.w.assign(k, {0.0});
  r.relError = {1.0};
  r.itersToEps = p.eps >= 1 ? 0 : -1;
  r.divergedAt = -1;
  for (long t = 1; t <= p.maxIters; ++t) {
    double esq = 0;
    for (std::size_t i = 0; i < k; ++i) {
      w[i] = r.factors[i] * w[i] + drive[i];
      const double e = w[i] - target[i];
      esq += e * e;
    }
    const double rel = std::sqrt(esq) / e0;
    const bool diverged = !std::isfinite(rel) || rel > limits::kDivergenceFactor;
    if (t <= p.steps && std::isfinite(rel)) {
      for (std::size_t i = 0; i < k; ++i) r.w[i].push_back(w[i]);
      r.relError.push_back(rel);
    }
    if (diverged) {
      r.divergedAt = t;
      break;
    }
    if (r.itersToEps < 0 && rel <= p.eps) r.itersToEps = t;
    if (r.itersToEps >= 0 && t >= p.steps) break;
  }
  return r;
}

}  // namespace sw::optim
