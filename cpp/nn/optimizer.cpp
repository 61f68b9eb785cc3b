#include "nn/optimizer.hpp"

#include <cmath>

namespace sw::nn {

std::optional<Optimizer> optimizerNamed(const std::string& name) {
  if (name == "sgd") return Optimizer::Sgd;
  if (name == "momentum") return Optimizer::Momentum;
  if (name == "adagrad") return Optimizer::AdaGrad;
  if (name == "rmsprop") return Optimizer::RmsProp;
  if (name == "adam") return Optimizer::Adam;
  return std::nullopt;
}

template <class S>
OptimizerState<S>::OptimizerState(const OptimizerSpec& spec, Eigen::Index size)
    : spec_(spec), m_(Vec::Zero(size)), v_(Vec::Zero(size)) {}

// Plain loops over raw pointers: they vectorize, and every element is
// updated by the same arithmetic natively and in WASM.
template <class S>
void OptimizerState<S>::step(Vec& params, const Vec& grads) {
  ++t_;
  const Eigen::Index n = params.size();
  S* p = params.data();
  const S* g = grads.data();
  S* m = m_.data();
  S* v = v_.data();
  const S lr = S(spec_.lr), eps = S(spec_.eps), b1 = S(spec_.beta1), b2 = S(spec_.beta2), rho = S(spec_.rho);
  switch (spec_.kind) {
    case Optimizer::Sgd:
      for (Eigen::Index i = 0; i < n; ++i) p[i] -= lr * g[i];
      break;
    case Optimizer::Momentum:
      for (Eigen::Index i = 0; i < n; ++i) {
        m[i] = b1 * m[i] + g[i];
        p[i] -= lr * m[i];
      }
      break;
    case Optimizer::AdaGrad:
      for (Eigen::Index i = 0; i < n; ++i) {
        v[i] += g[i] * g[i];
        p[i] -= lr * g[i] / (std::sqrt(v[i]) + eps);
      }
      break;
    case Optimizer::RmsProp:
      for (Eigen::Index i = 0; i < n; ++i) {
        v[i] = rho * v[i] + (S(1) - rho) * g[i] * g[i];
        p[i] -= lr * g[i] / (std::sqrt(v[i]) + eps);
      }
      break;
    case Optimizer::Adam: {
      // Bias corrections in double, then folded into the step and eps.
      const double c1 = 1 - std::pow(spec_.beta1, double(t_)), c2 = 1 - std::pow(spec_.beta2, double(t_));
      const S stepSize = S(spec_.lr / c1), root = S(std::sqrt(c2));
      for (Eigen::Index i = 0; i < n; ++i) {
        m[i] = b1 * m[i] + (S(1) - b1) * g[i];
        v[i] = b2 * v[i] + (S(1) - b2) * g[i] * g[i];
        p[i] -= stepSize * m[i] / (std::sqrt(v[i]) / root + eps);
      }
      break;
    }
  }
}

template class OptimizerState<float>;
template class OptimizerState<double>;

}  // namespace sw::nn
