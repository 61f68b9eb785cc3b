#include "optim/lsq_optimizers.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

#include "core/limits.hpp"
#include "core/rng.hpp"

namespace sw::optim {

namespace {

// Fills g with the gradient of L (full batch) or of the loss on the given rows.
void fullGradient(const Eigen::MatrixXd& x, const Eigen::VectorXd& t, const Eigen::VectorXd& w,
                  Eigen::VectorXd& r, Eigen::VectorXd& g) {
  r.noalias() = x * w;
  r -= t;
  g.noalias() = x.transpose() * r;
  g *= 2.0 / static_cast<double>(x.rows());
}

void rowsGradient(const Eigen::MatrixXd& x, const Eigen::VectorXd& t, const Eigen::VectorXd& w,
                  const int* rows, int count, Eigen::VectorXd& g) {
  g.setZero();
  for (int k = 0; k < count; ++k) {
    const int i = rows[k];
    g += (2.0 / count) * (x.row(i).dot(w) - t(i)) * x.row(i).transpose();
  }
}

}  // namespace

Trace runLeastSquares(Method method, const Eigen::MatrixXd& x, const Eigen::VectorXd& t,
                      const Eigen::VectorXd& w0, const Eigen::VectorXd& center, const OptimizerSettings& s) {
  const int n = static_cast<int>(x.rows()), d = static_cast<int>(x.cols());
  const int batch = method == Method::Sgd ? 1 : std::clamp(s.batch, 1, n);
  Rng rng(s.seed * 6 + static_cast<std::uint64_t>(method));
  std::vector<int> order(n);
  std::iota(order.begin(), order.end(), 0);

  Eigen::VectorXd w = w0, g(d), r(n), m = Eigen::VectorXd::Zero(d), v = Eigen::VectorXd::Zero(d);
  const double limit = limits::kDivergenceFactor *
                       std::max({(w0 - center).norm(), center.norm(), 1e-12});
  double beta1Power = 1, beta2Power = 1;
  Trace trace;
  trace.keep(0, w, meanSquaredError(x, t, w));
  for (long step = 1; step <= s.steps; ++step) {
    if (method == Method::Sgd || method == Method::Minibatch) {
      // A uniformly random set of `batch` distinct rows (partial Fisher-Yates).
      for (int k = 0; k < batch; ++k) std::swap(order[k], order[k + rng.below(n - k)]);
      rowsGradient(x, t, w, order.data(), batch, g);
    } else {
      fullGradient(x, t, w, r, g);
    }
    switch (method) {
      case Method::Gd:
      case Method::Sgd:
      case Method::Minibatch:
        w -= s.eta * g;
        break;
      case Method::AdaGrad:
        v += g.cwiseAbs2();
        w.array() -= s.eta * g.array() / (v.array().sqrt() + kAdaptiveEps);
        break;
      case Method::RmsProp:
        v = kRmsDecay * v + (1 - kRmsDecay) * g.cwiseAbs2();
        w.array() -= s.eta * g.array() / (v.array().sqrt() + kAdaptiveEps);
        break;
      case Method::Adam:
        m = kAdamBeta1 * m + (1 - kAdamBeta1) * g;
        v = kAdamBeta2 * v + (1 - kAdamBeta2) * g.cwiseAbs2();
        beta1Power *= kAdamBeta1;
        beta2Power *= kAdamBeta2;
        w.array() -= s.eta * (m.array() / (1 - beta1Power)) /
                     ((v.array() / (1 - beta2Power)).sqrt() + kAdaptiveEps);
        break;
    }
    const double dist = (w - center).norm();
    if (!std::isfinite(dist) || dist > limit) {
      trace.divergedAt = step;
      break;
    }
    if (worthKeeping(step, s.steps)) trace.keep(step, w, meanSquaredError(x, t, w));
  }
  return trace;
}

}  // namespace sw::optim
