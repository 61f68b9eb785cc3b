// First-order optimizers on a flat parameter vector. With g the gradient:
//   sgd       p -= lr g
//   momentum  v = beta1 v + g;                  p -= lr v
//   adagrad   G += g^2;                          p -= lr g / (sqrt(G) + eps)
//   rmsprop   s = rho s + (1 - rho) g^2;         p -= lr g / (sqrt(s) + eps)
//   adam      m = beta1 m + (1 - beta1) g;  v = beta2 v + (1 - beta2) g^2;
//             p -= lr m_hat / (sqrt(v_hat) + eps), hats divide by (1 - beta^t)
#pragma once
#include <Eigen/Dense>
#include <optional>
#include <string>

namespace sw::nn {

enum class Optimizer { Sgd, Momentum, AdaGrad, RmsProp, Adam };

std::optional<Optimizer> optimizerNamed(const std::string& name);  // sgd, momentum, adagrad, rmsprop, adam

struct OptimizerSpec {
  Optimizer kind = Optimizer::Sgd;
  double lr = 0.01;
  double beta1 = 0.9;    // momentum coefficient, and Adam's first-moment decay
  double beta2 = 0.999;  // Adam's second-moment decay
  double rho = 0.99;     // RMSProp's decay
  double eps = 1e-8;
};

template <class S>
class OptimizerState {
 public:
  using Vec = Eigen::Matrix<S, Eigen::Dynamic, 1>;
  OptimizerState(const OptimizerSpec& spec, Eigen::Index size);
  void step(Vec& params, const Vec& grads);
  long steps() const { return t_; }

 private:
  OptimizerSpec spec_;
  Vec m_, v_;  // first and second moments (momentum uses m_ as its velocity)
  long t_ = 0;
};

extern template class OptimizerState<float>;
extern template class OptimizerState<double>;

}  // namespace sw::nn
