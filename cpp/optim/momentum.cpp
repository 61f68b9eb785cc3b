#include "optim/momentum.hpp"

#include <algorithm>
#include <cmath>

#include "core/check.hpp"
#include "core/limits.hpp"

namespace sw::optim {

const char* regimeName(Regime r) {
  switch (r) {
    case Regime::Real: return "real";
    case Regime::Repeated: return "repeated";
    case Regime::Complex: return "complex";
  }
  return "real";
}

ModeSpectrum modeSpectrum(double beta, double eta, double s) {
  const double u = eta * beta * s;
  const double tr = 2 - beta - 2 * u, det = 1 - beta;
  const double disc = tr * tr - 4 * det;
  ModeSpectrum m;
  // Rounding leaves a repeated root a hair off zero; treat that as repeated.
  if (std::abs(disc) <= 1e-12 * std::max(1.0, tr * tr)) {
    m.regime = Regime::Repeated;
    m.l1 = m.l2 = tr / 2;
  } else if (disc > 0) {
    m.regime = Regime::Real;
    // The larger root without cancellation; the other from l1 * l2 = det.
    const double l1 = (tr + std::copysign(std::sqrt(disc), tr)) / 2;
    m.l1 = l1;
    m.l2 = l1 != 0 ? det / l1 : 0;
  } else {
    m.regime = Regime::Complex;
    m.l1 = {tr / 2, std::sqrt(-disc) / 2};
    m.l2 = std::conj(m.l1);
  }
  m.radius = std::max(std::abs(m.l1), std::abs(m.l2));
  return m;
}

double spectralRadius(double beta, double eta, double s) {
  const double tr = 2 - beta - 2 * eta * beta * s, det = 1 - beta;
  const double disc = tr * tr - 4 * det;
  return disc >= 0 ? (std::abs(tr) + std::sqrt(disc)) / 2 : std::sqrt(det);
}

RegimeEdges regimeEdges(double beta) {
  const double c = std::sqrt(1 - beta);
  return {(1 - c) * (1 - c) / 2, (1 + c) * (1 + c) / 2, 2 - beta};
}

MomentumTuning tuneMomentum(double beta, double sMin, double sMax) {
  const RegimeEdges e = regimeEdges(beta);
  const double lo = e.uLow / (beta * sMin), hi = e.uHigh / (beta * sMax);
  if (lo <= hi) return {std::sqrt(lo * hi), lo, hi, std::sqrt(1 - beta)};
  // Otherwise balance the slow mode (radius falling in eta) against the fast
  // one (radius rising): their difference is monotone, so bisect.
  double a = 0, b = e.uStable / (beta * sMax);
  for (int k = 0; k < 200 && b - a > 1e-15 * b; ++k) {
    const double m = (a + b) / 2;
    if (modeSpectrum(beta, m, sMin).radius > modeSpectrum(beta, m, sMax).radius) a = m;
    else b = m;
  }
  const double eta = (a + b) / 2;
  return {eta, eta, eta, std::max(modeSpectrum(beta, eta, sMin).radius, modeSpectrum(beta, eta, sMax).radius)};
}

GdTuning tuneGd(double sMin, double sMax) { return {1 / (sMin + sMax), (sMax - sMin) / (sMax + sMin)}; }

long simulateItersToTol(const std::vector<double>& s, double beta, double eta, double tol, long maxIters) {
  const std::size_t k = s.size();
  std::vector<double> a(k, 0.0), x(k, -1.0);
  const double e0 = std::sqrt(static_cast<double>(k));
  for (long t = 0;; ++t) {
    double sq = 0;
    for (double v : x) sq += v * v;
    const double err = std::sqrt(sq);
    if (err <= tol * e0) return t;
    if (t == maxIters || !(err <= limits::kDivergenceFactor * e0)) return -1;
    for (std::size_t i = 0; i < k; ++i) {
      a[i] = (1 - beta) * a[i] + 2 * beta * s[i] * x[i];
      x[i] -= eta * a[i];
    }
  }
}

QuadraticPath momentumPath(const std::vector<double>& s, double beta, double eta, int steps) {
  const std::size_t k = s.size();
  QuadraticPath p;
  p.w.assign(k, {});
  p.grad.assign(k, {});
  std::vector<double> w(k, 0.0), z(k, 0.0);
  for (int t = 0; t <= steps; ++t) {
    bool blown = false;
    for (std::size_t i = 0; i < k; ++i) blown |= !(std::abs(w[i] - 1) <= limits::kDivergenceFactor);
    if (blown) {
      p.divergedAt = t;
      break;
    }
    for (std::size_t i = 0; i < k; ++i) {
      const double g = 2 * s[i] * (w[i] - 1);
      p.w[i].push_back(w[i]);
      p.grad[i].push_back(g);
      z[i] = (1 - beta) * z[i] + beta * g;
      w[i] -= eta * z[i];
    }
  }
  return p;
}

std::vector<std::vector<double>> spectralRadiusGrid(const std::vector<double>& etas,
                                                    const std::vector<double>& ys, bool sigmaAxis,
                                                    double fixed) {
  std::vector<std::vector<double>> z(ys.size(), std::vector<double>(etas.size()));
  for (std::size_t r = 0; r < ys.size(); ++r)
    for (std::size_t c = 0; c < etas.size(); ++c)
      z[r][c] = sigmaAxis ? spectralRadius(fixed, etas[c], ys[r]) : spectralRadius(ys[r], etas[c], fixed);
  return z;
}

std::optional<Error> checkMomentum(const MomentumParams& p) {
  return check::first(check::aboveAndAtMost("beta", p.beta, 0, 1),
                      check::aboveAndAtMost("eta", p.eta, 0, 1e6),
                      check::sizeBetween("sigma2", p.sigma2.size(), 1, 64),
                      check::allInRange("sigma2", p.sigma2, 1e-8, 1e8),
                      check::aboveAndAtMost("tol", p.tol, 0, 0.999999));
}

}  // namespace sw::optim
