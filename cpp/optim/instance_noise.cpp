#include "optim/instance_noise.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "core/check.hpp"
#include "core/limits.hpp"
#include "core/rng.hpp"
#include "linalg/ridge.hpp"

namespace sw::optim {

namespace {

Rng runStream(std::uint64_t seed, long run) { return Rng(seed * 0x9e3779b97f4a7c15ULL + static_cast<std::uint64_t>(run)); }

std::optional<Error> checkCommon(double sigma2, double eta, int steps) {
  return check::first(check::inRange("sigma2", sigma2, 0, 1e4), check::aboveAndAtMost("eta", eta, 0, 1e3),
                      check::inRange("steps", steps, 1, 100000));
}

}  // namespace

Expected<ScalarNoiseTheory> scalarNoiseTheory(const ScalarNoiseParams& p) {
  if (auto e = check::first(check::inRange("x", p.x, -1e3, 1e3), check::inRange("y", p.y, -1e3, 1e3),
                            checkCommon(p.sigma2, p.eta, p.steps)))
    return *e;
  if (p.x == 0) return Error{"x", "x must be nonzero: with x = 0 there is no noiseless answer to compare with"};
  const double x = p.x, s2 = p.sigma2, eta = p.eta, y = p.y;
  const double m2 = x * x + s2;                        // E[X^2]
  const double m3 = x * x * x + 3 * x * s2;            // E[X^3]
  const double m4 = x * x * x * x + 6 * x * x * s2 + 3 * s2 * s2;  // E[X^4]
  ScalarNoiseTheory t;
  t.lambda = s2;
  t.etaMax = 2 / m2;
  t.etaMaxVariance = 2 * m2 / m4;  // E[(1 - eta X^2)^2] < 1
  t.limit = x * y / m2;
  t.noiseless = y / x;
  // w_{t+1} = a w_t + b with a = 1 - eta X^2, b = eta X y independent of w_t.
  const double ea = 1 - eta * m2, eb = eta * x * y;
  const double ea2 = 1 - 2 * eta * m2 + eta * eta * m4;
  const double eab = eta * y * x - eta * eta * y * m3;
  const double eb2 = eta * eta * y * y * m2;
  const double bound = limits::kDivergenceFactor * std::max(1.0, std::abs(t.noiseless));
  double mean = 0, second = 0;
  t.mean = {0};
  t.sd = {0};
  for (int k = 1; k <= p.steps; ++k) {
    second = ea2 * second + 2 * eab * mean + eb2;
    mean = ea * mean + eb;
    const double var = std::max(0.0, second - mean * mean);
    if (!(std::abs(mean) < bound && std::sqrt(var) < bound)) break;
    t.mean.push_back(mean);
    t.sd.push_back(std::sqrt(var));
  }
  return t;
}

MonteCarloSums scalarNoiseRuns(const ScalarNoiseParams& p, std::uint64_t seed, long first, long count) {
  const double sd = std::sqrt(p.sigma2);
  const double bound = limits::kDivergenceFactor * std::max(1.0, std::abs(p.y / p.x));
  MonteCarloSums out{std::vector<double>(p.steps + 1, 0.0), std::vector<double>(p.steps + 1, 0.0), p.steps};
  for (long r = first; r < first + count; ++r) {
    Rng rng = runStream(seed, r);
    double w = 0;
    for (int t = 1; t <= p.steps; ++t) {
      const double xt = p.x + sd * rng.normal();
      w -= p.eta * (xt * w - p.y) * xt;
      if (!(std::abs(w) < bound)) {
        out.validSteps = std::min(out.validSteps, t - 1);
        break;
      }
      out.sum[t] += w;
      out.sumSq[t] += w * w;
    }
  }
  return out;
}

Expected<VectorNoiseTheory> vectorNoiseTheory(const VectorNoiseParams& p) {
  if (auto e = checkCommon(p.sigma2, p.eta, p.steps)) return *e;
  if (p.y.size() != p.x.rows())
    return Error{"targets", "targets needs one entry per row of X (" + std::to_string(p.x.rows()) + ")"};
  const double m = static_cast<double>(p.x.rows());
  Eigen::MatrixXd h = p.x.transpose() * p.x / m;  // the expected Hessian, X^T X / m + sigma2 I
  h.diagonal().array() += p.sigma2;
  const Eigen::VectorXd g = p.x.transpose() * p.y / m;
  const linalg::Svd s = linalg::thinSvd(p.x);
  // Its largest eigenvalue is sigma_max(X)^2 / m + sigma2.
  const double top = s.sigma(0) * s.sigma(0) / m + p.sigma2;
  if (top <= 0) return Error{"X", "X is zero and the noise is off: every w is optimal"};
  VectorNoiseTheory t;
  t.lambda = p.sigma2;
  t.etaMax = 2 / top;
  // With sigma2 = 0 and a rank-deficient X this is the min-norm solution,
  // which is also where GD from zero goes.
  t.ridge = linalg::ridgeBySvd(s, p.y, m * p.sigma2);
  const double bound = limits::kDivergenceFactor * std::max(1.0, t.ridge.cwiseAbs().maxCoeff());
  std::vector<Eigen::VectorXd> cols{Eigen::VectorXd::Zero(p.x.cols())};
  for (int k = 1; k <= p.steps; ++k) {
    Eigen::VectorXd next = cols.back() - p.eta * (h * cols.back() - g);
    if (!(next.cwiseAbs().maxCoeff() < bound)) break;
    cols.push_back(std::move(next));
  }
  t.mean.resize(p.x.cols(), static_cast<long>(cols.size()));
  for (std::size_t k = 0; k < cols.size(); ++k) t.mean.col(static_cast<long>(k)) = cols[k];
  return t;
}

VectorMonteCarloSums vectorNoiseRuns(const VectorNoiseParams& p, std::uint64_t seed, long first, long count) {
  const long m = p.x.rows(), n = p.x.cols();
  const double sd = std::sqrt(p.sigma2);
  VectorMonteCarloSums out{Eigen::MatrixXd::Zero(n, p.steps + 1), p.steps};
  const double scale = std::max(1.0, (p.x.transpose() * p.y).cwiseAbs().maxCoeff());
  const double bound = limits::kDivergenceFactor * scale;
  // Plain loops over reused buffers: at these tiny sizes Eigen's dynamic-size
  // products cost more in setup than in arithmetic.
  std::vector<double> noisy(m * n), resid(m);
  Eigen::VectorXd w(n);
  for (long r = first; r < first + count; ++r) {
    Rng rng = runStream(seed, r);
    w.setZero();
    for (int t = 1; t <= p.steps; ++t) {
      for (long i = 0; i < m; ++i) {
        double ri = -p.y(i);
        for (long j = 0; j < n; ++j) {
          const double v = p.x(i, j) + sd * rng.normal();
          noisy[i * n + j] = v;
          ri += v * w(j);
        }
        resid[i] = ri;
      }
      for (long j = 0; j < n; ++j) {
        double g = 0;
        for (long i = 0; i < m; ++i) g += noisy[i * n + j] * resid[i];
        w(j) -= p.eta / m * g;
      }
      if (!(w.cwiseAbs().maxCoeff() < bound)) {
        out.validSteps = std::min(out.validSteps, t - 1);
        break;
      }
      out.sum.col(t) += w;
    }
  }
  return out;
}

}  // namespace sw::optim
