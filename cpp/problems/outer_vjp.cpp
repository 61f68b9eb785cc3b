#include "problems/outer_vjp.hpp"

#include <chrono>
#include <cmath>
#include <cstdlib>
#include <algorithm>

namespace sw::problems {

Eigen::MatrixXd outerJacobian(const Eigen::VectorXd& v) { return v * v.transpose(); }

Eigen::VectorXd outerVjp(const Eigen::VectorXd& v, const Eigen::VectorXd& y) { return v * v.dot(y); }

namespace {
using Clock = std::chrono::steady_clock;
constexpr int kRounds = 3;

// Seconds per call of `run`, repeated until each of kRounds rounds lasts
// minSeconds / kRounds; the fastest round wins, which discards the rounds a
// busy machine interrupted. Returns a negative time when `run` fails.
template <class F>
double timePerCall(double minSeconds, long& calls, F run) {
  double best = INFINITY;
  for (int round = 0; round < kRounds; ++round) {
    long n = 0;
    const auto start = Clock::now();
    double elapsed;
    do {
      if (!run()) return -1;
      ++n;
      elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    } while (elapsed < minSeconds / kRounds);
    best = std::min(best, elapsed / n);
    calls += n;
  }
  return best;
}
}  // namespace

VjpTiming timeOuterVjp(int n, double minSeconds, Rng& rng) {
  Eigen::VectorXd v(n), y(n), viaJ(n), direct(n);
  for (int i = 0; i < n; ++i) v(i) = rng.normal(), y(i) = rng.normal();
  VjpTiming out{n, false, 0, 0, 0, 0, 0};
  out.vjpSeconds = timePerCall(minSeconds, out.vjpCalls, [&] {
    direct = outerVjp(v, y);
    return true;
  });
  // malloc rather than an Eigen matrix: it reports failure with a null
  // pointer, where Eigen would abort the module when memory runs out.
  out.explicitSeconds = timePerCall(minSeconds, out.explicitCalls, [&] {
    auto* buffer = static_cast<double*>(std::malloc(sizeof(double) * n * static_cast<std::size_t>(n)));
    if (!buffer) return false;
    Eigen::Map<Eigen::MatrixXd> j(buffer, n, n);
    j.noalias() = v * v.transpose();
    viaJ.noalias() = j.transpose() * y;
    std::free(buffer);
    return true;
  });
  if (out.explicitSeconds < 0) {
    out.outOfMemory = true;
    out.explicitSeconds = 0;
    return out;
  }
  out.maxAbsDiff = (viaJ - direct).cwiseAbs().maxCoeff();
  return out;
}

PowerLawFit fitPowerLaw(const std::vector<double>& n, const std::vector<double>& seconds) {
  // Simple linear regression in closed form: slope = cov(u, w) / var(u).
  std::vector<double> u, w;
  for (std::size_t i = 0; i < n.size(); ++i)
    if (seconds[i] > 0 && n[i] > 0) u.push_back(std::log10(n[i])), w.push_back(std::log10(seconds[i]));
  if (u.size() < 2) return {0, 0};
  const Eigen::Map<const Eigen::VectorXd> a(u.data(), u.size()), b(w.data(), w.size());
  const Eigen::VectorXd da = a.array() - a.mean(), db = b.array() - b.mean();
  const double var = da.squaredNorm();
  const double slope = var > 0 ? da.dot(db) / var : 0;
  return {slope, b.mean() - slope * a.mean()};
}

}  // namespace sw::problems
