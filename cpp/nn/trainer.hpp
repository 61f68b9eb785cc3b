// Training an Mlp<float> on fixed data with mean squared error
//   L = c / b * sum over the batch of ||f(x_i) - y_i||^2
// (c = 1 is the usual MSE, c = 1/2 the "half" convention), full batch or
// minibatches drawn from a seeded reshuffle. Records the loss and each
// layer's gradient norm at every step; stops, without applying the update,
// once the loss is not finite or exceeds kDivergenceFactor times its start.
#pragma once
#include <Eigen/Dense>
#include <cstdint>
#include <vector>

#include "core/expected.hpp"
#include "core/rng.hpp"
#include "nn/mlp.hpp"
#include "nn/optimizer.hpp"

namespace sw::nn {

struct TrainConfig {
  Architecture arch;
  InitSpec weightInit, biasInit;
  OptimizerSpec optimizer;
  int batchSize = 0;  // 0 or >= the number of points: full batch
  double lossScale = 1;
  std::uint64_t seed = 1;  // initialization, then the minibatch shuffle
};

// Largest network a reader may ask for (keeps a step interactive).
constexpr int kMaxLayers = 8, kMaxWidth = 512, kMaxPoints = 5000;

// Checks sizes and hyperparameters; errors name the widget parameters
// (widths, lr, batch_size, weight_scale, bias_scale, x, y).
std::optional<Error> validate(const TrainConfig& c, const Eigen::MatrixXd& x, const Eigen::MatrixXd& y);

class Trainer {
 public:
  // x: inputs (n_0 x n points), y: targets (n_L x n). Call validate() first.
  Trainer(const TrainConfig& config, const Eigen::MatrixXd& x, const Eigen::MatrixXd& y);

  // Takes up to `steps` steps; returns how many were taken (fewer once diverged).
  long run(long steps);
  long step() const { return step_; }
  long divergedAt() const { return divergedAt_; }  // -1 if not
  // losses()[t] is the batch loss before update t; gradNorms()[l-1][t] is
  // ||dL/d(W_l, b_l)|| at that step.
  const std::vector<double>& losses() const { return losses_; }
  const std::vector<std::vector<double>>& gradNorms() const { return gradNorms_; }
  // The loss of the current parameters on all the training data.
  double fullLoss();
  const Mlp<float>& net() const { return net_; }
  const TrainConfig& config() const { return config_; }

 private:
  void nextBatch();

  TrainConfig config_;
  Mlp<float> net_;
  OptimizerState<float> opt_;
  Rng rng_;
  Eigen::MatrixXf x_, y_, bx_, by_, residual_;
  std::vector<int> order_;
  std::size_t cursor_ = 0;
  long step_ = 0, divergedAt_ = -1;
  std::vector<double> losses_;
  std::vector<std::vector<double>> gradNorms_;
  std::vector<double> norms_;  // this step's, checked before they are kept
};

// The benchmark workload, callable natively and (through the bindings) in
// WASM: `steps` full-batch steps from the config's seed; returns the loss
// of the final parameters on the data.
double trainFullBatch(const TrainConfig& config, const Eigen::MatrixXd& x, const Eigen::MatrixXd& y, long steps);

}  // namespace sw::nn
