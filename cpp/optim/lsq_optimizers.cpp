#include "optim/lsq_optimizers.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

#include "core/limits.hpp"
#include "core/rng.hpp"

namespace sw::optim {

namespace {

// The inner loops are plain loops over X's column-major storage: at the
// sizes of these widgets (a few rows and columns) the setup of Eigen's
// dynamic-size products costs more than their arithmetic, and each Eigen
// expression adds its own code to the WASM module.

// g = (2 / |rows|) sum over the rows i of (x_i . w - t_i) x_i, for the given
// rows, or for all of them when rows is null.
void gradient(const Eigen::MatrixXd& x, const Eigen::VectorXd& t, const double* w, const int* rows, int count,
              double* g) {
  const int n = static_cast<int>(x.rows()), d = static_cast<int>(x.cols());
  const double* xd = x.data();
  for (int j = 0; j < d; ++j) g[j] = 0;
  for (int k = 0; k < count; ++k) {
    const int i = rows ? rows[k] : k;
    double r = -t(i);
    for (int j = 0; j < d; ++j) r += xd[i + j * n] * w[j];
    const double c = 2 * r / count;
    for (int j = 0; j < d; ++j) g[j] += c * xd[i + j * n];
  }
}

}  // namespace

Expected<LeastSquaresFacts> leastSquaresFacts(const Eigen::MatrixXd& x, const Eigen::VectorXd& t) {
  LeastSquaresFacts f;
  f.svd = linalg::thinSvd(x);
  if (f.svd.rank == 0) return Error{"X", "X is all zeros, so every w fits equally badly: give X a nonzero entry"};
  f.minNorm = linalg::minNormSolve(f.svd, t);
  f.rowBasis = f.svd.v.leftCols(f.svd.rank);
  const double smax = f.svd.sigma(0);
  f.etaMax = x.rows() / (smax * smax);
  f.residualLoss = meanSquaredError(x, t, f.minNorm);
  f.condition = smax / f.svd.sigma(f.svd.rank - 1);
  return f;
}

Trace runLeastSquares(Method method, const Eigen::MatrixXd& x, const Eigen::VectorXd& t,
                      const Eigen::VectorXd& w0, const Eigen::VectorXd& center, const OptimizerSettings& s) {
  const int n = static_cast<int>(x.rows()), d = static_cast<int>(x.cols());
  const bool sampled = method == Method::Sgd || method == Method::Minibatch;
  const int batch = method == Method::Sgd ? 1 : method == Method::Minibatch ? std::clamp(s.batch, 1, n) : n;
  Rng rng(s.seed * 6 + static_cast<std::uint64_t>(method));
  std::vector<int> order(n);
  std::iota(order.begin(), order.end(), 0);

  Eigen::VectorXd w = w0, g(d), m = Eigen::VectorXd::Zero(d), v = Eigen::VectorXd::Zero(d);
  const double limit = limits::kDivergenceFactor * std::max({(w0 - center).norm(), center.norm(), 1e-12});
  double beta1Power = 1, beta2Power = 1;
  Trace trace;
  trace.keep(0, w, meanSquaredError(x, t, w));
  for (long step = 1; step <= s.steps; ++step) {
    // Sampled methods draw `batch` distinct rows uniformly (partial Fisher-Yates).
    if (sampled)
      for (int k = 0; k < batch; ++k) std::swap(order[k], order[k + rng.below(n - k)]);
    gradient(x, t, w.data(), sampled ? order.data() : nullptr, batch, g.data());
    if (method == Method::Adam) {
      beta1Power *= kAdamBeta1;
      beta2Power *= kAdamBeta2;
    }
    double dist2 = 0;
    for (int j = 0; j < d; ++j) {
      const double gj = g(j);
      switch (method) {
        case Method::Gd:
        case Method::Sgd:
        case Method::Minibatch:
          w(j) -= s.eta * gj;
          break;
        case Method::AdaGrad:
          v(j) += gj * gj;
          w(j) -= s.eta * gj / (std::sqrt(v(j)) + kAdaptiveEps);
          break;
        case Method::RmsProp:
          v(j) = kRmsDecay * v(j) + (1 - kRmsDecay) * gj * gj;
          w(j) -= s.eta * gj / (std::sqrt(v(j)) + kAdaptiveEps);
          break;
        case Method::Adam:
          m(j) = kAdamBeta1 * m(j) + (1 - kAdamBeta1) * gj;
          v(j) = kAdamBeta2 * v(j) + (1 - kAdamBeta2) * gj * gj;
          w(j) -= s.eta * (m(j) / (1 - beta1Power)) / (std::sqrt(v(j) / (1 - beta2Power)) + kAdaptiveEps);
          break;
      }
      dist2 += (w(j) - center(j)) * (w(j) - center(j));
    }
    if (!std::isfinite(dist2) || dist2 > limit * limit) {
      trace.divergedAt = step;
      break;
    }
    if (worthKeeping(step, s.steps)) trace.keep(step, w, meanSquaredError(x, t, w));
  }
  return trace;
}

}  // namespace sw::optim
