// A fully connected network: widths n_0 (inputs), n_1, ..., n_L (outputs);
// hidden layers use one activation, the output layer is linear. Samples are
// columns: for inputs X (n_0 x batch), A_0 = X, A_l = act(W_l A_{l-1} + b_l).
//
// All parameters live in one flat vector, layer by layer: W_l (n_l x n_{l-1},
// column-major) then b_l. Optimizers and Jacobians work on that vector.
#pragma once
#include <Eigen/Dense>
#include <cstdint>
#include <vector>

#include "core/rng.hpp"
#include "nn/activation.hpp"

namespace sw::nn {

struct Architecture {
  std::vector<int> widths;  // n_0 .. n_L, at least two entries
  Activation hidden = Activation::Relu;

  int layers() const { return static_cast<int>(widths.size()) - 1; }
  Eigen::Index parameterCount() const;
  Eigen::Index weightOffset(int l) const;  // l = 1..L
  Eigen::Index biasOffset(int l) const;
};

enum class Init { Uniform, Xavier, He, Zero };
// Uniform: U(-scale, scale). Xavier: N(0, 2 / (fan_in + fan_out)).
// He: N(0, 2 / fan_in). Zero: all zeros (biases only, in practice).
struct InitSpec {
  Init kind = Init::He;
  double scale = 1;
};

template <class S>
class Mlp {
 public:
  using Mat = Eigen::Matrix<S, Eigen::Dynamic, Eigen::Dynamic>;
  using Vec = Eigen::Matrix<S, Eigen::Dynamic, 1>;

  explicit Mlp(Architecture arch);

  const Architecture& arch() const { return arch_; }
  Vec& params() { return params_; }
  const Vec& params() const { return params_; }
  const Vec& grads() const { return grads_; }
  Eigen::Map<const Mat> weight(int l) const;
  Eigen::Map<const Vec> bias(int l) const;

  // Draws W_l and b_l layer by layer from one stream (W before b), so a seed
  // fixes every number natively and in WASM.
  void initialize(const InitSpec& weights, const InitSpec& biases, Rng& rng);

  // Outputs (n_L x batch) for inputs (n_0 x batch); keeps each A_l for backward.
  const Mat& forward(const Mat& x);
  // Given dLoss/dOutput for the last forward(), fills grads() and delta(l).
  void backward(const Mat& dOut);
  // A_l of the last forward (A_0 = the inputs), and dLoss/dZ_l of the last backward.
  const Mat& activation(int l) const { return acts_[l]; }
  const Mat& delta(int l) const { return deltas_[l]; }

 private:
  Architecture arch_;
  Vec params_, grads_;
  // Per layer, sized on the first pass and reused: no allocation per step
  // while the batch size stays the same.
  std::vector<Mat> acts_, deltas_;
};

extern template class Mlp<float>;
extern template class Mlp<double>;

}  // namespace sw::nn
